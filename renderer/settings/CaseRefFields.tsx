import { Grid, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { benefitKindKeys, benefitKinds, DEFAULT_JRWA_SYMBOL, formatCaseRef } from '../../shared/domain/cases';
import type { OfficeFormValues } from './OfficeFields';

/**
 * How case references are made (GOPS.8311.15.2025): the unit and a JRWA symbol per kind of help, as the office's
 * file plan (jednolity rzeczowy wykaz akt) has them. The first benefit asked for in an application decides.
 */
export function CaseRefFields({ form }: { form: UseFormReturnType<OfficeFormValues> }) {
  const { caseRefUnit, caseRefSymbols } = form.values;
  const example = formatCaseRef(caseRefUnit || '…', caseRefSymbols.permanentAllowance || DEFAULT_JRWA_SYMBOL, 15, new Date().getFullYear());
  return (
    <Grid gutter="md">
      <Grid.Col span={12}>
        <Title order={2} size="h4">
          Znaki spraw (JRWA)
        </Title>
        <Text c="dimmed" size="sm">
          Znak sprawy: oznaczenie komórki, symbol z wykazu akt, kolejny numer w roku i rok — np. <strong>{example}</strong>.
          Numeracja zaczyna się od 1 w każdym roku, osobno dla każdego symbolu. O symbolu decyduje pierwsze świadczenie
          wybrane we wniosku; puste pole oznacza symbol {DEFAULT_JRWA_SYMBOL}.
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label="Oznaczenie komórki" description="np. GOPS" {...form.getInputProps('caseRefUnit')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Table striped withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rodzaj pomocy</Table.Th>
              <Table.Th w={160}>Symbol JRWA</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {benefitKindKeys.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Td>
                  {benefitKinds[kind].label} <Text span c="dimmed" size="sm">(art. {benefitKinds[kind].article})</Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Symbol JRWA: ${benefitKinds[kind].label}`}
                    placeholder={DEFAULT_JRWA_SYMBOL}
                    value={caseRefSymbols[kind] ?? ''}
                    error={form.errors[`caseRefSymbols.${kind}`]}
                    onChange={(event) => {
                      const symbols = { ...caseRefSymbols };
                      const value = event.currentTarget.value.trim();
                      if (value) symbols[kind] = value;
                      else delete symbols[kind];
                      form.setFieldValue('caseRefSymbols', symbols);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
}
