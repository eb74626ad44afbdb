import { ActionIcon, Grid, Paper, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { InterviewValues } from './interviewForm';

interface Props {
  form: UseFormReturnType<InterviewValues>;
  index: number;
  errorFor: (path: string) => string | undefined;
  onRemove: () => void;
}

/** A farm as the tax notice gives it: hectares przeliczeniowe, counted whether farmed or leased (art. 8 u.p.s.). */
export function FarmRow({ form, index, errorFor, onRemove }: Props) {
  const path = `farms.${index}`;
  return (
    <Paper withBorder p="sm">
      <Grid gutter="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label="Hektary przeliczeniowe"
            description="z nakazu płatniczego"
            withAsterisk
            inputMode="decimal"
            rightSection="ha"
            maxLength={12}
            styles={{ input: { textAlign: 'right' } }}
            {...form.getInputProps(`${path}.hectares`)}
            error={errorFor(`${path}.hectares`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 10, sm: 6 }}>
          <TextInput label="Opis" placeholder="np. położenie, dzierżawa" maxLength={200} {...form.getInputProps(`${path}.description`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <Tooltip label="Usuń gospodarstwo rolne">
            <ActionIcon variant="light" color="red" size="lg" mb={4} aria-label="Usuń gospodarstwo rolne" onClick={onRemove}>
              ✕
            </ActionIcon>
          </Tooltip>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
