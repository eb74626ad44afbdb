import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../shared/contract/auth';
import type { AuditEntry, AuditKind } from '../../shared/contract/audit';
import type { Envelope } from '../../shared/envelope';
import { allowedMethods } from '../../electron/core/permissions';
import { insertUser } from '../../db/repositories/users';
import { hashPassword } from '../../electron/core/passwords';
import { createTestCore, expectError, TEST_PASSWORD, type TestCore } from './helpers';
import { createBareCore, expectOk, OFFICE, rawAuditRows, storedHash } from './auth-helpers';

const WRONG_LOGIN = 'Nieprawidłowy login lub hasło.';
// 09:05 UTC is 10:05 in Warsaw in March.
const LOCKED_UNTIL_1005 =
  'Zbyt wiele nieudanych prób logowania na to konto. Spróbuj ponownie po godz. 10:05 albo poproś administratora o nadanie nowego hasła.';
const MINUTE = 60_000;

let t: TestCore;
/** A fresh core for every test: these tests move the clock and lock accounts. */
function freshCorePerTest() {
  beforeEach(async () => {
    t = await createTestCore();
  });
  afterEach(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });
}

const login = (name: string, password: string) => t.invokeWith(undefined, 'auth.login', { login: name, password });
const meWith = (token: string) => t.invokeWith(token, 'auth.me', {});
async function userId(token: string): Promise<number> {
  return expectOk<CurrentUser>(await meWith(token)).id;
}
async function auditOfKind(kind: AuditKind): Promise<AuditEntry[]> {
  return (await t.api.call('audit.list', { kind, limit: 500 })).entries;
}

describe('logging in', () => {
  freshCorePerTest();

  it('a correct login opens a session and returns the user with the methods they may call', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    const answer = expectOk<{ sessionToken: string; user: CurrentUser }>(await login('  EWA ', TEST_PASSWORD));
    expect(answer.sessionToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(answer.user).toEqual({
      id: expect.any(Number),
      login: 'ewa',
      fullName: 'Test socialWorker',
      roles: ['socialWorker'],
      allowedMethods: allowedMethods(['socialWorker']),
      lockAfterMinutes: 10,
      mustChangePassword: false,
    });
    expect(answer.user.allowedMethods).toContain('persons.create');
    expect(answer.user.allowedMethods).not.toContain('users.list');
    expect(expectOk<CurrentUser>(await meWith(answer.sessionToken))).toEqual(answer.user);

    const entry = (await auditOfKind('auth.login')).find((e) => e.userId === answer.user.id);
    expect(entry).toMatchObject({ kind: 'auth.login', userName: 'Test socialWorker', summary: 'Zalogowano: Test socialWorker' });
    const users = await t.api.call('users.list', {});
    expect(users.find((u) => u.login === 'ewa')?.lastLoginAt).toBe('2025-03-10T09:00:00.000Z');
  });

  it('a wrong password and an unknown login get the very same answer (no user enumeration), and both are audited', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    const wrongPassword = await login('ewa', 'nie-to-hasło-123');
    const unknownLogin = await login('nieznany', 'nie-to-hasło-123');
    expect(expectError(wrongPassword, 'UNAUTHORIZED').message).toBe(WRONG_LOGIN);
    expect(unknownLogin).toEqual(wrongPassword);

    const failures = await auditOfKind('auth.loginFailed');
    expect(failures.map((e) => [e.userId, e.details])).toEqual([
      // What was typed as an unknown login is not kept: it is often a password typed into the wrong field.
      [null, { login: null, reason: 'unknownLogin' }],
      [null, { login: 'ewa', reason: 'wrongPassword' }],
    ]);
    expect(failures[0]!.summary).toBe('Nieudane logowanie na nieistniejące konto');
    expect(JSON.stringify(failures)).not.toContain('nieznany');
    expect(failures[1]!.summary).toBe('Nieudane logowanie na konto „ewa”');
  });

  it('a login that does not exist answers exactly like a real one, also after five tries (no user enumeration)', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    for (let i = 1; i <= 5; i++) {
      const unknown = expectError(await login('nieznany', `zgaduję-${i}-hasło`), 'UNAUTHORIZED');
      const real = expectError(await login('ewa', `zgaduję-${i}-hasło`), 'UNAUTHORIZED');
      expect(unknown).toEqual(real);
      if (i < 5) expect(real).toEqual({ code: 'UNAUTHORIZED', message: WRONG_LOGIN });
    }
    expect(expectError(await login('nieznany', 'zgaduję-6-hasło'), 'UNAUTHORIZED')).toEqual(
      expectError(await login('ewa', 'zgaduję-6-hasło'), 'UNAUTHORIZED'),
    );
    expect(expectError(await login('nieznany', 'zgaduję-6-hasło'), 'UNAUTHORIZED').message).toBe(LOCKED_UNTIL_1005);
  });

  it('a wrong password is answered slowly (the delay of the core options)', async () => {
    const bare = createBareCore({ failedLoginDelayMs: 300 });
    try {
      const now = bare.clock.now().toISOString();
      insertUser(bare.core.database.db, {
        login: 'ewa',
        fullName: 'Ewa Kowalska',
        roles: ['socialWorker'],
        passwordHash: await hashPassword(TEST_PASSWORD),
        createdAt: now,
        updatedAt: now,
      });
      const started = performance.now();
      expectError(await bare.invokeWith(undefined, 'auth.login', { login: 'ewa', password: 'nie-to-hasło-123' }), 'UNAUTHORIZED');
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(bare.internalErrors).toEqual([]);
    } finally {
      bare.cleanup();
    }
  });
});

