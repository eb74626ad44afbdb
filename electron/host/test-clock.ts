import type { Clock } from '../core/context';

/**
 * Browser mode only (never packaged): a clock that starts at a chosen moment and then runs with real time, so
 * that end-to-end tests do not depend on the day they run. Tests move it forward (e.g. 14 days for a decision to
 * become final) through the host's test endpoint.
 */
export interface TestClock extends Clock {
  set(at: Date): void;
}

export function createTestClock(start: Date): TestClock {
  let offset = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    set(at) {
      offset = at.getTime() - Date.now();
    },
  };
}

/** Parses `--test-clock`: an ISO moment with its offset, e.g. 2026-03-16T09:00:00+01:00. */
export function parseTestClockStart(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
