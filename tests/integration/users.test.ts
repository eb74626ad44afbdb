import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../shared/contract/users';
import { createTestCore, expectError, TEST_PASSWORD, type TestCore } from './helpers';
import { expectOk } from './auth-helpers';

let t: TestCore;
const USER_KEYS = ['active', 'createdAt', 'deputyUntil', 'fullName', 'id', 'lastLoginAt', 'lockedUntil', 'login', 'roles'];
const TESTER_NAME = 'Test socialWorker director accountant administrator';

async function testerId(): Promise<number> {
  return (await t.api.call('auth.me', {})).id;
}
async function lastAudit() {
  return (await t.api.call('audit.list', { limit: 1 })).entries[0];
}

describe('creating users', () => {
  beforeAll(async () => {
    t = await createTestCore();
  });
  afterAll(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  let ewa: User;

  it('creates a user: the login is trimmed and lower-cased, the name trimmed; the user can log in', async () => {
    ewa = await t.api.call('users.create', {
      login: '  Ewa.Kowalska ',
      fullName: '  Ewa Kowalska ',
      roles: ['socialWorker', 'accountant'],
      password: 'hasło-początkowe-1',
    });
    expect(ewa).toEqual({
      id: expect.any(Number),
      login: 'ewa.kowalska',
      fullName: 'Ewa Kowalska',
      roles: ['socialWorker', 'accountant'],
      active: true,
      lockedUntil: null,
      lastLoginAt: null,
      deputyUntil: null,
      createdAt: '2025-03-10T09:00:00.000Z',
    });
    expect((await t.api.call('users.list', {})).find((user) => user.id === ewa.id)).toEqual(ewa);
    expect(await lastAudit()).toMatchObject({
      kind: 'user.create',
      userId: await testerId(),
      userName: TESTER_NAME,
      personId: null,
      summary: 'Dodano użytkownika Ewa Kowalska (ewa.kowalska), role: Pracownik socjalny, Księgowa / kasjer',
      details: { userId: ewa.id, login: 'ewa.kowalska', roles: ['socialWorker', 'accountant'] },
    });
    const session = expectOk<{ user: { id: number } }>(
      await t.invokeWith(undefined, 'auth.login', { login: 'EWA.KOWALSKA', password: 'hasło-początkowe-1' }),
    );
    expect(session.user.id).toBe(ewa.id);
  });

  it('a login already taken (in any letter case) is a CONFLICT at the field login, and nothing is added', async () => {
    const users = t.count('users');
    const audit = t.count('audit_log');
    const error = expectError(
      await t.invoke('users.create', { login: 'EWA.kowalska', fullName: 'Ewa Druga', roles: ['director'], password: 'inne-hasło-12345' }),
      'CONFLICT',
    );
    expect(error.message).toBe('Login „ewa.kowalska” jest już zajęty.');
    expect(error.issues).toEqual([{ path: ['login'], message: 'Login „ewa.kowalska” jest już zajęty.' }]);
    expect(t.count('users')).toBe(users);
    expect(t.count('audit_log')).toBe(audit);
  });

  it('a bad login, a short password, no role are refused at their fields', async () => {
    const error = expectError(
      await t.invoke('users.create', { login: 'łukasz żółć', fullName: 'Ł', roles: [], password: 'krótkie' }),
      'VALIDATION',
    );
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual([['fullName'], ['login'], ['password'], ['roles']]);
    expect(error.issues).toContainEqual({ path: ['password'], message: 'Hasło musi mieć co najmniej 10 znaków.' });
    expect(error.issues).toContainEqual({ path: ['roles'], message: 'Wybierz co najmniej jedną rolę.' });
    expectError(await t.invoke('users.create', { login: 'x', fullName: 'Jan Nowak', roles: ['boss'], password: 'hasło-długie-123' }), 'VALIDATION');
  });

  it('the list never carries a password hash', async () => {
    const users = await t.api.call('users.list', {});
    expect(users.length).toBeGreaterThanOrEqual(2);
    for (const user of users) expect(Object.keys(user).sort()).toEqual(USER_KEYS);
    const raw = await t.invoke('users.list', {});
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/password|hash|scrypt/i);
    expect(text).not.toContain(TEST_PASSWORD);
  });
});

