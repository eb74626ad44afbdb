/** SQLite steps of the engine: the online copy, the checks of a copy, the counts of every table. */
import Database from 'better-sqlite3';
import { OSTOJA_APPLICATION_ID } from '../../../db/open';
import { BackupError, messages } from './messages';

export interface SqliteOptions {
  /** better_sqlite3.node built for Electron's ABI; Node's own build otherwise. */
  nativeBinding?: string;
}

export function openSqlite(file: string, options: SqliteOptions & { readonly?: boolean } = {}): Database.Database {
  return new Database(file, { fileMustExist: true, readonly: options.readonly ?? false, nativeBinding: options.nativeBinding });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rows of every ordinary table, found in the schema (not a fixed list), so that tables added by later
 * migrations are counted too. SQLite's own tables, FTS index shadow tables and virtual tables are left out:
 * they repeat what the ordinary tables hold.
 */
export function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
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
 * Checks a plain copy (never the live database): integrity_check, Ostoja's application_id, and reads the schema
 * version and the counts. `normalize` first switches the copy to the rollback journal, so that the copy is
 * one self-contained file (no -wal beside it) whose bytes do not change when it is opened again.
 */
export function inspectCopy(file: string, what: string, options: SqliteOptions & { normalize: boolean }): DatabaseFacts {
  let db: Database.Database;
  try {
    db = openSqlite(file, { ...options, readonly: !options.normalize });
  } catch (error) {
    throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
  }
  try {
    if (options.normalize) db.pragma('journal_mode = DELETE');
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      throw new BackupError('BAD_DATABASE', messages.integrity(what, rows.map((row) => row.integrity_check).join('; ')));
    }
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== OSTOJA_APPLICATION_ID) throw new BackupError('BAD_DATABASE', messages.notOstojaDatabase(what));
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, applicationId, counts: countRows(db) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new BackupError('BAD_DATABASE', messages.integrity(what, (error as Error).message), { cause: error });
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * An online copy through SQLite's backup API, in steps so that the event loop keeps running between them.
 * When another connection writes, SQLite restarts the copy from the first page (the result is then still one
 * consistent moment); after a few restarts the rest is copied in one step, which holds a read transaction to
 * the end: in WAL mode that does not stop the writers, and the copy cannot be starved.
 * A copy taken through the program's own connection is kept up to date by SQLite when that connection writes.
 */
export async function onlineCopy(
  source: Database.Database,
  destination: string,
  onPages: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  let lastRemaining = Number.POSITIVE_INFINITY;
  let stalls = 0;
  let steps = 0;
  await source.backup(destination, {
    progress({ totalPages, remainingPages }) {
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { code: 'ABORT_ERR' });
      // A step that did not bring the end nearer means SQLite started over (another connection wrote).
      if (remainingPages >= lastRemaining) stalls += 1;
      lastRemaining = remainingPages;
      steps += 1;
      onPages(totalPages - remainingPages, totalPages);
      if (stalls >= 3 || steps >= 200) return 0x7fffffff;
      return Math.max(1024, Math.ceil(totalPages / 40)); // at least 4 MiB per step, at most ~40 steps
    },
  });
}
