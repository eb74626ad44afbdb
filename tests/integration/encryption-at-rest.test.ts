/**
 * Encryption at rest (issue 13, item 3): what a thief of the PC or of the data folder would read in the files.
 * The files are read as raw bytes, as someone without the program would read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlainDatabaseFile, openSqliteFile } from '../../db/cipher';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { createTempDataDir, MIGRATIONS_FOLDER, TEST_DATABASE_KEY, type TempDataDir } from '../../db/testing';
import { listBackups, restoreBackup, undoLastRestore } from '../../electron/core/backup';
import { primaryBackupDir } from '../../electron/core/backup-settings';
import { createCore } from '../../electron/core/core';
import { loadDatabaseKey } from '../../electron/core/database-key';
import { SecretKeyError } from '../../electron/core/secret-keys';
import { fillDatabase, sha256 } from './fixtures/backup-support';
import { createTestCore, PESEL, personWithPesel, type TestCore } from './helpers';

const PASSPHRASE = 'Hasło kopii GOPS Sitno 2025';
const OTHER_KEY = Buffer.alloc(32, 0x3c);
/** What must never be read from the files without the key: names and PESEL numbers of the register. */
const SECRETS = ['Wąchocki', 'Bożydar', 'Gżegżółka', 'Zenobia', PESEL.m1980, PESEL.f1985];

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir(): TempDataDir {
  const temp = createTempDataDir('ostoja-encryption-');
  cleanups.push(temp.cleanup);
  return temp;
}

async function registerWithSecrets(): Promise<TestCore> {
  const t = await createTestCore();
  cleanups.push(() => t.cleanup());
  await t.api.call('persons.create', personWithPesel('Bożydar', 'Wąchocki', PESEL.m1980));
  await t.api.call('persons.create', personWithPesel('Zenobia', 'Gżegżółka', PESEL.f1985));
  return t;
}

