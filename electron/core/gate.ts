import type { MethodName } from '../../shared/contract';
import type { ErrorBody } from '../../shared/envelope';
import type { Db } from '../../db/open';
import { getOfficeSettingsRow } from '../../db/repositories/settings';
import { getUserById } from '../../db/repositories/users';
import type { CallContext, Clock, SessionUser } from './context';
import { effectiveRoles, todayInPoland } from './roles';
import { mayCall, permissions } from './permissions';
import type { Session, SessionStore } from './sessions';

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

export function lockAfterMinutes(db: Db): number {
  return getOfficeSettingsRow(db)?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES;
}

export type Admission = { ok: true; user: SessionUser | null; session: Session | null } | { ok: false; error: ErrorBody };

/**
 * Decides, before any input is read, whether this call may go on: the session must exist and belong to an
 * active user, an idle session locks itself, and the user's roles must allow the method (permissions.ts).
 * The user is read from the database on every call, so a role taken away applies at once.
 */
export function createGate(db: Db, sessions: SessionStore, clock: Clock) {
  return function admit(method: MethodName, ctx: CallContext): Admission {
    const access = permissions[method];
    if (access === 'public') return { ok: true, user: null, session: null };

    const session = sessions.get(ctx.sessionToken);
    const row = session ? getUserById(db, session.userId) : undefined;
    if (!session || !row || !row.active) {
      if (session) sessions.remove(session.token);
      const ended = session ? undefined : sessions.endedMessage(ctx.sessionToken);
      return { ok: false, error: ended ? { code: 'UNAUTHORIZED', message: ended, details: { restored: true } } : { code: 'UNAUTHORIZED', message: 'Zaloguj się, aby kontynuować.' } };
    }
    sessions.touch(session, lockAfterMinutes(db));
    if (session.locked && access !== 'lockedUser') {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Ekran jest zablokowany. Wpisz hasło, aby kontynuować.', details: { locked: true } },
      };
    }
    const user: SessionUser = { id: row.id, login: row.login, fullName: row.fullName, roles: effectiveRoles(row, todayInPoland(clock)) };
    if (!mayCall(access, user.roles)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Twoja rola nie pozwala na tę czynność.' } };
    }
    return { ok: true, user, session };
  };
}

export type Gate = ReturnType<typeof createGate>;
