import { Anchor, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../shared/contract/audit';
import { auditChangesText, auditKindLabel, formatInstantPl, repeatedText } from '../../shared/domain/audit-text';

interface Props {
  entries: AuditEntry[];
  loading: boolean;
  /** The entry a jump asked for: its line is marked. */
  marked: number | null;
}

/** The numbers a collapsed line stands for, oldest first, so "wpis nr 1232" is found on the screen too. */
const numbers = (entry: AuditEntry) => [...(entry.repeated?.ids ?? [entry.id])].sort((a, b) => a - b).join(', ');

const caseOf = (entry: AuditEntry) => (typeof entry.details?.caseId === 'number' ? entry.details.caseId : null);

/** The log's lines: the number the check names, when, who, what (with the changes), and whom it concerns. */
export function AuditTable({ entries, loading, marked }: Props) {
  const isMarked = (entry: AuditEntry) => marked !== null && (entry.repeated?.ids ?? [entry.id]).includes(marked);
  const markedShown = entries.some(isMarked);
  // The marked line is brought into view once it is there: on a small screen the filters fill the first page.
  useEffect(() => {
    if (markedShown) document.querySelector('tr[aria-current="true"]')?.scrollIntoView({ block: 'center' });
  }, [marked, markedShown]);
  return (
    <DataTable
      withTableBorder
      striped
      fz="sm"
      verticalSpacing="xs"
      minHeight={entries.length ? undefined : 150}
      noRecordsText="Brak wpisów"
      fetching={loading}
      records={entries}
      rowStyle={(entry) => (isMarked(entry) ? { backgroundColor: 'var(--mantine-color-yellow-1)', outline: '2px solid var(--mantine-color-yellow-6)', outlineOffset: -2 } : undefined)}
      customRowAttributes={(entry) => ({ 'data-entry': entry.id, 'aria-current': isMarked(entry) || undefined })}
      columns={[
        { accessor: 'id', title: 'Nr', width: 70, textAlign: 'right', render: (entry) => entry.id },
        // One line: "16.03.2026, 09:04" does not wrap.
        { accessor: 'at', title: 'Kiedy', width: 150, noWrap: true, render: (entry) => formatInstantPl(entry.at) },
        {
          accessor: 'userName',
          title: 'Kto',
          width: 150,
          render: (entry) => (
            <>
              {entry.userName ?? <Text span c="dimmed">—</Text>}
              {/* The PC of the office network, when the entry was made from one (none: the main PC itself). */}
              {entry.pcName && (
                <Text size="sm" c="dimmed">
                  {entry.pcName}
                </Text>
              )}
            </>
          ),
        },
        { accessor: 'kind', title: 'Rodzaj', width: 160, render: (entry) => auditKindLabel(entry.kind) },
        {
          accessor: 'summary',
          title: 'Co',
          render: (entry) => {
            const changes = auditChangesText(entry.details);
            return (
              <Stack gap={2}>
                <Text size="sm">{entry.summary}</Text>
                {changes && (
                  <Text size="sm" c="dimmed">
                    {changes}
                  </Text>
                )}
                {entry.repeated && (
                  <Text size="sm" fw={600}>
                    {repeatedText(entry.repeated.count, entry.repeated.firstAt, entry.at)}{' '}
                    <Text span size="sm" c="dimmed" fw={400}>
                      (wpisy nr {numbers(entry)})
                    </Text>
                  </Text>
                )}
              </Stack>
            );
          },
        },
        {
          accessor: 'personName',
          title: 'Dotyczy',
          width: 150,
          render: (entry) => {
            const caseId = caseOf(entry);
            return (
              <Stack gap={2}>
                {entry.personId !== null && (
                  <Anchor component={Link} to={`/dziennik?osoba=${entry.personId}`} size="sm">
                    {entry.personName ?? `osoba nr ${entry.personId}`}
                  </Anchor>
                )}
                {caseId !== null && (
                  <Anchor component={Link} to={`/dziennik?sprawa=${caseId}`} size="sm">
                    wpisy tej sprawy
                  </Anchor>
                )}
              </Stack>
            );
          },
        },
      ]}
    />
  );
}
