import type { Role } from '../../shared/domain/roles';

/** What a transport knows about a call: where it came from and the session token it carried. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'test';
  sessionToken?: string | undefined;
}

export interface SessionUser {
  id: number;
  login: string;
  fullName: string;
  roles: Role[];
}

/** What a service receives: the call plus the user the router established (null for public methods). */
export interface RequestContext extends CallContext {
  user: SessionUser | null;
}

/** Time comes through a port, so that tests and services agree on "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
