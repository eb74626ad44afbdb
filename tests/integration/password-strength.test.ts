import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/contract/auth';
import { failedLoginWaitMs } from '../../electron/core/services/auth';
import { passwordWeakness } from '../../electron/core/password-strength';
import { createTestCore, expectError, TEST_PASSWORD, type TestCore } from './helpers';
import { createBareCore, expectOk, OFFICE } from './auth-helpers';

/**
 * Weak passwords are refused wherever a password is set (first start, a new account, a reset, one's own
 * change), with a Polish reason at the field; the estimator knows Polish words and the user's login and name.
 * The administrator is never locked out: wrong passwords wait longer and longer, the right one opens.
 */
const JAN = { login: 'jkowalski', fullName: 'Jan Kowalski' };
const STRONG = 'Pogodny-zegar-nad-Wieprzem-7';
const OWNER = 'Hasło zawiera login, imię lub nazwisko użytkownika — łatwo je odgadnąć.';
const TIP = ' Użyj kilku niepowiązanych słów, np. „pogodny zegar nad Wieprzem”.';

describe('the strength estimator', () => {
  it.each([
    ['aaaaaaaaaa', 'Hasło to powtarzany znak lub fragment (np. „aaaa”, „abcabc”) — łatwo je odgadnąć.'],
    ['1234567890', 'To jedno z najczęściej używanych haseł (np. „1234567890”, „qwerty”).'],
    ['kowalski2024', OWNER],
    ['jkowalski-1', OWNER],
    ['Jan-KOWALSKI-zima', OWNER],
    ['qwertyuiop', 'To jedno z najczęściej używanych haseł (np. „1234567890”, „qwerty”).'],
    ['małgorzata1', 'Hasło opiera się na popularnym imieniu lub nazwisku — łatwo je odgadnąć.'],
  ])('refuses %j for Jan Kowalski, saying why', (password, why) => {
    expect(passwordWeakness(password, JAN)).toBe(`${why}${TIP}`);
  });

  it('accepts several unrelated words, and a name other than the user\u2019s own', () => {
    expect(passwordWeakness(STRONG, JAN)).toBeNull();
    expect(passwordWeakness('Janów-pod-lasem-i-rzeką', JAN)).toBeNull();
  });
});

describe('wherever a password is set', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await createTestCore({ start: '2025-03-10T09:00:00Z' });
  });
  afterEach(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  it('a new account: refused at the field "password", nothing added', async () => {
    const users = t.count('users');
    const error = expectError(await t.invoke('users.create', { ...JAN, roles: ['socialWorker'], password: 'kowalski2024' }), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['password'], message: `${OWNER}${TIP}` }]);
    expect(error.message).toBe(`${OWNER}${TIP}`);
    expect(t.count('users')).toBe(users);
  });

  it('a reset by the administrator: judged against the login and name of the account being reset', async () => {
    const jan = await t.api.call('users.create', { ...JAN, roles: ['socialWorker'], password: STRONG });
    const error = expectError(await t.invoke('users.resetPassword', { id: jan.id, password: 'Kowalski-Jan-1' }), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['password'], message: `${OWNER}${TIP}` }]);
    expect((await t.api.call('users.resetPassword', { id: jan.id, password: 'Sosnowy-las-pod-Sitnem-9' })).id).toBe(jan.id);
  });

  it('one\u2019s own change: refused at "newPassword", the old password still works', async () => {
    const token = await t.loginAs(['socialWorker'], 'basia');
    const error = expectError(
      await t.invokeWith(token, 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaa' }),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['newPassword'], message: `Hasło to powtarzany znak lub fragment (np. „aaaa”, „abcabc”) — łatwo je odgadnąć.${TIP}` }]);
    expect((await t.invokeWith(undefined, 'auth.login', { login: 'basia', password: TEST_PASSWORD })).ok).toBe(true);
  });

  it('the first start: refused at administrator.password, nothing set up', async () => {
    const bare = createBareCore();
    try {
      const error = expectError(
        await bare.invokeWith(undefined, 'setup.initialize', {
          office: OFFICE,
          administrator: { login: 'admin', fullName: 'Marek Nowak', password: '1234567890' },
        }),
        'VALIDATION',
      );
      expect(error.issues).toEqual([{ path: ['administrator', 'password'], message: expect.stringMatching(/^To jedno z najczęściej używanych haseł/) }]);
      expect(bare.count('users')).toBe(0);
    } finally {
      bare.cleanup();
    }
  });
});

describe('the administrator is never locked out', { timeout: 60_000 }, () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await createTestCore({ start: '2025-03-10T09:00:00Z' });
  });
  afterEach(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });
  const login = (name: string, password: string) => t.invokeWith(undefined, 'auth.login', { login: name, password });

  it('after ten wrong passwords the administrator is told what everyone is told, yet the right password opens at once', async () => {
    await t.loginAs(['administrator'], 'admin');
    await t.loginAs(['socialWorker'], 'ewa');
    for (let i = 1; i <= 10; i++) {
      const admin = expectError(await login('admin', `zgaduję-hasło-${i}`), 'UNAUTHORIZED');
      const worker = expectError(await login('ewa', `zgaduję-hasło-${i}`), 'UNAUTHORIZED');
      // Until the fifth try both answers are equal; then only the count of tries while "locked" differs.
      if (i <= 5) expect(admin).toEqual(worker);
    }
    // The worker is locked: the right password is refused until the time or a new password.
    expectError(await login('ewa', TEST_PASSWORD), 'UNAUTHORIZED');
    const admin = expectOk<{ user: CurrentUser }>(await login('admin', TEST_PASSWORD));
    expect(admin.user.login).toBe('admin');
    const users = await t.api.call('users.list', {});
    expect(users.find((user) => user.login === 'admin')?.lockedUntil).toBeNull();
    expect(users.find((user) => user.login === 'ewa')?.lockedUntil).toBe('2025-03-10T09:05:00.000Z');
    // The count starts again after the administrator's successful login.
    const row = t.core.database.sqlite.prepare("SELECT failed_logins AS n, locked_until AS until FROM users WHERE login = 'admin'").get();
    expect(row).toEqual({ n: 0, until: null });
  });

  it('the wait after a wrong password grows: 1× for the first four, then 2×, 4×, … at most 32×', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map((failures) => failedLoginWaitMs(failures, 1000))).toEqual([
      1000, 1000, 1000, 1000, 2000, 4000, 8000, 16_000, 32_000, 32_000, 32_000,
    ]);
    expect(failedLoginWaitMs(20, 0)).toBe(0);
  });
});
