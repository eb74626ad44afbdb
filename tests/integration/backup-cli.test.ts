/**
 * The command line (`npm run cli -- backup …`, here `node --import tsx electron/cli/main.ts backup …`): what an IT
 * volunteer types when the program will not start. Plain Polish messages, exit codes 0 / 1 / 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createTempDataDir, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';
import { writeBackupSettings } from '../../electron/core/backup-settings';
import { loadSecretKey } from '../../electron/core/secret-keys';
import { readRestoreNotice } from '../../electron/core/restore-notice';
import { fillDatabase, PASSPHRASE, personNames, sha256 } from './fixtures/backup-support';
import { killAllChildren, REPO_ROOT, startNode } from './fixtures/backup-processes';

const CLI = path.join(REPO_ROOT, 'electron', 'cli', 'main.ts');
const temps: TempDataDir[] = [];
const tempDir = () => {
  const temp = createTempDataDir('ostoja-backup-cli-');
  temps.push(temp);
  return temp.dir;
};
afterAll(async () => {
  await killAllChildren();
  for (const temp of temps) temp.cleanup();
});

/**
 * The home of the program on this (Linux) machine, as Electron would have it: $XDG_CONFIG_HOME/Ostoja. Every call
 * gets a temporary one, so that a call without --data-dir never touches the real ~/.config/Ostoja.
 */
let configHome: string;

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = startNode(CLI, ['backup', ...args], { XDG_CONFIG_HOME: configHome, ...env });
  const { code } = await child.exited;
  return { code, output: child.output() };
}

