import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

/** The open forms and whether each holds unsaved changes. */
class Registry {
  private readonly forms = new Map<symbol, boolean>();
  private passNext = false;

  set(form: symbol, dirty: boolean): void {
    this.forms.set(form, dirty);
  }

  remove(form: symbol): void {
    this.forms.delete(form);
  }

  /** Just before a form moves on after saving: the next navigation goes through unasked. */
  allowNext(): void {
    this.passNext = true;
  }

  shouldAsk(): boolean {
    if (this.passNext) {
      this.passNext = false;
      return false;
    }
    return [...this.forms.values()].some(Boolean);
  }
}

const LeaveGuardContext = createContext<Registry | null>(null);

/**
 * Nothing typed is lost: leaving a form with unsaved changes — a menu link, a breadcrumb, the browser's Back,
 * another record, Anuluj or Esc — first asks "Porzucić wpisane dane?". "Zostań" keeps every field as it was;
 * "Porzuć" leaves. One question for the whole program (the router holds one blocker), whatever forms are open:
 * a screen's and a dialog's over it alike.
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new Registry());
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search) && registry.shouldAsk(),
  );
  const stay = () => blocker.state === 'blocked' && blocker.reset();

  return (
    <LeaveGuardContext.Provider value={registry}>
      {children}
      <LeaveQuestion
        opened={blocker.state === 'blocked'}
        onStay={stay}
        onLeave={() => blocker.state === 'blocked' && blocker.proceed()}
      />
    </LeaveGuardContext.Provider>
  );
}

/** The one question before typed data is lost: "Zostań" (the default, Enter) keeps it, "Porzuć" drops it. */
function LeaveQuestion({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  return (
    <Modal opened={opened} onClose={onStay} title="Porzucić wpisane dane?" centered zIndex={400}>
      <Stack>
        <Text>Wpisane dane nie zostały zapisane. Jeśli wyjdziesz, przepadną.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            Zostań
          </Button>
          <Button color="red" onClick={onLeave}>
            Porzuć
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A dialog's form: navigating away asks (useLeaveGuard), and so does closing the dialog itself — Anuluj, Esc, the
 * cross — while something typed is unsaved. Pass `close` to the Modal's onClose and to Anuluj, and render
 * `question` inside the dialog.
 */
export function useDialogLeaveGuard(dirty: boolean, onClose: () => void): { close: () => void; question: ReactNode; allowLeaving: () => void } {
  const { allowLeaving } = useLeaveGuard(dirty);
  const [asking, setAsking] = useState(false);
  const close = () => (dirty ? setAsking(true) : onClose());
  const question = (
    <LeaveQuestion
      opened={asking}
      onStay={() => setAsking(false)}
      onLeave={() => {
        setAsking(false);
        onClose();
      }}
    />
  );
  return { close, question, allowLeaving };
}

/**
 * A form tells the guard whether it holds unsaved changes. `allowLeaving()` lets the next navigation through
 * unasked: call it just before moving on after a save.
 */
export function useLeaveGuard(dirty: boolean): { allowLeaving: () => void } {
  const registry = useContext(LeaveGuardContext);
  if (!registry) throw new Error('useLeaveGuard outside of LeaveGuardProvider');
  const [form] = useState(() => Symbol('form'));
  useEffect(() => registry.set(form, dirty), [registry, form, dirty]);
  useEffect(() => () => registry.remove(form), [registry, form]);
  return { allowLeaving: () => registry.allowNext() };
}
