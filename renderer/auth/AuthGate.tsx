import { Box, Center, Loader } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/api-client';
import type { MethodName } from '../../shared/contract';
import type { CurrentUser } from '../../shared/contract/auth';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { onSessionProblem, sessionToken, setSessionToken } from '../session';
import { CurrentUserContext } from './CurrentUser';
import { LockScreen } from './LockScreen';
import { LoginPage } from './LoginPage';
import { OwnPasswordPage } from './OwnPasswordPage';
import { FirstStartPage } from '../office/FirstStartPage';
import { onConnectionChange, connectionProblem } from '../office/connection';
import { BackupsPage } from '../backups/BackupsPage';
import { LeaveGuardProvider } from '../common/LeaveGuard';

type Phase =
  | { name: 'starting' }
  | { name: 'recovery' }
  | { name: 'failed'; error: Error }
  | { name: 'setup' }
  | { name: 'login'; notice?: string }
  | { name: 'ready'; user: CurrentUser; locked: boolean };

/**
 * Nothing opens without a user: first start → setup; no session → login; a password the administrator set →
 * the person's own first; an idle or locked session → the lock screen over the program (what was typed stays in
 * the forms underneath).
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  /** Another PC that starts while the main PC is away waits for it (the banner says so), then starts. */
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    (async () => {
      if ((await api.call('system.info', {})).mode === 'recovery') return { name: 'recovery' } as const;
      const { needsSetup } = await api.call('setup.status', {});
      if (needsSetup) return { name: 'setup' } as const;
      if (!sessionToken()) return { name: 'login' } as const;
      try {
        return { name: 'ready', user: await api.call('auth.me', {}), locked: false } as const;
      } catch {
        return null; // the session problem listener below has moved on to login or the lock screen
      }
    })().then(
      (next) => current && next && setPhase(next),
      (error: Error) => {
        if (!current) return;
        if (error instanceof ApiError && error.code === 'UNAVAILABLE') {
          const stop = onConnectionChange(() => {
            if (connectionProblem()) return;
            stop();
            setAttempt((previous) => previous + 1);
          });
          return;
        }
        setPhase({ name: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      onSessionProblem((problem) =>
        setPhase((previous) => {
          if (problem === 'locked') {
            return previous.name === 'ready' ? { ...previous, locked: true } : { name: 'login', notice: 'Ekran był zablokowany. Zaloguj się ponownie.' };
          }
          setSessionToken(null);
          if (problem === 'restored') return { name: 'login', notice: 'Dane przywrócono z kopii zapasowej. Zaloguj się ponownie.' };
          return { name: 'login', notice: 'Sesja wygasła. Zaloguj się ponownie.' };
        }),
      ),
    [],
  );

  const signedIn = useCallback((token: string, user: CurrentUser) => {
    setSessionToken(token);
    setPhase({ name: 'ready', user, locked: false });
  }, []);

  const ready = phase.name === 'ready' ? phase : null;
  const idle = useIdle((ready?.user.lockAfterMinutes ?? 10) * 60_000, { initialState: false });
  /** The core locks the session first, then the screen covers the program. */
  const lock = useCallback(() => {
    void api
      .call('auth.lock', {})
      .catch(() => undefined)
      .then(() => setPhase((previous) => (previous.name === 'ready' ? { ...previous, locked: true } : previous)));
  }, []);
  useEffect(() => {
    if (idle && ready && !ready.locked) lock();
  }, [idle, ready, lock]);

  const value = useMemo(
    () =>
      ready && {
        user: ready.user,
        can: (method: MethodName) => ready.user.allowedMethods.includes(method),
        lock,
        logout: () => {
          void api.call('auth.logout', {}).catch(() => undefined);
          setSessionToken(null);
          setPhase({ name: 'login', notice: 'Wylogowano.' });
        },
      },
    [ready, lock],
  );

  switch (phase.name) {
    case 'starting':
      return (
        <Center h="100vh">
          <Loader aria-label="Uruchamianie" />
        </Center>
      );
    case 'failed':
      return (
        <Center h="100vh" p="xl">
          <ErrorAlert error={phase.error} title="Nie udało się uruchomić programu" />
        </Center>
      );
    case 'recovery':
      return (
        <Box p="xl" maw={1240} mx="auto">
          <LeaveGuardProvider>
            <BackupsPage recovery />
          </LeaveGuardProvider>
        </Box>
      );
    case 'setup':
      return <FirstStartPage onSetUp={signedIn} />;
    case 'login':
      return <LoginPage notice={phase.notice} onDone={signedIn} />;
    case 'ready':
      if (phase.user.mustChangePassword) {
        return (
          <OwnPasswordPage
            user={phase.user}
            onChanged={() => void api.call('auth.me', {}).then((user) => setPhase({ name: 'ready', user, locked: false }))}
            onLogout={() => value?.logout()}
          />
        );
      }
      return (
        <CurrentUserContext.Provider value={value}>
          {children}
          {phase.locked && (
            <LockScreen
              user={phase.user}
              onUnlocked={(user) => setPhase({ name: 'ready', user, locked: false })}
              onLogout={() => value?.logout()}
            />
          )}
        </CurrentUserContext.Provider>
      );
  }
}