// Every wrong try costs a real scrypt hash (0.1–0.5 s on a busy machine).
describe('lockout after repeated wrong passwords', { timeout: 60_000 }, () => {
  freshCorePerTest();

  it('ten wrong passwords in a row: the eleventh try, with the right password, is refused; a new password from the administrator lifts the lockout', async () => {
    const id = await userId(await t.loginAs(['socialWorker'], 'ewa'));
    const answers: string[] = [];
    for (let i = 1; i <= 10; i++) answers.push(expectError(await login('ewa', `zgaduję-hasło-${i}`), 'UNAUTHORIZED').message);
    expect(answers.slice(0, 4)).toEqual(Array(4).fill(WRONG_LOGIN));

    const eleventh = expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');
    expect(eleventh.message).toBe(LOCKED_UNTIL_1005);
    expect(eleventh.details).toEqual({ lockedUntil: '2025-03-10T09:05:00.000Z' });
    for (const message of answers.slice(4)) expect(message).toBe(eleventh.message);
    expect((await t.api.call('users.list', {})).find((u) => u.id === id)?.lockedUntil).toBe('2025-03-10T09:05:00.000Z');

    const failures = (await auditOfKind('auth.loginFailed')).filter((e) => e.details?.login === 'ewa');
    expect(failures).toHaveLength(11);
    expect(failures[0]!.details).toEqual({ login: 'ewa', reason: 'locked' }); // the newest: the right password, refused

    t.clock.advance(4 * MINUTE);
    expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');

    const reset = await t.api.call('users.resetPassword', { id, password: 'Nowe-hasło-od-admina-na-marzec' });
    expect(reset.lockedUntil).toBeNull();
    const opened = expectOk<{ sessionToken: string }>(await login('ewa', 'Nowe-hasło-od-admina-na-marzec'));
    expect((await meWith(opened.sessionToken)).ok).toBe(true);
    expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');
    const [entry] = await auditOfKind('user.resetPassword');
    expect(entry).toMatchObject({ userId: await userId(t.sessionToken), details: { userId: id } });
  });

  it('ten wrong passwords sent at the same moment are all counted: the right one after them is refused', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => login('ewa', `zgaduję-naraz-${i}`)));
    for (const answer of answers) expectError(answer, 'UNAUTHORIZED');
    const refused = expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');
    expect(refused.details).toEqual({ lockedUntil: '2025-03-10T09:05:00.000Z' });
    const row = t.core.database.sqlite.prepare("SELECT failed_logins AS n FROM users WHERE login = 'ewa'").get() as { n: number };
    expect(row.n).toBe(5); // counted up to the lockout; tries while locked do not count
  });

  it('the lockout grows when the failures go on after it, and passes with the clock', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    for (let i = 1; i <= 4; i++) await login('ewa', `zgaduję-hasło-${i}`);
    expect(expectError(await login('ewa', 'zgaduję-hasło-5'), 'UNAUTHORIZED').details).toEqual({ lockedUntil: '2025-03-10T09:05:00.000Z' });

    t.clock.advance(5 * MINUTE + 1000); // 09:05:01: the first lockout is over, but five more failures follow
    for (let i = 1; i <= 4; i++) expect(expectError(await login('ewa', `dalej-zgaduję-${i}`), 'UNAUTHORIZED').message).toBe(WRONG_LOGIN);
    const second = expectError(await login('ewa', 'dalej-zgaduję-5'), 'UNAUTHORIZED');
    expect(second.details).toEqual({ lockedUntil: '2025-03-10T09:15:01.000Z' }); // ten minutes now
    expect(second.message).toContain('po godz. 10:15');

    t.clock.advance(6 * MINUTE);
    expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');
    t.clock.advance(4 * MINUTE + 1000);
    expect((await login('ewa', TEST_PASSWORD)).ok).toBe(true);
    // A successful login starts the count of failures again.
    const row = t.core.database.sqlite.prepare("SELECT failed_logins AS n FROM users WHERE login = 'ewa'").get() as { n: number };
    expect(row.n).toBe(0);
  });
});

