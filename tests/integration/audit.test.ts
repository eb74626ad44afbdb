import { openSqliteFile } from '../../db/cipher';
import { TEST_DATABASE_KEY } from '../../db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_TRIGGERS } from '../../db/repositories/audit';
import type { AuditEntry } from '../../shared/contract/audit';
import type { Person } from '../../shared/contract/persons';
import { createTestCore, expectError, PESEL, personWithPesel, SITNO, TEST_PASSWORD, type TestCore } from './helpers';
import { expectOk, OFFICE } from './auth-helpers';

const TESTER_NAME = 'Test socialWorker director accountant administrator';
let t: TestCore;

async function newest(count = 1): Promise<AuditEntry[]> {
  return (await t.api.call('audit.list', { limit: count })).entries;
}
async function last(): Promise<AuditEntry> {
  const [entry] = await newest();
  if (!entry) throw new Error('the audit log is empty');
  return entry;
}
async function me(token = t.sessionToken): Promise<number> {
  return expectOk<{ id: number }>(await t.invokeWith(token, 'auth.me', {})).id;
}

describe('every change writes an entry: who, what, which person', () => {
  let tester: number;
  beforeAll(async () => {
    t = await createTestCore();
    tester = await me();
  });
  afterAll(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  let jan: Person;
  let anna: Person;

  it('person.create keeps the new data', async () => {
    jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect(await last()).toEqual({
      id: expect.any(Number),
      at: '2025-03-10T09:00:00.000Z',
      userId: tester,
      userName: TESTER_NAME,
      kind: 'person.create',
      personId: jan.id,
      personName: 'Jan Kowalski',
      pcName: null, // made on the main PC itself
      summary: 'Dodano osobę: Jan Kowalski',
      details: {
        after: {
          firstName: 'Jan',
          lastName: 'Kowalski',
          pesel: PESEL.jan1944M,
          idDocument: null,
          birthDate: '1944-05-14',
          sex: 'M',
          locality: 'Sitno',
          street: null,
          houseNumber: '12',
          flatNumber: null,
          postalCode: '22-424',
          postTown: 'Sitno',
          phone: null,
          peselChecksumAccepted: false,
        },
      },
    });
  });

  it('person.update keeps before and after of exactly the fields that changed', async () => {
    t.clock.advance(60_000);
    jan = await t.api.call('persons.update', {
      id: jan.id,
      version: jan.version,
      person: personWithPesel('Jan', 'Kowalski-Nowak', PESEL.jan1944M, { phone: '600 100 200', address: { ...SITNO, flatNumber: '3' } }),
    });
    expect(await last()).toMatchObject({
      at: '2025-03-10T09:01:00.000Z',
      userId: tester,
      kind: 'person.update',
      personId: jan.id,
      personName: 'Jan Kowalski-Nowak',
      summary: 'Zmieniono dane osoby: Jan Kowalski-Nowak',
      details: {
        changes: {
          lastName: { before: 'Kowalski', after: 'Kowalski-Nowak' },
          phone: { before: null, after: '600 100 200' },
          flatNumber: { before: null, after: '3' },
        },
      },
    });
    expect(Object.keys((await last()).details?.changes as object).sort()).toEqual(['flatNumber', 'lastName', 'phone']);

    // Saving without a change records an entry with no changes.
    jan = await t.api.call('persons.update', {
      id: jan.id,
      version: jan.version,
      person: personWithPesel('Jan', 'Kowalski-Nowak', PESEL.jan1944M, { phone: '600 100 200', address: { ...SITNO, flatNumber: '3' } }),
    });
    expect((await last()).details).toEqual({ changes: {} });
  });

  it('opening a person’s file is recorded as person.view', async () => {
    const before = t.count('audit_log');
    await t.api.call('persons.get', { id: jan.id });
    expect(t.count('audit_log')).toBe(before + 1);
    expect(await last()).toMatchObject({
      kind: 'person.view',
      userId: tester,
      personId: jan.id,
      summary: 'Otwarto kartę osoby: Jan Kowalski-Nowak',
      details: null,
    });
  });

  it('household changes are recorded with the person they concern', async () => {
    anna = await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const household = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: household.id, personId: anna.id, relation: 'child' });
    await t.api.call('households.updateMember', { householdId: household.id, personId: anna.id, relation: 'grandchild' });
    await t.api.call('households.removeMember', { householdId: household.id, personId: anna.id });
    const entries = await newest(4);
    expect(entries.map((entry) => [entry.kind, entry.personId, entry.userId])).toEqual([
      ['household.removeMember', anna.id, tester],
      ['household.updateMember', anna.id, tester],
      ['household.addMember', anna.id, tester],
      ['household.create', jan.id, tester],
    ]);
    expect(entries[3]!.details).toEqual({ householdId: household.id });
    expect(entries[2]!.details).toEqual({ householdId: household.id, relation: 'child' });
    expect(entries[1]!.details).toEqual({ householdId: household.id, changes: { relation: { before: 'child', after: 'grandchild' } } });
    expect(entries[0]!.details).toEqual({ householdId: household.id, relation: 'grandchild' });
    expect(entries[3]!.summary).toBe('Utworzono gospodarstwo domowe; głowa: Jan Kowalski-Nowak');
  });

  it('settings.update keeps the values, then before and after of what changed', async () => {
    await t.api.call('settings.updateOffice', OFFICE);
    const first = await last();
    expect(first).toMatchObject({ kind: 'settings.update', userId: tester, personId: null, summary: 'Zmieniono dane urzędu' });
    expect(first.details).toMatchObject({ changes: { after: { ...OFFICE, lockAfterMinutes: 10 } } });

    await t.api.call('settings.updateOffice', { ...OFFICE, directorName: 'Barbara Lis', lockAfterMinutes: 15 });
    expect((await last()).details).toEqual({
      changes: {
        directorName: { before: 'Anna Nowak', after: 'Barbara Lis' },
        lockAfterMinutes: { before: 10, after: 15 },
      },
    });
  });

  it('user.create names the new user and their roles', async () => {
    const user = await t.api.call('users.create', { login: 'ewa', fullName: 'Ewa Kowalska', roles: ['director'], password: 'hasło-ewy-12345' });
    expect(await last()).toMatchObject({
      kind: 'user.create',
      userId: tester,
      personId: null,
      summary: 'Dodano użytkownika Ewa Kowalska (ewa), role: Kierownik',
      details: { userId: user.id, login: 'ewa', roles: ['director'] },
    });
  });

  it('a login and a failed login are recorded', async () => {
    const ok = expectOk<{ user: { id: number } }>(await t.invokeWith(undefined, 'auth.login', { login: 'ewa', password: 'hasło-ewy-12345' }));
    expect(await last()).toMatchObject({ kind: 'auth.login', userId: ok.user.id, userName: 'Ewa Kowalska', summary: 'Zalogowano: Ewa Kowalska' });
    expectError(await t.invokeWith(undefined, 'auth.login', { login: 'ewa', password: 'nie-to-hasło-1' }), 'UNAUTHORIZED');
    expect(await last()).toMatchObject({
      kind: 'auth.loginFailed',
      userId: null,
      userName: null,
      summary: 'Nieudane logowanie na konto „ewa”',
      details: { login: 'ewa', reason: 'wrongPassword' },
    });
  });

  it('a failed change writes no entry (nothing half-written)', async () => {
    const before = { audit: t.count('audit_log'), persons: t.count('persons') };
    // Duplicate PESEL.
    expectError(await t.invoke('persons.create', personWithPesel('Janusz', 'Kowal', PESEL.jan1944M)), 'CONFLICT');
    // Stale version.
    expectError(
      await t.invoke('persons.update', { id: jan.id, version: 1, person: personWithPesel('Jan', 'Inny', PESEL.jan1944M) }),
      'CONFLICT',
    );
    // Invalid input, a missing person, a forbidden call.
    expectError(await t.invoke('persons.create', personWithPesel('Jan', '', '123')), 'VALIDATION');
    expectError(await t.invoke('households.create', { headPersonId: 9999 }), 'NOT_FOUND');
    expectError(await t.invoke('persons.get', { id: 9999 }), 'NOT_FOUND');
    const accountant = await t.loginAs(['accountant']);
    const afterLogin = t.count('audit_log');
    expectError(await t.invokeWith(accountant, 'persons.create', personWithPesel('Jan', 'Nowy', PESEL.m1980)), 'FORBIDDEN');
    expect(t.count('audit_log')).toBe(afterLogin);
    expect(afterLogin).toBe(before.audit + 1); // only the accountant's login
    expect(t.count('persons')).toBe(before.persons);
  });

  it('the table refuses UPDATE and DELETE through the program’s own connection', () => {
    const sqlite = t.core.database.sqlite;
    const row = sqlite.prepare('SELECT * FROM audit_log WHERE id = 2').get();
    expect(() => sqlite.prepare("UPDATE audit_log SET summary = 'zmienione' WHERE id = 2").run()).toThrow(
      'Dziennik zdarzeń można tylko uzupełniać.',
    );
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow('Dziennik zdarzeń można tylko uzupełniać.');
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow('Dziennik zdarzeń można tylko uzupełniać.');
    expect(sqlite.prepare('SELECT * FROM audit_log WHERE id = 2').get()).toEqual(row);
  });
});

