import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DecisionSummary } from '../../shared/contract/decisions';
import { benefitKinds } from '../../shared/domain/cases';
import { decisionKinds } from '../../shared/domain/decisions';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { BatchProgress } from './BatchProgress';
import { DecisionStateBadge } from './DecisionStateBadge';
import { summaryPeriod } from './decisionText';
import { RegisterFilters, type RegisterFilterValues } from './RegisterFilters';

type Batch = { label: string; many: boolean } | null;

/** "Rejestr decyzji": the year's decisions, narrowed by filters; selected ones print as one PDF, the list exports. */
export function DecisionsRegisterPage() {
  const [filters, setFilters] = useState<RegisterFilterValues>({ year: Number(todayIso().slice(0, 4)), kind: null, state: null, workerUserId: null, query: '' });
  const [debouncedQuery] = useDebouncedValue(filters.query, 200);
  const year = filters.year === '' || filters.year < 2000 || filters.year > 2100 ? null : filters.year;
  const filter = { year: year ?? 0, kind: filters.kind, state: filters.state, workerUserId: filters.workerUserId, query: debouncedQuery };
  const result = useLoad(() => (year === null ? Promise.resolve({ items: [], total: 0 }) : api.call('decisions.register', filter)), [JSON.stringify(filter)]);
  const [selected, setSelected] = useState<DecisionSummary[]>([]);
  const [batch, setBatch] = useState<Batch>(null);
  const [error, setError] = useState<Error>();
  const items = result.data?.items ?? [];
  const visibleSelected = selected.filter((entry) => items.some((item) => item.id === entry.id));

  const runBatch = async (label: string, many: boolean, make: () => Promise<Parameters<typeof downloadFile>[0]>) => {
    setBatch({ label, many });
    setError(undefined);
    try {
      downloadFile(await make());
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBatch(null);
    }
  };

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Rejestr decyzji
        </Title>
        <Group gap="sm">
          <Button
            disabled={visibleSelected.length === 0 || batch !== null}
            onClick={() =>
              void runBatch(`Przygotowuję jeden PDF z ${visibleSelected.length} decyzji…`, true, () => api.call('decisions.pdfMany', { ids: visibleSelected.map((entry) => entry.id) }))
            }
          >
            Drukuj zaznaczone (jeden PDF){visibleSelected.length > 0 ? ` — ${visibleSelected.length}` : ''}
          </Button>
          <Button variant="default" disabled={year === null || batch !== null} onClick={() => void runBatch('Przygotowuję plik CSV…', false, () => api.call('decisions.registerExport', { filter, format: 'csv' }))}>
            Eksport CSV
          </Button>
          <Button variant="default" disabled={year === null || batch !== null} onClick={() => void runBatch('Przygotowuję rejestr w PDF…', false, () => api.call('decisions.registerExport', { filter, format: 'pdf' }))}>
            Eksport PDF
          </Button>
        </Group>
      </Group>
      <RegisterFilters value={filters} onChange={setFilters} />
      {year === null && <Text c="red.8">Podaj rok od 2000 do 2100.</Text>}
      {batch && <BatchProgress label={batch.label} watch={batch.many} />}
      <ErrorAlert error={result.error ?? error} title="Nie udało się" />
      <Text c="dimmed" size="sm" aria-live="polite">
        {result.data ? (items.length === 0 ? 'Brak decyzji spełniających te warunki.' : `Decyzje: ${items.length}${visibleSelected.length ? `, zaznaczone: ${visibleSelected.length}` : ''}`) : ' '}
      </Text>
      <DataTable
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={items.length ? undefined : 160}
        noRecordsText="Brak decyzji"
        fetching={result.loading && !result.data}
        records={items}
        idAccessor="id"
        selectedRecords={visibleSelected}
        onSelectedRecordsChange={setSelected}
        allRecordsSelectionCheckboxProps={{ 'aria-label': 'Zaznacz wszystkie decyzje' }}
        getRecordSelectionCheckboxProps={(record) => ({ 'aria-label': `Zaznacz decyzję ${record.decisionNumber ?? `projekt — ${record.partyName}`}` })}
        fz="md"
        verticalSpacing="sm"
        aria-label="Rejestr decyzji"
        columns={[
          {
            accessor: 'decisionNumber',
            title: 'Numer i data',
            noWrap: true,
            render: (record) => (
              <div>
                <Anchor component={Link} to={`/decyzje/${record.id}`} fw={700}>
                  {record.decisionNumber ?? 'projekt'}
                </Anchor>
                {record.issuedOn && (
                  <Text size="sm" c="dimmed">
                    {formatDate(record.issuedOn)}
                  </Text>
                )}
              </div>
            ),
          },
          {
            accessor: 'partyName',
            title: 'Strona',
            render: (record) => (
              <div>
                <Text fw={600}>{record.partyName}</Text>
                <Text size="sm" c="dimmed">
                  {record.caseRef}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'kind',
            title: 'Rodzaj',
            render: (record) => (
              <div>
                <Text>{decisionKinds[record.kind].label}</Text>
                <Text size="sm" c="dimmed">
                  {benefitKinds[record.benefit].label}
                </Text>
              </div>
            ),
          },
          { accessor: 'amount', title: 'Kwota', textAlign: 'right', noWrap: true, render: (record) => (record.amount === null ? '—' : formatMoney(record.amount)) },
          {
            accessor: 'effectiveFrom',
            title: 'Okres',
            noWrap: true,
            // "od 11.03.2026" above "na czas nieokreślony": two short lines instead of four broken ones.
            render: (record) => {
              const [from, ...rest] = summaryPeriod(record).split(/ (?=do |na czas)/);
              return from ? (
                <div>
                  <Text>{from}</Text>
                  {rest.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {rest.join(' ')}
                    </Text>
                  )}
                </div>
              ) : (
                '—'
              );
            },
          },
          { accessor: 'state', title: 'Stan', noWrap: true, width: 140, render: (record) => <DecisionStateBadge state={record.state} size="md" /> },
          {
            accessor: 'preparedByName',
            title: 'Pracownicy',
            render: (record) => (
              <div>
                <Text>{record.preparedByName}</Text>
                {record.signedByName && (
                  <Text size="sm" c="dimmed">
                    podpisał(a): {record.signedByName}
                  </Text>
                )}
              </div>
            ),
          },
        ]}
      />
    </Stack>
  );
}
