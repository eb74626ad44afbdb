import { randomBytes } from 'node:crypto';
import type { Clock } from './context';

export interface Session {
  token: string;
  userId: number;
  createdAt: number;
  lastActivityAt: number;
  locked: boolean;
  /** Wrong passwords typed on the lock screen; too many end the session (then the login lockout applies). */
  failedUnlocks: number;
}

/** Ended tokens remembered for their message; the oldest are forgotten first (they then hear a bare "log in"). */
const MAX_ENDED = 1000;

/**
 * Sessions live in memory: closing the program logs everyone out. The token is what the transport carries
 * (an IPC argument or an HTTP header); it is never written anywhere.
 */
export function createSessionStore(clock: Clock) {
  const sessions = new Map<string, Session>();
  /** Tokens of sessions ended for everyone at once (a restore), with what their next call is told. Bounded. */
  const ended = new Map<string, string>();
  return {
    create(userId: number): Session {
      const now = clock.now().getTime();
      const session = {
        token: randomBytes(32).toString('base64url'),
        userId,
        createdAt: now,
        lastActivityAt: now,
        locked: false,
        failedUnlocks: 0,
      };
      sessions.set(session.token, session);
      return session;
    },
    get(token: string | undefined): Session | undefined {
      return token ? sessions.get(token) : undefined;
    },
    /** Locks the session when it has been idle too long; otherwise records the activity. */
    touch(session: Session, lockAfterMinutes: number): void {
      const now = clock.now().getTime();
      if (now - session.lastActivityAt > lockAfterMinutes * 60_000) session.locked = true;
      if (!session.locked) session.lastActivityAt = now;
    },
    lock(session: Session): void {
      session.locked = true;
    },
    unlock(session: Session): void {
      session.locked = false;
      session.failedUnlocks = 0;
      session.lastActivityAt = clock.now().getTime();
    },
    remove(token: string): boolean {
      return sessions.delete(token);
    },
    /**
     * Ends every session (the data they belonged to was replaced): each token's next call is told `message`
     * instead of a bare "log in", so that nobody thinks their session simply expired.
     */
    endAll(message: string): void {
      for (const token of sessions.keys()) ended.set(token, message);
      sessions.clear();
      for (const token of ended.keys()) {
        if (ended.size <= MAX_ENDED) break;
        ended.delete(token); // the oldest first
      }
    },
    /** Why this token's session ended for everyone at once, or undefined. */
    endedMessage(token: string | undefined): string | undefined {
      return token ? ended.get(token) : undefined;
    },
    /** Ends every session of the user but `keepToken` (after a password change, the other windows must log in). */
    removeForUser(userId: number, keepToken?: string): void {
      for (const [token, session] of sessions) {
        if (session.userId === userId && token !== keepToken) sessions.delete(token);
      }
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
