import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

/** Written into every Ostoja database (PRAGMA application_id), so that a foreign SQLite file is recognised. */
export const OSTOJA_APPLICATION_ID = 0x4f53544a; // "OSTJ"

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI); Node's own build otherwise. */
  nativeBinding?: string;
}

export interface DatabaseHandle {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Number of migrations applied: the schema version this program wrote. */
  schemaVersion: number;
  close(): void;
}

/** A database that this program must not open; the message is for the person in front of the screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'too-new' | 'not-ostoja' | 'unreadable',
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
  const sqlite = new Database(options.file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`application_id = ${OSTOJA_APPLICATION_ID}`);
    const db = drizzle(sqlite, { schema });
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
    const header = readHeaderValues(options.file);
    if (header) ({ applicationId, userVersion, schemaCookie } = header);
    // A -wal file left by a program that did not close the database may hold a newer header: ask SQLite then
    // (the -wal file exists already, so a read-only connection creates none and changes neither file).
    const wal = `${options.file}-wal`;
    if (header && fs.existsSync(wal) && fs.statSync(wal).size > 0) {
      const probe = new Database(options.file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
      try {
        applicationId = probe.pragma('application_id', { simple: true }) as number;
        userVersion = probe.pragma('user_version', { simple: true }) as number;
        schemaCookie = probe.pragma('schema_version', { simple: true }) as number;
      } finally {
        probe.close();
      }
    }
  } catch (error) {
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
