/**
 * Backups told plainly (issue 10, item 7): the passphrase typed twice, a second place whose stick or share is
 * missing refused without a folder made on this disk, undo offered only when there is something to undo (and
 * saying which moment it returns to), and everyone told after a restore from which moment the data comes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDataDir } from '../../db/testing';
import { RESTORE_NOTICE_FILE } from '../../electron/core/restore-notice';
import { createTestCore, expectError, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

const PASSPHRASE = 'haslo-kopii-gops-sitno';
const BACKUP_AT = '2026-11-24T09:00:00.000Z';
let t: TestCore;
let outside: { dir: string; cleanup(): void };

beforeEach(async () => {
  t = await createTestCore({ start: BACKUP_AT });
  outside = createTempDataDir('ostoja-usb-');
});
afterEach(() => {
  t.cleanup();
  outside.cleanup();
});

/** Logs a user in again after the data was swapped (sessions belonged to the old data). */
async function logInAgain(login: string): Promise<string> {
  const answer = await t.invokeWith(undefined, 'auth.login', { login, password: TEST_PASSWORD });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { sessionToken: string }).sessionToken;
}

const valueOf = <T>(envelope: { ok: boolean; value?: unknown }) => {
  expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
  return envelope.value as T;
};

describe('the passphrase is typed twice', () => {
  it('a repeat that differs is refused at the repeat field, and nothing is saved', async () => {
    const refused = expectError(
      await t.invoke('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: 'haslo-kopii-gops-sitn0', secondaryDir: null }),
      'VALIDATION',
    );
    expect(refused.issues).toEqual([{ path: ['passphraseRepeat'], message: 'Hasła się różnią. Wpisz to samo hasło dwa razy.' }]);
    expectError(await t.invoke('backups.configure', { passphrase: PASSPHRASE, secondaryDir: null }), 'VALIDATION');
    expect((await t.api.call('backups.settings', {})).passphraseSet).toBe(false);

    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    expect((await t.api.call('backups.settings', {})).passphraseSet).toBe(true);
    // Changing only the second place needs no passphrase at all.
    await t.api.call('backups.configure', { secondaryDir: path.join(outside.dir, 'Kopie') });
  });
});

describe('a second place whose drive or share is missing', () => {
  const refusedAt = async (secondaryDir: string) => {
    const refused = expectError(await t.invoke('backups.configure', { secondaryDir }), 'VALIDATION');
    expect(refused.issues?.[0]?.path).toEqual(['secondaryDir']);
    return refused.message;
  };

  it('an unmounted stick (its mount folder is not there) is refused, and no folder is made on this disk', async () => {
    const mountPoint = path.join(outside.dir, 'media', 'PENDRIVE');
    const message = await refusedAt(path.join(mountPoint, 'kopie'));
    expect(message).toBe(
      `Nie ma folderu ${mountPoint}. Sprawdź, czy pendrive lub dysk sieciowy jest podłączony; program zakłada tylko ostatni folder ścieżki.`,
    );
    expect(fs.existsSync(path.join(outside.dir, 'media'))).toBe(false);
    expect((await t.api.call('backups.settings', {})).secondaryDir).toBeNull();
  });

  it('a mounted stick: the last folder is made on it; a file, the data folder or a relative path are refused', async () => {
    const stick = path.join(outside.dir, 'PENDRIVE');
    fs.mkdirSync(stick);
    const saved = await t.api.call('backups.configure', { secondaryDir: `${stick}/Kopie Ostoja/` });
    expect(saved.secondaryDir).toBe(path.join(stick, 'Kopie Ostoja'));
    expect(fs.readdirSync(path.join(stick, 'Kopie Ostoja'))).toEqual([]); // the write probe leaves nothing behind

    fs.writeFileSync(path.join(stick, 'plik'), 'x');
    expect(await refusedAt(path.join(stick, 'plik'))).toBe(`${path.join(stick, 'plik')} to plik, a nie folder.`);
    expect(await refusedAt(path.join(t.dir, 'backups', 'drugie'))).toContain('nie może być w folderze danych programu');
    expect(await refusedAt('Kopie Ostoja')).toContain('Podaj pełną ścieżkę folderu');
    expect((await t.api.call('backups.settings', {})).secondaryDir).toBe(path.join(stick, 'Kopie Ostoja'));
  });

  it('a place already chosen stays chosen while its stick is out; backups then warn and never make the folder here', async () => {
    const stick = path.join(outside.dir, 'PENDRIVE');
    fs.mkdirSync(stick);
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: path.join(stick, 'kopie') });
    fs.rmSync(stick, { recursive: true });
    await t.api.call('backups.configure', { secondaryDir: path.join(stick, 'kopie') }); // saving the screen again, unchanged
    const created = await t.api.call('backups.createNow', {});
    expect(created.secondary.ok).toBe(false);
    expect(created.secondary.message).toContain('Sprawdź, czy pendrive jest podłączony');
    expect(fs.existsSync(stick)).toBe(false);
  });
});

