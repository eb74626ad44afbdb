import { Anchor, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CasesRegisterRow } from '../../shared/contract/registers';
import { benefitKindKeys, benefitKinds, caseStatuses, caseStatusKeys, type BenefitKind, type CaseStatus } from '../../shared/domain/cases';
import { api } from '../api';
import { CaseStatusBadge } from '../cases/CaseStatusBadge';
import { todayIso } from '../cases/caseText';
import { DateField } from '../common/DateField';
import { isRealDate } from '../common/dateText';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { usePaging } from './paging';
import { RegisterToolbar } from './RegisterToolbar';

type Status = CaseStatus | 'open' | null;

const statusOptions = [
  { value: 'all', label: 'wszystkie' },
  { value: 'open', label: 'otwarte' },
  ...caseStatusKeys.map((status) => ({ value: status, label: caseStatuses[status] })),
];
const benefitOptions = benefitKindKeys.map((benefit) => ({ value: benefit, label: benefitKinds[benefit].label }));

/** Rejestr spraw: reference, applicant, form of help, state, application date, worker and the decision's deadline. */
export function CasesRegister() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [status, setStatus] = useState<Status>(null);
  const [workerUserId, setWorker] = useState<number | null>(null);
  const [benefit, setBenefit] = useState<BenefitKind | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const paging = usePaging<CasesRegisterRow, 'caseRef' | 'applicant' | 'applicationDate' | 'status' | 'worker'>({ column: 'applicationDate', direction: 'desc' });
  // A date still being typed is not sent: the list keeps the last whole filter.
  const filter = { query: debounced, status, workerUserId, benefit, from: isRealDate(from) ? from : null, to: isRealDate(to) ? to : null };
  const workers = useLoad(() => api.call('cases.workers', {}), []);
  const result = useLoad(() => api.call('registers.cases', { filter, ...paging.request }), [JSON.stringify([filter, paging.request])]);
  const today = todayIso();
  const narrow = (change: () => void) => {
    change();
    paging.firstPage();
  };

  return (
    <>
      <Group align="flex-end" gap="md">
        <TextInput
          label="Szukaj"
          placeholder="znak sprawy albo nazwisko"
          value={query}
          onChange={(event) => {
            const value = event.currentTarget.value;
            narrow(() => setQuery(value));
          }}
          maxLength={100}
          style={{ flex: 1, minWidth: 160 }}
        />
        <Select label="Stan" data={statusOptions} value={status ?? 'all'} allowDeselect={false} onChange={(value) => narrow(() => setStatus(value === 'all' ? null : (value as Status)))} w={150} />
        <Select
          label="Pracownik"
          placeholder="wszyscy"
          data={(workers.data ?? []).map((worker) => ({ value: String(worker.id), label: worker.fullName }))}
          value={workerUserId === null ? null : String(workerUserId)}
          onChange={(value) => narrow(() => setWorker(value ? Number(value) : null))}
          clearable
          w={160}
        />
        <Select label="Forma pomocy" placeholder="wszystkie" data={benefitOptions} value={benefit} onChange={(value) => narrow(() => setBenefit(value as BenefitKind | null))} clearable searchable w={180} />
        <DateField label="Wpływ od" value={from} onChange={(value) => narrow(() => setFrom(value))} w={150} />
        <DateField label="Wpływ do" value={to} onChange={(value) => narrow(() => setTo(value))} w={150} />
      </Group>
      <RegisterToolbar total={result.data?.total} exportAs={(format) => api.call('registers.casesExport', { filter, sort: paging.sort, format })} />
      <ErrorAlert error={result.error} title="Nie udało się wczytać rejestru spraw" />
      <DataTable<CasesRegisterRow>
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={result.data?.items.length ? undefined : 160}
        noRecordsText="Brak spraw"
        fetching={result.loading}
        records={result.data?.items ?? []}
        totalRecords={result.data?.total ?? 0}
        {...paging.tableProps}
        idAccessor="id"
        fz="sm"
        verticalSpacing="xs"
        aria-label="Rejestr spraw"
        columns={[
          {
            accessor: 'caseRef',
            title: 'Znak sprawy',
            sortable: true,
            noWrap: true,
            render: (row) => (
              <Anchor component={Link} to={`/sprawy/${row.id}`} fw={600}>
                {row.caseRef}
              </Anchor>
            ),
          },
          { accessor: 'applicant', title: 'Wnioskodawca', sortable: true, render: (row) => row.applicantName },
          { accessor: 'benefits', title: 'Forma pomocy', render: (row) => row.benefits.map((entry) => benefitKinds[entry].label).join(', ') },
          { accessor: 'status', title: 'Stan', sortable: true, width: 150, render: (row) => <CaseStatusBadge status={row.status} size="md" /> },
          { accessor: 'applicationDate', title: 'Data wpływu', sortable: true, noWrap: true, render: (row) => formatDate(row.applicationDate) },
          { accessor: 'worker', title: 'Pracownik', sortable: true, render: (row) => row.workerName },
          {
            accessor: 'decisionDue',
            title: 'Termin decyzji',
            noWrap: true,
            render: (row) =>
              row.decisionDue === null ? (
                <Text span c="dimmed">
                  —
                </Text>
              ) : (
                <Text span c={row.decisionDue < today ? 'red.8' : undefined} fw={row.decisionDue < today ? 700 : undefined}>
                  {formatDate(row.decisionDue)}
                  {row.decisionDue < today ? ' (po terminie)' : ''}
                </Text>
              ),
          },
        ]}
      />
    </>
  );
}
