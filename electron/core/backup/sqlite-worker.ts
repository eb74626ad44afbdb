/**
 * The backup's SQLite work on a thread of its own: the online copy of the live database (VACUUM INTO), the facts
 * of the copy that go into the manifest, and integrity_check. Each is one long synchronous SQLite call (seconds on
 * a large database); on the main thread it would stop every other call of the program meanwhile, the other PCs
 * of the office included (issue 14). On a worker thread, with connections of its own, the main thread stays free.
 *
 * Like worker.ts, the worker's code is plain JavaScript in a string, started with `eval`, so that it runs the same
 * under tsx and vitest and in the esbuild bundle of the Electron main process. It loads the SQLite package by the
 * path the main thread resolved (a worker started from a string resolves nothing on its own) and the native
 * binding the program uses (Electron's build in the desktop program).
 *
 * The queries are the ones the main thread uses elsewhere (sqlite.ts: TABLES_QUERY, AUDIT_HEAD_QUERY), passed in
 * the task, so that what a backup counts and what a verify counts cannot drift apart.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { isPlainDatabaseFile } from '../../../db/cipher';
import { AUDIT_HEAD_QUERY, MMAP_BYTES, TABLES_QUERY, type SqliteOptions } from './sqlite';

/** The main file of the SQLite package, for the worker to load (inside app.asar: its unpacked copy). */
function sqlitePackagePath(): string {
  // In the CommonJS bundle of the desktop program `require` exists; under tsx and vitest (ES modules) it does not.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  return resolve('better-sqlite3-multiple-ciphers').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

interface SnapshotTask {
  kind: 'snapshot';
  source: string;
  destination: string;
}

interface IntegrityTask {
  kind: 'integrity';
  file: string;
}

type Task = (SnapshotTask | IntegrityTask) & {
  packagePath: string;
  nativeBinding: string | null;
  /** Hex of the database key, when the source is encrypted; never for the plain copy. */
  key: string | null;
  mmapBytes: number;
  tablesQuery: string;
  auditHeadQuery: string;
};

export interface SnapshotFacts {
  schemaVersion: number;
  applicationId: number;
  counts: Record<string, number>;
  auditHead: { id: number; hash: string } | null;
}

const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');

/** A plain file (the plain live database, or the copy). */
function open(Database, task, file, readonly) {
  const db = new Database(file, { fileMustExist: true, readonly, nativeBinding: task.nativeBinding || undefined });
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = ' + task.mmapBytes);
  return db;
}

function facts(db, task) {
  const counts = {};
  for (const table of db.prepare(task.tablesQuery).pluck().all()) {
    counts[table] = db.prepare('SELECT count(*) FROM "' + table.replace(/"/g, '""') + '"').pluck().get();
  }
  const hasAudit = Object.prototype.hasOwnProperty.call(counts, 'audit_log');
  const head = hasAudit ? db.prepare(task.auditHeadQuery).get() : undefined;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }),
    applicationId: db.pragma('application_id', { simple: true }),
    counts,
    auditHead: head ? { id: head.id, hash: head.hash } : null,
  };
}

parentPort.once('message', (task) => {
  try {
    const Database = require(task.packagePath);
    if (task.kind === 'snapshot') {
      // One statement, one read transaction: the copy is the database at one moment; writers go on (WAL).
      if (task.key) {
        // SQLite3MC writes VACUUM INTO's copy with the encryption of the connection's main database. The backup
        // needs the copy plain (the backup's own passphrase encrypts it next, so that it restores on another
        // computer): the live database is attached with its key to a connection whose main database is plain
        // (in memory), and that schema is vacuumed into the file: plain, in one pass.
        const reader = new Database(':memory:', { nativeBinding: task.nativeBinding || undefined });
        try {
          reader.pragma('temp_store = MEMORY');
          reader.pragma("cipher = 'chacha20'");
          reader.prepare('ATTACH ? AS live KEY ?').run(task.source, 'raw:' + task.key);
          reader.pragma('live.mmap_size = ' + task.mmapBytes);
          reader.pragma('live.synchronous = OFF'); // applies to the file VACUUM INTO writes: a temporary file
          reader.prepare('VACUUM live INTO ?').run(task.destination);
        } finally {
          reader.close();
        }
      } else {
        const reader = open(Database, task, task.source, true);
        try {
          reader.pragma('synchronous = OFF'); // applies to the file VACUUM INTO writes: a temporary file
          reader.prepare('VACUUM INTO ?').run(task.destination);
        } finally {
          reader.close();
        }
      }
      // Self-contained (rollback journal, no -wal beside it), so other threads may read its bytes meanwhile.
      const copy = open(Database, task, task.destination, false);
      try {
        copy.pragma('journal_mode = DELETE');
        parentPort.postMessage({ ok: true, value: facts(copy, task) });
      } finally {
        copy.close();
      }
    } else {
      const copy = open(Database, task, task.file, true);
      try {
        parentPort.postMessage({ ok: true, value: copy.pragma('integrity_check(20)').map((row) => row.integrity_check) });
      } finally {
        copy.close();
      }
    }
  } catch (error) {
    parentPort.postMessage({ ok: false, error: { message: error.message, code: error.code } });
  }
});
`;

function run<T>(task: SnapshotTask | IntegrityTask, options: SqliteOptions & { key: Buffer | null }): { result: Promise<T>; worker: Worker } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  const message: Task = {
    ...task,
    packagePath: sqlitePackagePath(),
    nativeBinding: options.nativeBinding ?? null,
    key: options.key ? options.key.toString('hex') : null,
    mmapBytes: MMAP_BYTES,
    tablesQuery: TABLES_QUERY,
    auditHeadQuery: AUDIT_HEAD_QUERY,
  };
  const result = new Promise<T>((resolve, reject) => {
    worker.once('message', (answer: { ok: true; value: T } | { ok: false; error: { message: string; code?: string } }) => {
      if (answer.ok) resolve(answer.value);
      else reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`wątek kopii zakończył się przedwcześnie (kod ${code})`)));
  });
  worker.postMessage(message);
  return { result, worker };
}

/**
 * VACUUM INTO `destination`, a plain file (the backup encrypts it with its own passphrase, so that it restores on
 * any computer), then the facts of the copy for the manifest. The live database is read with the key when it is
 * encrypted.
 */
export function snapshotOnWorker(source: string, destination: string, options: SqliteOptions): Promise<SnapshotFacts> {
  const key = options.databaseKey && !isPlainDatabaseFile(source) ? options.databaseKey : null;
  return run<SnapshotFacts>({ kind: 'snapshot', source, destination }, { ...options, key }).result;
}

/** integrity_check of a plain copy; SQLite's findings ("ok" alone when the copy is sound). */
export function integrityCheckOnWorker(file: string, options: SqliteOptions): Promise<string[]> {
  return run<string[]>({ kind: 'integrity', file }, { ...options, key: null }).result;
}
