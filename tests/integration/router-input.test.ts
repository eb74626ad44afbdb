import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, expectError, PESEL, personWithPesel, SITNO, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/**
 * Every message a person may see is Polish: no English words of zod's default messages, and at least a
 * Polish letter or a word the Polish messages use.
 */
const ENGLISH = /\b(invalid|expected|required|received|too (big|small)|must)\b/i;
function expectPolish(message: string, where: string) {
  expect(message, where).not.toMatch(ENGLISH);
  expect(message, where).toMatch(/[ąćęłńóśźż]|\b(Podaj|Wybierz|Wpisz|Popraw|PESEL|oczekiwano|znaków|cyfr|Kod)\b/i);
}

describe('router: unknown operations', () => {
  it.each(['persons.delete', 'persons', 'settings.getOffice.x', 'PERSONS.GET', ''])('%j → NOT_FOUND', async (method) => {
    const error = expectError(await t.invoke(method, {}), 'NOT_FOUND');
    expect(error.message).toMatch(/^Nieznana operacja/);
  });
});

describe('router: malformed input is refused with VALIDATION, paths and Polish messages', () => {
  it('wrong types', async () => {
    const error = expectError(await t.invoke('persons.get', { id: '1' }), 'VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['id']]);
    expectPolish(error.issues?.[0]?.message ?? '', 'id');
    expectError(await t.invoke('persons.get', { id: -1 }), 'VALIDATION');
    expectError(await t.invoke('persons.get', { id: 1.5 }), 'VALIDATION');
    expectError(await t.invoke('persons.search', { query: 42 }), 'VALIDATION');
    expectError(await t.invoke('persons.update', { id: 1, version: '1', person: personWithPesel('A', 'B', PESEL.m1980) }), 'VALIDATION');
  });

  it('missing fields', async () => {
    const error = expectError(await t.invoke('persons.get', {}), 'VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['id']]);
    const search = expectError(await t.invoke('persons.search', {}), 'VALIDATION');
    expect(search.issues?.map((issue) => issue.path)).toEqual([['query']]);
  });

  it('a person with nearly everything wrong gets one issue per field', async () => {
    const error = expectError(
      await t.invoke('persons.create', {
        firstName: 7,
        lastName: '',
        pesel: '1234',
        address: { locality: 'Sitno', houseNumber: '', postalCode: 'x', postTown: null },
        phone: 'abc',
      }),
      'VALIDATION',
    );
    const paths = (error.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'pesel', 'address.houseNumber', 'address.postalCode', 'address.postTown', 'phone']),
    );
    for (const issue of error.issues ?? []) expectPolish(issue.message, issue.path.join('.'));
    expect(error.message).toMatch(/^Popraw zaznaczone pola \(\d+\)\.$/);
    expect(t.count('persons')).toBe(0);
  });

  it('a nested object of the wrong shape', async () => {
    const error = expectError(await t.invoke('persons.create', { ...personWithPesel('Jan', 'Nowak', PESEL.m1980), address: 'Sitno 12' }), 'VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['address']]);
    expectPolish(error.issues?.[0]?.message ?? '', 'address');
  });

  it.each([
    ['null', null],
    ['a string', 'persons'],
    ['a number', 12],
    ['an array', [1, 2]],
    ['true', true],
  ])('%s instead of an object', async (_label, input) => {
    const error = expectError(await t.invoke('persons.create', input), 'VALIDATION');
    expect(error.issues?.length).toBeGreaterThan(0);
    for (const issue of error.issues ?? []) {
      expect(Array.isArray(issue.path)).toBe(true);
      expectPolish(issue.message, issue.path.join('.'));
    }
    expect(t.count('persons')).toBe(0);
  });

  it('a string instead of an object for a method with an id', async () => {
    const error = expectError(await t.invoke('persons.get', '1'), 'VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toEqual([[]]);
    expectPolish(error.issues?.[0]?.message ?? '', '(root)');
  });

  it('extra-long strings are refused with the limit in the message', async () => {
    const error = expectError(await t.invoke('persons.create', personWithPesel('J'.repeat(10_000), 'Nowak', PESEL.m1980)), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['firstName'], message: 'Najwyżej 60 znaków.' }]);
    const address = expectError(
      await t.invoke('persons.create', personWithPesel('Jan', 'Nowak', PESEL.m1980, { address: { ...SITNO, locality: 'S'.repeat(101) } })),
      'VALIDATION',
    );
    expect(address.issues).toEqual([{ path: ['address', 'locality'], message: 'Najwyżej 100 znaków.' }]);
    const pesel = expectError(await t.invoke('persons.checkPesel', { pesel: '1'.repeat(1000) }), 'VALIDATION');
    expect(pesel.issues?.[0]?.path).toEqual(['pesel']);
    expect(t.count('persons')).toBe(0);
  });

  it('unknown extra fields are dropped, not stored', async () => {
    const created = await t.api.call('persons.create', {
      ...personWithPesel('Jan', 'Nowak', PESEL.m1980),
      id: 500,
      version: 99,
      searchText: 'hacked',
      createdAt: '1900-01-01',
    } as never);
    expect(created.id).not.toBe(500);
    expect(created.version).toBe(1);
    expect(created.createdAt).toBe('2025-03-10T09:00:00.000Z');
    expect((await t.api.call('persons.search', { query: 'hacked' })).items).toEqual([]);
  });

  it('a method without input accepts a missing input', async () => {
    expect((await t.invoke('system.info', undefined)).ok).toBe(true);
    expect((await t.invoke('settings.getOffice', undefined)).ok).toBe(true);
  });
});

