import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { encryptInPlace, isNotADatabase, isPlainDatabaseFile, openSqliteFile, type SqliteDatabase } from './cipher';

export type Db = BetterSQLite3Database<typeof schema>;

/** Written into every Ostoja database (PRAGMA application_id), so that a foreign SQLite file is recognised. */
export const OSTOJA_APPLICATION_ID = 0x4f53544a; // "OSTJ"

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI); Node's own build otherwise. */
  nativeBinding?: string | undefined;
  /**
   * The data folder's database key (db/cipher.ts): the file, its WAL and everything written through this
   * connection are encrypted with it; a plain file from before is encrypted once, in place. Without a key the
   * file is plain (tests, temporary copies).
   */
  key?: Buffer | undefined;
  /**
   * Called once, before a plain database is encrypted in place, after the checks that may refuse it: the
   * caller's safety copy of the data as it was.
   */
  beforeEncrypting?: () => void;
}

export interface DatabaseHandle {
  db: Db;
  sqlite: SqliteDatabase;
  file: string;
  /** Number of migrations applied: the schema version this program wrote. */
  schemaVersion: number;
  close(): void;
}

/** A database that this program must not open; the message is for the person in front of the screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'too-new' | 'not-ostoja' | 'unreadable' | 'wrong-key',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/** The schema version this program knows: the number of migrations in its journal. */
export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * Opens (or creates) the database, refuses one written by a newer program version without touching it,
 * then migrates it forward. WAL, synchronous=FULL and foreign keys are on for every connection.
 */
export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const known = knownSchemaVersion(options.migrationsFolder);
  if (fs.existsSync(options.file)) refuseIfUnsuitable(options, known);

  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const encryptNow = options.key !== undefined && isPlainDatabaseFile(options.file);
  if (encryptNow) options.beforeEncrypting?.();
  const sqlite = openSqliteFile(options.file, { nativeBinding: options.nativeBinding, key: options.key });
  try {
    // A database written before encryption (or a decrypted backup being restored).
    if (encryptNow) encryptInPlace(sqlite, options.key!);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`application_id = ${OSTOJA_APPLICATION_ID}`);
    // drizzle's driver is typed against better-sqlite3, whose API this drop-in shares.
    const db = drizzle(sqlite as unknown as BetterSqlite3.Database, { schema });
    migrate(db, { migrationsFolder: options.migrationsFolder });
    sqlite.pragma(`user_version = ${known}`);
    return { db, sqlite, file: options.file, schemaVersion: known, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * application_id and user_version from the 100-byte SQLite header, read as plain bytes: a read-only SQLite
 * connection to a WAL database would create the -wal and -shm files next to it. Null for an empty file.
 */
/** The Ostoja stamp and the schema version from a database file's header, read without SQLite (changes nothing). */
export function readHeaderValues(file: string): { applicationId: number; userVersion: number; schemaCookie: number } | null {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    if (read === 0) return null;
    if (read < header.length || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
      throw new Error('plik nie jest bazą danych SQLite');
    }
    return {
      schemaCookie: header.readInt32BE(40),
      userVersion: header.readInt32BE(60),
      applicationId: header.readInt32BE(68),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the file read-only: a refused database must stay byte for byte as it was. */
function refuseIfUnsuitable(options: OpenDatabaseOptions, known: number): void {
  let applicationId = 0;
  let userVersion = 0;
  let schemaCookie = 0;
  try {
    const encrypted = options.key !== undefined && fs.statSync(options.file).size > 0 && !isPlainDatabaseFile(options.file);
    // An encrypted file's header is readable only through SQLite, keyed.
    const header = encrypted ? null : readHeaderValues(options.file);
    if (header) ({ applicationId, userVersion, schemaCookie } = header);
    // A -wal file left by a program that did not close the database may hold a newer header: ask SQLite then
    // (the -wal file exists already, so a read-only connection creates none and changes neither file).
    const wal = `${options.file}-wal`;
    if (encrypted || (header && fs.existsSync(wal) && fs.statSync(wal).size > 0)) {
      ({ applicationId, userVersion, schemaCookie } = probe(options, encrypted));
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(
      'unreadable',
      `Nie można odczytać bazy danych ${options.file}: ${(error as Error).message}. Plik nie został zmieniony.`,
    );
  }
  // Ostoja stamps application_id before it creates any table, so a file with tables and no stamp is foreign.
  const foreign = applicationId === 0 ? schemaCookie !== 0 : applicationId !== OSTOJA_APPLICATION_ID;
  if (foreign) {
    throw new DatabaseOpenError(
      'not-ostoja',
      `Plik ${options.file} nie jest bazą danych programu Ostoja. Plik nie został zmieniony.`,
    );
  }
  if (userVersion > known) {
    throw new DatabaseOpenError(
      'too-new',
      `Ta baza danych została zapisana przez nowszą wersję programu Ostoja (schemat ${userVersion}, ` +
        `ten program zna schemat ${known}). Zainstaluj najnowszą wersję programu. Baza nie została zmieniona.`,
    );
  }
}

/**
 * The header values read through a read-only SQLite connection (keyed when the file is encrypted). Files SQLite
 * makes beside a WAL database for a reader (-wal, -shm) are removed afterwards when they were not there before.
 */
function probe(options: OpenDatabaseOptions, encrypted: boolean): { applicationId: number; userVersion: number; schemaCookie: number } {
  const companions = [`${options.file}-wal`, `${options.file}-shm`].filter((file) => !fs.existsSync(file));
  const reader = openSqliteFile(options.file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding, key: options.key });
  try {
    return {
      applicationId: reader.pragma('application_id', { simple: true }) as number,
      userVersion: reader.pragma('user_version', { simple: true }) as number,
      schemaCookie: reader.pragma('schema_version', { simple: true }) as number,
    };
  } catch (error) {
    if (encrypted && isNotADatabase(error)) {
      throw new DatabaseOpenError(
        'wrong-key',
        `Bazy danych ${options.file} nie można odczytać kluczem tego komputera: dane są zaszyfrowane innym kluczem ` +
          '(folder danych skopiowany z innego komputera albo od innego użytkownika) albo plik nie jest bazą programu Ostoja. ' +
          'Plik nie został zmieniony. Na nowym komputerze przywróć dane z kopii zapasowej, podając jej hasło.',
      );
    }
    throw error;
  } finally {
    reader.close();
    for (const file of companions) {
      try {
        if (fs.statSync(file).size === 0 || file.endsWith('-shm')) fs.rmSync(file, { force: true });
      } catch {
        // not made
      }
    }
  }
}