/** The secrets found in a file's raw bytes (as UTF-8, the way SQLite stores text). */
function secretsIn(file: string): string[] {
  const bytes = fs.readFileSync(file);
  return SECRETS.filter((secret) => bytes.includes(Buffer.from(secret, 'utf8')));
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('encryption at rest', () => {
  it('ostoja.db, its WAL, the safety copies and the settings hold no name or PESEL in plain bytes', async () => {
    const t = await registerWithSecrets();
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('backups.createNow', {});
    // Read while the program runs: the new rows are still in the WAL.
    const database = path.join(t.dir, 'ostoja.db');
    expect(fs.statSync(`${database}-wal`).size).toBeGreaterThan(0);
    expect(secretsIn(database)).toEqual([]);
    expect(secretsIn(`${database}-wal`)).toEqual([]);
    expect(isPlainDatabaseFile(database)).toBe(false);
    // The stored backup passphrase is sealed with this computer's key.
    expect(fs.readFileSync(path.join(t.dir, 'backup-settings.json'), 'utf8')).not.toContain(PASSPHRASE);

    // A restore and its undo leave a safety copy each.
    t.core.close();
    const [backup] = listBackups(primaryBackupDir(t.dir)).backups;
    const options = { databaseFile: database, migrationsFolder: MIGRATIONS_FOLDER, databaseKey: TEST_DATABASE_KEY };
    await restoreBackup({ ...options, file: backup!.file, passphrase: PASSPHRASE });
    await undoLastRestore(options);

    const safetyCopies = filesUnder(path.join(t.dir, 'safety'));
    expect(safetyCopies.map((file) => path.basename(file).replace(/-\d{8}T\d{9}Z/, ''))).toEqual(
      expect.arrayContaining(['ostoja-before-restore.db', 'ostoja-before-undo.db']),
    );
    const everyFile = filesUnder(t.dir).filter((file) => !file.startsWith(primaryBackupDir(t.dir)));
    for (const file of everyFile) expect({ file, found: secretsIn(file) }).toEqual({ file, found: [] });
    // And every copy still opens with the key and holds the register.
    for (const copy of safetyCopies) {
      const db = openSqliteFile(copy, { readonly: true, fileMustExist: true, key: TEST_DATABASE_KEY });
      try {
        expect(db.prepare('SELECT last_name FROM persons ORDER BY last_name').pluck().all()).toEqual(['Gżegżółka', 'Wąchocki']);
      } finally {
        db.close();
      }
    }
  });

  it('the data folder opened with another key, or copied to a place without its key, is refused in Polish and left as it was', async () => {
    const t = await registerWithSecrets();
    t.core.close();
    const database = path.join(t.dir, 'ostoja.db');
    const before = sha256(database);

    let refused: unknown;
    try {
      openDatabase({ file: database, migrationsFolder: MIGRATIONS_FOLDER, key: OTHER_KEY });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DatabaseOpenError);
    expect((refused as DatabaseOpenError).reason).toBe('wrong-key');
    expect((refused as Error).message).toContain('nie można odczytać kluczem tego komputera');
    expect((refused as Error).message).toContain('przywróć dane z kopii zapasowej');
    expect(sha256(database)).toBe(before);

    // The folder copied to another place (browser mode keeps keys outside it, per data folder): no key there,
    // and none is made for an encrypted database.
    const copied = tempDir();
    fs.copyFileSync(database, path.join(copied.dir, 'ostoja.db'));
    const keyDir = path.join(tempDir().dir, 'keys');
    await expect(loadDatabaseKey({ kind: 'owner-only-file', dataDir: copied.dir, keyDir })).rejects.toThrow(SecretKeyError);
    await expect(loadDatabaseKey({ kind: 'owner-only-file', dataDir: copied.dir, keyDir })).rejects.toThrow(/Brak klucza danych/);
    expect(fs.existsSync(keyDir) ? fs.readdirSync(keyDir) : []).toEqual([]);
  });

  it('a backup restores on a fresh data folder of another computer with its passphrase alone', async () => {
    const t = await registerWithSecrets();
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('backups.createNow', {});
    const [backup] = listBackups(primaryBackupDir(t.dir)).backups;

    // The new computer: an empty data folder and its own key.
    const fresh = tempDir();
    const database = path.join(fresh.dir, 'ostoja.db');
    const restored = await restoreBackup({ file: backup!.file, passphrase: PASSPHRASE, databaseFile: database, migrationsFolder: MIGRATIONS_FOLDER, databaseKey: OTHER_KEY });
    expect(restored.current.counts.persons).toBe(2);
    expect(secretsIn(database)).toEqual([]);
    expect(isPlainDatabaseFile(database)).toBe(false);

    const handle = openDatabase({ file: database, migrationsFolder: MIGRATIONS_FOLDER, key: OTHER_KEY });
    try {
      expect(handle.sqlite.prepare('SELECT pesel FROM persons ORDER BY pesel').pluck().all()).toEqual([PESEL.m1980, PESEL.f1985]);
    } finally {
      handle.close();
    }
  });

  it('a plain database from before is encrypted once at start, after an encrypted safety copy', async () => {
    const dir = tempDir().dir;
    const database = path.join(dir, 'ostoja.db');
    const plain = openDatabase({ file: database, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(plain.sqlite, { label: 'Wąchocki', persons: 5 });
    plain.close();
    expect(secretsIn(database)).toEqual(['Wąchocki']);

    const start = () =>
      createCore({ dataDir: dir, migrationsFolder: MIGRATIONS_FOLDER, fontsFolder: '', appVersion: 'test', auditKey: Buffer.alloc(32, 1), databaseKey: TEST_DATABASE_KEY });
    const core = start();
    try {
      expect(core.database.sqlite.prepare('SELECT count(*) FROM persons WHERE last_name = ?').pluck().get('Wąchocki')).toBe(5);
      const entry = core.database.sqlite.prepare("SELECT summary FROM audit_log WHERE summary LIKE 'Baza danych została zaszyfrowana%'").pluck().get();
      expect(entry).toMatch(/^Baza danych została zaszyfrowana; kopia bezpieczeństwa sprzed szyfrowania \(też zaszyfrowana\): ostoja-before-encryption-/);
    } finally {
      core.close();
    }
    expect(isPlainDatabaseFile(database)).toBe(false);
    const copies = fs.readdirSync(path.join(dir, 'safety'));
    expect(copies).toEqual([expect.stringMatching(/^ostoja-before-encryption-\d{8}T\d{9}Z\.db$/)]);
    for (const file of filesUnder(dir)) expect({ file, found: secretsIn(file) }).toEqual({ file, found: [] });
    const copy = openSqliteFile(path.join(dir, 'safety', copies[0]!), { readonly: true, fileMustExist: true, key: TEST_DATABASE_KEY });
    try {
      expect(copy.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(5);
    } finally {
      copy.close();
    }

    // Once: the next start finds the database encrypted and makes no second copy.
    start().close();
    expect(fs.readdirSync(path.join(dir, 'safety'))).toHaveLength(1);
  });
});
