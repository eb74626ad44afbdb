import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

interface LeaveGuard {
  /** The question, to be rendered by the form's screen or dialog. */
  confirmation: ReactNode;
  /** Lets the next navigation through unasked: call it just before moving on after a save. */
  allowLeaving: () => void;
}

/**
 * Nothing typed is lost: leaving a form with unsaved changes — a menu link, a breadcrumb, the browser's Back,
 * another record, Anuluj or Esc — first asks "Porzucić wpisane dane?". "Zostań" keeps every field as it was;
 * "Porzuć" leaves.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);
  const stay = () => blocker.state === 'blocked' && blocker.reset();

  const confirmation = (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title="Porzucić wpisane dane?" centered zIndex={400}>
      <Stack>
        <Text>Wpisane dane nie zostały zapisane. Jeśli wyjdziesz, przepadną.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus>
            Zostań
          </Button>
          <Button color="red" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
            Porzuć
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { confirmation, allowLeaving };
}
