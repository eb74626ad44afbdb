import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract';
import { roleKeys, type Role } from '../../shared/domain/roles';
import { permissions, type Access } from '../../electron/core/permissions';
import { createTestCore, expectError, PESEL, personWithPesel, personWithoutPesel, TEST_PASSWORD, type TestCore } from './helpers';
import { expectOk, OFFICE } from './auth-helpers';

/** Read from the table independently of the core's own mayCall: public, any user, or one of the listed roles. */
function tableAllows(access: Access, role: Role): boolean {
  if (typeof access === 'string') return true;
  return access.includes(role);
}

const PUBLIC_METHODS = methodNames.filter((method) => permissions[method] === 'public');

let t: TestCore;
const tokens = {} as Record<Role, string>;
const logins = {} as Record<Role, string>;
let personId: number;

beforeAll(async () => {
  t = await createTestCore();
  for (const role of roleKeys) {
    logins[role] = `only-${role.toLowerCase()}`;
    tokens[role] = await t.loginAs([role], logins[role]);
  }
  personId = (await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M))).id;
});
afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/**
 * A small input for each method: valid where that is cheap and harmless, otherwise anything (the gate answers
 * before the input is read, so a forbidden call is FORBIDDEN whatever it sends). A method not listed here is
 * called with {}. Methods that would hash a password (about 0.1 s each) or end the caller's session get input
 * that fails validation: an allowed call then answers VALIDATION, which proves the gate let it through; what
 * they do is tested in auth.test.ts.
 */
