import type { KeyboardEvent } from 'react';

/**
 * Enter saves a form also from a checkbox (browsers submit only from text fields); Ctrl+Enter saves from
 * anywhere, a multi-line field included.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  const checkbox = target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
  if (event.ctrlKey || checkbox) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}