describe('after a restore', () => {
  async function backupThenRestore(): Promise<{ fileName: string; safetyAt: string }> {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    const created = await t.api.call('backups.createNow', {});
    expect(created.at).toBe(BACKUP_AT);
    t.clock.set('2026-11-24T13:45:00.000Z');
    await t.invoke('auth.unlock', { password: TEST_PASSWORD });
    await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', '44051401359'));
    expect((await t.api.call('backups.settings', {})).undo).toBeNull(); // nothing restored yet: nothing to undo
    t.clock.set('2026-11-24T14:00:00.000Z');
    await t.invoke('auth.unlock', { password: TEST_PASSWORD });
    await t.api.call('backups.restore', { location: 'primary', fileName: created.fileName, confirmation: 'PRZYWRÓĆ' });
    return { fileName: created.fileName, safetyAt: '2026-11-24T14:00:00.000Z' };
  }

  it('everyone who logs in again is told from which moment the data comes, until they say they read it', async () => {
    const worker = await t.loginAs(['socialWorker'], 'e.pracowita');
    expect(valueOf(await t.invokeWith(worker, 'backups.restoreNotice', {}))).toBeNull();
    await backupThenRestore();
    // The notice sits beside the database, in the data folder: the swap did not take it away.
    expect(fs.existsSync(path.join(t.dir, RESTORE_NOTICE_FILE))).toBe(true);

    const tester = await logInAgain('tester');
    const told = { kind: 'restore', at: '2026-11-24T14:00:00.000Z', dataFrom: BACKUP_AT };
    expect(valueOf(await t.invokeWith(tester, 'backups.restoreNotice', {}))).toEqual(told);
    // The worker's account was made before the backup, so it is in the restored data, and told too.
    const workerAgain = await logInAgain('e.pracowita');
    expect(valueOf(await t.invokeWith(workerAgain, 'backups.restoreNotice', {}))).toEqual(told);

    valueOf(await t.invokeWith(tester, 'backups.acknowledgeRestoreNotice', {}));
    expect(valueOf(await t.invokeWith(tester, 'backups.restoreNotice', {}))).toBeNull();
    expect(valueOf(await t.invokeWith(workerAgain, 'backups.restoreNotice', {}))).toEqual(told); // one person's "Rozumiem" is theirs only

    // An account made after the restore never saw the older data: nothing to tell.
    t.clock.set('2026-11-24T15:00:00.000Z');
    const newcomer = await t.loginAs(['socialWorker'], 'nowa.osoba');
    expect(valueOf(await t.invokeWith(newcomer, 'backups.restoreNotice', {}))).toBeNull();
  });

  it('undo is offered only when there is something to undo, says the moment it returns to, and is told to everyone too', async () => {
    const { safetyAt } = await backupThenRestore();
    const tester = await logInAgain('tester');
    const settings = valueOf<{ undo: { returnsTo: string } | null }>(await t.invokeWith(tester, 'backups.settings', {}));
    expect(settings.undo).toEqual({ returnsTo: safetyAt });

    t.clock.set('2026-11-24T14:10:00.000Z');
    valueOf(await t.invokeWith(tester, 'backups.undoRestore', { confirmation: 'COFNIJ' }));
    expect(t.count('persons')).toBe(2);
    const again = await logInAgain('tester');
    expect(valueOf(await t.invokeWith(again, 'backups.restoreNotice', {}))).toEqual({ kind: 'undo', at: '2026-11-24T14:10:00.000Z', dataFrom: safetyAt });
    // Undone already: a second undo would only bring the same data back, so it is neither offered nor done.
    expect(valueOf<{ undo: unknown }>(await t.invokeWith(again, 'backups.settings', {})).undo).toBeNull();
    const refused = expectError(await t.invokeWith(again, 'backups.undoRestore', { confirmation: 'COFNIJ' }), 'CONFLICT');
    expect(refused.message).toContain('Nie ma czego cofnąć');
    expect(t.count('persons')).toBe(2);
  });
});
