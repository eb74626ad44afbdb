import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MethodOutput } from '../../shared/contract';
import type { AuditEntry, AuditFilter, AuditKind } from '../../shared/contract/audit';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { downloadFile } from '../common/downloadFile';
import { isRealDate } from '../common/dateText';
import { PdfPreview } from '../common/PdfPreview';
import { useLoad } from '../common/useLoad';
import { AuditFilters, type LocalFilter } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { JumpToEntry } from './JumpToEntry';
import { VerificationAlert } from './VerificationAlert';

const PAGE = 100;
const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * Who did what and when, for the director and the administrator: filtered by person (?osoba=), case (?sprawa=),
 * user, kind and days, repeated openings as one line, a jump to the entry number the check names (?nr=), and the
 * same lines printed or exported.
 */
export function AuditPage() {
  const { can } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const personId = numberParam(params.get('osoba'));
  const caseId = numberParam(params.get('sprawa'));
  const jumpTo = numberParam(params.get('nr'));
  const [local, setLocal] = useState<LocalFilter>({ userId: null, kind: null, from: null, to: null, collapseReads: true });
  const [older, setOlder] = useState<{ key: string; entries: AuditEntry[]; nextBeforeId: number | null }>();
  const [verification, setVerification] = useState<MethodOutput<'audit.verify'>>();
  const [actionError, setActionError] = useState<Error>();
  const [busy, setBusy] = useState<'verify' | 'csv' | null>(null);
  const [printing, setPrinting] = useState(false);

  // A jump shows the log from that entry down, whatever was filtered before.
  const filter: AuditFilter =
    jumpTo !== undefined
      ? { collapseReads: local.collapseReads }
      : {
          personId,
          caseId,
          userId: local.userId ? Number(local.userId) : undefined,
          kind: (local.kind ?? undefined) as AuditKind | undefined,
          // A day typed wrong filters nothing until corrected; its field says what is wrong.
          from: isRealDate(local.from) ? local.from : undefined,
          to: isRealDate(local.to) ? local.to : undefined,
          collapseReads: local.collapseReads,
        };
  const key = JSON.stringify([filter, jumpTo]);
  const page = useLoad(() => api.call('audit.list', { ...filter, beforeId: jumpTo === undefined ? undefined : jumpTo + 1, limit: PAGE }), [key]);
  const olderHere = older?.key === key ? older : undefined;
  const entries = [...(page.data?.entries ?? []), ...(olderHere?.entries ?? [])];
  const next = olderHere ? olderHere.nextBeforeId : (page.data?.nextBeforeId ?? null);

  const loadOlder = async () => {
    if (next === null) return;
    setActionError(undefined);
    try {
      const more = await api.call('audit.list', { ...filter, beforeId: next, limit: PAGE });
      setOlder({ key, entries: [...(olderHere?.entries ?? []), ...more.entries], nextBeforeId: more.nextBeforeId });
    } catch (error) {
      setActionError(error as Error);
    }
  };
  /** After a check or an export the log has a new entry: read it again from the top. */
  const refresh = () => {
    setOlder(undefined);
    page.reload();
  };
  const run = async (what: 'verify' | 'csv') => {
    setActionError(undefined);
    setBusy(what);
    try {
      if (what === 'verify') setVerification(await api.call('audit.verify', {}));
      else downloadFile(await api.call('audit.export', { filter, format: 'csv' }));
      refresh();
    } catch (error) {
      setActionError(error as Error);
    } finally {
      setBusy(null);
    }
  };
  const setSubject = (subject: { osoba?: number; sprawa?: number }) =>
    setParams(Object.fromEntries(Object.entries(subject).map(([name, value]) => [name, String(value)])));
  const jump = (entryId: number) => setParams({ nr: String(entryId) });
  const first = page.data?.entries[0];
  const jumpFound = jumpTo !== undefined && first !== undefined && (first.repeated?.ids ?? [first.id]).includes(jumpTo);

  return (
    <Stack maw={1300}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Dziennik zdarzeń
        </Title>
        <Group gap="sm">
          <Button variant="light" loading={busy === 'verify'} onClick={() => void run('verify')}>
            Sprawdź spójność dziennika
          </Button>
          <Button variant="default" disabled={!entries.length} onClick={() => setPrinting(true)}>
            Drukuj (PDF)
          </Button>
          <Button variant="default" disabled={!entries.length} loading={busy === 'csv'} onClick={() => void run('csv')}>
            Eksport do Excela (CSV)
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={actionError} />
      {verification && <VerificationAlert result={verification} onShow={jump} onClose={() => setVerification(undefined)} />}
      <AuditFilters
        subject={{ personId, caseId, ...page.data?.subject }}
        onSubject={setSubject}
        canPickPerson={can('persons.search')}
        canPickCase={can('cases.list')}
        users={page.data?.users ?? []}
        value={local}
        onChange={(value) => {
          setLocal(value);
          // Narrowing the log after a jump starts from the newest entries again.
          if (jumpTo !== undefined) setParams({});
        }}
      >
        <JumpToEntry onJump={jump} />
      </AuditFilters>
      {jumpTo !== undefined && (
        <Alert color={jumpFound ? 'blue' : 'yellow'} py="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {jumpFound
                ? `Wpis nr ${jumpTo} jest zaznaczony na początku listy, niżej starsze (filtry są teraz pominięte).`
                : `Wpisu nr ${jumpTo} nie ma w dzienniku: pokazano najbliższe starsze. Jeśli sprawdzenie wskazało brakujące wpisy, usunięto je poza programem.`}
            </Text>
            <Button variant="default" size="compact-md" onClick={() => setParams({})}>
              Pokaż najnowsze wpisy
            </Button>
          </Group>
        </Alert>
      )}
      <ErrorAlert error={page.error} />
      <AuditTable entries={entries} loading={page.loading && !page.data} marked={jumpTo ?? null} />
      {next !== null && (
        <Button variant="default" onClick={() => void loadOlder()}>
          Pokaż starsze wpisy
        </Button>
      )}
      {printing && (
        <PdfPreview
          title="Dziennik zdarzeń — wydruk"
          load={async () => {
            const file = await api.call('audit.export', { filter, format: 'pdf' });
            refresh();
            return file;
          }}
          onClose={() => setPrinting(false)}
        />
      )}
    </Stack>
  );
}