const NOT_AN_OBJECT = 42;
const inputs: Partial<Record<MethodName, (role: Role) => unknown>> = {
  'auth.login': () => ({ login: 12345 }),
  'auth.logout': () => NOT_AN_OBJECT,
  'auth.lock': () => NOT_AN_OBJECT,
  'auth.unlock': () => ({}),
  'auth.changePassword': () => ({ currentPassword: 'x', newPassword: 'krótkie' }),
  'setup.initialize': () => ({ office: OFFICE }),
  'users.create': (role) => ({
    login: `nowy-${role.toLowerCase()}`,
    fullName: 'Nowy Użytkownik',
    roles: ['socialWorker'],
    password: 'hasło-nowego-123',
  }),
  'users.update': () => ({ id: 9999, fullName: 'Nikt Taki', roles: ['socialWorker'], active: true }),
  'users.resetPassword': () => ({ id: 9999, password: 'krótkie' }),
  'audit.list': () => ({ limit: 5 }),
  'audit.export': () => ({ filter: { kind: 'audit.verify' }, format: 'csv' }),
  'persons.search': () => ({ query: '' }),
  'persons.get': () => ({ id: personId }),
  'persons.checkPesel': () => ({ pesel: PESEL.m1980 }),
  'persons.create': (role) => personWithoutPesel('Jan', `Testowy-${role}`, `DOK-${role}`),
  'persons.update': () => ({ id: 9999, version: 1, person: personWithPesel('Jan', 'Nikt', PESEL.m1975) }),
  'households.get': () => ({ id: 9999 }),
  'households.create': () => ({ headPersonId: 9999 }),
  'households.addMember': () => ({ householdId: 9999, personId: 9999, relation: 'child' }),
  'households.updateMember': () => ({ householdId: 9999, personId: 9999, relation: 'child' }),
  'households.removeMember': () => ({ householdId: 9999, personId: 9999 }),
  'settings.updateOffice': () => OFFICE,
  'persons.findDuplicates': () => ({ firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14' }),
  'persons.history': () => ({ id: personId }),
  'persons.listCertificates': () => ({ personId }),
  'persons.addCertificate': () => ({
    personId: 9999,
    certificate: { kind: 'totalIncapacityForWork', issuer: 'zus', issuedOn: '2025-01-15', validUntil: '2026-01-31' },
  }),
  'persons.updateCertificate': () => ({
    id: 9999,
    version: 1,
    certificate: { kind: 'totalIncapacityForWork', issuer: 'zus', issuedOn: '2025-01-15', permanent: true },
  }),
  'persons.removeCertificate': () => ({ id: 9999, version: 1 }),
  'cases.get': () => ({ id: 9999 }),
  'cases.list': () => ({ scope: 'office' }),
  'cases.update': () => ({ id: 9999, version: 1, case: { benefits: ['periodicAllowance'], reasons: ['poverty'], workerUserId: 9999 } }),
  'decisions.createDraft': () => ({ caseId: 9999, kind: 'grant', benefit: 'permanentAllowance' }),
  'decisions.get': () => ({ id: 9999 }),
  'decisions.listForCase': () => ({ caseId: 9999 }),
  'decisions.updateDraft': () => ({ id: 9999, version: 1, fields: {} }),
  'decisions.submit': () => ({ id: 9999, version: 1 }),
  'decisions.returnToDraft': () => ({ id: 9999, version: 1 }),
  'decisions.discard': () => ({ id: 9999, version: 1 }),
  'decisions.sign': () => ({ id: 9999, version: 1 }),
  'decisions.recordDelivery': () => ({ id: 9999, version: 1, deliveredOn: '2025-03-10' }),
  'decisions.pdf': () => ({ id: 9999 }),
  'decisions.pdfMany': () => ({ ids: [9999] }),
  'decisions.batchProgress': () => ({}),
  'decisions.register': () => ({ year: 2025 }),
  'decisions.registerExport': () => ({ filter: { year: 2025 }, format: 'csv' }),
  'letters.create': () => ({ caseId: 9999, kind: 'completionCall', missing: 'zaświadczenie o dochodach', days: 7 }),
  'letters.pdf': () => ({ id: 9999 }),
  'cases.close': () => ({ id: 9999, version: 1, closedOn: '2025-03-10', reason: 'Wycofanie wniosku' }),
  'cases.eligibilityReview': () => ({ scope: 'mine' }),
  'interviews.get': () => ({ id: 9999 }),
  'interviews.preview': () => ({ caseId: 9999, interview: {} }),
  'interviews.save': () => ({ caseId: 9999, interview: {} }),
  'worklist.get': () => ({ scope: 'mine' }),
};

const callAs = (role: Role, method: MethodName) => t.invokeWith(tokens[role], method, (inputs[method] ?? (() => ({})))(role));

describe('the permission table covers the whole contract', () => {
  it('every method of the contract has an entry, and every entry is a method of the contract', () => {
    const inTable = Object.keys(permissions);
    expect(methodNames.filter((method) => !inTable.includes(method)), 'methods without an entry in permissions.ts').toEqual([]);
    expect(inTable.filter((method) => !(methodNames as string[]).includes(method)), 'entries for methods not in the contract').toEqual([]);
  });

  it('every entry is a known access level or a non-empty list of known roles', () => {
    for (const method of methodNames) {
      const access = permissions[method];
      if (typeof access === 'string') {
        expect(['public', 'anyUser', 'lockedUser'], method).toContain(access);
      } else {
        expect(access.length, method).toBeGreaterThan(0);
        for (const role of access) expect(roleKeys, method).toContain(role);
      }
    }
  });

  it('only first start, login and the version are public', () => {
    expect([...PUBLIC_METHODS].sort()).toEqual(['auth.login', 'setup.initialize', 'setup.status', 'system.info']);
  });
});

const cases = methodNames.flatMap((method) =>
  roleKeys.map((role) => ({ method, role, expected: tableAllows(permissions[method], role) ? 'allowed' : 'FORBIDDEN' })),
);

describe('every method as every role: a result or FORBIDDEN, as the table says', () => {
  it.each(cases)('$method as $role → $expected', async ({ method, role, expected }) => {
    const answer = await callAs(role, method);
    if (expected === 'FORBIDDEN') {
      const error = expectError(answer, 'FORBIDDEN');
      expect(error.message).toBe('Twoja rola nie pozwala na tę czynność.');
    } else if (!answer.ok) {
      expect(['FORBIDDEN', 'UNAUTHORIZED', 'INTERNAL'], `${method} as ${role}: ${answer.error.message}`).not.toContain(answer.error.code);
    }
  });

  it('a forbidden call answers FORBIDDEN whatever the input, even input that would fail validation', async () => {
    for (const input of [undefined, null, 42, 'tekst', { id: -1 }, { login: 123 }]) {
      expectError(await t.invokeWith(tokens.socialWorker, 'users.create', input), 'FORBIDDEN');
      expectError(await t.invokeWith(tokens.accountant, 'persons.create', input), 'FORBIDDEN');
    }
  });

  it('a forbidden call changes nothing', async () => {
    const persons = t.count('persons');
    const users = t.count('users');
    expectError(await callAs('accountant', 'persons.create'), 'FORBIDDEN');
    expectError(await callAs('director', 'users.create'), 'FORBIDDEN');
    expect(t.count('persons')).toBe(persons);
    expect(t.count('users')).toBe(users);
  });
});

/** The intent of the issue written out by hand, so that the test does not merely mirror the table. */
const intent: { method: MethodName; role: Role; allowed: boolean; why: string }[] = [
  { method: 'users.list', role: 'socialWorker', allowed: false, why: 'a social worker does not see the users' },
  { method: 'audit.list', role: 'socialWorker', allowed: false, why: 'a social worker does not read the audit log' },
  { method: 'audit.verify', role: 'socialWorker', allowed: false, why: 'a social worker does not check the audit log' },
  { method: 'audit.list', role: 'accountant', allowed: false, why: 'an accountant does not read the audit log' },
  { method: 'audit.list', role: 'director', allowed: true, why: 'the director reads the audit log' },
  { method: 'audit.verify', role: 'director', allowed: true, why: 'the director checks the audit log' },
  { method: 'audit.list', role: 'administrator', allowed: true, why: 'the administrator reads the audit log' },
  { method: 'audit.export', role: 'socialWorker', allowed: false, why: 'a social worker does not print the audit log' },
  { method: 'audit.export', role: 'accountant', allowed: false, why: 'an accountant does not print the audit log' },
  { method: 'audit.export', role: 'director', allowed: true, why: 'the director prints what she reads' },
  { method: 'persons.create', role: 'accountant', allowed: false, why: 'an accountant does not register persons' },
  { method: 'persons.update', role: 'accountant', allowed: false, why: 'an accountant does not change persons' },
  { method: 'households.addMember', role: 'accountant', allowed: false, why: 'an accountant does not change households' },
  { method: 'persons.search', role: 'accountant', allowed: true, why: 'an accountant finds the person a payment is for' },
  { method: 'persons.create', role: 'socialWorker', allowed: true, why: 'a social worker registers persons' },
  { method: 'households.create', role: 'socialWorker', allowed: true, why: 'a social worker records households' },
  { method: 'persons.get', role: 'administrator', allowed: false, why: 'administering the program gives no access to the files' },
  { method: 'settings.updateOffice', role: 'socialWorker', allowed: false, why: 'a social worker does not change the office data' },
  { method: 'settings.updateOffice', role: 'administrator', allowed: true, why: 'the administrator keeps the settings' },
  ...roleKeys.flatMap((role) =>
    (['cases.create', 'cases.get', 'cases.list', 'interviews.save', 'interviews.get', 'persons.history', 'worklist.get'] as const).map((method) => ({
      method,
      role,
      allowed: role === 'socialWorker' || role === 'director',
      why: 'cases hold incomes, health and findings: only social workers and the director work on them',
    })),
  ),
  ...roleKeys.flatMap((role) =>
    (['persons.listCertificates', 'persons.addCertificate', 'persons.updateCertificate', 'persons.removeCertificate'] as const).map(
      (method) => ({
        method,
        role,
        allowed: role === 'socialWorker' || role === 'director',
        why: 'certificates of disability are health data: kept and read only by those who work on cases',
      }),
    ),
  ),
  ...roleKeys.flatMap((role) =>
    (['decisions.createDraft', 'decisions.updateDraft', 'decisions.submit', 'decisions.get', 'decisions.pdf', 'decisions.register', 'letters.create'] as const).map(
      (method) => ({
        method,
        role,
        allowed: role === 'socialWorker' || role === 'director',
        why: 'decisions and letters carry the household\'s incomes and health: drafted and read by those who work on cases',
      }),
    ),
  ),
  ...roleKeys.map((role) => ({
    method: 'decisions.sign' as const,
    role,
    allowed: role === 'director',
    why: 'only the director (or the deputy the director authorised) signs decisions',
  })),
  ...roleKeys.flatMap((role) =>
    (['users.create', 'users.update', 'users.resetPassword'] as const).map((method) => ({
      method,
      role,
      allowed: role === 'administrator',
      why: 'the administrator alone manages users',
    })),
  ),
  ...roleKeys.flatMap((role) =>
    (['office.status', 'office.setServing', 'office.newPairingCode', 'office.removePc'] as const).map((method) => ({
      method,
      role,
      allowed: role === 'administrator',
      why: 'the administrator alone serves the other PCs of the office, pairs and removes them',
    })),
  ),
  ...roleKeys.map((role) => ({
    method: 'users.list' as const,
    role,
    allowed: role === 'administrator' || role === 'director',
    why: 'the director sees the staff to choose a deputy; nobody else lists accounts',
  })),
  ...roleKeys.map((role) => ({
    method: 'users.authoriseDeputy' as const,
    role,
    allowed: role === 'director',
    why: 'only the director authorises a deputy, not even the administrator',
  })),
  ...roleKeys.flatMap((role) =>
    (['auth.me', 'settings.getOffice'] as const).map((method) => ({
      method,
      role,
      allowed: true,
      why: 'everybody sees who they are and the office data',
    })),
  ),
];

describe('the intent of the issue, written out by hand', () => {
  it.each(intent)('$method as $role: allowed = $allowed ($why)', async ({ method, role, allowed }) => {
    expect(tableAllows(permissions[method], role)).toBe(allowed);
    const answer = await callAs(role, method);
    if (allowed) expect(answer.ok || !['FORBIDDEN', 'UNAUTHORIZED'].includes(answer.error.code), JSON.stringify(answer)).toBe(true);
    else expectError(answer, 'FORBIDDEN');
  });

  it('the user learns which methods they may call: exactly those the table allows for their roles', async () => {
    for (const role of roleKeys) {
      const me = expectOk<{ allowedMethods: string[]; roles: Role[] }>(await t.invokeWith(tokens[role], 'auth.me', {}));
      expect(me.roles).toEqual([role]);
      expect([...me.allowedMethods].sort()).toEqual(methodNames.filter((method) => tableAllows(permissions[method], role)).sort());
    }
  });

  it('a user with two roles may do what either role may', async () => {
    const token = await t.loginAs(['socialWorker', 'accountant']);
    expect((await t.invokeWith(token, 'persons.search', { query: '' })).ok).toBe(true);
    expectError(await t.invokeWith(token, 'persons.create', {}), 'VALIDATION');
    expectError(await t.invokeWith(token, 'audit.list', {}), 'FORBIDDEN');
  });

  it('a role taken away applies at the next call, without logging out', async () => {
    const token = await t.loginAs(['director'], 'kierownik-zastepca');
    expect((await t.invokeWith(token, 'audit.list', { limit: 1 })).ok).toBe(true);
    const id = expectOk<{ id: number }>(await t.invokeWith(token, 'auth.me', {})).id;
    await t.api.call('users.update', { id, fullName: 'Zastępca Kierownika', roles: ['socialWorker'], active: true });
    expectError(await t.invokeWith(token, 'audit.list', { limit: 1 }), 'FORBIDDEN');
    expect((await t.invokeWith(token, 'persons.search', { query: '' })).ok).toBe(true);
  });
});

describe('without a session', () => {
  it.each(methodNames.filter((method) => permissions[method] !== 'public'))('%s answers UNAUTHORIZED', async (method) => {
    for (const token of [undefined, '', 'zmyślony-klucz-sesji']) {
      const error = expectError(await t.invokeWith(token, method, (inputs[method] ?? (() => ({})))('administrator')), 'UNAUTHORIZED');
      expect(error.message).toBe('Zaloguj się, aby kontynuować.');
    }
  });

  it('the public methods work without a session', async () => {
    expect(expectOk(await t.invokeWith(undefined, 'setup.status', {}))).toEqual({ needsSetup: false });
    expect(expectOk(await t.invokeWith(undefined, 'system.info', {}))).toMatchObject({ appName: 'Ostoja' });
    const login = expectOk<{ sessionToken: string }>(
      await t.invokeWith(undefined, 'auth.login', { login: logins.accountant, password: TEST_PASSWORD }),
    );
    expect(login.sessionToken).toEqual(expect.any(String));
    // setup.initialize is public but refuses once the program is set up.
    const second = { office: OFFICE, administrator: { login: 'drugi-admin', fullName: 'Drugi Administrator', password: 'hasło-admina-123' } };
    expectError(await t.invokeWith(undefined, 'setup.initialize', second), 'CONFLICT');
  });
});