describe('the password and its hash are never shown or logged', () => {
  freshCorePerTest();

  it('not in the audit table, the router log, the console, nor any answer', async () => {
    const output: string[] = [];
    const spies = (['log', 'error', 'warn', 'info', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation((...args: unknown[]) => {
        output.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 10 }))).join(' '));
      }),
    );
    const answers: Envelope<unknown>[] = [];
    const record = async (answer: Promise<Envelope<unknown>>) => {
      const value = await answer;
      answers.push(value);
      return value;
    };
    const passwords = {
      initial: 'Pierwsze-hasło-Ewy-2025',
      typo: 'Pierwsze-hasło-Ewy-2O25',
      changed: 'Drugie-hasło-Ewy-2025',
      reset: 'Trzecie-hasło-od-admina',
      unlockTypo: 'Drugie-hasło-Ewy-2O25',
    };
    const hashes: string[] = [];
    try {
      const created = expectOk<{ id: number }>(
        await record(
          t.invoke('users.create', { login: 'ewa', fullName: 'Ewa Kowalska', roles: ['socialWorker'], password: passwords.initial }),
        ),
      );
      hashes.push(storedHash(t.core, 'ewa'));
      expectError(await record(login('ewa', passwords.typo)), 'UNAUTHORIZED');
      const { sessionToken } = expectOk<{ sessionToken: string }>(await record(login('ewa', passwords.initial)));
      expectError(
        await record(t.invokeWith(sessionToken, 'auth.changePassword', { currentPassword: passwords.typo, newPassword: passwords.changed })),
        'VALIDATION',
      );
      expectOk(
        await record(t.invokeWith(sessionToken, 'auth.changePassword', { currentPassword: passwords.initial, newPassword: passwords.changed })),
      );
      hashes.push(storedHash(t.core, 'ewa'));
      await record(t.invokeWith(sessionToken, 'auth.lock', {}));
      expectError(await record(t.invokeWith(sessionToken, 'auth.unlock', { password: passwords.unlockTypo })), 'UNAUTHORIZED');
      expectOk(await record(t.invokeWith(sessionToken, 'auth.unlock', { password: passwords.changed })));
      expectOk(await record(t.invokeWith(sessionToken, 'auth.me', {})));
      expectOk(await record(t.invoke('users.resetPassword', { id: created.id, password: passwords.reset })));
      hashes.push(storedHash(t.core, 'ewa'));
      hashes.push(storedHash(t.core, 'tester'));
      expectOk(await record(t.invoke('users.list', {})));
      expectOk(await record(t.invoke('auth.me', {})));
      expectOk(await record(t.invoke('audit.list', { limit: 500 })));
      expectOk(await record(t.invoke('audit.verify', {})));
      expectOk(await record(t.invoke('users.update', { id: created.id, fullName: 'Ewa Nowak', roles: ['director'], active: true })));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }

    expect(new Set(hashes).size).toBe(hashes.length);
    const secrets = [
      ...Object.values(passwords),
      TEST_PASSWORD,
      ...hashes,
      // The salt and the key alone, as they might be printed apart.
      ...hashes.flatMap((hash) => hash.split('$').slice(4)),
    ];
    const auditRows = rawAuditRows(t.core);
    expect(auditRows.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['user.create', 'auth.loginFailed', 'auth.login', 'auth.passwordChanged', 'auth.unlockFailed', 'user.resetPassword']),
    );
    const auditCells = auditRows.flatMap((row) => Object.values(row).map((cell) => String(cell)));
    const places: Record<string, string[]> = {
      'audit_log': auditCells,
      'router log': t.internalErrors,
      console: output,
      answers: answers.map((answer) => JSON.stringify(answer)),
    };
    for (const [place, texts] of Object.entries(places)) {
      for (const secret of secrets) {
        expect(texts.filter((text) => text.includes(secret)), `${secret} in ${place}`).toEqual([]);
      }
    }
    expect(answers.map((answer) => JSON.stringify(answer)).filter((text) => /passwordHash|password_hash|scrypt\$/i.test(text))).toEqual([]);
  });

  it('the stored hash is scrypt with its parameters, and two users with the same password get different hashes (salt)', async () => {
    for (const name of ['ewa', 'jan']) {
      await t.api.call('users.create', { login: name, fullName: `Osoba ${name}`, roles: ['socialWorker'], password: 'to-samo-hasło-123' });
    }
    const [ewa, jan] = [storedHash(t.core, 'ewa'), storedHash(t.core, 'jan')];
    for (const hash of [ewa, jan]) {
      expect(hash.startsWith('scrypt$')).toBe(true);
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
      expect(hash).not.toContain('to-samo-hasło-123');
    }
    expect(ewa).not.toBe(jan);
    expect(ewa.split('$')[4]).not.toBe(jan.split('$')[4]);
    expect((await login('ewa', 'to-samo-hasło-123')).ok).toBe(true);
    expect((await login('jan', 'to-samo-hasło-123')).ok).toBe(true);
  });
});

