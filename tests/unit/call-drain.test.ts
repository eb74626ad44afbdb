import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCallDrain } from '../../electron/core/call-drain';

/** The door in front of the router while a restore swaps the database (electron/core/call-drain.ts). */
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A call that runs until the test lets it finish. */
function pendingCall() {
  let finish!: (value: string) => void;
  const result = new Promise<string>((resolve) => (finish = resolve));
  return { call: () => result, finish };
}

const busy = () => 'spróbuj za chwilę';

describe('the door in front of the calls', () => {
  it('hold waits for the calls already running; new calls wait at the door and run once it opens', async () => {
    const drain = createCallDrain({ waitMs: 60_000, drainMs: 60_000 });
    const running = pendingCall();
    const first = drain.run(running.call, busy);
    let held = false;
    const holding = drain.hold().then((ok) => (held = ok));
    const later = drain.run(async () => 'po przywróceniu', busy);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(held).toBe(false); // the running call is not finished
    running.finish('przed przywróceniem');
    await holding;
    expect(held).toBe(true);
    expect(await first).toBe('przed przywróceniem');

    let laterDone = false;
    void later.then(() => (laterDone = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(laterDone).toBe(false); // still at the shut door
    drain.release();
    expect(await later).toBe('po przywróceniu');
  });

  it('a new call that waits longer than waitMs is told to try again; the restore itself is never counted', async () => {
    const drain = createCallDrain({ waitMs: 5_000, drainMs: 60_000 });
    const restore = pendingCall();
    const restoring = drain.run(restore.call, busy, false);
    expect(await drain.hold()).toBe(true); // the uncounted restore does not wait for itself
    const waiting = drain.run(async () => 'wykonano', busy);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await waiting).toBe('spróbuj za chwilę');
    drain.release();
    restore.finish('przywrócono');
    expect(await restoring).toBe('przywrócono');
  });

  it('when the running calls do not finish in time, hold gives up and opens the door again', async () => {
    const drain = createCallDrain({ waitMs: 60_000, drainMs: 10_000 });
    const stuck = pendingCall();
    void drain.run(stuck.call, busy);
    const holding = drain.hold();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(await holding).toBe(false);
    expect(await drain.run(async () => 'wykonano', busy)).toBe('wykonano'); // nobody waits at the door
    stuck.finish('koniec');
  });
});
