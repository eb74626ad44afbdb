/** SQLite steps of the engine: the online copy, the checks of a copy, the counts of every table. */
import { openSqliteFile, type SqliteDatabase } from '../../../db/cipher';
import { OSTOJA_APPLICATION_ID } from '../../../db/open';
import { BackupError, messages } from './messages';

export interface SqliteOptions {
  /** better_sqlite3.node built for Electron's ABI; Node's own build otherwise. */
  nativeBinding?: string | undefined;
  /**
   * The data folder's database key (db/cipher.ts): an encrypted file is opened with it, and what is written
   * beside the live database (a restored database, a safety copy) is encrypted with it. A plain file (a
   * decrypted backup being checked) is read plain whether or not a key is given.
   */
  databaseKey?: Buffer | undefined;
}

export function openSqlite(file: string, options: SqliteOptions & { readonly?: boolean } = {}): SqliteDatabase {
  return openSqliteFile(file, { fileMustExist: true, readonly: options.readonly ?? false, nativeBinding: options.nativeBinding, key: options.databaseKey });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rows of every ordinary table, found in the schema (not a fixed list), so that tables added by later
 * migrations are counted too. SQLite's own tables, FTS index shadow tables and virtual tables are left out:
 * they repeat what the ordinary tables hold.
 */
export const TABLES_QUERY =
  "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

/** The last audit entry, for a backup's manifest (see electron/core/audit-chain.ts). */
export const AUDIT_HEAD_QUERY = 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1';

export function countRows(db: SqliteDatabase): Record<string, number> {
  const tables = db.prepare(TABLES_QUERY).pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM ${quote(table)}`).pluck().get() as number;
  }
  return counts;
}

export interface DatabaseFacts {
  schemaVersion: number;
  applicationId: number;
  counts: Record<string, number>;
}

/**
 * Reads of a copy, and of the live database by the connection that makes the online copy, go through a memory
 * map: SQLite then takes pages straight from the operating system's cache instead of one read call per page
 * (500 MB: integrity_check about twice as fast, the online copy a fifth faster). Only reads use the map; SQLite
 * still writes with ordinary calls. SQLite caps it at its own maximum (2 GB by default); a larger database is
 * read the ordinary way beyond that.
 */
export const MMAP_BYTES = 2 ** 31 - 2 ** 16;

const corrupt = (error: unknown) => ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes((error as { code?: string } | null)?.code ?? '');

/**
 * Opens a plain copy (never the live database) for the checks. `normalize` first switches the copy to the
 * rollback journal, so that the copy is one self-contained file (no -wal beside it) whose bytes do not change
 * when it is opened again; after that nothing here writes to it, so other threads may read the file meanwhile.
 */
export function openCopy(file: string, what: string, options: SqliteOptions & { normalize: boolean }): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = openSqlite(file, { ...options, readonly: !options.normalize });
  } catch (error) {
    throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
  }
  try {
    if (options.normalize) db.pragma('journal_mode = DELETE');
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    return db;
  } catch (error) {
    db.close();
    if (corrupt(error)) throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
    throw error;
  }
}

/** PRAGMA integrity_check of an open copy; BAD_DATABASE with SQLite's findings when it is not "ok". */
export function checkIntegrity(db: SqliteDatabase, what: string): void {
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  } catch (error) {
    if (corrupt(error)) throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
    throw error;
  }
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new BackupError('BAD_DATABASE', messages.integrity(what, rows.map((row) => row.integrity_check).join('; ')));
  }
}

/**
 * Ostoja's application_id, the schema version and the counts of an open copy. A copy so damaged that counting
 * fails is reported with integrity_check's findings (the more useful message).
 */
export function readFacts(db: SqliteDatabase, what: string): DatabaseFacts {
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== OSTOJA_APPLICATION_ID) throw new BackupError('BAD_DATABASE', messages.notOstojaDatabase(what));
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, applicationId, counts: countRows(db) };
  } catch (error) {
    if (!corrupt(error)) throw error;
    checkIntegrity(db, what);
    throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
  }
}

/**
 * Checks a plain copy (never the live database): integrity_check, Ostoja's application_id, and reads the schema
 * version and the counts. `normalize` as in openCopy.
 */
export function inspectCopy(file: string, what: string, options: SqliteOptions & { normalize: boolean }): DatabaseFacts {
  const db = openCopy(file, what, options);
  try {
    checkIntegrity(db, what);
    return readFacts(db, what);
  } finally {
    db.close();
  }
}

/**
 * A copy of `source` as it is at one moment (one statement, one read transaction), written to `destination`
 * (which must not exist), compact and in the rollback journal mode. SQLite3 Multiple Ciphers writes it encrypted
 * with the source's key, or plain from a plain source: a copy of the encrypted live database is never plain.
 * (SQLite's online backup API, used before, refuses to copy between an encrypted and a plain database.) One
 * statement cannot report progress: the caller reports the start and the end.
 */
export function vacuumInto(source: SqliteDatabase, destination: string): void {
  source.prepare('VACUUM INTO ?').run(destination);
}
