import { Anchor, Button, Group, Kbd, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { benefitKinds, caseStatuses, caseStatusKeys, type CaseStatus } from '../../shared/domain/cases';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { CaseStatusBadge } from './CaseStatusBadge';
import { todayIso } from './caseText';

type Scope = 'mine' | 'office';
type StatusFilter = 'open' | 'all' | CaseStatus;

const statusOptions = [
  { value: 'open', label: 'Otwarte' },
  { value: 'all', label: 'Wszystkie' },
  ...caseStatusKeys.map((status) => ({ value: status, label: caseStatuses[status] })),
];

/**
 * The cases of the office: a social worker starts from their own open cases, the director from the whole
 * office. The filters live in the address, so that "back" from a case returns to the same list.
 */
export function CasesPage() {
  const navigate = useNavigate();
  const { user, can } = useCurrentUser();
  const canCreate = can('cases.create');
  const [params, setParams] = useSearchParams();
  const scope: Scope = (params.get('zakres') as Scope | null) ?? (user.roles.includes('socialWorker') ? 'mine' : 'office');
  const status = (params.get('status') as StatusFilter | null) ?? 'open';
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(query, 150);
  const result = useLoad(() => api.call('cases.list', { scope, status, query: debounced, limit: 200 }), [scope, status, debounced]);
  const today = todayIso();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  useHotkeys([['Insert', () => canCreate && navigate('/sprawy/nowa')]], []);

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Sprawy
        </Title>
        {canCreate && (
          <Button component={Link} to="/sprawy/nowa" rightSection={<Kbd size="xs">Insert</Kbd>}>
            Nowy wniosek
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="md">
        <div>
          <Text size="md" fw={500} mb={4} id="cases-scope">
            Pokaż
          </Text>
          <SegmentedControl
            aria-labelledby="cases-scope"
            size="md"
            value={scope}
            onChange={(value) => setParam('zakres', value)}
            data={[
              { value: 'mine', label: 'Moje' },
              { value: 'office', label: 'Cały ośrodek' },
            ]}
          />
        </div>
        <Select
          label="Stan sprawy"
          data={statusOptions}
          value={status}
          allowDeselect={false}
          onChange={(value) => setParam('status', value ?? 'open')}
          w={220}
        />
        <TextInput
          label="Szukaj"
          placeholder="znak sprawy albo nazwisko"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setParam('q', event.currentTarget.value);
          }}
          maxLength={100}
          style={{ flex: 1, minWidth: 240 }}
          autoFocus
        />
      </Group>
      <ErrorAlert error={result.error} title="Nie udało się wczytać spraw" />
      <Text c="dimmed" size="sm" aria-live="polite">
        {result.data
          ? result.data.items.length === 0
            ? 'Brak spraw spełniających te warunki.'
            : `Sprawy: ${result.data.items.length}${result.data.more ? ' (pokazano pierwsze 200 — zawęź wyszukiwanie)' : ''}`
          : ' '}
      </Text>
      <DataTable
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={result.data?.items.length ? undefined : 160}
        noRecordsText={scope === 'mine' ? 'Nie masz spraw w tym stanie' : 'Brak spraw'}
        fetching={result.loading && !result.data}
        records={result.data?.items ?? []}
        idAccessor="id"
        onRowClick={({ record }) => navigate(`/sprawy/${record.id}`)}
        fz="md"
        verticalSpacing="sm"
        columns={[
          {
            accessor: 'caseRef',
            title: 'Znak sprawy',
            render: (row) => (
              // A link, so that Tab reaches every case and Enter opens it.
              <Anchor component={Link} to={`/sprawy/${row.id}`} fw={600} onClick={(event) => event.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
                {row.caseRef}
              </Anchor>
            ),
          },
          { accessor: 'applicantName', title: 'Wnioskodawca' },
          { accessor: 'applicationDate', title: 'Data wpływu', render: (row) => formatDate(row.applicationDate) },
          {
            accessor: 'benefits',
            title: 'Świadczenia',
            render: (row) => row.benefits.map((benefit) => benefitKinds[benefit].label).join(', '),
          },
          // Wide enough for "Rozstrzygnięta" in full: a badge cut to "RO…" tells nothing.
          { accessor: 'status', title: 'Stan', width: 150, render: (row) => <CaseStatusBadge status={row.status} size="md" /> },
          { accessor: 'workerName', title: 'Pracownik' },
          {
            accessor: 'decisionDue',
            title: 'Termin decyzji',
            render: (row) =>
              row.decisionDue === null ? (
                <Text span c="dimmed">
                  —
                </Text>
              ) : row.decisionDue < today ? (
                <>
                  <Text c="red.8" fw={700}>
                    {formatDate(row.decisionDue)}
                  </Text>
                  <Text c="red.8" size="sm" fw={700}>
                    po terminie
                  </Text>
                </>
              ) : (
                formatDate(row.decisionDue)
              ),
          },
        ]}
      />
    </Stack>
  );
}
