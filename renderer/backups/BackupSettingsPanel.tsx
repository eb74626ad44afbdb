import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { backupsConfigureInput } from '../../shared/contract/backups';
import { ApiError } from '../../shared/api-client';
import { api } from '../api';
import { useLeaveGuard } from '../common/LeaveGuard';
import { issuesToFormErrors, validateWith } from '../common/formErrors';

type Settings = MethodOutput<'backups.settings'>;

/**
 * The passphrase that encrypts the backups and the second destination, kept on this computer. The passphrase
 * is typed twice; a second place whose drive or share is missing is refused by the core, said at its field.
 */
export function BackupSettingsPanel({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [passphraseRepeat, setPassphraseRepeat] = useState('');
  const [secondaryDir, setSecondaryDir] = useState(settings.secondaryDir ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  useLeaveGuard(passphrase !== '' || passphraseRepeat !== '' || secondaryDir.trim() !== (settings.secondaryDir ?? ''));

  const save = async () => {
    setError(undefined);
    const input = { ...(passphrase || passphraseRepeat ? { passphrase, passphraseRepeat } : {}), secondaryDir };
    const invalid = validateWith(backupsConfigureInput, input);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    try {
      const saved = await api.call('backups.configure', input);
      setPassphrase('');
      setPassphraseRepeat('');
      setSecondaryDir(saved.secondaryDir ?? '');
      notifications.show({ color: 'teal', message: 'Zapisano ustawienia kopii.' });
      onSaved();
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues?.length) setErrors(issuesToFormErrors(failure.issues));
      else setError((failure as Error).message);
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
            description="Pełna ścieżka, np. E:\Kopie Ostoja albo \\serwer\kopie. Pendrive musi być podłączony, a folder sieciowy dostępny. Kopie trafiają tam automatycznie."
            value={secondaryDir}
            error={errors.secondaryDir}
            onChange={(event) => setSecondaryDir(event.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <PasswordInput
              label={settings.passphraseSet ? 'Nowe hasło kopii (zostaw puste, aby nie zmieniać)' : 'Hasło kopii'}
              description="Co najmniej 12 znaków. Zapisz je w bezpiecznym miejscu poza komputerem: bez niego kopii nie da się odczytać."
              value={passphrase}
              error={errors.passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              autoComplete="new-password"
            />
            <PasswordInput
              label={settings.passphraseSet ? 'Powtórz nowe hasło kopii' : 'Powtórz hasło kopii'}
              description="To samo hasło jeszcze raz, aby literówka nie zamknęła dostępu do kopii."
              value={passphraseRepeat}
              error={errors.passphraseRepeat}
              onChange={(event) => setPassphraseRepeat(event.currentTarget.value)}
              autoComplete="new-password"
            />
          </Group>
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
