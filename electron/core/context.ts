import type { Role } from '../../shared/domain/roles';

/** Another PC of the office network, as the office server authenticated it (office_pcs). */
export interface CallerPc {
  id: number;
  name: string;
}

/** How the audit and the screens name the PC that holds the database, whose own calls carry no `pc`. */
export const MAIN_PC_NAME = 'stanowisko główne';

/** What a transport knows about a call: where it came from and the session token it carried. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'office' | 'test';
  sessionToken?: string | undefined;
  /** The calling PC of the office network; absent for calls made on the main PC itself. */
  pc?: CallerPc | undefined;
  /** The office call's change id (office/protocol.ts): a change records it in its own transaction. */
  changeId?: string | undefined;
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
