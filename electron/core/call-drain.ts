/**
 * Lets a restore replace the database under the running program without any call meeting a closed connection.
 * Calls are counted while they run. `hold` shuts the door: new calls wait at it, and the restore goes on only
 * once the calls already inside have finished (when they do not finish in time, the door opens again and the
 * restore is refused: nothing was closed, nobody noticed). `release` opens the door; the waiting calls then
 * run on whatever database is open by then. A call that waits longer than `waitMs` is told, in Polish, to try
 * again in a moment — never an internal error.
 */
export const RESTORE_IN_PROGRESS = 'Trwa przywracanie danych z kopii — spróbuj za chwilę.';

export interface CallDrainOptions {
  /** How long a new call waits at the shut door before it is told to try again. */
  waitMs: number;
  /** How long `hold` waits for the calls already running. */
  drainMs: number;
}

/** Resolves true after `ms`, or false as soon as `until` settles; the timer never outlives it. */
function timeout(ms: number, until: Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  return Promise.race([elapsed, until.then(() => false)]).finally(() => clearTimeout(timer));
}

export function createCallDrain(options: CallDrainOptions) {
  let running = 0;
  /** Set while the door is shut: resolves when it opens. */
  let door: { opened: Promise<void>; open: () => void } | null = null;
  /** Set while `hold` waits: called when the last running call finishes. */
  let onIdle: (() => void) | null = null;

  function release(): void {
    const shut = door;
    door = null;
    shut?.open();
  }

  return {
    /**
     * Runs a call once the door is open, counted as running; `busy()` answers instead when the door stays
     * shut too long. `counted: false` is for the restore itself, which must not wait for its own end.
     */
    async run<T>(call: () => Promise<T>, busy: () => T, counted = true): Promise<T> {
      const started = Date.now();
      while (door) {
        const left = options.waitMs - (Date.now() - started);
        if (left <= 0 || (await timeout(left, door.opened))) return busy();
      }
      // No await between the door's last check and the count: a hold that starts now already sees this call.
      if (!counted) return call();
      running += 1;
      try {
        return await call();
      } finally {
        running -= 1;
        if (running === 0) onIdle?.();
      }
    },

    /** Shuts the door and waits for the running calls; false (door open again) when they did not finish in time. */
    async hold(): Promise<boolean> {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      door = { opened, open };
      if (running > 0) {
        const idle = new Promise<void>((resolve) => (onIdle = resolve));
        const late = await timeout(options.drainMs, idle);
        onIdle = null;
        if (late) {
          release();
          return false;
        }
      }
      return true;
    },

    release,
  };
}

export type CallDrain = ReturnType<typeof createCallDrain>;