describe('changing users', () => {
  beforeEach(async () => {
    t = await createTestCore();
  });
  afterEach(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  it('changes the name, the roles and the activity; the audit entry keeps exactly the changed fields', async () => {
    const token = await t.loginAs(['socialWorker'], 'jan');
    const { id } = expectOk<{ id: number }>(await t.invokeWith(token, 'auth.me', {}));
    t.clock.advance(60_000);

    const updated = await t.api.call('users.update', { id, fullName: '  Jan Nowak ', roles: ['director', 'socialWorker'], active: true });
    expect(updated).toMatchObject({ id, login: 'jan', fullName: 'Jan Nowak', roles: ['director', 'socialWorker'], active: true });
    expect((await t.api.call('users.list', {})).find((user) => user.id === id)).toEqual(updated);
    expect(await lastAudit()).toMatchObject({
      kind: 'user.update',
      userId: await testerId(),
      summary: 'Zmieniono użytkownika Jan Nowak (jan)',
      details: {
        userId: id,
        changes: {
          fullName: { before: 'Test socialWorker', after: 'Jan Nowak' },
          roles: { before: 'Pracownik socjalny', after: 'Kierownik, Pracownik socjalny' },
        },
      },
    });
    // The new role applies to the open session at once.
    expect((await t.invokeWith(token, 'audit.list', { limit: 1 })).ok).toBe(true);

    const deactivated = await t.api.call('users.update', { id, fullName: 'Jan Nowak', roles: ['director', 'socialWorker'], active: false });
    expect(deactivated.active).toBe(false);
    expect((await lastAudit())?.details).toEqual({ userId: id, changes: { active: { before: true, after: false } } });
    expectError(await t.invokeWith(token, 'auth.me', {}), 'UNAUTHORIZED');
  });

  it('a missing user is NOT_FOUND', async () => {
    expectError(await t.invoke('users.update', { id: 999, fullName: 'Nikt Taki', roles: ['director'], active: true }), 'NOT_FOUND');
    expectError(await t.invoke('users.resetPassword', { id: 999, password: 'nowe-hasło-12345' }), 'NOT_FOUND');
  });

  it('nobody can switch off their own account', async () => {
    await t.api.call('users.create', { login: 'ania', fullName: 'Anna Admin', roles: ['administrator'], password: 'hasło-ani-12345' });
    const me = await t.api.call('auth.me', {});
    const error = expectError(
      await t.invoke('users.update', { id: me.id, fullName: me.fullName, roles: me.roles, active: false }),
      'CONFLICT',
    );
    expect(error.message).toBe('Nie możesz wyłączyć własnego konta.');
    expect((await t.api.call('users.list', {})).find((user) => user.id === me.id)?.active).toBe(true);
  });

  it('the last active administrator can be neither demoted nor switched off', async () => {
    const me = await t.api.call('auth.me', {});
    const before = await t.api.call('users.list', {});
    const audit = t.count('audit_log');
    const LAST_ADMIN = 'Program musi mieć co najmniej jednego aktywnego administratora.';

    // The tester is the only administrator.
    const demote = expectError(
      await t.invoke('users.update', { id: me.id, fullName: me.fullName, roles: ['director', 'socialWorker'], active: true }),
      'CONFLICT',
    );
    expect(demote.message).toBe(LAST_ADMIN);
    expectError(await t.invoke('users.update', { id: me.id, fullName: me.fullName, roles: me.roles, active: false }), 'CONFLICT');

    // A second administrator who is switched off does not count.
    const ania = await t.api.call('users.create', {
      login: 'ania',
      fullName: 'Anna Admin',
      roles: ['administrator'],
      password: 'hasło-ani-12345',
    });
    await t.api.call('users.update', { id: ania.id, fullName: ania.fullName, roles: ania.roles, active: false });
    expect(
      expectError(await t.invoke('users.update', { id: me.id, fullName: me.fullName, roles: ['director'], active: true }), 'CONFLICT')
        .message,
    ).toBe(LAST_ADMIN);
    expect((await t.api.call('users.list', {})).find((user) => user.id === me.id)).toEqual(before.find((user) => user.id === me.id));
    expect(t.count('audit_log')).toBe(audit + 2); // user.create and user.update of Ania; nothing for the refusals

    // Once she is active again, the tester may give up the role; then she is the last one.
    await t.api.call('users.update', { id: ania.id, fullName: ania.fullName, roles: ania.roles, active: true });
    await t.api.call('users.update', { id: me.id, fullName: me.fullName, roles: ['director'], active: true });
    expectError(await t.invoke('users.create', { login: 'ktos', fullName: 'Ktoś Nowy', roles: ['socialWorker'], password: 'dlugie-haslo-123' }), 'FORBIDDEN');

    const aniaToken = expectOk<{ sessionToken: string }>(
      await t.invokeWith(undefined, 'auth.login', { login: 'ania', password: 'hasło-ani-12345' }),
    ).sessionToken;
    expect(
      expectError(
        await t.invokeWith(aniaToken, 'users.update', { id: ania.id, fullName: ania.fullName, roles: ['director'], active: true }),
        'CONFLICT',
      ).message,
    ).toBe(LAST_ADMIN);
    expectError(
      await t.invokeWith(aniaToken, 'users.update', { id: ania.id, fullName: ania.fullName, roles: ['administrator'], active: false }),
      'CONFLICT',
    );
    // She may still change her own name, but not give herself a role: that is for another administrator.
    const renamed = expectOk<User>(
      await t.invokeWith(aniaToken, 'users.update', { id: ania.id, fullName: 'Anna Administratorka', roles: ['administrator'], active: true }),
    );
    expect(renamed).toMatchObject({ fullName: 'Anna Administratorka', roles: ['administrator'], active: true });
    const selfGiven = expectError(
      await t.invokeWith(aniaToken, 'users.update', { id: ania.id, fullName: 'Anna Administratorka', roles: ['administrator', 'socialWorker'], active: true }),
      'FORBIDDEN',
    );
    expect(selfGiven.issues).toEqual([
      {
        path: ['roles'],
        message: 'Nie możesz nadać roli własnemu kontu (Pracownik socjalny). Role nadaje inny administrator, a kierownik widzi każdą zmianę.',
      },
    ]);
    expect((await t.api.call('users.list', {})).find((user) => user.id === ania.id)?.roles).toEqual(['administrator']);
  });
});
