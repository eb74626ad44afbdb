import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { createTestCore, expectError, personWithPesel, PESEL, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * A restore never erases who did what: restoring yesterday's backup brings yesterday's data back, but today's
 * entries of the audit log stay in it (marked as carried over), followed by the restore itself, and the keyed
 * chain still verifies intact. Undoing the restore keeps what was done in between.
 */
const PASSPHRASE = 'haslo-kopii-gops-sitno';
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-23T14:00:00.000Z' }); // yesterday afternoon
  await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
});
afterEach(() => t.cleanup());

type Entry = MethodOutput<'audit.list'>['entries'][number];

/** Logs the tester in again (a restore ended every session) and returns a caller with the new session. */
async function relogin() {
  const answer = await t.invokeWith(undefined, 'auth.login', { login: 'tester', password: TEST_PASSWORD });
  if (!answer.ok) throw new Error(answer.error.message);
  const token = (answer.value as { sessionToken: string }).sessionToken;
  return async <T,>(method: string, input: unknown): Promise<T> => {
    const result = await t.invokeWith(token, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
}

/** The whole log, oldest first. */
async function wholeLog(call: Awaited<ReturnType<typeof relogin>>): Promise<Entry[]> {
  const { entries } = await call<MethodOutput<'audit.list'>>('audit.list', { limit: 500 });
  return [...entries].reverse();
}

const carried = (entry: Entry) => (entry.details?.carriedOver ?? null) as { id: number; at: string; hash: string } | null;

describe('a restore keeps the history', () => {
  it("restoring yesterday's backup keeps today's entries (carried over) and the restore itself; the chain verifies intact; undoing it keeps what was done in between", async () => {
    await t.loginAs(['administrator'], 'admin'); // the administrator, who may not read a person's file
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const yesterday = await t.api.call('backups.createNow', {});

    await t.moveClockTo('2026-11-24T08:30:00.000Z'); // today
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    await t.api.call('persons.update', { id: jan.id, version: jan.version, person: personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { phone: '600100200' }) });
    const today = await t.api.call('backups.createNow', {}); // today's own backup: its head must not be held against the restored log
    // What the backup does not hold: from the entry of yesterday's backup itself (written just after it) to now.
    const before = (await t.api.call('audit.list', { limit: 500 })).entries;
    const yesterdaysEntry = before.find((entry) => entry.kind === 'backup.create' && entry.summary.includes(yesterday.fileName))!;
    const afterBackupIds = before.filter((entry) => entry.id >= yesterdaysEntry.id).map((entry) => entry.id).reverse();
    expect(afterBackupIds.length).toBeGreaterThan(3);

    await t.moveClockTo('2026-11-24T10:00:00.000Z');
    const restored = await t.api.call('backups.restore', { location: 'primary', fileName: yesterday.fileName, confirmation: 'PRZYWRÓĆ' });
    expect(restored.backupCreatedAt).toBe('2026-11-23T14:00:00.000Z');
    expect(t.count('persons')).toBe(1); // yesterday's data

    let call = await relogin();
    let log = await wholeLog(call);
    // Every one of today's entries is still there, in order, marked with its original number and time…
    const carriedToday = log.filter((entry) => carried(entry));
    expect(carriedToday.map((entry) => carried(entry)!.id)).toEqual(afterBackupIds);
    for (const entry of carriedToday) {
      expect(entry.summary).toContain(`(wpis nr ${carried(entry)!.id} przeniesiony po przywróceniu danych)`);
      expect(entry.at).toBe(carried(entry)!.at);
    }
    const janCreated = carriedToday.find((entry) => entry.kind === 'person.create');
    expect(janCreated).toMatchObject({ personId: jan.id, userName: 'Test socialWorker director accountant administrator' });
    expect(carriedToday.some((entry) => entry.kind === 'backup.create' && entry.summary.includes(today.fileName))).toBe(true);
    // …followed by the restore, which says how many it carried.
    const restoreEntry = log.find((entry) => entry.kind === 'backup.restore')!;
    expect(log.indexOf(restoreEntry)).toBe(log.indexOf(carriedToday.at(-1)!) + 1);
    expect(restoreEntry.summary).toContain(`przeniesiono wpisy dziennika z okresu po kopii: ${afterBackupIds.length}`);
    expect(restoreEntry.details).toMatchObject({ carriedEntries: afterBackupIds.length, replacedLogReadable: true });

    // The administrator sees that an entry was carried over, and still no one's data in it.
    const admin = await t.invokeWith(undefined, 'auth.login', { login: 'admin', password: TEST_PASSWORD });
    const adminToken = admin.ok ? (admin.value as { sessionToken: string }).sessionToken : '';
    const adminLog = await t.invokeWith(adminToken, 'audit.list', { kind: 'person.create', limit: 500 });
    const adminJan = adminLog.ok && (adminLog.value as MethodOutput<'audit.list'>).entries.find((entry) => entry.id === janCreated!.id);
    expect(adminJan).toMatchObject({ withheld: true, summary: expect.stringContaining('przeniesiony po przywróceniu danych') });
    expect(JSON.stringify(adminJan)).not.toContain('Kowalski');
    expect(JSON.stringify(adminJan)).not.toContain(PESEL.jan1944M);

    const verified = await call<MethodOutput<'audit.verify'>>('audit.verify', {});
    expect(verified.problems).toEqual([]);
    expect(verified.intact).toBe(true);

    // Work goes on with the restored data; then the restore is undone.
    await t.moveClockTo('2026-11-24T11:00:00.000Z');
    call = await relogin();
    await call('persons.create', personWithPesel('Zofia', 'Wiśniewska', PESEL.f1985));
    await call('backups.undoRestore', { confirmation: 'COFNIJ' });
    expect(t.count('persons')).toBe(2); // Anna and Jan: the data from just before the restore

    call = await relogin();
    log = await wholeLog(call);
    // Today's entries are there once each (their originals are back, not doubled); the restore and what was done
    // after it were carried over, followed by the undo.
    // (By name: Zofia, added to the restored data, was given Jan's number there.)
    expect(log.filter((entry) => entry.kind === 'person.create' && entry.summary.includes('Kowalski'))).toHaveLength(1);
    expect(log.filter((entry) => afterBackupIds.includes(entry.id) && !carried(entry))).toHaveLength(afterBackupIds.length);
    const afterUndo = log.filter((entry) => carried(entry));
    expect(afterUndo[0]).toMatchObject({ kind: 'backup.restore', id: expect.any(Number) });
    expect(afterUndo.some((entry) => entry.kind === 'person.create' && entry.summary.includes('Wiśniewska'))).toBe(true);
    const undoEntry = log.find((entry) => entry.kind === 'backup.undoRestore')!;
    expect(log.indexOf(undoEntry)).toBe(log.indexOf(afterUndo.at(-1)!) + 1);
    expect(undoEntry.details).toMatchObject({ carriedEntries: afterUndo.length });
    expect((await call<MethodOutput<'audit.verify'>>('audit.verify', {})).problems).toEqual([]);
  }, 120_000);

  it('a restore refused because of its passphrase leaves the log as it was', async () => {
    const backup = await t.api.call('backups.createNow', {});
    const entries = t.count('audit_log');
    expectError(
      await t.invoke('backups.restore', { location: 'primary', fileName: backup.fileName, passphrase: 'nie-to-haslo-kopii', confirmation: 'PRZYWRÓĆ' }),
      'VALIDATION',
    );
    expect(t.count('audit_log')).toBe(entries);
    expect((await t.api.call('audit.verify', {})).intact).toBe(true);
  }, 60_000);
});
