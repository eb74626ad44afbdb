import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/envelope';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_FOLDER, TEST_DATABASE_KEY } from '../../db/testing';
import { createTestCore, expectError, personWithPesel, PESEL, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * A restore in an office where people are working: a refused one (wrong passphrase, damaged file, nothing to
 * undo) must not close the database or log anyone out; a real one lets the calls in flight finish, then ends
 * every session with a message that says why. No call may answer INTERNAL.
 */
const PASSPHRASE = 'haslo-kopii-gops-sitno';
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
  await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
});
afterEach(() => t.cleanup());

const LOGINS = 40;
/**
 * Half the logins are the worker's, with the right password; the other half wrong: on the administrator's
 * account (which never locks, so the worker's logins stay unaffected whatever the order) or on logins that do
 * not exist.
 */
const loginRace = (worker: string) =>
  Array.from({ length: LOGINS }, (_, i) =>
    i % 2 === 0
      ? { login: worker, password: TEST_PASSWORD }
      : { login: i % 4 === 1 ? 'tester' : `nikt-${i}`, password: 'to-nie-jest-haslo-123' },
  );
const failedLogins = (race: { password: string }[]) => race.filter((attempt) => attempt.password !== TEST_PASSWORD).length;

function expectNoInternal(answers: Envelope<unknown>[]): void {
  const internal = answers.filter((answer) => !answer.ok && answer.error.code === 'INTERNAL');
  expect(internal, JSON.stringify(internal)).toEqual([]);
  expect(t.internalErrors).toEqual([]);
}

const tokenOf = (answer: Envelope<unknown>) => (answer.ok ? (answer.value as { sessionToken: string }).sessionToken : null);

/** A damaged copy of a backup (one byte of its encrypted content changed), under a name of its own. */
function damagedCopy(fileName: string): string {
  const damaged = fileName.replace('.ostoja-backup', '-1.ostoja-backup');
  const bytes = fs.readFileSync(path.join(t.dir, 'backups', fileName));
  const at = bytes.length - 100;
  bytes[at] = bytes[at]! ^ 0xff;
  fs.writeFileSync(path.join(t.dir, 'backups', damaged), bytes);
  return damaged;
}

