import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';

type Settings = MethodOutput<'backups.settings'>;

/** The passphrase that encrypts the backups and the second destination, kept on this computer. */
export function BackupSettingsPanel({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [secondaryDir, setSecondaryDir] = useState(settings.secondaryDir ?? '');
  const [error, setError] = useState<string>();

  const save = async () => {
    setError(undefined);
    try {
      await api.call('backups.configure', { ...(passphrase ? { passphrase } : {}), secondaryDir });
      setPassphrase('');
      notifications.show({ color: 'teal', message: 'Zapisano ustawienia kopii.' });
      onSaved();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <Paper withBorder p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Ustawienia kopii na tym komputerze
          </Title>
          <Text size="sm">
            Pierwsze miejsce: <b>{settings.primaryDir}</b>
          </Text>
          <TextInput
            label="Drugie miejsce (pendrive lub folder sieciowy)"
            description="Pełna ścieżka, np. E:\Kopie Ostoja albo \\serwer\kopie. Kopie trafiają tam automatycznie."
            value={secondaryDir}
            onChange={(event) => setSecondaryDir(event.currentTarget.value)}
          />
          <PasswordInput
            label={settings.passphraseSet ? 'Nowe hasło kopii (zostaw puste, aby nie zmieniać)' : 'Hasło kopii'}
            description="Co najmniej 12 znaków. Zapisz je w bezpiecznym miejscu poza komputerem: bez niego kopii nie da się odczytać."
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            autoComplete="new-password"
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit">Zapisz ustawienia kopii</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
