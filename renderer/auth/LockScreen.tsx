import { Alert, Button, Group, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CurrentUser } from '../../shared/contract/auth';
import { ApiError } from '../../shared/api-client';
import { api } from '../api';
import { mainPcMayHaveRestarted, sessionRenewed } from '../office/connection';
import { setSessionToken } from '../session';

/**
 * Covers the program, opaque, until the same user types the password. What was typed in forms underneath
 * stays there; another person can only log out (which ends this session).
 */
export function LockScreen({
  user,
  onUnlocked,
  onLogout,
}: {
  user: CurrentUser;
  onUnlocked: (user: CurrentUser) => void;
  onLogout: () => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const unlock = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onUnlocked(await api.call('auth.unlock', { password }));
    } catch (caught) {
      let failure = caught;
      // The main PC restarted meanwhile and forgot the session: the same person logs in again, the forms stay.
      if (failure instanceof ApiError && failure.code === 'UNAUTHORIZED' && mainPcMayHaveRestarted()) {
        try {
          const again = await api.call('auth.login', { login: user.login, password });
          setSessionToken(again.sessionToken);
          sessionRenewed();
          onUnlocked(again.user);
          return;
        } catch (loginFailure) {
          failure = loginFailure;
        }
      }
      setError((failure as Error).message);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Overlay fixed backgroundOpacity={1} color="#e9ecef" zIndex={1000} center>
      <Paper withBorder shadow="md" p="xl" w={440} role="dialog" aria-modal="true" aria-label="Ekran zablokowany">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <Stack>
            <div>
              <Title order={2}>Ekran zablokowany</Title>
              <Text c="dimmed">
                Zalogowano: {user.fullName}. Wpisz hasło, aby wrócić do pracy — nic z wpisanych danych nie zginęło.
              </Text>
            </div>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <PasswordInput label="Hasło" autoFocus value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
            <Group justify="space-between">
              <Button variant="subtle" color="gray" onClick={onLogout}>
                Wyloguj
              </Button>
              <Button type="submit" loading={busy}>
                Odblokuj
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  );
}
