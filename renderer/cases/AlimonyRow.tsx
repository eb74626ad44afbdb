import { ActionIcon, Grid, Paper, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { InterviewValues } from './interviewForm';
import { MoneyInput } from './MoneyInput';

interface Props {
  form: UseFormReturnType<InterviewValues>;
  index: number;
  errorFor: (path: string) => string | undefined;
  onRemove: () => void;
}

/** Alimony a household member pays to someone outside it: deducted from the income (art. 8 ust. 3 u.p.s.). */
export function AlimonyRow({ form, index, errorFor, onRemove }: Props) {
  const path = `alimonyPaid.${index}`;
  return (
    <Paper withBorder p="sm">
      <Grid gutter="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <MoneyInput
            label="Alimenty świadczone"
            withAsterisk
            value={form.values.alimonyPaid[index]!.amount}
            onChange={(value) => form.setFieldValue(`${path}.amount`, value)}
            error={errorFor(`${path}.amount`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 10, sm: 6 }}>
          <TextInput label="Na rzecz kogo, z jakiego tytułu" maxLength={200} {...form.getInputProps(`${path}.description`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <Tooltip label="Usuń alimenty">
            <ActionIcon variant="light" color="red" size="lg" mb={4} aria-label="Usuń alimenty" onClick={onRemove}>
              ✕
            </ActionIcon>
          </Tooltip>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
