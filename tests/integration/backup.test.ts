/**
 * Backups (issue 5): the round trip through the real router, and every failure a volunteer may meet — each
 * with a clear Polish message, and the live data exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { createTempDataDir, createTestDatabase, MIGRATIONS_FOLDER, TEST_DATABASE_KEY, type TempDataDir, type TestDatabase } from '../../db/testing';
import {
  BackupError,
  createBackup,
  drillBackup,
  listBackups,
  listSafetyCopies,
  restoreBackup,
  undoLastRestore,
  verifyBackup,
  type BackupErrorCode,
  type BackupIo,
  type CreatedBackup,
} from '../../electron/core/backup';
import { MAGIC_WRITING } from '../../electron/core/backup/format';
import { defaultIo } from '../../electron/core/backup/files';
import { APP_VERSION, createTestCore, OFFICE, PESEL, personWithPesel, personWithoutPesel, type TestCore } from './helpers';
import { dumpFile, dumpTables, fillDatabase, flipByte, hashFolder, PASSPHRASE, personNames, sha256, strayFiles } from './fixtures/backup-support';

const KNOWN = knownSchemaVersion(MIGRATIONS_FOLDER);
const temps: TempDataDir[] = [];
function tempDir(): string {
  const temp = createTempDataDir('ostoja-backup-test-');
  temps.push(temp);
  return temp.dir;
}
afterAll(() => {
  for (const temp of temps) temp.cleanup();
});

/** Runs `action`, expects a BackupError with this code and returns its message. */
async function expectBackupError(action: () => Promise<unknown>, code: BackupErrorCode): Promise<string> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code, (error as Error).message).toBe(code);
    return (error as Error).message;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

describe('round trip through the program', () => {
  let t: TestCore;
  afterEach(() => t?.cleanup());

  it('backup of data entered through the router → restore into an empty data folder → every row of every table identical', async () => {
    t = await createTestCore();
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1960));
    const maria = await t.api.call('persons.create', personWithPesel('Maria', 'Kowalska', PESEL.f1955, { phone: '600 100 200' }));
    const olena = await t.api.call('persons.create', personWithoutPesel('Olena', 'Szewczenko', 'FX1234567'));
    await t.api.call('persons.create', personWithPesel('Żaneta', 'Łuczak', PESEL.f1985));
    const household = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: household.id, personId: maria.id, relation: 'spouse' });
    await t.api.call('households.addMember', { householdId: household.id, personId: olena.id, relation: 'unrelated' });
    await t.api.call('settings.updateOffice', OFFICE);
    expect(t.internalErrors).toEqual([]);

    const out = tempDir();
    const created = await createBackup({
      source: { connection: t.core.database.sqlite },
      destinationDir: out,
      passphrase: PASSPHRASE,
      programVersion: APP_VERSION,
      databaseKey: TEST_DATABASE_KEY, // the program's database is encrypted; the backup holds it plain, under its passphrase
    });
    expect(created.manifest).toMatchObject({ application: 'Ostoja', programVersion: APP_VERSION, schemaVersion: KNOWN });
    for (const table of ['persons', 'households', 'household_members', 'office_settings', 'users', 'audit_log'] as const) {
      expect(created.manifest.counts[table], table).toBe(t.count(table));
    }
    expect(created.manifest.counts.persons).toBe(4);
    expect(created.manifest.counts.household_members).toBe(3);
    expect(fs.readdirSync(out)).toEqual([created.fileName]);

    const emptyDataDir = path.join(tempDir(), 'nowy-komputer', 'dane');
    const restored = await restoreBackup({
      file: created.file,
      passphrase: PASSPHRASE,
      databaseFile: path.join(emptyDataDir, 'ostoja.db'),
      migrationsFolder: MIGRATIONS_FOLDER,
    });
    expect(restored.safetyCopy).toBeNull();
    expect(restored.previous).toBeNull();
    expect(restored.current.counts).toEqual(created.manifest.counts);
    expect(fs.readdirSync(emptyDataDir)).toEqual(['ostoja.db']);

    const original = dumpTables(t.core.database.sqlite);
    expect(Object.keys(original)).toEqual(expect.arrayContaining(['persons', 'households', 'household_members', 'office_settings', 'audit_log', 'persons_fts_data']));
    expect(dumpFile(path.join(emptyDataDir, 'ostoja.db'))).toEqual(original);
  });
});