describe('audit.list: filters and pages', () => {
  let ewa: string;
  let ewaId: number;
  let testerId: number;
  let jan: Person;
  let anna: Person;
  const DAY = 24 * 60 * 60_000;

  // Entries on three days at noon UTC, so that the day is the same in any time zone of the machine.
  beforeAll(async () => {
    t = await createTestCore({ start: '2025-03-10T12:00:00.000Z' });
    testerId = await me();
    ewa = await t.loginAs(['socialWorker'], 'ewa');
    ewaId = await me(ewa);
    jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expectOk(await t.invokeWith(ewa, 'persons.get', { id: jan.id }));

    t.clock.advance(DAY); // 2025-03-11: both sessions idled and must be unlocked (unlocking writes nothing)
    for (const token of [t.sessionToken, ewa]) expectOk(await t.invokeWith(token, 'auth.unlock', { password: TEST_PASSWORD }));
    anna = await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    expectOk(
      await t.invokeWith(ewa, 'persons.update', { id: jan.id, version: 1, person: personWithPesel('Jan', 'Kowalczyk', PESEL.jan1944M) }),
    );

    t.clock.advance(DAY); // 2025-03-12
    expectOk(await t.invokeWith(t.sessionToken, 'auth.unlock', { password: TEST_PASSWORD }));
    await t.api.call('persons.get', { id: anna.id });
  });
  afterAll(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  const list = async (filter: Record<string, unknown>) =>
    expectOk<{ entries: AuditEntry[]; more: boolean }>(await t.invoke('audit.list', filter)).entries.map((entry) => [
      entry.kind,
      entry.at.slice(0, 10),
    ]);

  it('without filters: everything, the newest first', async () => {
    expect(await list({})).toEqual([
      ['person.view', '2025-03-12'],
      ['person.update', '2025-03-11'],
      ['person.create', '2025-03-11'],
      ['person.view', '2025-03-10'],
      ['person.create', '2025-03-10'],
      ['auth.login', '2025-03-10'],
      ['auth.login', '2025-03-10'],
    ]);
  });

  it('by person, with the person’s current name', async () => {
    const { entries } = await t.api.call('audit.list', { personId: jan.id });
    expect(entries.map((entry) => entry.kind)).toEqual(['person.update', 'person.view', 'person.create']);
    for (const entry of entries) expect(entry).toMatchObject({ personId: jan.id, personName: 'Jan Kowalczyk' });
  });

  it('by user', async () => {
    const { entries } = await t.api.call('audit.list', { userId: ewaId });
    expect(entries.map((entry) => [entry.kind, entry.personId])).toEqual([
      ['person.update', jan.id],
      ['person.view', jan.id],
      ['auth.login', null],
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ userId: ewaId, userName: 'Test socialWorker' });
    expect((await t.api.call('audit.list', { userId: testerId })).entries.every((entry) => entry.userId === testerId)).toBe(true);
  });

  it('by kind', async () => {
    expect((await t.api.call('audit.list', { kind: 'person.create' })).entries.map((entry) => entry.personId)).toEqual([anna.id, jan.id]);
    expect((await t.api.call('audit.list', { kind: 'user.create' })).entries).toEqual([]);
    expectError(await t.invoke('audit.list', { kind: 'person.delete' }), 'VALIDATION');
  });

  it('by dates: whole days, both ends included', async () => {
    expect(await list({ from: '2025-03-11' })).toEqual([
      ['person.view', '2025-03-12'],
      ['person.update', '2025-03-11'],
      ['person.create', '2025-03-11'],
    ]);
    expect((await list({ to: '2025-03-10' })).every(([, day]) => day === '2025-03-10')).toBe(true);
    expect(await list({ to: '2025-03-10' })).toHaveLength(4);
    expect(await list({ from: '2025-03-11', to: '2025-03-11' })).toEqual([
      ['person.update', '2025-03-11'],
      ['person.create', '2025-03-11'],
    ]);
    expect(await list({ from: '2025-03-13' })).toEqual([]);
    expect(await list({ from: '2025-03-11', userId: ewaId, personId: jan.id, kind: 'person.update' })).toEqual([
      ['person.update', '2025-03-11'],
    ]);
    expectError(await t.invoke('audit.list', { from: '2025-02-30' }), 'VALIDATION');
  });

  it('pages with beforeId: every entry once, in order, and "more" until the last page', async () => {
    const all = (await t.api.call('audit.list', { limit: 500 })).entries;
    expect(all).toHaveLength(t.count('audit_log'));
    const seen: number[] = [];
    let beforeId: number | undefined;
    let pages = 0;
    for (;;) {
      const page = await t.api.call('audit.list', { limit: 2, ...(beforeId ? { beforeId } : {}) });
      pages++;
      seen.push(...page.entries.map((entry) => entry.id));
      if (!page.more) break;
      expect(page.entries).toHaveLength(2);
      beforeId = page.entries.at(-1)!.id;
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(seen).toEqual(all.map((entry) => entry.id));

    // beforeId combines with a filter.
    const janEntries = (await t.api.call('audit.list', { personId: jan.id })).entries;
    const second = await t.api.call('audit.list', { personId: jan.id, limit: 1, beforeId: janEntries[0]!.id });
    expect(second.entries).toEqual([janEntries[1]]);
    expect(second.more).toBe(true);
  });
});

describe('audit.verify', () => {
  beforeEach(async () => {
    t = await createTestCore();
    // 1 tester's login, 2–4 three persons, 5 a view of the file.
    const people = [
      personWithPesel('Jan', 'Kowalski', PESEL.jan1944M),
      personWithPesel('Anna', 'Nowak', PESEL.anna2002F),
      personWithPesel('Piotr', 'Wiśniewski', PESEL.m1980),
    ];
    let id = 0;
    for (const person of people) id = (await t.api.call('persons.create', person)).id;
    await t.api.call('persons.get', { id });
    expect(t.count('audit_log')).toBe(5);
  });
  afterEach(() => {
    expect(t.internalErrors).toEqual([]);
    t.cleanup();
  });

  /**
   * Edits the database file by hand, as someone with a SQLite tool and the database key (not the audit-chain
   * key) would: the triggers dropped first and put back after (dropped triggers left behind are a finding of their own: audit-chain.test.ts).
   */
  function byHand(sql: string, ...params: unknown[]): void {
    const raw = openSqliteFile(t.core.database.file, { key: TEST_DATABASE_KEY });
    try {
      raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
      raw.prepare(sql).run(...params);
      for (const trigger of Object.values(AUDIT_TRIGGERS)) raw.exec(trigger);
    } finally {
      raw.close();
    }
  }

  it('an untouched log is intact; the check itself is recorded', async () => {
    const rows = t.count('audit_log');
    expect(await t.api.call('audit.verify', {})).toEqual({ intact: true, checked: rows, problems: [] });
    expect(await last()).toMatchObject({
      kind: 'audit.verify',
      summary: `Dziennik nienaruszony (${rows} wpisów)`,
      details: { checked: rows, problems: [] },
    });
    expect(await t.api.call('audit.verify', {})).toEqual({ intact: true, checked: rows + 1, problems: [] });
  });

  it('(a) a summary changed by hand is found at its entry', async () => {
    byHand("UPDATE audit_log SET summary = 'Dodano osobę: Ktoś Inny' WHERE id = 3");
    expect(await t.api.call('audit.verify', {})).toEqual({
      intact: false,
      checked: 5,
      problems: [{ entryId: 3, message: 'Wpis nr 3 zmieniono albo dopisano poza programem: jego podpis kluczem dziennika się nie zgadza.' }],
    });
    expect(await last()).toMatchObject({ kind: 'audit.verify', details: { checked: 5, problems: [{ entryId: 3 }] } });
    expect((await last()).summary).toMatch(/NARUSZONY/);
  });

  it('(a′) other columns changed by hand are found too: the user, the person, the details, the time', async () => {
    byHand('UPDATE audit_log SET user_id = 99 WHERE id = 2');
    byHand('UPDATE audit_log SET person_id = NULL WHERE id = 5');
    byHand("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 4");
    const { problems } = await t.api.call('audit.verify', {});
    expect(problems.map((problem) => problem.entryId)).toEqual([2, 4, 5]);
  });

  it('(b) a row deleted in the middle is found where the chain breaks', async () => {
    byHand('DELETE FROM audit_log WHERE id = 3');
    const result = await t.api.call('audit.verify', {});
    expect(result.intact).toBe(false);
    expect(result.checked).toBe(4);
    expect(result.problems).toEqual([
      { entryId: 4, message: 'Brakuje wpisów nr 3–3: zostały usunięte.' },
      { entryId: 4, message: 'Wpis nr 4 nie łączy się z poprzednim: poprzedni wpis zmieniono lub usunięto.' },
    ]);
  });

  it('(c) a row added by hand at the end with a made-up hash is found', async () => {
    const lastHash = (t.core.database.sqlite.prepare('SELECT hash FROM audit_log WHERE id = 5').get() as { hash: string }).hash;
    byHand(
      'INSERT INTO audit_log (at, user_id, user_name, kind, person_id, summary, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      '2025-03-10T09:00:00.000Z',
      1,
      'Test',
      'person.view',
      null,
      'Dopisane ręcznie',
      null,
      lastHash,
      'a'.repeat(64),
    );
    expect(await t.api.call('audit.verify', {})).toEqual({
      intact: false,
      checked: 6,
      problems: [{ entryId: 6, message: 'Wpis nr 6 dopisano albo przepisano poza programem: nie ma podpisu kluczem dziennika, który mają wpisy od nr 1.' }],
    });
  });

  it('(d) the last row deleted is found against the highest number SQLite ever gave', async () => {
    byHand('DELETE FROM audit_log WHERE id = 5');
    expect(await t.api.call('audit.verify', {})).toEqual({
      intact: false,
      checked: 4,
      problems: [{ entryId: 5, message: 'Brakuje ostatnich wpisów (nr 5–5): zostały usunięte.' }],
    });
    // The program goes on writing after the gap, and the gap stays visible.
    const again = await t.api.call('audit.verify', {});
    expect(again.intact).toBe(false);
    expect(again.problems.map((problem) => problem.entryId)).toContain(6);
  });
});
