import { Alert, Button, Group, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { formatDateTime } from '../common/format';
import { CountsList } from './CountsList';
import { placeLabel, type Backup, type BackupListing } from './backup-place';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB`;

/** Backups with "Sprawdź" and "Przywróć", and below them the files that are not whole backups. */
export function BackupTable({
  listing,
  working,
  emptyText,
  onDrill,
  onRestore,
}: {
  listing: BackupListing | undefined;
  working: boolean;
  emptyText: string;
  onDrill: (backup: Backup) => void;
  onRestore: (backup: Backup) => void;
}) {
  return (
    <>
      <DataTable
        withTableBorder
        striped
        fz="sm"
        verticalSpacing="xs"
        minHeight={listing?.backups.length ? undefined : 150}
        noRecordsText={emptyText}
        records={listing?.backups ?? []}
        idAccessor={(backup) => `${backup.location}/${backup.folder ?? ''}/${backup.fileName}`}
        columns={[
          { accessor: 'at', title: 'Utworzona', render: (backup) => formatDateTime(backup.at) },
          { accessor: 'location', title: 'Miejsce', render: placeLabel },
          { accessor: 'counts', title: 'Zawiera', render: (backup) => <CountsList counts={backup.counts} /> },
          { accessor: 'bytes', title: 'Rozmiar', textAlign: 'right', render: (backup) => megabytes(backup.bytes) },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (backup) => (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button size="xs" variant="light" disabled={working} onClick={() => onDrill(backup)}>
                  Sprawdź
                </Button>
                <Button size="xs" variant="subtle" color="red" disabled={working} onClick={() => onRestore(backup)}>
                  Przywróć
                </Button>
              </Group>
            ),
          },
        ]}
      />
      {(listing?.skipped.length ?? 0) > 0 && (
        <Alert color="gray" title="Pliki, które nie są pełnymi kopiami">
          {listing!.skipped.map((file) => (
            <Text key={`${file.location}/${file.folder ?? ''}/${file.fileName}`} size="sm">
              {file.fileName}: {file.message}
            </Text>
          ))}
        </Alert>
      )}
    </>
  );
}
