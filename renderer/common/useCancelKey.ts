import { useEffect, useRef } from 'react';

/**
 * Esc leaves the screen, but not while Esc is closing something else: an open list of a Select or a date
 * picker, or a dialog. The listener runs in the capture phase, before those close, so it still sees them open.
 */
export function useCancelKey(onCancel: () => void): void {
  const latest = useRef(onCancel);
  useEffect(() => {
    latest.current = onCancel;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[aria-expanded="true"]')) return;
      if (document.querySelector('[role="dialog"]')) return;
      // Only once this Esc is over: a question it brings up ("Porzucić wpisane dane?") must not see it and close.
      setTimeout(() => latest.current());
    };
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, []);
}