describe('the screen locks after inactivity', () => {
  freshCorePerTest();

  it('after lockAfterMinutes (default 10) without calls the session is locked; unlocking needs the right password', async () => {
    const token = await t.loginAs(['socialWorker'], 'ewa');
    t.clock.advance(9 * MINUTE);
    expect((await meWith(token)).ok).toBe(true); // a call resets the timer
    t.clock.advance(10 * MINUTE);
    expect((await meWith(token)).ok).toBe(true); // exactly ten minutes is not yet too long
    t.clock.advance(10 * MINUTE + 1000);

    for (const [method, input] of [['auth.me', {}], ['persons.search', { query: '' }], ['auth.lock', {}]] as const) {
      const error = expectError(await t.invokeWith(token, method, input), 'UNAUTHORIZED');
      expect(error.message).toBe('Ekran jest zablokowany. Wpisz hasło, aby kontynuować.');
      expect(error.details).toEqual({ locked: true });
    }

    const wrong = expectError(await t.invokeWith(token, 'auth.unlock', { password: 'nie-moje-hasło-1' }), 'UNAUTHORIZED');
    expect(wrong.message).toBe('Nieprawidłowe hasło.');
    expect(wrong.issues).toEqual([{ path: ['password'], message: 'Nieprawidłowe hasło.' }]);
    expect(wrong.details).toEqual({ locked: true });
    expect(expectError(await meWith(token), 'UNAUTHORIZED').details).toEqual({ locked: true });

    expectOk(await t.invokeWith(t.sessionToken, 'auth.unlock', { password: TEST_PASSWORD })); // the tester's session idled too
    const [failed] = await auditOfKind('auth.unlockFailed');
    expect(failed).toMatchObject({ userId: await userIdOf('ewa'), summary: 'Nieudane odblokowanie ekranu: Test socialWorker' });

    const unlocked = expectOk<CurrentUser>(await t.invokeWith(token, 'auth.unlock', { password: TEST_PASSWORD }));
    expect(unlocked.login).toBe('ewa');
    expect((await t.invokeWith(token, 'persons.search', { query: '' })).ok).toBe(true);
  });

  it('the time comes from the office settings', async () => {
    await t.api.call('settings.updateOffice', { ...OFFICE, lockAfterMinutes: 3 });
    const token = await t.loginAs(['socialWorker'], 'ewa');
    expect(expectOk<CurrentUser>(await meWith(token)).lockAfterMinutes).toBe(3);
    t.clock.advance(3 * MINUTE + 1000);
    expect(expectError(await meWith(token), 'UNAUTHORIZED').details).toEqual({ locked: true });
  });

  it('auth.lock locks at once; while locked only unlocking and logging out work', async () => {
    const token = await t.loginAs(['socialWorker'], 'ewa');
    expect(expectOk(await t.invokeWith(token, 'auth.lock', {}))).toEqual({ locked: true });
    expect(expectError(await meWith(token), 'UNAUTHORIZED').details).toEqual({ locked: true });
    expect(expectError(await t.invokeWith(token, 'persons.search', { query: '' }), 'UNAUTHORIZED').details).toEqual({ locked: true });
    // Other sessions of the office are not affected.
    expect((await t.invoke('auth.me', {})).ok).toBe(true);

    expect(expectOk(await t.invokeWith(token, 'auth.logout', {}))).toEqual({ loggedOut: true });
    const after = expectError(await meWith(token), 'UNAUTHORIZED');
    expect(after.message).toBe('Zaloguj się, aby kontynuować.');
    expect(after.details).toBeUndefined();
    expectError(await t.invokeWith(token, 'auth.unlock', { password: TEST_PASSWORD }), 'UNAUTHORIZED');
  });

  it('auth.logout ends the session (audited); another session of the same user goes on', async () => {
    const first = await t.loginAs(['socialWorker'], 'ewa');
    const second = expectOk<{ sessionToken: string }>(await login('ewa', TEST_PASSWORD)).sessionToken;
    expect(expectOk(await t.invokeWith(first, 'auth.logout', {}))).toEqual({ loggedOut: true });
    for (const method of ['auth.me', 'auth.lock', 'auth.logout']) {
      expectError(await t.invokeWith(first, method, {}), 'UNAUTHORIZED');
    }
    expect((await meWith(second)).ok).toBe(true);
    const [entry] = await auditOfKind('auth.logout');
    expect(entry).toMatchObject({ userId: await userIdOf('ewa'), summary: 'Wylogowano: Test socialWorker' });
  });
});

