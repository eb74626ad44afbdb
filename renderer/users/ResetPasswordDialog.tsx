import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../../shared/contract/users';
import { api } from '../api';

/** A new password for someone who forgot theirs; it also lifts a lockout after failed logins. */
export function ResetPasswordDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  return (
    <Modal opened onClose={onClose} title={`Nowe hasło: ${user.fullName}`} centered>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await api.call('users.resetPassword', { id: user.id, password });
            onSaved();
          } catch (failure) {
            setError((failure as Error).message);
          }
        }}
      >
        <Stack>
          <Text size="sm">Nowe hasło przekaż osobiście. Blokada konta po nieudanych logowaniach zostanie zdjęta.</Text>
          <PasswordInput label="Nowe hasło" data-autofocus autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Anuluj
            </Button>
            <Button type="submit">Nadaj hasło</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
