import { Alert, Badge, Button, CloseButton, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { MethodOutput } from '../../shared/contract';
import { auditKindLabels, type AuditEntry, type AuditKind } from '../../shared/contract/audit';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { DateField } from '../common/DateField';
import { isRealDate } from '../common/dateText';
import { useLoad } from '../common/useLoad';

const kindOptions = Object.entries(auditKindLabels).map(([value, label]) => ({ value, label }));
const kindLabel = (kind: string) => auditKindLabels[kind as AuditKind] ?? kind;
const PAGE = 100;

/** Who did what and when: for the director and the administrator, with a check that nothing was altered. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const personId = params.get('osoba') ? Number(params.get('osoba')) : undefined;
  const [userId, setUserId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [olderMore, setOlderMore] = useState<boolean | null>(null);
  const [verification, setVerification] = useState<MethodOutput<'audit.verify'>>();
  const [verifyError, setVerifyError] = useState<Error>();

  const filter = {
    personId,
    userId: userId ? Number(userId) : undefined,
    kind: (kind ?? undefined) as AuditKind | undefined,
    // A day typed wrong filters nothing until corrected; its field says what is wrong.
    from: isRealDate(from) ? from : undefined,
    to: isRealDate(to) ? to : undefined,
  };
  const page = useLoad(() => api.call('audit.list', { ...filter, limit: PAGE }), [filter]);
  const entries = [...(page.data?.entries ?? []), ...older];
  const personName = entries.find((entry) => entry.personId === personId)?.personName;

  const loadOlder = async () => {
    const last = entries.at(-1);
    if (!last) return;
    const next = await api.call('audit.list', { ...filter, beforeId: last.id, limit: PAGE });
    setOlder((previous) => [...previous, ...next.entries]);
    setOlderMore(next.more);
  };
  const changeFilter = <T,>(set: (value: T) => void) => (value: T) => {
    setOlder([]);
    setOlderMore(null);
    set(value);
  };

  return (
    <Stack maw={1300}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Dziennik zdarzeń
        </Title>
        <Button
          variant="light"
          onClick={() => {
            setVerifyError(undefined);
            api.call('audit.verify', {}).then(setVerification, setVerifyError);
          }}
        >
          Sprawdź spójność dziennika
        </Button>
      </Group>
      <ErrorAlert error={verifyError} />
      {verification &&
        (verification.intact ? (
          <Alert color="teal" title="Dziennik jest nienaruszony" onClose={() => setVerification(undefined)} withCloseButton>
            Sprawdzono {plural(verification.checked, 'wpis', 'wpisy', 'wpisów')}: każdy łączy się z poprzednim i nikt ich nie zmienił.
          </Alert>
        ) : (
          <Alert color="red" title="Dziennik został naruszony" role="alert">
            <List size="sm">
              {verification.problems.map((problem) => (
                <List.Item key={`${problem.entryId}-${problem.message}`}>{problem.message}</List.Item>
              ))}
            </List>
          </Alert>
        ))}
      <Group align="flex-end">
        {personId !== undefined && (
          <Badge size="xl" variant="light" rightSection={<CloseButton size="sm" aria-label="Usuń filtr osoby" onClick={() => setParams({})} />}>
            Osoba: {personName ?? `nr ${personId}`}
          </Badge>
        )}
        <Select
          label="Użytkownik"
          placeholder="wszyscy"
          clearable
          data={(page.data?.users ?? []).map((user) => ({ value: String(user.id), label: user.fullName }))}
          value={userId}
          onChange={changeFilter(setUserId)}
        />
        <Select label="Rodzaj" placeholder="wszystkie" clearable searchable data={kindOptions} value={kind} onChange={changeFilter(setKind)} w={280} />
        <DateField label="Od dnia" value={from} onChange={changeFilter(setFrom)} w={160} />
        <DateField label="Do dnia" value={to} onChange={changeFilter(setTo)} w={160} />
      </Group>
      <ErrorAlert error={page.error} />
      <DataTable
        withTableBorder
        striped
        fz="sm"
        verticalSpacing="xs"
        minHeight={entries.length ? undefined : 150}
        noRecordsText="Brak wpisów"
        fetching={page.loading && !page.data}
        records={entries}
        columns={[
          { accessor: 'at', title: 'Kiedy', width: 150, render: (entry) => formatDateTime(entry.at) },
          { accessor: 'userName', title: 'Kto', render: (entry) => entry.userName ?? <Text span c="dimmed">—</Text> },
          { accessor: 'kind', title: 'Rodzaj', render: (entry) => kindLabel(entry.kind) },
          {
            accessor: 'summary',
            title: 'Co',
            render: (entry) => (
              <Stack gap={2}>
                <Text size="sm">{entry.summary}</Text>
                {entry.details && 'changes' in entry.details && <ChangeList changes={entry.details.changes} />}
              </Stack>
            ),
          },
          {
            accessor: 'personName',
            title: 'Osoba',
            render: (entry) =>
              entry.personId ? <Link to={`/dziennik?osoba=${entry.personId}`}>{entry.personName ?? `nr ${entry.personId}`}</Link> : null,
          },
        ]}
      />
      {(olderMore ?? page.data?.more) && (
        <Button variant="default" onClick={() => void loadOlder()}>
          Pokaż starsze wpisy
        </Button>
      )}
    </Stack>
  );
}

/** "pole: przed → po" for each field a change touched. */
function ChangeList({ changes }: { changes: unknown }) {
  if (!changes || typeof changes !== 'object') return null;
  return (
    <Text size="xs" c="dimmed">
      {Object.entries(changes as Record<string, { before: unknown; after: unknown }>)
        .map(([field, change]) => `${field}: ${String(change.before ?? '—')} → ${String(change.after ?? '—')}`)
        .join('; ')}
    </Text>
  );
}
