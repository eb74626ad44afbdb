import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getUserById, getUserByLogin, updateUser, type UserRow } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { lockAfterMinutes } from '../gate';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../passwords';
import { allowedMethods } from '../permissions';
import { effectiveRoles, todayInPoland } from '../roles';
import type { SessionStore } from '../sessions';

type CurrentUser = MethodOutput<'auth.me'>;

/** After this many wrong passwords in a row the account waits; every further five double the wait. */
export const FAILURES_BEFORE_LOCKOUT = 5;
/** Wrong passwords on the lock screen before the session ends and the full login (with its lockout) is needed. */
export const FAILED_UNLOCKS_BEFORE_LOGOUT = 5;
const LOCKOUT_MINUTES = 5;
const MAX_LOCKOUT_MINUTES = 60;

export interface AuthOptions {
  /** Extra wait after a wrong password, so that guessing is slow (tests shorten it). */
  failedLoginDelayMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' });
}

export function createAuthService(db: Db, clock: Clock, sessions: SessionStore, options: AuthOptions) {
  function currentUser(row: UserRow): CurrentUser {
    const roles = effectiveRoles(row, todayInPoland(clock));
    return {
      id: row.id,
      login: row.login,
      fullName: row.fullName,
      roles,
      allowedMethods: allowedMethods(roles),
      lockAfterMinutes: lockAfterMinutes(db),
      mustChangePassword: row.mustChangePassword,
    };
  }

  function requireSession(ctx: RequestContext) {
    const session = sessions.get(ctx.sessionToken);
    if (!session || !ctx.user) throw new AppError('UNAUTHORIZED', 'Zaloguj się, aby kontynuować.');
    return session;
  }

  const wrongLogin = () => new AppError('UNAUTHORIZED', 'Nieprawidłowy login lub hasło.');

  return {
    /** Opens a session for the user, in the transaction that records the login. */
    startSession(userId: number) {
      return sessions.create(userId);
    },

    currentUser,

    async login(input: ParsedInput<'auth.login'>, _ctx: RequestContext): Promise<MethodOutput<'auth.login'>> {
      const found = getUserByLogin(db, input.login);
      // Always spend the time of one hash, so that a missing login answers as slowly as a wrong password.
      const passwordMatches = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_PASSWORD_HASH);
      // Read the account again after the hash: attempts running at the same time may have counted failures
      // or locked it meanwhile, and each must count on top of the others.
      const row = found ? getUserById(db, found.id) : undefined;
      const now = clock.now();
      const lockedUntil = row?.lockedUntil && row.lockedUntil > now.toISOString() ? row.lockedUntil : null;

      if (row && row.active && passwordMatches && !lockedUntil) {
        db.transaction((tx) => {
          updateUser(tx, row.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now.toISOString() });
          recordAudit(tx, { user: { id: row.id, login: row.login, fullName: row.fullName, roles: row.roles as Role[] } }, clock, {
            kind: 'auth.login',
            summary: `Zalogowano: ${row.fullName}`,
          });
        });
        const session = sessions.create(row.id);
        return { sessionToken: session.token, user: currentUser(getUserById(db, row.id)!) };
      }

      let lockedNow: string | null = lockedUntil;
      db.transaction((tx) => {
        if (row && !lockedUntil) {
          const failures = row.failedLogins + 1;
          if (failures % FAILURES_BEFORE_LOCKOUT === 0) {
            const minutes = Math.min(MAX_LOCKOUT_MINUTES, LOCKOUT_MINUTES * 2 ** (failures / FAILURES_BEFORE_LOCKOUT - 1));
            lockedNow = new Date(now.getTime() + minutes * 60_000).toISOString();
          }
          updateUser(tx, row.id, { failedLogins: failures, lockedUntil: lockedNow });
        }
        // A login that does not exist is not written down: it is often a password typed into the wrong field.
        recordAudit(tx, { user: null }, clock, {
          kind: 'auth.loginFailed',
          summary: row ? `Nieudane logowanie na konto „${row.login}”` : 'Nieudane logowanie na nieistniejące konto',
          details: { login: row?.login ?? null, reason: !row ? 'unknownLogin' : lockedUntil ? 'locked' : !row.active ? 'inactive' : 'wrongPassword' },
        });
      });
      await sleep(options.failedLoginDelayMs);
      if (lockedNow) {
        throw new AppError(
          'UNAUTHORIZED',
          `Zbyt wiele nieudanych prób logowania. Konto jest zablokowane do godz. ${formatTime(lockedNow)}. ` +
            'Administrator może je odblokować, nadając nowe hasło.',
          undefined,
          { lockedUntil: lockedNow },
        );
      }
      if (row && !row.active && passwordMatches) {
        throw new AppError('UNAUTHORIZED', 'To konto jest wyłączone. Skontaktuj się z administratorem.');
      }
      throw wrongLogin();
    },

    logout(_input: ParsedInput<'auth.logout'>, ctx: RequestContext): MethodOutput<'auth.logout'> {
      const session = requireSession(ctx);
      db.transaction((tx) => recordAudit(tx, ctx, clock, { kind: 'auth.logout', summary: `Wylogowano: ${ctx.user!.fullName}` }));
      return { loggedOut: sessions.remove(session.token) };
    },

    me(_input: ParsedInput<'auth.me'>, ctx: RequestContext): CurrentUser {
      return currentUser(getUserById(db, ctx.user!.id)!);
    },

    lock(_input: ParsedInput<'auth.lock'>, ctx: RequestContext): MethodOutput<'auth.lock'> {
      sessions.lock(requireSession(ctx));
      return { locked: true };
    },

    async unlock(input: ParsedInput<'auth.unlock'>, ctx: RequestContext): Promise<CurrentUser> {
      const session = requireSession(ctx);
      const row = getUserById(db, ctx.user!.id)!;
      if (!(await verifyPassword(input.password, row.passwordHash))) {
        db.transaction((tx) =>
          recordAudit(tx, ctx, clock, { kind: 'auth.unlockFailed', summary: `Nieudane odblokowanie ekranu: ${row.fullName}` }),
        );
        await sleep(options.failedLoginDelayMs);
        session.failedUnlocks += 1;
        if (session.failedUnlocks >= FAILED_UNLOCKS_BEFORE_LOGOUT) {
          sessions.remove(session.token);
          throw new AppError('UNAUTHORIZED', 'Zbyt wiele błędnych haseł. Zaloguj się ponownie.');
        }
        throw new AppError('UNAUTHORIZED', 'Nieprawidłowe hasło.', [{ path: ['password'], message: 'Nieprawidłowe hasło.' }], {
          locked: true,
        });
      }
      sessions.unlock(session);
      return currentUser(row);
    },

    async changePassword(input: ParsedInput<'auth.changePassword'>, ctx: RequestContext): Promise<MethodOutput<'auth.changePassword'>> {
      const row = getUserById(db, ctx.user!.id)!;
      if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
        await sleep(options.failedLoginDelayMs);
        throw new AppError('VALIDATION', 'Obecne hasło jest nieprawidłowe.', [
          { path: ['currentPassword'], message: 'Obecne hasło jest nieprawidłowe.' },
        ]);
      }
      const passwordHash = await hashPassword(input.newPassword);
      db.transaction((tx) => {
        updateUser(tx, row.id, { passwordHash, mustChangePassword: false, updatedAt: clock.now().toISOString() });
        recordAudit(tx, ctx, clock, { kind: 'auth.passwordChanged', summary: `Zmiana własnego hasła: ${row.fullName}` });
      });
      sessions.removeForUser(row.id, ctx.sessionToken);
      return { changed: true };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