describe('npm run cli -- backup …', () => {
  let dataDir: string;
  let databaseFile: string;
  let backupFile: string;

  beforeAll(() => {
    configHome = tempDir();
    dataDir = tempDir();
    databaseFile = path.join(dataDir, 'ostoja.db');
    const handle = openDatabase({ file: databaseFile, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Pierwszy', persons: 12 });
    handle.close();
  }, 60_000);

  it('create writes a backup into <data-dir>/backups and says where; list shows it', async () => {
    const before = sha256(databaseFile);
    const created = await cli(['create', '--data-dir', dataDir]);
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`Kopia zapasowa zapisana: ${path.join(dataDir, 'backups')}`);
    expect(created.output).toContain('osoby: 12');
    expect(sha256(databaseFile)).toBe(before);
    const names = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(names).toHaveLength(1);
    backupFile = path.join(dataDir, 'backups', names[0]!);

    const listed = await cli(['list', '--data-dir', dataDir]);
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output).toContain(names[0]);
    expect(listed.output).toContain('osób: 12');
  }, 60_000);

  it('create --out writes elsewhere', async () => {
    const out = path.join(tempDir(), 'pendrive', 'kopie');
    const created = await cli(['create', '--data-dir', dataDir, '--out', out]);
    expect(created.code, created.output).toBe(0);
    expect(fs.readdirSync(out)).toHaveLength(1);
  }, 60_000);

  it('verify and drill: 0 and what the backup holds', async () => {
    const verified = await cli(['verify', backupFile]);
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toContain('Kopia jest poprawna');
    const drilled = await cli(['drill', backupFile]);
    expect(drilled.code, drilled.output).toBe(0);
    expect(drilled.output).toContain('Próbne odtworzenie udane');
    expect(drilled.output).toContain('osoby: 12');
  }, 60_000);

  it('a wrong passphrase, a truncated file: exit 1 with a plain message', async () => {
    const wrong = await cli(['verify', backupFile], { OSTOJA_BACKUP_PASSPHRASE: 'nie to hasło' });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('Błąd: Hasło nie pasuje do tej kopii zapasowej.');
    const cut = path.join(tempDir(), 'uciete.ostoja-backup');
    fs.copyFileSync(backupFile, cut);
    fs.truncateSync(cut, 5000);
    const truncated = await cli(['verify', cut]);
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain('jest niekompletny');
  }, 60_000);

  it('wrong use: no passphrase and no terminal, no file, an unknown command, a change without --yes — exit 2', async () => {
    const noPassphrase = await cli(['verify', backupFile], { OSTOJA_BACKUP_PASSPHRASE: '' });
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.output).toContain('OSTOJA_BACKUP_PASSPHRASE');
    expect((await cli(['verify'])).code).toBe(2);
    expect((await cli(['napraw'])).code).toBe(2);
    const before = sha256(databaseFile);
    const noYes = await cli(['restore', backupFile, '--data-dir', dataDir]);
    expect(noYes.code).toBe(2);
    expect(noYes.output).toContain('--yes');
    expect(sha256(databaseFile)).toBe(before);
  }, 60_000);

  it('restore refuses while the program holds the database open; works once it is closed; undo-restore brings the data back', async () => {
    // Other data in the folder now: the backup holds "Pierwszy" × 12.
    fs.rmSync(databaseFile);
    const handle = openDatabase({ file: databaseFile, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Drugi', persons: 3 });
    // The "running program": this connection stays open during the first attempt.
    const busy = await cli(['restore', backupFile, '--data-dir', dataDir, '--yes']);
    expect(busy.code, busy.output).toBe(1);
    expect(busy.output).toContain('jest w tej chwili używana');
    handle.close();
    expect(personNames(databaseFile)).toEqual(Array(3).fill('Drugi'));

    const restored = await cli(['restore', backupFile, '--data-dir', dataDir, '--yes']);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toContain('Odtworzono dane z kopii');
    expect(restored.output).toContain('undo-restore');
    // The restored data is encrypted with the folder's key, which the command line keeps where browser mode does.
    const key = await loadSecretKey('database', { kind: 'owner-only-file', dataDir, keyDir: path.join(configHome, 'ostoja', 'keys') }, { create: false });
    expect(personNames(databaseFile, key)).toEqual(Array(12).fill('Pierwszy'));
    // Everyone is told at their next login in the program, as after a restore on the screen.
    expect(readRestoreNotice(dataDir)).toMatchObject({ kind: 'restore', acknowledgedBy: [] });

    const undone = await cli(['undo-restore', '--data-dir', dataDir, '--yes']);
    expect(undone.code, undone.output).toBe(0);
    expect(personNames(databaseFile, key)).toEqual(Array(3).fill('Drugi'));
    expect(readRestoreNotice(dataDir)).toMatchObject({ kind: 'undo' });
    // Undone already: nothing more to undo.
    const again = await cli(['undo-restore', '--data-dir', dataDir, '--yes']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('Nie ma czego cofnąć');
  }, 90_000);

  it('without --data-dir it works on the installed program\'s own folder (never the repository\'s .data) and says which', async () => {
    const programDir = path.join(configHome, 'Ostoja');
    fs.mkdirSync(programDir, { recursive: true });
    fs.mkdirSync(path.join(programDir, 'backups'));
    fs.copyFileSync(backupFile, path.join(programDir, 'backups', path.basename(backupFile)));
    const listed = await cli(['list']);
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output.split('\n')[0]).toBe(`Folder danych: ${programDir} (folder zainstalowanego programu; inny: --data-dir FOLDER)`);
    expect(listed.output).toContain(`Kopie zapasowe w ${path.join(programDir, 'backups')}`);
    expect(listed.output).toContain(path.basename(backupFile));
    expect(fs.existsSync(path.join(REPO_ROOT, '.data', 'browser', 'backups', path.basename(backupFile)))).toBe(false);

    // An explicit --data-dir still wins.
    const explicit = await cli(['list', '--data-dir', dataDir]);
    expect(explicit.output.split('\n')[0]).toBe(`Folder danych: ${dataDir}`);
  }, 60_000);

  it('verify and drill use the passphrase the program stored in the data folder when none is given', async () => {
    const noEnv = { OSTOJA_BACKUP_PASSPHRASE: '' };
    const programDir = path.join(configHome, 'Ostoja');
    fs.mkdirSync(programDir, { recursive: true });
    // Sealed with the folder's database key, which the command line finds where browser mode keeps it.
    const key = await loadSecretKey('database', { kind: 'owner-only-file', dataDir: programDir, keyDir: path.join(configHome, 'ostoja', 'keys') }, { create: true });
    writeBackupSettings(programDir, { passphrase: PASSPHRASE, secondaryDir: null }, key);
    expect(fs.readFileSync(path.join(programDir, 'backup-settings.json'), 'utf8')).not.toContain(PASSPHRASE);
    for (const command of ['verify', 'drill']) {
      const done = await cli([command, backupFile], noEnv);
      expect(done.code, done.output).toBe(0);
      expect(done.output).toContain(`Hasło kopii: zapisane w programie na tym komputerze (${path.join(programDir, 'backup-settings.json')}).`);
    }
    // A backup made with another passphrase: the stored one is said to be the one that did not fit.
    writeBackupSettings(programDir, { passphrase: 'inne-haslo-tego-komputera', secondaryDir: null }, key);
    const wrong = await cli(['verify', backupFile], noEnv);
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('To było hasło zapisane w programie na tym komputerze.');
    // The environment variable still comes first.
    expect((await cli(['verify', backupFile])).code).toBe(0);
    fs.rmSync(path.join(programDir, 'backup-settings.json'));
  }, 90_000);

  it('undo-restore with nothing to undo, list of an empty folder', async () => {
    const empty = tempDir();
    const undo = await cli(['undo-restore', '--data-dir', empty, '--yes']);
    expect(undo.code).toBe(1);
    expect(undo.output).toContain('Nie ma czego cofnąć');
    const listed = await cli(['list', empty]);
    expect(listed.code).toBe(0);
    expect(listed.output).toContain('nie ma kopii zapasowych');
  }, 60_000);
});
