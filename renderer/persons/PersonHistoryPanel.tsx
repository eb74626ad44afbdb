import { Anchor, Badge, Paper, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate, formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';

type HistoryEntry = MethodOutput<'persons.history'>['items'][number];

const kindBadge: Record<HistoryEntry['kind'], { label: string; color: string }> = {
  case: { label: 'Wniosek', color: 'blue' },
  interview: { label: 'Wywiad', color: 'teal' },
  computation: { label: 'Wyliczenie', color: 'grape' },
  decision: { label: 'Rozstrzygnięcie', color: 'indigo' },
  closed: { label: 'Zakończenie', color: 'gray' },
};

const roleLabel: Record<HistoryEntry['role'], string> = {
  applicant: 'wnioskodawca',
  member: 'członek gospodarstwa',
};

/** Application, interview and decision dates are days; a computation carries the moment it was saved. */
const formatWhen = (date: string) => (date.length > 10 ? formatDateTime(date) : formatDate(date));

/** Everything the office did with or about the person, newest first, each row leading to its case. */
export function PersonHistoryPanel({ personId }: { personId: number }) {
  const history = useLoad(() => api.call('persons.history', { id: personId }), [personId]);

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        Historia: sprawy, wywiady, wyliczenia
      </Title>
      <ErrorAlert error={history.error} title="Nie udało się wczytać historii osoby" />
      <DataTable
        aria-label="Historia osoby"
        withTableBorder
        striped
        fz="md"
        verticalSpacing="sm"
        minHeight={history.data?.items.length ? undefined : 120}
        fetching={history.loading && !history.data}
        noRecordsText="Brak spraw — osoba nie składała wniosków i nie była w gospodarstwie objętym wywiadem."
        records={history.data?.items ?? []}
        idAccessor={(entry) => `${entry.kind}-${entry.caseId}-${entry.interviewId ?? 0}`}
        columns={[
          {
            accessor: 'date',
            title: 'Data',
            noWrap: true,
            render: (entry) => formatWhen(entry.date),
          },
          {
            accessor: 'kind',
            title: 'Zdarzenie',
            render: (entry) => (
              // A badge may shrink and cut its label; the whole word is the point, so it keeps its width.
              <Badge color={kindBadge[entry.kind].color} variant="light" size="lg" radius="sm" tt="none" miw="max-content">
                {kindBadge[entry.kind].label}
              </Badge>
            ),
          },
          {
            accessor: 'caseRef',
            title: 'Sprawa',
            noWrap: true,
            render: (entry) => (
              <Anchor component={Link} to={`/sprawy/${entry.caseId}`} fw={600}>
                {entry.caseRef}
              </Anchor>
            ),
          },
          { accessor: 'summary', title: 'Opis' },
          {
            accessor: 'role',
            title: 'Osoba jako',
            render: (entry) => (
              <Text span c={entry.role === 'member' ? 'dimmed' : undefined}>
                {roleLabel[entry.role]}
              </Text>
            ),
          },
        ]}
      />
    </Paper>
  );
}
