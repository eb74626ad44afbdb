import { Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api';
import { useLeaveGuard } from '../common/LeaveGuard';
import { BackupTable } from './BackupTable';
import type { Backup, BackupListing } from './backup-place';

/**
 * Backups from somewhere else: a USB stick brought from the computer that broke, or a folder the backups were
 * copied to. The administrator types the folder (as for the second place); its backups can then be checked and
 * restored like the others.
 */
export function OtherFolderPanel({
  working,
  onDrill,
  onRestore,
}: {
  working: boolean;
  onDrill: (backup: Backup, passphrase?: string) => void;
  onRestore: (backup: Backup, passphrase?: string) => void;
}) {
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [listing, setListing] = useState<BackupListing>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useLeaveGuard(folder !== '' || passphrase !== '');

  const show = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setListing(await api.call('backups.listFolder', { folder }));
    } catch (failure) {
      setListing(undefined);
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void show();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Kopia z innego miejsca
          </Title>
          <Text size="sm" c="dimmed">
            Na przykład pendrive przyniesiony z komputera, który się zepsuł, albo folder, do którego skopiowano kopie.
          </Text>
          <TextInput
            label="Folder z kopiami"
            description="Pełna ścieżka, np. E:\Kopie Ostoja albo \\serwer\kopie."
            value={folder}
            error={error}
            onChange={(event) => setFolder(event.currentTarget.value)}
          />
          <PasswordInput
            label="Hasło tych kopii"
            description="Zostaw puste, jeśli mają hasło ustawione na tym komputerze."
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            autoComplete="off"
          />
          <Group>
            <Button type="submit" loading={busy} variant="default">
              Pokaż kopie z tego folderu
            </Button>
          </Group>
          {listing && (
            <BackupTable
              listing={listing}
              working={working}
              emptyText="W tym folderze nie ma kopii programu Ostoja"
              onDrill={(backup) => onDrill(backup, passphrase || undefined)}
              onRestore={(backup) => onRestore(backup, passphrase || undefined)}
            />
          )}
        </Stack>
      </form>
    </Paper>
  );
}
