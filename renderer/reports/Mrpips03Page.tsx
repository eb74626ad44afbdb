import { Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Mrpips03Item } from '../../shared/contract/reports';
import { mrpips03CheckKinds } from '../../shared/contract/reports';
import { formatMonthPl } from '../../shared/domain/calendar';
import { benefitKinds } from '../../shared/domain/cases';
import { formatAmount, formatMoney } from '../../shared/domain/money';
import {
  mrpips03ColumnKeys,
  mrpips03Columns,
  mrpips03ReasonColumnKeys,
  mrpips03ReasonColumns,
  mrpips03ReasonRows,
  mrpips03Rows,
  type Mrpips03Column,
  type Mrpips03Half,
  type Mrpips03ReasonColumn,
} from '../../shared/domain/reports/mrpips03-form';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { todayIso } from '../cases/caseText';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';

interface SelectedCell {
  section: 'benefits' | 'reasons';
  row: string;
  column: Mrpips03Column | Mrpips03ReasonColumn;
  title: string;
}

/** The open cell from the address, with its title from the form's own labels; anything else is no cell. */
function selectedFrom(params: URLSearchParams): SelectedCell | undefined {
  const row = params.get('wiersz');
  const column = params.get('kolumna');
  if (params.get('sekcja') === 'reasons') {
    const reason = mrpips03ReasonRows.find((entry) => entry.key === row);
    if (!reason || !mrpips03ReasonColumnKeys.includes(column as Mrpips03ReasonColumn)) return undefined;
    return { section: 'reasons', row: reason.key, column: column as Mrpips03ReasonColumn, title: `${reason.label} — ${mrpips03ReasonColumns[column as Mrpips03ReasonColumn].label}` };
  }
  const form = mrpips03Rows.find((entry) => entry.key === row);
  if (!form || !mrpips03ColumnKeys.includes(column as Mrpips03Column)) return undefined;
  return { section: 'benefits', row: form.key, column: column as Mrpips03Column, title: `${form.label} — ${mrpips03Columns[column as Mrpips03Column].label}` };
}

const itemKinds: Record<Mrpips03Item['what'], string> = { grant: 'Decyzja', payment: 'Wypłata', helpInKind: 'Pomoc w naturze' };

