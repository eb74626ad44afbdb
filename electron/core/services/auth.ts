import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getUserById, getUserByLogin, updateUser, type UserRow } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { lockAfterMinutes } from '../gate';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../passwords';
import { assertStrongPassword } from '../password-strength';
import { allowedMethods } from '../permissions';
import { effectiveRoles, todayInPoland } from '../roles';
import type { SessionStore } from '../sessions';

type CurrentUser = MethodOutput<'auth.me'>;

/**
 * After this many wrong passwords in a row the account waits; every further five double the wait. The
 * administrator's account is told the same but never locked (see login); an administrator lifts anyone's
 * lock by giving a new password.
 */
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

/** The longest wait after a wrong password, as a multiple of the base delay. */
const MAX_WAIT_FACTOR = 32;

/**
 * The wait before a wrong password is answered: the base delay for the first four, then doubling with every
 * further failure in a row (2×, 4×, … up to 32×: 32 s with the default 1 s). It slows guessing also where
 * nothing locks (the administrator's account) and answers the same for a login that does not exist.
 */
export function failedLoginWaitMs(failures: number, baseMs: number): number {
  return baseMs * Math.min(MAX_WAIT_FACTOR, 2 ** Math.max(0, failures - FAILURES_BEFORE_LOCKOUT + 1));
}

/**
 * Failures of logins that do not exist, kept in memory only, so that they lock and wait exactly like real
 * accounts: the answers never tell whether a login exists. Bounded; the oldest are forgotten first.
 */
function createUnknownLogins(limit = 1000) {
  const entries = new Map<string, { failedLogins: number; lockedUntil: string | null }>();
  return {
    get: (login: string) => entries.get(login) ?? { failedLogins: 0, lockedUntil: null },
    set(login: string, state: { failedLogins: number; lockedUntil: string | null }) {
      entries.delete(login);
      entries.set(login, state);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' });
}

export function createAuthService(db: Db, clock: Clock, sessions: SessionStore, options: AuthOptions) {
  const unknownLogins = createUnknownLogins();
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

    async login(input: ParsedInput<'auth.login'>, ctx: RequestContext): Promise<MethodOutput<'auth.login'>> {
      const found = getUserByLogin(db, input.login);
      // Always spend the time of one hash, so that a missing login answers as slowly as a wrong password.
      const passwordMatches = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_PASSWORD_HASH);
      // Read the account again after the hash: attempts running at the same time may have counted failures
      // or locked it meanwhile, and each must count on top of the others.
      const row = found ? getUserById(db, found.id) : undefined;
      const now = clock.now();
      const administrator = row ? (row.roles as Role[]).includes('administrator') : false;
      const state = row ? { failedLogins: row.failedLogins, lockedUntil: row.lockedUntil } : unknownLogins.get(input.login);
      const lockedUntil = state.lockedUntil && state.lockedUntil > now.toISOString() ? state.lockedUntil : null;

      // The administrator is never locked out (someone must be able to let the others back in): the right
      // password opens their account at any time; wrong ones cost growing waits, like everyone's.
      if (row && row.active && passwordMatches && (!lockedUntil || administrator)) {
        db.transaction((tx) => {
          updateUser(tx, row.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now.toISOString() });
          // The PC, not the change id: the answer holds the session token, which is never stored (a login sent
          // again simply logs in again).
          recordAudit(tx, { pc: ctx.pc, user: { id: row.id, login: row.login, fullName: row.fullName, roles: row.roles as Role[] } }, clock, {
            kind: 'auth.login',
            summary: `Zalogowano: ${row.fullName}`,
          });
        });
        const session = sessions.create(row.id);
        return { sessionToken: session.token, user: currentUser(getUserById(db, row.id)!) };
      }

      // A wrong try counts, also for a login that does not exist (kept in memory only), so that every login
      // answers alike: the same messages after the same number of tries. Tries while locked do not count,
      // except the administrator's: their account is not really locked, so every wrong try waits longer.
      const counts = !lockedUntil || administrator;
      let failures = state.failedLogins;
      let lockedNow: string | null = lockedUntil;
      if (counts) failures += 1;
      if (!lockedUntil) {
        if (failures % FAILURES_BEFORE_LOCKOUT === 0) {
          const minutes = Math.min(MAX_LOCKOUT_MINUTES, LOCKOUT_MINUTES * 2 ** (failures / FAILURES_BEFORE_LOCKOUT - 1));
          lockedNow = new Date(now.getTime() + minutes * 60_000).toISOString();
        }
      }
      db.transaction((tx) => {
        if (row && counts) updateUser(tx, row.id, { failedLogins: failures, lockedUntil: lockedNow });
        // A login that does not exist is not written down: it is often a password typed into the wrong field.
        recordAudit(tx, { pc: ctx.pc, user: null }, clock, {
          kind: 'auth.loginFailed',
          summary: row ? `Nieudane logowanie na konto „${row.login}”` : 'Nieudane logowanie na nieistniejące konto',
          details: { login: row?.login ?? null, reason: !row ? 'unknownLogin' : lockedUntil && !administrator ? 'locked' : !row.active ? 'inactive' : 'wrongPassword' },
        });
      });
      if (!row && !lockedUntil) unknownLogins.set(input.login, { failedLogins: failures, lockedUntil: lockedNow });
      await sleep(failedLoginWaitMs(failures, options.failedLoginDelayMs));
      if (lockedNow) {
        throw new AppError(
          'UNAUTHORIZED',
          `Zbyt wiele nieudanych prób logowania na to konto. Spróbuj ponownie po godz. ${formatTime(lockedNow)} ` +
            'albo poproś administratora o nadanie nowego hasła.',
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
      assertStrongPassword(input.newPassword, row, ['newPassword']);
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
