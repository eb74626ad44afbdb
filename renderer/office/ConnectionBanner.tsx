import { Alert, Loader, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { connectionProblem, onConnectionChange } from './connection';

/** Above every screen of another PC while the main PC does not answer; gone by itself when it answers again. */
export function ConnectionBanner() {
  const problem = useSyncExternalStore(onConnectionChange, connectionProblem);
  if (!problem) return null;
  return (
    <Alert
      color="orange"
      variant="filled"
      role="alert"
      icon={<Loader size="xs" color="white" />}
      title={`Nie można połączyć się ze stanowiskiem głównym${problem.mainAddress ? ` (${problem.mainAddress})` : ''} — wpisane dane zostają, ponawiam…`}
      style={{ position: 'fixed', top: 8, left: '50%', transform: 'translateX(-50%)', zIndex: 1000, width: 'min(760px, calc(100% - 16px))' }}
    >
      {/* The title already says that it cannot connect, and where: the body says the rest. */}
      <Text size="sm">{problem.message.replace(/^Nie można połączyć się ze stanowiskiem głównym \([^)]*\)\.\s*/, '')}</Text>
    </Alert>
  );
}
