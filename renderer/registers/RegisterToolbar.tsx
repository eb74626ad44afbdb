import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { PRINT_ROW_LIMIT } from '../../shared/contract/registers';
import { plural } from '../../shared/domain/plural';
import { downloadFile, type FilePayload } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';

interface Props {
  /** Rows matching the filter (all pages); undefined while the first page loads. */
  total: number | undefined;
  /** Shown after the count, e.g. the sum of the payments. */
  extra?: string;
  exportAs: (format: 'pdf' | 'csv') => Promise<FilePayload>;
}

/** The count of what the filter kept, and the register printed (PDF) or exported (CSV) with the same filter. */
export function RegisterToolbar({ total, extra, exportAs }: Props) {
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);
  const [error, setError] = useState<Error>();
  const run = async (format: 'pdf' | 'csv') => {
    setBusy(format);
    setError(undefined);
    try {
      downloadFile(await exportAs(format));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(null);
    }
  };
  const tooLong = total !== undefined && total > PRINT_ROW_LIMIT;
  return (
    <>
      <Group justify="space-between" align="center">
        <Text aria-live="polite" fw={500}>
          {total === undefined ? ' ' : total === 0 ? 'Brak pozycji spełniających te warunki.' : `${plural(total, 'pozycja', 'pozycje', 'pozycji')}${extra ? ` · ${extra}` : ''}`}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => void run('pdf')}
            loading={busy === 'pdf'}
            disabled={!total || busy !== null || tooLong}
            title={tooLong ? `Wydruk obejmuje najwyżej ${PRINT_ROW_LIMIT} pozycji: zawęź filtr albo wyeksportuj CSV.` : undefined}
          >
            Drukuj (PDF)
          </Button>
          <Button variant="default" onClick={() => void run('csv')} loading={busy === 'csv'} disabled={!total || busy !== null}>
            Eksport do Excela (CSV)
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} title="Nie udało się przygotować pliku" />
    </>
  );
}