describe('router: a failing write leaves nothing half-saved', () => {
  it('households.addMember of a missing person changes no household', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1960));
    const household = await t.api.call('households.create', { headPersonId: jan.id });
    const before = { households: t.count('households'), members: t.count('household_members') };
    expectError(await t.invoke('households.addMember', { householdId: household.id, personId: 9999, relation: 'child' }), 'NOT_FOUND');
    expectError(await t.invoke('households.addMember', { householdId: 9999, personId: jan.id, relation: 'child' }), 'NOT_FOUND');
    expect({ households: t.count('households'), members: t.count('household_members') }).toEqual(before);
    expect(await t.api.call('households.get', { id: household.id })).toEqual(household);
  });

  it('when the database fails in the middle of creating a household, the half-made household is rolled back', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1960));
    // Simulate a failure after the household row is written but before its head is.
    t.core.database.sqlite.exec(
      `CREATE TEMP TRIGGER fail_members BEFORE INSERT ON main.household_members BEGIN SELECT RAISE(ABORT, 'disk failure'); END;`,
    );
    const error = expectError(await t.invoke('households.create', { headPersonId: jan.id }), 'INTERNAL');
    expect(error.message).toBe('Wystąpił nieoczekiwany błąd programu. Operacja nie została wykonana.');
    expect(JSON.stringify(error)).not.toContain('disk failure');
    expect(t.count('households')).toBe(0);
    expect(t.count('household_members')).toBe(0);
    expect(t.internalErrors).toHaveLength(1);
    t.internalErrors.length = 0;

    t.core.database.sqlite.exec('DROP TRIGGER temp.fail_members');
    expect((await t.api.call('households.create', { headPersonId: jan.id })).members).toHaveLength(1);
  });

  it('when the database fails while saving a person, the search index stays as it was', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1960));
    t.core.database.sqlite.exec(
      `CREATE TEMP TRIGGER fail_update AFTER UPDATE ON main.persons BEGIN SELECT RAISE(ABORT, 'disk failure'); END;`,
    );
    expectError(
      await t.invoke('persons.update', { id: jan.id, version: jan.version, person: personWithPesel('Jan', 'Nowicki', PESEL.m1960) }),
      'INTERNAL',
    );
    t.internalErrors.length = 0;
    t.core.database.sqlite.exec('DROP TRIGGER temp.fail_update');
    expect(await t.api.call('persons.get', { id: jan.id })).toEqual(jan);
    expect((await t.api.call('persons.search', { query: 'nowicki' })).items).toEqual([]);
    expect((await t.api.call('persons.search', { query: 'kowalski' })).items.map((p) => p.id)).toEqual([jan.id]);
  });
});