async function userIdOf(name: string): Promise<number> {
  const user = (await t.api.call('users.list', {})).find((u) => u.login === name);
  if (!user) throw new Error(`no user ${name}`);
  return user.id;
}

describe('changing one’s own password', () => {
  let token: string;
  beforeAll(async () => {
    t = await createTestCore();
    token = await t.loginAs(['accountant'], 'basia');
  });
  afterAll(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  it('a wrong current password is refused at the field currentPassword and changes nothing', async () => {
    const before = storedHash(t.core, 'basia');
    const error = expectError(
      await t.invokeWith(token, 'auth.changePassword', { currentPassword: 'nie-pamiętam-1', newPassword: 'moje-nowe-hasło-1' }),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['currentPassword'], message: 'Obecne hasło jest nieprawidłowe.' }]);
    expect(storedHash(t.core, 'basia')).toBe(before);
    expect(await auditOfKind('auth.passwordChanged')).toEqual([]);
  });

  it('the new password must be long enough and differ from the current one', async () => {
    const short = expectError(await t.invokeWith(token, 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'krótkie' }), 'VALIDATION');
    expect(short.issues).toEqual([{ path: ['newPassword'], message: 'Hasło musi mieć co najmniej 10 znaków.' }]);
    const same = expectError(
      await t.invokeWith(token, 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
      'VALIDATION',
    );
    expect(same.issues).toEqual([{ path: ['newPassword'], message: 'Nowe hasło musi różnić się od obecnego.' }]);
  });

  it('after the change only the new password logs in', async () => {
    expect(
      expectOk(await t.invokeWith(token, 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'moje-nowe-hasło-1' })),
    ).toEqual({ changed: true });
    expect(expectError(await login('basia', TEST_PASSWORD), 'UNAUTHORIZED').message).toBe(WRONG_LOGIN);
    expect((await login('basia', 'moje-nowe-hasło-1')).ok).toBe(true);
    // The session in which the password was changed goes on.
    expect((await meWith(token)).ok).toBe(true);
    const [entry] = await auditOfKind('auth.passwordChanged');
    expect(entry).toMatchObject({ userId: await userIdOf('basia'), summary: 'Zmiana własnego hasła: Test accountant', details: null });
  });
});

describe('a deactivated user', () => {
  freshCorePerTest();

  it('loses their open session at the next call, and cannot log in', async () => {
    const token = await t.loginAs(['socialWorker'], 'ewa');
    const id = await userId(token);
    await t.api.call('users.update', { id, fullName: 'Test socialWorker', roles: ['socialWorker'], active: false });

    const error = expectError(await meWith(token), 'UNAUTHORIZED');
    expect(error.message).toBe('Zaloguj się, aby kontynuować.');
    expect(error.details).toBeUndefined();
    expect(expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED').message).toBe(
      'To konto jest wyłączone. Skontaktuj się z administratorem.',
    );
    expect(expectError(await login('ewa', 'nie-to-hasło-12'), 'UNAUTHORIZED').message).toBe(WRONG_LOGIN);

    // Switched on again, the old session stays closed; a new login works.
    await t.api.call('users.update', { id, fullName: 'Test socialWorker', roles: ['socialWorker'], active: true });
    expectError(await meWith(token), 'UNAUTHORIZED');
    expect((await login('ewa', TEST_PASSWORD)).ok).toBe(true);
  });
});
