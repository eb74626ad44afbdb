import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import type { CurrentUser } from '../../shared/contract/auth';
import type { AuditEntry } from '../../shared/contract/audit';
import type { OfficeSettings } from '../../shared/contract/settings';
import type { User } from '../../shared/contract/users';
import { allowedMethods, permissions } from '../../electron/core/permissions';
import { expectError } from './helpers';
import { createBareCore, expectOk, OFFICE, rawAuditRows, storedHash, type BareCore } from './auth-helpers';

const ADMIN = { login: ' Admin.Gops ', fullName: 'Marek Administrator', password: 'Sosnowy-las-pod-Sitnem-9' };
const TABLES = ['users', 'office_settings', 'audit_log', 'persons'] as const;

let b: BareCore;
beforeEach(() => {
  b = createBareCore();
});
afterEach(() => {
  expect(b.internalErrors).toEqual([]);
  b.cleanup();
});

const counts = () => Object.fromEntries(TABLES.map((table) => [table, b.count(table)]));
const initialize = (input: unknown, token?: string) => b.invokeWith(token, 'setup.initialize', input);

describe('first start', () => {
  it('an empty database needs setup, and nothing but the public methods opens', async () => {
    expect(expectOk(await b.invokeWith(undefined, 'setup.status', {}))).toEqual({ needsSetup: true });
    expect(expectOk(await b.invokeWith(undefined, 'system.info', {}))).toMatchObject({ appName: 'Ostoja' });
    for (const method of methodNames.filter((name) => permissions[name] !== 'public')) {
      for (const token of [undefined, 'zmyślony-klucz']) {
        expect(expectError(await b.invokeWith(token, method, {}), 'UNAUTHORIZED').message, method).toBe('Zaloguj się, aby kontynuować.');
      }
    }
    // Nobody can log in: there is nobody.
    expect(expectError(await b.invokeWith(undefined, 'auth.login', { login: 'admin', password: 'admin' }), 'UNAUTHORIZED').message).toBe(
      'Nieprawidłowy login lub hasło.',
    );
    expect(b.count('users')).toBe(0);
  });

  it('setup creates the office and the first administrator and returns a session that works', async () => {
    const answer = expectOk<{ sessionToken: string; user: CurrentUser }>(await initialize({ office: OFFICE, administrator: ADMIN }));
    expect(answer.user).toEqual({
      id: 1,
      login: 'admin.gops',
      fullName: 'Marek Administrator',
      roles: ['administrator'],
      allowedMethods: allowedMethods(['administrator']),
      lockAfterMinutes: 10,
      // The first administrator typed their own password.
      mustChangePassword: false,
    });
    const token = answer.sessionToken;
    expect(expectOk(await b.invokeWith(token, 'auth.me', {}))).toEqual(answer.user);
    expect(expectOk<User[]>(await b.invokeWith(token, 'users.list', {}))).toEqual([
      {
        id: 1,
        login: 'admin.gops',
        fullName: 'Marek Administrator',
        roles: ['administrator'],
        active: true,
        lockedUntil: null,
        lastLoginAt: '2025-03-10T09:00:00.000Z',
        deputyUntil: null,
        createdAt: '2025-03-10T09:00:00.000Z',
      },
    ]);
    expect(expectOk<OfficeSettings>(await b.invokeWith(token, 'settings.getOffice', {}))).toMatchObject({
      ...OFFICE,
      configured: true,
      lockAfterMinutes: 10,
      updatedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(expectOk(await b.invokeWith(undefined, 'setup.status', {}))).toEqual({ needsSetup: false });
    expect(counts()).toEqual({ users: 1, office_settings: 1, audit_log: 1, persons: 0 });

    const { entries } = expectOk<{ entries: AuditEntry[] }>(await b.invokeWith(token, 'audit.list', {}));
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'setup.initialize',
        userId: 1,
        userName: 'Marek Administrator',
        summary: 'Pierwsze uruchomienie: Gminny Ośrodek Pomocy Społecznej w Sitnie; administrator Marek Administrator (admin.gops)',
      }),
    ]);
    // The password is hashed, and neither it nor the hash is in the audit entry.
    const hash = storedHash(b.core, 'admin.gops');
    expect(hash.startsWith('scrypt$')).toBe(true);
    const auditText = JSON.stringify(rawAuditRows(b.core));
    expect(auditText).not.toContain(ADMIN.password);
    for (const part of hash.split('$').slice(4)) expect(auditText).not.toContain(part);

    // The administrator logs in later with the password chosen at setup.
    expect((await b.invokeWith(undefined, 'auth.login', { login: 'admin.gops', password: ADMIN.password })).ok).toBe(true);
  });

  it('setup works only once: a second call is a CONFLICT and changes nothing', async () => {
    const { sessionToken } = expectOk<{ sessionToken: string }>(await initialize({ office: OFFICE, administrator: ADMIN }));
    const before = counts();
    const office = expectOk(await b.invokeWith(sessionToken, 'settings.getOffice', {}));
    const intruder = {
      office: { ...OFFICE, officeName: 'Przejęty Ośrodek', lockAfterMinutes: 120 },
      administrator: { login: 'intruz', fullName: 'Ktoś Obcy', password: 'hasło-intruza-123' },
    };

    for (const token of [undefined, sessionToken]) {
      const error = expectError(await initialize(intruder, token), 'CONFLICT');
      expect(error.message).toBe('Program jest już skonfigurowany. Zaloguj się.');
    }
    expect(counts()).toEqual(before);
    expect(expectOk(await b.invokeWith(sessionToken, 'settings.getOffice', {}))).toEqual(office);
    expectError(await b.invokeWith(undefined, 'auth.login', { login: 'intruz', password: 'hasło-intruza-123' }), 'UNAUTHORIZED');
  });

  it('bad input is refused with the fields named, and nothing is written', async () => {
    const error = expectError(
      await initialize({
        office: { ...OFFICE, postalCode: '2242', gminaName: '' },
        administrator: { login: 'Zły Login!', fullName: 'Ma', password: 'krótkie' },
      }),
      'VALIDATION',
    );
    expect(error.issues?.map((issue) => issue.path.join('.')).sort()).toEqual([
      'administrator.fullName',
      'administrator.login',
      'administrator.password',
      'office.gminaName',
      'office.postalCode',
    ]);
    expect(error.issues).toContainEqual({ path: ['administrator', 'password'], message: 'Hasło musi mieć co najmniej 10 znaków.' });
    expect(error.message).toBe('Popraw zaznaczone pola (5).');
    expectError(await initialize({ office: OFFICE }), 'VALIDATION');
    expectError(await initialize(null), 'VALIDATION');

    expect(counts()).toEqual({ users: 0, office_settings: 0, audit_log: 0, persons: 0 });
    expect(expectOk(await b.invokeWith(undefined, 'setup.status', {}))).toEqual({ needsSetup: true });
    // Corrected, it goes through.
    expect((await initialize({ office: OFFICE, administrator: ADMIN })).ok).toBe(true);
  });
});
