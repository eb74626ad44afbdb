import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDataDir } from '../../db/testing';
import { createTestCore, expectError, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

const PASSPHRASE = 'haslo-kopii-gops-sitno';
let t: TestCore;
let secondaryRoot: { dir: string; cleanup(): void };

beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
  secondaryRoot = createTempDataDir('ostoja-usb-');
});
afterEach(() => {
  t.cleanup();
  secondaryRoot.cleanup();
});

const usb = () => path.join(secondaryRoot.dir, 'Kopie Ostoja');

describe('backups in the running program', () => {
  it('says plainly that backups are not set up until the administrator sets a passphrase', async () => {
    const status = await t.api.call('backups.status', {});
    expect(status).toMatchObject({ configured: false, lastBackup: null, running: null });
    expect(status.warnings).toEqual(['Kopie zapasowe nie są skonfigurowane: administrator musi ustawić hasło kopii.']);
    const refused = expectError(await t.invoke('backups.createNow', {}), 'VALIDATION');
    expect(refused.message).toContain('Hasło kopii nie jest ustawione');
  });

  it('a backup goes to both places, is listed, audited, and the status shows it; without a second place it warns', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    expect((await t.api.call('backups.status', {})).warnings).toContain('Nie ma jeszcze żadnej kopii zapasowej.');

    await t.api.call('backups.configure', { secondaryDir: usb() });
    await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', '44051401359'));
    const created = await t.api.call('backups.createNow', {});
    expect(created.counts.persons).toBe(1);
    expect(created.secondary).toEqual({ ok: true, message: null });
    expect(fs.readdirSync(usb())).toEqual([created.fileName]);

    const status = await t.api.call('backups.status', {});
    expect(status.lastBackup).toEqual({ at: created.at, fileName: created.fileName });
    expect(status.warnings).toEqual([]);
    const listed = await t.api.call('backups.list', {});
    expect(listed.backups.map((b) => b.location).sort()).toEqual(['primary', 'secondary']);
    const audit = await t.api.call('audit.list', { kind: 'backup.create' });
    expect(audit.entries[0]?.summary).toBe(`Kopia zapasowa: ${created.fileName}`);
  });

  it('a USB stick taken out is told on the status, its folder is not made again on this disk, and the backup in the data folder is still made', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: usb() });
    fs.rmSync(usb(), { recursive: true }); // the stick is out: its folder is gone from the computer
    const created = await t.api.call('backups.createNow', {});
    expect(created.secondary.ok).toBe(false);
    expect(fs.existsSync(usb())).toBe(false);
    const status = await t.api.call('backups.status', {});
    expect(status.lastBackup?.fileName).toBe(created.fileName);
    expect(status.warnings.join(' ')).toContain('Nie udało się zapisać kopii w drugim miejscu');
  });

  it('warns when the last good backup is older than a day', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: usb() });
    await t.api.call('backups.createNow', {});
    t.clock.advance(25 * 60 * 60_000);
    const session = await t.loginAs(['administrator']);
    const status = await t.invokeWith(session, 'backups.status', {});
    expect(status.ok && status.value).toMatchObject({ warnings: [expect.stringContaining('starsza niż dzień')] });
  });

  it('the drill shows what a backup holds and changes nothing; a wrong passphrase is told at the field', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: usb() });
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    const created = await t.api.call('backups.createNow', {});
    const report = await t.api.call('backups.drill', { location: 'secondary', fileName: created.fileName });
    expect(report.counts.persons).toBe(1);
    const wrong = expectError(await t.invoke('backups.drill', { location: 'primary', fileName: created.fileName, passphrase: 'nie-to-haslo-kopii' }), 'VALIDATION');
    expect(wrong.issues?.[0]?.path).toEqual(['passphrase']);
    expectError(await t.invoke('backups.drill', { location: 'primary', fileName: '../ostoja.db' }), 'VALIDATION');
  });

  it('restore brings back the data of the backup, logs everyone out, is audited in the restored data, and can be undone', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: usb() });
    const anna = await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    const created = await t.api.call('backups.createNow', {});
    await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', '44051401359'));
    expect(t.count('persons')).toBe(2);

    expectError(await t.invoke('backups.restore', { location: 'primary', fileName: created.fileName, confirmation: 'tak' }), 'VALIDATION');
    const restored = await t.api.call('backups.restore', { location: 'primary', fileName: created.fileName, confirmation: 'PRZYWRÓĆ' });
    expect(restored).toMatchObject({ restoredFrom: created.fileName, migratedFrom: expect.any(Number) });
    expect(restored.safetyCopy).toMatch(/^ostoja-before-restore-/);
    expect(t.count('persons')).toBe(1);

    // Sessions belonged to the old data: everyone logs in again.
    expectError(await t.invoke('persons.search', { query: '' }), 'UNAUTHORIZED');
    const again = await t.invokeWith(undefined, 'auth.login', { login: 'tester', password: TEST_PASSWORD });
    expect(again.ok).toBe(true);
    const token = (again.ok && (again.value as { sessionToken: string }).sessionToken) || '';
    const found = await t.invokeWith(token, 'persons.search', { query: '' });
    expect(found.ok && (found.value as { items: { id: number }[] }).items.map((p) => p.id)).toEqual([anna.id]);
    const audit = await t.invokeWith(token, 'audit.list', { kind: 'backup.restore' });
    expect(audit.ok && (audit.value as { entries: { summary: string }[] }).entries[0]?.summary).toContain(created.fileName);

    const undone = await t.invokeWith(token, 'backups.undoRestore', { confirmation: 'COFNIJ' });
    expect(undone.ok).toBe(true);
    expect(t.count('persons')).toBe(2);
  });

  it('a backup brought on a USB stick from another computer: its folder is listed, the backup checked and restored with its own passphrase', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    const created = await t.api.call('backups.createNow', {});
    // The file leaves this computer's places (as if made elsewhere); this computer has another passphrase.
    const stick = path.join(secondaryRoot.dir, 'E', 'Kopie z Sitna');
    fs.mkdirSync(stick, { recursive: true });
    fs.renameSync(path.join(t.dir, 'backups', created.fileName), path.join(stick, created.fileName));
    fs.writeFileSync(path.join(stick, 'notatki.txt'), 'nie kopia');
    await t.api.call('backups.configure', { passphrase: 'inne-haslo-na-nowym-komputerze', passphraseRepeat: 'inne-haslo-na-nowym-komputerze', secondaryDir: null });
    await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', '44051401359'));
    expect((await t.api.call('backups.list', {})).backups.map((b) => b.fileName)).not.toContain(created.fileName);

    const listed = await t.api.call('backups.listFolder', { folder: stick });
    expect(listed.backups).toEqual([expect.objectContaining({ location: 'folder', folder: stick, fileName: created.fileName, counts: expect.objectContaining({ persons: 1 }) })]);
    const ref = { location: 'folder' as const, folder: stick, fileName: created.fileName };
    const wrong = expectError(await t.invoke('backups.drill', ref), 'VALIDATION'); // this computer's passphrase does not open it
    expect(wrong.issues?.[0]?.path).toEqual(['passphrase']);
    expect((await t.api.call('backups.drill', { ...ref, passphrase: PASSPHRASE })).counts.persons).toBe(1);

    await t.api.call('backups.restore', { ...ref, passphrase: PASSPHRASE, confirmation: 'PRZYWRÓĆ' });
    expect(t.count('persons')).toBe(1);
    const again = await t.invokeWith(undefined, 'auth.login', { login: 'tester', password: TEST_PASSWORD });
    const token = (again.ok && (again.value as { sessionToken: string }).sessionToken) || '';
    const audit = await t.invokeWith(token, 'audit.list', { kind: 'backup.restore' });
    const entry = audit.ok && (audit.value as { entries: { summary: string; details: unknown }[] }).entries[0];
    expect(entry && entry.details).toMatchObject({ fileName: created.fileName, folder: stick });
  });

  it('a folder that is not there, a relative path or a file name that leaves the folder is refused in plain Polish', async () => {
    const missing = expectError(await t.invoke('backups.listFolder', { folder: path.join(secondaryRoot.dir, 'F', 'brak') }), 'NOT_FOUND');
    expect(missing.message).toContain('Sprawdź, czy pendrive lub dysk sieciowy jest podłączony');
    const relative = expectError(await t.invoke('backups.listFolder', { folder: 'Kopie Ostoja' }), 'VALIDATION');
    expect(relative.issues?.[0]).toEqual({ path: ['folder'], message: 'Podaj pełną ścieżkę folderu, np. E:\\Kopie Ostoja.' });
    expectError(await t.invoke('backups.listFolder', { folder: '   ' }), 'VALIDATION');
    const escaping = expectError(await t.invoke('backups.drill', { location: 'folder', folder: secondaryRoot.dir, fileName: '../ostoja.db' }), 'VALIDATION');
    expect(escaping.issues).toContainEqual({ path: ['fileName'], message: 'Nieprawidłowa nazwa pliku kopii.' });
    const noFolder = expectError(await t.invoke('backups.restore', { location: 'folder', fileName: 'x.ostoja-backup', confirmation: 'PRZYWRÓĆ' }), 'VALIDATION');
    expect(noFolder.message).toBe('Podaj folder z kopiami.');
  });

  it('the schedule backs up only when something changed since the last backup, and an idle office is left alone', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    const count = async () => (await t.api.call('backups.list', {})).backups.length;
    await t.core.scheduledBackup();
    expect(await count()).toBe(1); // the first run always backs up
    t.clock.advance(60_000);
    await t.core.scheduledBackup();
    await t.core.scheduledBackup();
    expect(await count()).toBe(1); // nothing changed: its own audit entry does not count
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    t.clock.advance(60_000);
    await t.core.scheduledBackup();
    expect(await count()).toBe(2);
    const audit = await t.api.call('audit.list', { kind: 'backup.create' });
    expect(audit.entries.map((entry) => entry.summary.split(':')[0])).toEqual(['Automatyczna kopia zapasowa', 'Automatyczna kopia zapasowa']);
    expect(audit.entries.every((entry) => entry.userName === null)).toBe(true);
  });

  it('only the administrator handles backups; everyone sees whether they are in order', async () => {
    const worker = await t.loginAs(['socialWorker']);
    expect((await t.invokeWith(worker, 'backups.status', {})).ok).toBe(true);
    for (const method of ['backups.settings', 'backups.createNow', 'backups.list', 'backups.listFolder', 'backups.undoRestore']) {
      expectError(await t.invokeWith(worker, method, {}), 'FORBIDDEN');
    }
  });
});