describe('a restore in an office at work', () => {
  it('refused restores (wrong passphrase, damaged file, newer program version, nothing to undo) during a race of 40 logins: no INTERNAL, nobody logged out, every failed login audited, data unchanged', async () => {
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const backup = await t.api.call('backups.createNow', {});
    // A backup as a newer program version would write it (a higher schema version), a minute later.
    const schema = t.core.database.sqlite.pragma('user_version', { simple: true }) as number;
    t.core.database.sqlite.pragma(`user_version = ${schema + 1}`);
    t.clock.advance(60_000);
    const tooNew = await t.api.call('backups.createNow', {});
    t.core.database.sqlite.pragma(`user_version = ${schema}`);
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const damaged = damagedCopy(backup.fileName);
    const worker = await t.loginAs(['socialWorker'], 'pracownik');
    const failedBefore = (await t.api.call('audit.list', { kind: 'auth.loginFailed' })).entries.length;

    const race = loginRace('pracownik');
    const restore = { location: 'primary' as const, confirmation: 'PRZYWRÓĆ' as const };
    // One after another (backup work is done one piece at a time), while the logins are hashing their passwords.
    const refusals = (async () => [
      await t.invoke('backups.restore', { ...restore, fileName: backup.fileName, passphrase: 'nie-to-haslo-kopii' }),
      await t.invoke('backups.restore', { ...restore, fileName: damaged }),
      await t.invoke('backups.restore', { ...restore, fileName: tooNew.fileName }),
      await t.invoke('backups.undoRestore', { confirmation: 'COFNIJ' }),
    ])();
    const logins = race.map((attempt) => t.invokeWith(undefined, 'auth.login', attempt));
    const [loginAnswers, refused] = await Promise.all([Promise.all(logins), refusals]);
    const answers = [...loginAnswers, ...refused];
    expectNoInternal(answers);

    const [wrongPassphrase, damagedFile, newerVersion, nothingToUndo] = refused;
    expect(expectError(wrongPassphrase!, 'VALIDATION').message).toContain('Hasło nie pasuje do tej kopii');
    expect(expectError(damagedFile!, 'CONFLICT').message).toContain('uszkodzony');
    expect(expectError(newerVersion!, 'CONFLICT').message).toContain('zapisała nowsza wersja programu');
    expect(expectError(nothingToUndo!, 'CONFLICT').message).toContain('Nie ma czego cofnąć');

    // Nobody was logged out: the tester, the worker from before and everyone who logged in during the race.
    const raceTokens = loginAnswers.map(tokenOf).filter((token): token is string => token !== null);
    expect(raceTokens).toHaveLength(LOGINS - failedLogins(race));
    for (const token of [t.sessionToken, worker, ...raceTokens]) {
      const me = await t.invokeWith(token, 'auth.me', {});
      expect(me.ok, JSON.stringify(me)).toBe(true);
    }
    // Every failed login is in the log; the data is what it was (no restore happened, no safety copy made).
    const failed = (await t.api.call('audit.list', { kind: 'auth.loginFailed' })).entries.length;
    expect(failed - failedBefore).toBe(failedLogins(race));
    expect(t.count('persons')).toBe(2);
    expect(fs.existsSync(path.join(t.dir, 'safety'))).toBe(false);
  }, 240_000);

  it('a restore refused after the database was closed (another program holds the file) opens the same data again: nobody logged out, no INTERNAL', async () => {
    const worker = await t.loginAs(['socialWorker'], 'pracownik');
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const backup = await t.api.call('backups.createNow', {});
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    // Another program (say, a database viewer someone left open) holds the file: the swap cannot lock it.
    const other = openDatabase({ file: path.join(t.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER, key: TEST_DATABASE_KEY });
    let answers: Envelope<unknown>[];
    try {
      const logins = loginRace('pracownik').slice(0, 10).map((attempt) => t.invokeWith(undefined, 'auth.login', attempt));
      const restore = t.invoke('backups.restore', { location: 'primary', fileName: backup.fileName, confirmation: 'PRZYWRÓĆ' });
      answers = await Promise.all([...logins.slice(0, 5), restore, ...logins.slice(5)]);
    } finally {
      other.close();
    }
    expectNoInternal(answers);
    expect(expectError(answers[5]!, 'CONFLICT').message).toContain('jest w tej chwili używana');
    for (const token of [t.sessionToken, worker, ...answers.map(tokenOf).filter((token): token is string => token !== null)]) {
      expect((await t.invokeWith(token, 'auth.me', {})).ok).toBe(true);
    }
    expect(t.count('persons')).toBe(2);
    expect((await t.api.call('audit.list', { kind: 'backup.restore' })).entries).toEqual([]);
  }, 240_000);

  it('a real restore lets the calls in flight finish, then tells every logged-in person why they must log in again; no call answers INTERNAL', async () => {
    // The worker's account is in the backup too, so their logins work before and after the swap alike.
    const worker = await t.loginAs(['socialWorker'], 'pracownik');
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const backup = await t.api.call('backups.createNow', {});
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));

    const race = loginRace('pracownik');
    const logins = race.map((attempt) => t.invokeWith(undefined, 'auth.login', attempt));
    const searches = Array.from({ length: 10 }, () => t.invokeWith(worker, 'persons.search', { query: '' }));
    const restore = t.invoke('backups.restore', { location: 'primary', fileName: backup.fileName, confirmation: 'PRZYWRÓĆ' });
    const answers = await Promise.all([...logins.slice(0, 20), restore, ...searches, ...logins.slice(20)]);
    expectNoInternal(answers);
    expect(answers[20]!.ok, JSON.stringify(answers[20])).toBe(true);
    expect(t.count('persons')).toBe(1);

    // A search either ran on the old data before the swap, or waited and was told to log in again.
    for (const search of answers.slice(21, 31)) {
      if (!search.ok) expect(expectError(search, 'UNAUTHORIZED').message).toBe('Dane przywrócono z kopii zapasowej — zaloguj się ponownie.');
    }
    // The sessions of the old data are over, each told why; a login now works against the restored data.
    for (const token of [t.sessionToken, worker]) {
      const after = expectError(await t.invokeWith(token, 'persons.search', { query: '' }), 'UNAUTHORIZED');
      expect(after).toMatchObject({ message: 'Dane przywrócono z kopii zapasowej — zaloguj się ponownie.', details: { restored: true } });
    }
    const again = tokenOf(await t.invokeWith(undefined, 'auth.login', { login: 'tester', password: TEST_PASSWORD }));
    expect(again).not.toBeNull();
    // Every failed login of the race is in the restored log: those before the swap were carried over into it.
    const failed = await t.invokeWith(again!, 'audit.list', { kind: 'auth.loginFailed' });
    expect(failed.ok && (failed.value as { entries: unknown[] }).entries.length).toBe(failedLogins(race));
  }, 240_000);
});
