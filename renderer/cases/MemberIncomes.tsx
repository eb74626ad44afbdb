import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { householdRelations } from '../../shared/domain/household';
import { AlimonyRow } from './AlimonyRow';
import { FarmRow } from './FarmRow';
import { IncomeRow } from './IncomeRow';
import { emptyAlimony, emptyFarm, emptyIncome, type InterviewValues, type MemberValue } from './interviewForm';

interface Props {
  form: UseFormReturnType<InterviewValues>;
  member: MemberValue;
  errorFor: (path: string) => string | undefined;
}

/**
 * Everything one household member brings in or pays out in the income month. The rows live in the form's
 * flat lists (what the contract sends); here they are shown person by person, as the worker asks about them.
 */
export function MemberIncomes({ form, member, errorFor }: Props) {
  const { personId } = member;
  const indexes = (list: { personId: number }[]) =>
    list.flatMap((entry, index) => (entry.personId === personId ? [index] : []));
  const incomes = indexes(form.values.incomes);
  const alimony = indexes(form.values.alimonyPaid);
  const farms = indexes(form.values.farms);
  const nothing = incomes.length + alimony.length + farms.length === 0;

  return (
    <Paper withBorder p="md" role="region" aria-label={`Dochody: ${member.fullName}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4">
            {member.fullName}
          </Title>
          <Text c="dimmed">{householdRelations[member.relation]}</Text>
        </Group>
        {nothing && <Text c="dimmed">Brak dochodów w miesiącu, z którego liczy się dochód.</Text>}
        {incomes.map((index) => (
          <IncomeRow
            key={form.values.incomes[index]!.key}
            form={form}
            index={index}
            errorFor={errorFor}
            onRemove={() => form.removeListItem('incomes', index)}
          />
        ))}
        {alimony.map((index) => (
          <AlimonyRow
            key={form.values.alimonyPaid[index]!.key}
            form={form}
            index={index}
            errorFor={errorFor}
            onRemove={() => form.removeListItem('alimonyPaid', index)}
          />
        ))}
        {farms.map((index) => (
          <FarmRow key={form.values.farms[index]!.key} form={form} index={index} errorFor={errorFor} onRemove={() => form.removeListItem('farms', index)} />
        ))}
        <Group gap="xs">
          <Button variant="light" size="sm" onClick={() => form.insertListItem('incomes', emptyIncome(personId))}>
            + Dochód
          </Button>
          <Button variant="subtle" size="sm" onClick={() => form.insertListItem('alimonyPaid', emptyAlimony(personId))}>
            + Alimenty świadczone
          </Button>
          <Button variant="subtle" size="sm" onClick={() => form.insertListItem('farms', emptyFarm(personId))}>
            + Gospodarstwo rolne
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
