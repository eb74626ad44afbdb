/** Who is calling and when; users and roles join it with the permissions work. */
export interface CallContext {
  /** The transport the call came through, for logs. */
  transport: 'ipc' | 'http' | 'test';
}

/** Time comes through a port, so that tests and services agree on "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
