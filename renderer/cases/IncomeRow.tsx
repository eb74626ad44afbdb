import { ActionIcon, Badge, Grid, Group, Paper, Select, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { incomeKinds } from '../../shared/domain/income';
import { formatMoney, parseMoney } from '../../shared/domain/money';
import { DateField } from '../common/DateField';
import { incomeKindOptions } from './incomeKindOptions';
import type { InterviewValues } from './interviewForm';
import { MoneyInput } from './MoneyInput';

interface Props {
  form: UseFormReturnType<InterviewValues>;
  index: number;
  errorFor: (path: string) => string | undefined;
  onRemove: () => void;
}

const grosze = (text: string) => {
  if (text.trim() === '') return 0;
  const parsed = parseMoney(text);
  return parsed.ok ? parsed.grosze : null;
};

/** One income of one person: its kind, the gross amount and what is deducted from it (art. 8 ust. 3 u.p.s.). */
export function IncomeRow({ form, index, errorFor, onRemove }: Props) {
  const path = `incomes.${index}`;
  const income = form.values.incomes[index]!;
  const excluded = income.kind !== null && incomeKinds[income.kind].excluded;
  const parts = [income.gross, income.tax, income.healthContribution, income.socialContribution].map(grosze);
  const net = parts.every((part) => part !== null) && income.gross.trim() !== '' ? parts[0]! - parts[1]! - parts[2]! - parts[3]! : null;
  const money = (field: 'gross' | 'tax' | 'healthContribution' | 'socialContribution', label: string, required = false) => (
    <MoneyInput
      label={label}
      withAsterisk={required}
      value={income[field]}
      onChange={(value) => form.setFieldValue(`${path}.${field}`, value)}
      error={errorFor(`${path}.${field}`)}
    />
  );

  return (
    <Paper withBorder p="sm" bg={excluded ? 'gray.0' : undefined}>
      <Grid gutter="sm" align="flex-start">
        <Grid.Col span={12}>
          <Group align="flex-end" wrap="nowrap" gap="sm">
            <Select
              style={{ flex: 1 }}
              label="Rodzaj dochodu"
              withAsterisk
              data={incomeKindOptions}
              searchable
              // Typing "emer" and Enter picks "Emerytura": the keyboard alone is enough.
              selectFirstOptionOnChange
              allowDeselect={false}
              placeholder="Wybierz lub wpisz"
              nothingFoundMessage="Nie ma takiego rodzaju — wybierz „Inny dochód”"
              maxDropdownHeight={360}
              // A row just added starts here: the kind decides everything else.
              autoFocus={income.kind === null && income.gross === ''}
              {...form.getInputProps(`${path}.kind`)}
              error={errorFor(`${path}.kind`)}
            />
            <Tooltip label="Usuń ten dochód">
              <ActionIcon variant="light" color="red" size="lg" mb={4} aria-label="Usuń ten dochód" onClick={onRemove}>
                ✕
              </ActionIcon>
            </Tooltip>
          </Group>
        </Grid.Col>
        <Grid.Col span={6}>{money('gross', 'Przychód brutto', true)}</Grid.Col>
        <Grid.Col span={6}>{money('tax', 'Podatek')}</Grid.Col>
        <Grid.Col span={6}>{money('healthContribution', 'Składka zdrowotna')}</Grid.Col>
        <Grid.Col span={6}>{money('socialContribution', 'Składki społeczne')}</Grid.Col>
        <Grid.Col span={6}>
          <TextInput label="Opis" placeholder="np. ZUS, zakład pracy" maxLength={200} {...form.getInputProps(`${path}.description`)} />
        </Grid.Col>
        <Grid.Col span={6}>
          <DateField
            label="Data dochodu jednorazowego"
            placeholder="tylko gdy jednorazowy"
            notFuture
            {...form.getInputProps(`${path}.oneOffReceivedOn`)}
            error={errorFor(`${path}.oneOffReceivedOn`)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Group justify="flex-end">
            {excluded ? (
              <Badge color="gray" size="lg" variant="light">
                nie wlicza się do dochodu (art. 8 u.p.s.)
              </Badge>
            ) : (
              <Text size="lg">
                Dochód netto:{' '}
                <Text span fw={700} size="lg">
                  {net === null ? '—' : formatMoney(net)}
                </Text>
              </Text>
            )}
          </Group>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
