import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, knownSchemaVersion, openDatabase, OSTOJA_APPLICATION_ID, type DatabaseHandle } from '../../db/open';
import { insertPerson, searchPersonsByTerms } from '../../db/repositories/persons';
import { createTempDataDir, createTestDatabase, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tempDir(): TempDataDir {
  const temp = createTempDataDir();
  cleanups.push(temp.cleanup);
  return temp;
}
function open(file: string): DatabaseHandle {
  const handle = openDatabase({ file, migrationsFolder: MIGRATIONS_FOLDER });
  cleanups.push(() => handle.sqlite.open && handle.close());
  return handle;
}

/** Every file in the folder with the SHA-256 of its content: what a refusal must leave exactly as it was. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]),
  );
}

function refusal(file: string): DatabaseOpenError {
  try {
    open(file);
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error(`${file} was opened but should have been refused`);
}

const JOURNAL_ENTRIES = (JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] })
  .entries.length;

function addPerson(handle: DatabaseHandle, lastName: string, pesel: string) {
  return insertPerson(handle.db, {
    firstName: 'Jan',
    lastName,
    pesel,
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
    searchText: `${lastName.toLowerCase()} jan ${pesel}`,
    createdAt: '2025-03-10T09:00:00.000Z',
    updatedAt: '2025-03-10T09:00:00.000Z',
  });
}

describe('openDatabase: a fresh database', () => {
  it('is safe against power loss: WAL, synchronous=FULL, foreign keys on', () => {
    const test = createTestDatabase();
    cleanups.push(test.cleanup);
    expect(test.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(test.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(test.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is marked as an Ostoja database with the schema version of this program', () => {
    const test = createTestDatabase();
    cleanups.push(test.cleanup);
    expect(test.schemaVersion).toBe(JOURNAL_ENTRIES);
    expect(knownSchemaVersion(MIGRATIONS_FOLDER)).toBe(JOURNAL_ENTRIES);
    expect(test.sqlite.pragma('user_version', { simple: true })).toBe(JOURNAL_ENTRIES);
    expect(test.sqlite.pragma('application_id', { simple: true })).toBe(OSTOJA_APPLICATION_ID);
  });

  it('refuses a household member that points at no person (foreign keys are enforced)', () => {
    const test = createTestDatabase();
    cleanups.push(test.cleanup);
    test.sqlite.prepare(`INSERT INTO households (id, created_at) VALUES (1, '2025-03-10')`).run();
    expect(() =>
      test.sqlite
        .prepare(`INSERT INTO household_members (household_id, person_id, relation, joined_at) VALUES (1, 999, 'head', '2025-03-10')`)
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('creates the data folder when it does not exist yet', () => {
    const { dir } = tempDir();
    const handle = open(path.join(dir, 'nested', 'deeper', 'ostoja.db'));
    expect(fs.existsSync(handle.file)).toBe(true);
  });

  it('treats an empty (0-byte) file as a new database', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    fs.writeFileSync(file, '');
    const handle = open(file);
    expect(handle.sqlite.pragma('application_id', { simple: true })).toBe(OSTOJA_APPLICATION_ID);
  });
});

describe('openDatabase: reopening', () => {
  it('keeps the data and the schema version, and applies no migration twice', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const first = open(file);
    const person = addPerson(first, 'Kowalski', '44051401359');
    const tables = first.sqlite.prepare(`SELECT name FROM sqlite_master ORDER BY name`).all();
    first.close();

    for (let i = 0; i < 3; i++) {
      const again = open(file);
      expect(again.schemaVersion).toBe(JOURNAL_ENTRIES);
      expect(again.sqlite.pragma('user_version', { simple: true })).toBe(JOURNAL_ENTRIES);
      expect(again.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: JOURNAL_ENTRIES });
      expect(again.sqlite.prepare(`SELECT name FROM sqlite_master ORDER BY name`).all()).toEqual(tables);
      expect(again.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(again.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(again.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(searchPersonsByTerms(again.db, [[['kowal']]], 10).map((row) => row.id)).toEqual([person.id]);
      again.close();
    }
  });
});

describe('openDatabase: databases it must not touch', () => {
  it('refuses a database written by a newer program version, in Polish, and leaves the files byte for byte', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const handle = open(file);
    addPerson(handle, 'Kowalski', '44051401359');
    handle.close();
    // A newer Ostoja (one more migration) wrote this database.
    const newer = new Database(file);
    newer.pragma(`user_version = ${JOURNAL_ENTRIES + 1}`);
    newer.close();

    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual(['ostoja.db']);
    const error = refusal(file);
    expect(error.reason).toBe('too-new');
    expect(error.message).toMatch(/nowszą wersję programu Ostoja/);
    expect(error.message).toMatch(/Baza nie została zmieniona/);
    // The main file is unchanged and no -wal / -shm file appeared next to it.
    expect(snapshot(dir)).toEqual(before);

    // A second attempt is refused the same way.
    expect(refusal(file).reason).toBe('too-new');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a database left open by a newer version (with a -wal file) and changes neither file', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    open(file).close();
    // The newer program is still running (or crashed): its last change sits in the -wal file only.
    const newer = new Database(file);
    newer.pragma('wal_autocheckpoint = 0');
    newer.pragma(`user_version = ${JOURNAL_ENTRIES + 5}`);
    const walBefore = fs.readFileSync(`${file}-wal`);
    const mainBefore = fs.readFileSync(file);
    try {
      const error = refusal(file);
      expect(error.reason).toBe('too-new');
      expect(fs.readFileSync(file).equals(mainBefore)).toBe(true);
      expect(fs.readFileSync(`${file}-wal`).equals(walBefore)).toBe(true);
    } finally {
      newer.close();
    }
  });

  it('refuses a SQLite file of another program (other application_id) and leaves it untouched', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const foreign = new Database(file);
    foreign.pragma('application_id = 1234567');
    foreign.exec(`CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices (amount) VALUES (100);`);
    foreign.close();

    const before = snapshot(dir);
    const error = refusal(file);
    expect(error.reason).toBe('not-ostoja');
    expect(error.message).toMatch(/nie jest bazą danych programu Ostoja/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a SQLite file of another program that never set an application_id (the default 0)', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const foreign = new Database(file);
    foreign.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jan Kowalski');`);
    foreign.close();

    const before = snapshot(dir);
    expect(refusal(file).reason).toBe('not-ostoja');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a foreign SQLite file in WAL mode without creating -wal or -shm files', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const foreign = new Database(file);
    foreign.pragma('journal_mode = WAL');
    foreign.pragma('application_id = 1234567');
    foreign.exec(`CREATE TABLE notes (text TEXT)`);
    foreign.close();

    const before = snapshot(dir);
    expect(refusal(file).reason).toBe('not-ostoja');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file that is not a database at all and leaves it untouched', () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'ostoja.db');
    fs.writeFileSync(file, 'To jest notatka, nie baza danych.\n'.repeat(20));
    const before = snapshot(dir);
    const error = refusal(file);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/Nie można odczytać bazy danych/);
    expect(error.message).toMatch(/Plik nie został zmieniony/);
    expect(snapshot(dir)).toEqual(before);
  });
});
