import { Checkbox, Paper, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { benefitKindKeys, helpReasonKeys, benefitKinds } from '../../shared/domain/cases';
import type { CaseFormValues } from './caseForm';
import { reasonWithPoint } from './caseText';

interface Props {
  form: UseFormReturnType<CaseFormValues>;
  workers: { id: number; fullName: string }[] | undefined;
}

/** What the party asks for and why, and who handles it: the part of an application that may change until the decision. */
export function ApplicationFields({ form, workers }: Props) {
  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <Checkbox.Group
          label={
            <Title order={2} size="h4" component="span">
              Świadczenia, o które wnosi strona
            </Title>
          }
          withAsterisk
          {...form.getInputProps('benefits')}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm" mt="sm">
            {benefitKindKeys.map((kind) => (
              <Checkbox key={kind} value={kind} label={benefitKinds[kind].label} description={`art. ${benefitKinds[kind].article} u.p.s.`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Paper>

      <Paper withBorder p="lg">
        <Checkbox.Group
          label={
            <Title order={2} size="h4" component="span">
              Powody udzielenia pomocy (art. 7 u.p.s.)
            </Title>
          }
          withAsterisk
          {...form.getInputProps('reasons')}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm" mt="sm">
            {helpReasonKeys.map((reason) => (
              <Checkbox key={reason} value={reason} label={reasonWithPoint(reason)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Paper>

      <Paper withBorder p="lg">
        <Stack gap="md">
          <Select
            label="Pracownik socjalny prowadzący sprawę"
            withAsterisk
            data={(workers ?? []).map((worker) => ({ value: String(worker.id), label: worker.fullName }))}
            placeholder={workers ? 'Wybierz z listy' : 'Wczytywanie…'}
            allowDeselect={false}
            maw={420}
            {...form.getInputProps('workerUserId')}
          />
          <Checkbox
            label="Sprawa szczególnie skomplikowana (2 miesiące na decyzję)"
            description="k.p.a. art. 35 § 3 — zwykle decyzja w ciągu miesiąca"
            {...form.getInputProps('complex', { type: 'checkbox' })}
          />
          <Checkbox
            label="Dochód utracony w miesiącu złożenia wniosku"
            description="Dochód liczy się wtedy z miesiąca złożenia wniosku, a nie z miesiąca poprzedniego (art. 8 ust. 11 u.p.s.)"
            {...form.getInputProps('incomeLostInApplicationMonth', { type: 'checkbox' })}
          />
          <Textarea label="Uwagi" autosize minRows={2} maxRows={8} maxLength={2000} {...form.getInputProps('notes')} />
        </Stack>
      </Paper>
    </Stack>
  );
}