/** "MRPiPS-03": the report for the half-year or the year; every figure opens the cases behind it. */
export function Mrpips03Page() {
  const { can } = useCurrentUser();
  const thisYear = Number(todayIso().slice(0, 4));
  // The period and the open cell live in the address: "back" from a case returns to the same figure.
  const [params, setParams] = useSearchParams();
  const year = params.get('rok') ?? String(thisYear - (Number(todayIso().slice(5, 7)) < 7 ? 1 : 0));
  const half: Mrpips03Half = params.get('okres') === 'H1' ? 'H1' : 'year';
  const selected = selectedFrom(params);
  const change = (values: Record<string, string | undefined>, keepCell = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepCell) for (const key of ['sekcja', 'wiersz', 'kolumna']) next.delete(key);
    setParams(next, { replace: !keepCell });
  };
  const setSelected = (cell: SelectedCell | undefined) => change(cell ? { sekcja: cell.section, wiersz: cell.row, kolumna: cell.column } : {}, cell !== undefined);
  const [error, setError] = useState<Error>();
  // The towns are the office's setting: the core reads them, the screen only names them.
  const towns = useLoad(() => api.call('settings.townLocalities', {}), []);
  const period = { year: Number(year), half };
  const report = useLoad(() => api.call('reports.mrpips03', period), [year, half]);
  const checks = useLoad(() => api.call('reports.mrpips03Checks', period), [year, half]);
  const cell = useLoad(
    () => (selected ? api.call('reports.mrpips03Cell', { ...period, section: selected.section, row: selected.row, column: selected.column }) : Promise.resolve(null)),
    [year, half, selected?.section, selected?.row, selected?.column],
  );
  const caseLink = (caseId: number, personId: number, label: string) =>
    can('cases.get') ? (
      <Anchor component={Link} to={`/sprawy/${caseId}`}>
        {label}
      </Anchor>
    ) : (
      <Anchor component={Link} to={`/osoby/${personId}`}>
        {label}
      </Anchor>
    );
  const exportAs = async (format: 'pdf' | 'csv') => {
    setError(undefined);
    try {
      downloadFile(await api.call('reports.mrpips03Export', { ...period, format }));
    } catch (failure) {
      setError(failure as Error);
    }
  };
  const figure = (value: number, text: string, target: SelectedCell) =>
    value === 0 ? (
      <Text c="dimmed">{text}</Text>
    ) : (
      <UnstyledButton onClick={() => setSelected(target)} aria-label={`${target.title}: ${text}`} style={{ fontWeight: 700, textDecoration: 'underline' }}>
        {text}
      </UnstyledButton>
    );

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Sprawozdanie MRPiPS-03
        </Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => void exportAs('pdf')}>
            Drukuj (PDF)
          </Button>
          <Button variant="default" onClick={() => void exportAs('csv')}>
            Eksport CSV
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <Select label="Rok" data={[0, 1, 2, 3].map((back) => String(thisYear - back))} value={year} onChange={(value) => value && change({ rok: value })} allowDeselect={false} w={110} />
        <SegmentedControl
          aria-label="Okres"
          value={half}
          onChange={(value) => change({ okres: value })}
          data={[
            { value: 'H1', label: 'I półrocze' },
            { value: 'year', label: 'Cały rok' },
          ]}
        />
        {towns.data && (
          <Text size="sm" c="dimmed" maw={520}>
            {towns.data.items.length === 0
              ? 'Wszystkie miejscowości gminy liczą się jako wieś.'
              : `Miasta: ${towns.data.items.join(', ')}; pozostałe miejscowości liczą się jako wieś.`}{' '}
            Listę miast ustawia kierownik lub administrator w „Dane urzędu”.
          </Text>
        )}
      </Group>
      <ErrorAlert error={report.error ?? checks.error ?? cell.error ?? error} />

      {checks.data && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4">
            Sprawdź przed wysłaniem
          </Title>
          {checks.data.items.length === 0 ? (
            <Text mt="xs">Nie znaleziono niczego, co mogłoby zafałszować sprawozdanie.</Text>
          ) : (
            <Stack gap={4} mt="xs" component="ul" style={{ paddingLeft: 18 }}>
              {checks.data.items.map((item, index) => (
                <li key={index}>
                  <Text span fw={600}>
                    {mrpips03CheckKinds[item.kind]}:{' '}
                  </Text>
                  {item.caseId && item.personId ? caseLink(item.caseId, item.personId, item.message) : item.message}
                </li>
              ))}
            </Stack>
          )}
        </Paper>
      )}

      {report.data && (
        <>
          <Title order={2} size="h3">
            Formy pomocy i udzielone świadczenia
          </Title>
          <Table withTableBorder withColumnBorders striped aria-label="Formy pomocy i udzielone świadczenia">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Lp.</Table.Th>
                <Table.Th>Formy pomocy</Table.Th>
                {mrpips03ColumnKeys.map((key) => (
                  <Table.Th key={key} style={{ textAlign: 'right' }}>
                    {mrpips03Columns[key].label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data.rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{row.number}</Table.Td>
                  <Table.Td style={{ paddingLeft: row.sub ? 28 : undefined }}>{row.label}</Table.Td>
                  {mrpips03ColumnKeys.map((key) => (
                    <Table.Td key={key} style={{ textAlign: 'right' }}>
                      {figure(row.cells[key], key === 'amount' ? formatAmount(row.cells[key]) : String(row.cells[key]), {
                        section: 'benefits',
                        row: row.key,
                        column: key,
                        title: `${row.label} — ${mrpips03Columns[key].label}`,
                      })}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Title order={2} size="h3">
            Powody przyznania pomocy (art. 7)
          </Title>
          <Table withTableBorder withColumnBorders striped aria-label="Powody przyznania pomocy">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pkt</Table.Th>
                <Table.Th>Powód</Table.Th>
                {mrpips03ReasonColumnKeys.map((key) => (
                  <Table.Th key={key} style={{ textAlign: 'right' }}>
                    {key === 'familiesRural' ? 'Rodziny na wsi' : key === 'personsInFamiliesRural' ? 'Osoby w rodzinach na wsi' : mrpips03ReasonColumns[key].label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data.reasons.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{row.number}</Table.Td>
                  <Table.Td>{row.label}</Table.Td>
                  {mrpips03ReasonColumnKeys.map((key) => (
                    <Table.Td key={key} style={{ textAlign: 'right' }}>
                      {figure(row.cells[key], String(row.cells[key]), { section: 'reasons', row: row.key, column: key, title: `${row.label} — ${mrpips03ReasonColumns[key].label}` })}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}

      {selected && cell.data && (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {selected.title}: {selected.column === 'amount' ? formatMoney(cell.data.value) : cell.data.value}
            </Title>
            <Button variant="subtle" onClick={() => setSelected(undefined)}>
              Zamknij
            </Button>
          </Group>
          <DataTable
            mt="sm"
            withTableBorder
            striped
            records={cell.data.items.map((item, index) => ({ ...item, key: index }))}
            idAccessor="key"
            aria-label="Co stoi za liczbą"
            columns={[
              { accessor: 'what', title: 'Co', render: (item) => itemKinds[item.what] },
              { accessor: 'caseRef', title: 'Sprawa', render: (item) => caseLink(item.caseId, item.personId, item.caseRef) },
              { accessor: 'personName', title: 'Osoba' },
              { accessor: 'decisionNumber', title: 'Decyzja' },
              { accessor: 'benefit', title: 'Świadczenie', render: (item) => benefitKinds[item.benefit].label },
              { accessor: 'month', title: 'Miesiąc', render: (item) => (item.month ? formatMonthPl(item.month) : '') },
              { accessor: 'amount', title: 'Kwota', textAlign: 'right', noWrap: true, render: (item) => (item.amount === null ? '' : formatMoney(item.amount)) },
              { accessor: 'familyPersonIds', title: 'Rodzina', render: (item) => `${item.familyPersonIds.length} os.${item.rural ? ', wieś' : ''}` },
            ]}
          />
        </Paper>
      )}
    </Stack>
  );
}