describe('failures: a clear message, and the live data as it was', () => {
  let live: TestDatabase;
  let good: CreatedBackup;
  let out: string;
  let liveRows: Record<string, string[]>;

  beforeAll(async () => {
    live = createTestDatabase();
    fillDatabase(live.sqlite, { label: 'Obecny', persons: 50, fillerMb: 2 });
    out = tempDir();
    good = await createBackup({ source: { connection: live.sqlite }, destinationDir: out, passphrase: PASSPHRASE, programVersion: APP_VERSION });
    liveRows = dumpTables(live.sqlite);
  });
  afterAll(() => live.cleanup());

  /** Runs a failing action and checks nothing in the data folder changed and nothing was left behind. */
  async function failsAndChangesNothing(action: () => Promise<unknown>, code: BackupErrorCode): Promise<string> {
    // The -shm file is SQLite's shared-memory index (read marks change on every read): not data.
    const files = () => Object.fromEntries(Object.entries(hashFolder(live.dir)).filter(([name]) => !name.endsWith('-shm')));
    live.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = files();
    const message = await expectBackupError(action, code);
    expect(files()).toEqual(before);
    expect(dumpTables(live.sqlite)).toEqual(liveRows);
    return message;
  }

  function copyOfGood(name: string): string {
    const file = path.join(tempDir(), name);
    fs.copyFileSync(good.file, file);
    return file;
  }

  const restoreOver = (file: string, passphrase = PASSPHRASE) => () =>
    restoreBackup({ file, passphrase, databaseFile: path.join(live.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
  const verify = (file: string, passphrase = PASSPHRASE, known = KNOWN) => () => verifyBackup({ file, passphrase, knownSchemaVersion: known });

  it('the good backup verifies, and its counts are those of the live data', async () => {
    const verified = await verifyBackup({ file: good.file, passphrase: PASSPHRASE, knownSchemaVersion: KNOWN });
    expect(verified.counts).toEqual(good.manifest.counts);
    expect(verified.counts.persons).toBe(50);
  });

  it('wrong passphrase', async () => {
    const message = await failsAndChangesNothing(verify(good.file, 'Zazolc gesla jazn — kopia 2025'), 'WRONG_PASSPHRASE');
    expect(message).toMatch(/^Hasło nie pasuje do tej kopii zapasowej/);
    await failsAndChangesNothing(restoreOver(good.file, 'zupełnie inne hasło'), 'WRONG_PASSPHRASE');
  });

  it('the passphrase is compared as text: the same letters in another Unicode form open the file', async () => {
    await expect(verifyBackup({ file: good.file, passphrase: PASSPHRASE.normalize('NFD'), knownSchemaVersion: KNOWN })).resolves.toBeDefined();
  });

  it('an empty passphrase is refused before any work', async () => {
    await expectBackupError(() => createBackup({ source: { connection: live.sqlite }, destinationDir: tempDir(), passphrase: '', programVersion: APP_VERSION }), 'EMPTY_PASSPHRASE');
    await failsAndChangesNothing(verify(good.file, ''), 'EMPTY_PASSPHRASE');
  });

  it('a truncated file (half, only the header, a few bytes, one byte missing)', async () => {
    const size = fs.statSync(good.file).size;
    for (const length of [Math.floor(size / 2), 400, 10, size - 1]) {
      const file = copyOfGood(`cut-${length}.ostoja-backup`);
      fs.truncateSync(file, length);
      const message = await failsAndChangesNothing(verify(file), 'TRUNCATED');
      expect(message).toContain('jest niekompletny');
      await failsAndChangesNothing(restoreOver(file), 'TRUNCATED');
    }
  });

  it('a flipped byte in the ciphertext, in the tag, in the manifest', async () => {
    const inCiphertext = copyOfGood('ciphertext.ostoja-backup');
    flipByte(inCiphertext, Math.floor(fs.statSync(inCiphertext).size / 2));
    expect(await failsAndChangesNothing(verify(inCiphertext), 'DAMAGED')).toMatch(/uszkodzony lub został zmieniony \(zaszyfrowana zawartość/);
    await failsAndChangesNothing(restoreOver(inCiphertext), 'DAMAGED');

    const inTag = copyOfGood('tag.ostoja-backup');
    flipByte(inTag, -1);
    await failsAndChangesNothing(verify(inTag), 'DAMAGED');

    // The manifest is readable JSON; change one digit of the time: it still parses, but the MAC fails.
    const inManifest = copyOfGood('manifest.ostoja-backup');
    const text = fs.readFileSync(inManifest).subarray(0, 2000).toString('latin1');
    const at = text.indexOf('"createdAt":"') + '"createdAt":"'.length + 3; // the last digit of the year
    flipByte(inManifest, at);
    expect(await failsAndChangesNothing(verify(inManifest), 'DAMAGED')).toMatch(/opis kopii/);
    await failsAndChangesNothing(restoreOver(inManifest), 'DAMAGED');

    // …and a byte of the counts changed to another digit (a "nicer" number of persons).
    const inCounts = copyOfGood('counts.ostoja-backup');
    const countsAt = text.indexOf('"persons":50') + '"persons":'.length;
    flipByte(inCounts, countsAt);
    await failsAndChangesNothing(verify(inCounts), 'DAMAGED');
  });

  it('a backup from a newer program version (newer schema, newer file format)', async () => {
    const newer = createTestDatabase();
    try {
      newer.sqlite.pragma(`user_version = ${KNOWN + 1}`);
      const fromNewer = await createBackup({ source: { connection: newer.sqlite }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: '9.0.0' });
      const message = await failsAndChangesNothing(verify(fromNewer.file), 'TOO_NEW');
      expect(message).toContain('nowsza wersja programu Ostoja (9.0.0');
      expect(message).toContain('Zainstaluj najnowszą wersję');
      await failsAndChangesNothing(restoreOver(fromNewer.file), 'TOO_NEW');
    } finally {
      newer.cleanup();
    }
    const newerFormat = copyOfGood('format-2.ostoja-backup');
    const fd = fs.openSync(newerFormat, 'r+');
    fs.writeSync(fd, Buffer.from([2]), 0, 1, 16);
    fs.closeSync(fd);
    expect(await failsAndChangesNothing(verify(newerFormat), 'TOO_NEW')).toContain('format pliku 2');
  });

  it('not a backup: a plain database file, any other file, a folder; a missing file', async () => {
    const plain = path.join(tempDir(), 'ostoja.db');
    fs.copyFileSync(path.join(live.dir, 'ostoja.db'), plain);
    expect(await failsAndChangesNothing(verify(plain), 'NOT_A_BACKUP')).toContain('zwykła baza danych');
    const text = path.join(tempDir(), 'notatki.txt');
    fs.writeFileSync(text, 'Lista zakupów: kawa, herbata, papier do drukarki.\n'.repeat(20));
    expect(await failsAndChangesNothing(verify(text), 'NOT_A_BACKUP')).toContain('nie jest kopią zapasową programu Ostoja');
    await failsAndChangesNothing(verify(tempDir()), 'NOT_A_BACKUP');
    expect(await failsAndChangesNothing(verify(path.join(tempDir(), 'nie-ma.ostoja-backup')), 'NOT_FOUND')).toContain('Nie znaleziono pliku');
    await failsAndChangesNothing(restoreOver(path.join(tempDir(), 'nie-ma.ostoja-backup')), 'NOT_FOUND');
  });

  it('a file whose writing never finished never verifies, even when complete', async () => {
    const unfinished = copyOfGood('unfinished.ostoja-backup');
    const fd = fs.openSync(unfinished, 'r+');
    fs.writeSync(fd, MAGIC_WRITING, 0, MAGIC_WRITING.length, 0);
    fs.closeSync(fd);
    expect(await failsAndChangesNothing(verify(unfinished), 'UNFINISHED')).toContain('zapis przerwano');
  });

  /**
   * Writes that fail with ENOSPC once `limit` bytes have been written: the engine's own (headers) and, by the
   * limit passed to it, the worker thread's (the bulk of the data).
   */
  function fullDiskAfter(limit: number): BackupIo {
    let written = 0;
    return {
      write(fd, data, position) {
        if (written + data.length > limit) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
        written += data.length;
        defaultIo.write(fd, data, position);
      },
      diskFullAfterBytes: limit,
    };
  }

  it('a full disk while writing the backup: DISK_FULL, no file left in the destination or the data folder', async () => {
    const destination = tempDir();
    const message = await failsAndChangesNothing(
      () =>
        createBackup({
          source: { connection: live.sqlite },
          destinationDir: destination,
          passphrase: PASSPHRASE,
          programVersion: APP_VERSION,
          io: fullDiskAfter(good.manifest.databaseBytes / 2),
        }),
      'DISK_FULL',
    );
    expect(message).toBe(
      `Brak miejsca na dysku (${destination}). Zwolnij miejsce albo wybierz inny folder. Obecne dane nie zostały zmienione.`,
    );
    expect(fs.readdirSync(destination)).toEqual([]);
    expect(strayFiles(live.dir, ['ostoja.db', 'ostoja.db-wal', 'ostoja.db-shm'])).toEqual([]);
  });

  it('a full disk while decrypting for a restore: DISK_FULL, the live database untouched', async () => {
    await failsAndChangesNothing(
      () =>
        restoreBackup({
          file: good.file,
          passphrase: PASSPHRASE,
          databaseFile: path.join(live.dir, 'ostoja.db'),
          migrationsFolder: MIGRATIONS_FOLDER,
          io: fullDiskAfter(1024 * 1024),
        }),
      'DISK_FULL',
    );
    expect(strayFiles(live.dir, ['ostoja.db', 'ostoja.db-wal', 'ostoja.db-shm'])).toEqual([]);
  });

  it('cancelled half-way (AbortSignal): CANCELLED, nothing left behind', async () => {
    const destination = tempDir();
    const controller = new AbortController();
    const message = await failsAndChangesNothing(
      () =>
        createBackup({
          source: { connection: live.sqlite },
          destinationDir: destination,
          passphrase: PASSPHRASE,
          programVersion: APP_VERSION,
          signal: controller.signal,
          onEvent: (event) => {
            if (event.step === 'encrypt') controller.abort();
          },
        }),
      'CANCELLED',
    );
    expect(message).toContain('Przerwano');
    expect(fs.readdirSync(destination)).toEqual([]);
    expect(strayFiles(live.dir, ['ostoja.db', 'ostoja.db-wal', 'ostoja.db-shm'])).toEqual([]);
  });

  it('an unwritable destination: a path through a regular file (works even as root)', async () => {
    const file = path.join(tempDir(), 'to-jest-plik.txt');
    fs.writeFileSync(file, 'nie folder');
    const destination = path.join(file, 'kopie');
    const message = await failsAndChangesNothing(
      () => createBackup({ source: { connection: live.sqlite }, destinationDir: destination, passphrase: PASSPHRASE, programVersion: APP_VERSION }),
      'NOT_WRITABLE',
    );
    expect(message).toContain(`Nie można zapisywać w folderze ${destination}`);
    expect(strayFiles(live.dir, ['ostoja.db', 'ostoja.db-wal', 'ostoja.db-shm'])).toEqual([]);
  });

  it('restore refuses while another connection has the live database open (the program is running)', async () => {
    const message = await failsAndChangesNothing(restoreOver(good.file), 'DATABASE_BUSY');
    expect(message).toContain('Zamknij program');
    expect(listSafetyCopies(path.join(live.dir, 'ostoja.db'))).toEqual([]);
    expect(strayFiles(live.dir, ['ostoja.db', 'ostoja.db-wal', 'ostoja.db-shm'])).toEqual([]);
  });

  it('list shows the good backup and names the damaged ones apart; temporary files are not listed', async () => {
    const dir = tempDir();
    fs.copyFileSync(good.file, path.join(dir, good.fileName));
    fs.copyFileSync(good.file, path.join(dir, 'uciete.ostoja-backup'));
    fs.truncateSync(path.join(dir, 'uciete.ostoja-backup'), 1000);
    fs.copyFileSync(good.file, path.join(dir, '.ostoja-tmp-backup-0123456789ab.ostoja-backup.tmp'));
    fs.writeFileSync(path.join(dir, 'inny.txt'), 'x');
    const listing = listBackups(dir);
    expect(listing.backups.map((b) => b.fileName)).toEqual([good.fileName]);
    expect(listing.backups[0]!.manifest.counts.persons).toBe(50);
    expect(listing.skipped.map((s) => [s.fileName, s.code])).toEqual([['uciete.ostoja-backup', 'TRUNCATED']]);
    expect(listBackups(path.join(dir, 'nie-ma'))).toEqual({ backups: [], skipped: [] });
  });
});

describe('restore over existing data, undo, drill, older backups', () => {
  let dataDir: string;
  let databaseFile: string;
  let oldRows: Record<string, string[]>;
  let backupOfOther: CreatedBackup;

  beforeAll(async () => {
    // "Other" data: the backup that will be restored.
    const other = createTestDatabase();
    fillDatabase(other.sqlite, { label: 'Zkopii', persons: 30 });
    backupOfOther = await createBackup({ source: { connection: other.sqlite }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: APP_VERSION });
    other.cleanup();
    // The live data, left with rows only in its WAL (as after a crash), which a restore must not lose.
    dataDir = tempDir();
    databaseFile = path.join(dataDir, 'ostoja.db');
    const handle = openDatabase({ file: databaseFile, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Obecny', persons: 20 });
    handle.close();
    oldRows = dumpFile(databaseFile);
  });

  it('drill: restores into a temporary place, reports what the backup holds, and the live folder is untouched', async () => {
    const before = hashFolder(dataDir);
    const workDir = tempDir();
    const report = await drillBackup({ file: backupOfOther.file, passphrase: PASSPHRASE, migrationsFolder: MIGRATIONS_FOLDER, workDir });
    expect(report).toMatchObject({
      createdAt: backupOfOther.manifest.createdAt,
      programVersion: APP_VERSION,
      schemaVersion: KNOWN,
      schemaVersionAfterOpening: KNOWN,
    });
    expect(report.counts.persons).toBe(30);
    expect(hashFolder(dataDir)).toEqual(before);
    expect(fs.readdirSync(workDir)).toEqual([]);
  });

  it('restore: safety copy first, then the backup replaces the data; undo brings the old data back', async () => {
    const restored = await restoreBackup({ file: backupOfOther.file, passphrase: PASSPHRASE, databaseFile, migrationsFolder: MIGRATIONS_FOLDER });
    expect(restored.previous?.counts.persons).toBe(20);
    expect(restored.current.counts.persons).toBe(30);
    expect(personNames(databaseFile)).toEqual(Array(30).fill('Zkopii'));
    expect(restored.safetyCopy).toMatch(/safety[/\\]ostoja-before-restore-\d{8}T\d{9}Z\.db$/);
    expect(dumpFile(restored.safetyCopy!)).toEqual(oldRows);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['ostoja.db', 'safety']);

    const undone = await undoLastRestore({ databaseFile, migrationsFolder: MIGRATIONS_FOLDER });
    expect(undone.restoredFrom).toBe(restored.safetyCopy);
    expect(undone.current.counts.persons).toBe(20);
    expect(dumpFile(databaseFile)).toEqual(oldRows);
    expect(undone.safetyCopy).toMatch(/ostoja-before-undo-/);
    expect(personNames(databaseFile)).toEqual(Array(20).fill('Obecny'));
  });

  it('undo with no safety copy says there is nothing to undo', async () => {
    const message = await expectBackupError(
      () => undoLastRestore({ databaseFile: path.join(tempDir(), 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER }),
      'NO_SAFETY_COPY',
    );
    expect(message).toContain('Nie ma czego cofnąć');
  });

  it('an older backup (fewer migrations) is migrated forward by restore and by the drill', async () => {
    // A program that knew only the first two migrations.
    const oldMigrations = path.join(tempDir(), 'migrations');
    fs.cpSync(MIGRATIONS_FOLDER, oldMigrations, { recursive: true });
    const journalFile = path.join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    journal.entries = journal.entries.slice(0, 2);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const oldDir = tempDir();
    const old = openDatabase({ file: path.join(oldDir, 'ostoja.db'), migrationsFolder: oldMigrations });
    fillDatabase(old.sqlite, { label: 'Dawny', persons: 5 });
    const oldBackup = await createBackup({ source: { connection: old.sqlite }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: '0.0.1' });
    old.close();
    expect(oldBackup.manifest.schemaVersion).toBe(2);
    expect(KNOWN).toBeGreaterThan(2);

    const report = await drillBackup({ file: oldBackup.file, passphrase: PASSPHRASE, migrationsFolder: MIGRATIONS_FOLDER });
    expect([report.schemaVersion, report.schemaVersionAfterOpening]).toEqual([2, KNOWN]);

    const target = path.join(tempDir(), 'ostoja.db');
    const restored = await restoreBackup({ file: oldBackup.file, passphrase: PASSPHRASE, databaseFile: target, migrationsFolder: MIGRATIONS_FOLDER });
    expect(restored.migratedFrom).toBe(2);
    expect(restored.current.schemaVersion).toBe(KNOWN);
    expect(personNames(target)).toEqual(Array(5).fill('Dawny'));
  });

  it('a live database that is not readable any more is kept byte for byte, and the restore goes on', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ostoja.db');
    const garbage = Buffer.alloc(64 * 1024, 'zepsute ');
    fs.writeFileSync(target, garbage);
    fs.writeFileSync(`${target}-wal`, Buffer.alloc(4096, 7));
    const restored = await restoreBackup({ file: backupOfOther.file, passphrase: PASSPHRASE, databaseFile: target, migrationsFolder: MIGRATIONS_FOLDER });
    expect(restored.previous).toBeNull();
    expect(restored.damagedCopy).not.toBeNull();
    expect(fs.readFileSync(path.join(restored.damagedCopy!, 'ostoja.db'))).toEqual(garbage);
    expect(fs.existsSync(path.join(restored.damagedCopy!, 'ostoja.db-wal'))).toBe(true);
    expect(personNames(target)).toEqual(Array(30).fill('Zkopii'));
  });

  it('a backup taken from the file while no program runs (read-only connection) is the same data', async () => {
    const before = sha256(databaseFile);
    const created = await createBackup({ source: { file: databaseFile }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: APP_VERSION });
    expect(sha256(databaseFile)).toBe(before);
    const target = path.join(tempDir(), 'ostoja.db');
    await restoreBackup({ file: created.file, passphrase: PASSPHRASE, databaseFile: target, migrationsFolder: MIGRATIONS_FOLDER });
    expect(dumpFile(target)).toEqual(dumpFile(databaseFile));
  });

  it('a backup of a folder without a database says so', async () => {
    const message = await expectBackupError(
      () => createBackup({ source: { file: path.join(tempDir(), 'ostoja.db') }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: APP_VERSION }),
      'NO_DATABASE',
    );
    expect(message).toContain('nie ma bazy danych');
  });

  it('events report the steps in order, with progress', async () => {
    const events: string[] = [];
    const db = new Database(databaseFile, { readonly: true });
    try {
      await createBackup({ source: { connection: db }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: APP_VERSION, onEvent: (e) => events.push(e.step) });
    } finally {
      db.close();
    }
    expect([...new Set(events)]).toEqual(['start', 'snapshot', 'check', 'encrypt', 'commit', 'committed', 'done']);
  });
});
