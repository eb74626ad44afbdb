/**
 * Restoring a backup, and undoing the last restore.
 *
 * Order of the steps (why a process killed at ANY moment leaves a database that opens, old or new):
 *
 *  1. Decrypt and check the backup into a temporary file in the data folder (same file system as ostoja.db,
 *     so that the final rename is atomic). Killed here: only a temporary file is left; the live files are
 *     untouched. The next run removes the leftover.
 *  2. Open the temporary file with openDatabase, which encrypts it with this computer's key (the backup's own
 *     passphrase only opened it): an older backup is migrated forward BEFORE it replaces
 *     anything (a failing migration leaves the live data alone); then switch it to the rollback journal,
 *     close it (no -wal is left beside it) and fsync it.
 *  3. Lock the live database: a connection in locking_mode=EXCLUSIVE takes BEGIN EXCLUSIVE. SQLite refuses
 *     while any other connection (the running program, even idle) has the file open: "database busy", nothing
 *     changed. From here to step 5 nobody else can open it.
 *  4. Safety copy: VACUUM INTO from the locked connection into safety/
 *     (temporary name, encrypted with the data folder's key like the live database, fsync, rename). Not a
 *     backup with a passphrase: undoing must not depend on remembering one. Killed here: a temporary
 *     file in safety/; the live database is untouched.
 *  5. Checkpoint: PRAGMA journal_mode=DELETE on the locked connection copies every WAL frame into ostoja.db and
 *     then deletes ostoja.db-wal (SQLite's own crash-safe procedure: the WAL is deleted only after the main file
 *     holds everything and is synced; killed in between, the next open replays the WAL again, harmlessly).
 *     Then the lock is released (close). Now ostoja.db alone is the whole old database.
 *  6. Before the rename: no -wal or -journal with content may exist (they would be replayed onto the NEW file
 *     and corrupt it); if one appeared (someone opened the database in the meantime) we stop, nothing changed.
 *     Empty -wal, -shm and -journal files are removed. Killed here: ostoja.db is the old database, complete.
 *  7. rename(temporary, ostoja.db) — atomic on the same file system (POSIX rename, Windows MoveFileEx with
 *     REPLACE_EXISTING) — then fsync of the folder. Killed before: old; after: new; never a mix, because
 *     neither file has a WAL or journal of its own at that moment.
 *  8. Open the new live database once with openDatabase (it is already migrated) to confirm and count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encryptInPlace, isPlainDatabaseFile, type SqliteDatabase } from '../../../db/cipher';
import { knownSchemaVersion, openDatabase } from '../../../db/open';
import { emitter, type BackupEventListener, type BackupOperation, type Emit } from './events';
import { compactTimestamp, type BackupManifest } from './format';
import {
  ensureDir,
  fsyncDir,
  fsyncFile,
  removeQuietly,
  renameAtomic,
  removeStaleTemporaryFiles,
  tempPath,
  throwIfAborted,
  type BackupIo,
} from './files';
import { BackupError, messages, toBackupError } from './messages';
import { countRows, inspectCopy, openSqlite, vacuumInto, type SqliteOptions } from './sqlite';
import { decryptAndCheck } from './verify';

export const SAFETY_FOLDER = 'safety';
export type SafetyKind = 'before-restore' | 'before-undo';
const SAFETY_NAME = /^ostoja-(before-restore|before-undo)-(\d{8}T\d{9}Z)\.db$/;

export interface ReplaceOptions extends SqliteOptions {
  /** The live database file: <data folder>/ostoja.db. */
  databaseFile: string;
  migrationsFolder: string;
  now?: () => Date;
  onEvent?: BackupEventListener;
  signal?: AbortSignal;
  /** Safety copies of each kind to keep (the newest); 2 by default. */
  keepSafetyCopies?: number;
  /**
   * Runs once the new data is checked and migrated, just before the live database is locked: the running
   * program finishes its calls and closes its connection here, so that a refused backup never disturbs it.
   */
  beforeReplace?: () => Promise<void>;
}

export interface RestoreBackupOptions extends ReplaceOptions {
  /** The backup file. */
  file: string;
  passphrase: string;
  /** Tests only: the write function. */
  io?: BackupIo;
}

export interface DatabaseSummary {
  schemaVersion: number;
  counts: Record<string, number>;
}

export interface ReplaceResult {
  /** The safety copy of the data as it was just before (null when there was no database). */
  safetyCopy: string | null;
  /** The old data could not be read as a database: its files were copied byte for byte into this folder. */
  damagedCopy: string | null;
  /** What the live database held before (null when there was none or it was unreadable). */
  previous: DatabaseSummary | null;
  /** What the live database holds now; schemaVersion after migration. */
  current: DatabaseSummary;
  /** The schema version the new data had before it was migrated. */
  migratedFrom: number;
}

export interface RestoreResult extends ReplaceResult {
  backup: { file: string; manifest: BackupManifest };
  durationMs: number;
}

export interface UndoResult extends ReplaceResult {
  /** The safety copy that was put back. */
  restoredFrom: string;
  durationMs: number;
}

export function safetyFolder(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), SAFETY_FOLDER);
}

export interface SafetyCopy {
  file: string;
  kind: SafetyKind;
  createdAt: Date;
}

/** Safety copies in the data folder, newest first. */
export function listSafetyCopies(databaseFile: string): SafetyCopy[] {
  const dir = safetyFolder(databaseFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const copies: SafetyCopy[] = [];
  for (const name of names) {
    const match = SAFETY_NAME.exec(name);
    if (!match) continue;
    const s = match[2]!;
    const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
    copies.push({ file: path.join(dir, name), kind: match[1] as SafetyKind, createdAt: new Date(iso) });
  }
  return copies.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.file.localeCompare(a.file));
}

const sqliteCode = (error: unknown) => (error as { code?: string } | null)?.code;
const unreadable = (error: unknown) => ['SQLITE_NOTADB', 'SQLITE_CORRUPT'].includes(sqliteCode(error) ?? '');

/** Step 3: the exclusive lock, or DATABASE_BUSY. */
function lockLive(databaseFile: string, options: SqliteOptions): SqliteDatabase {
  const db = openSqlite(databaseFile, options);
  try {
    db.pragma('busy_timeout = 2000');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The 16-byte header every SQLite database starts with. */
function looksLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const n = fs.readSync(fd, header, 0, 16, 0);
    return n === 0 || header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

function companions(file: string): string[] {
  return ['-wal', '-journal', '-shm'].map((suffix) => file + suffix);
}

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Keeps the newest `keep` safety copies of each kind. */
function pruneSafetyCopies(databaseFile: string, keep: number): void {
  const seen: Record<SafetyKind, number> = { 'before-restore': 0, 'before-undo': 0 };
  for (const copy of listSafetyCopies(databaseFile)) {
    seen[copy.kind] += 1;
    if (seen[copy.kind] > keep) fs.rmSync(copy.file, { force: true });
  }
}

/** Steps 2 (second half): the new file is migrated, self-contained (rollback journal) and flushed. */
function prepareNewFile(plainFile: string, options: ReplaceOptions): number {
  const handle = openDatabase({ file: plainFile, migrationsFolder: options.migrationsFolder, nativeBinding: options.nativeBinding, key: options.databaseKey });
  try {
    const mode = handle.sqlite.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`nie można przełączyć kopii w tryb dziennika (${String(mode)})`);
  } finally {
    handle.close();
  }
  for (const companion of companions(plainFile)) {
    if (hasContent(companion)) throw new Error(`po migracji został plik ${path.basename(companion)}`);
    fs.rmSync(companion, { force: true });
  }
  fsyncFile(plainFile);
  return handle.schemaVersion;
}

/** Steps 3–8: puts `plainFile` (checked, migrated) in place of the live database. */
async function replaceLiveDatabase(
  plainFile: string,
  safetyKind: SafetyKind,
  options: ReplaceOptions,
  emit: Emit,
): Promise<Omit<ReplaceResult, 'migratedFrom'>> {
  const databaseFile = path.resolve(options.databaseFile);
  const dataDir = path.dirname(databaseFile);
  const now = options.now ?? (() => new Date());
  const safetyDir = safetyFolder(databaseFile);
  let safetyCopy: string | null = null;
  let damagedCopy: string | null = null;
  let previous: DatabaseSummary | null = null;

  /** The old data cannot be read as a database (that may be why it is being restored): its files are kept
   *  byte for byte for a specialist, before anything else touches them. */
  const keepDamaged = () => {
    damagedCopy = path.join(safetyDir, `ostoja-damaged-${compactTimestamp(now())}`);
    ensureDir(damagedCopy);
    for (const file of [databaseFile, ...companions(databaseFile)]) {
      if (fs.existsSync(file)) fs.copyFileSync(file, path.join(damagedCopy, path.basename(file)));
    }
    fsyncDir(damagedCopy);
  };

  // Without a key, a file that is not plain SQLite is not even asked (opening it might reset a -wal beside it);
  // with one, an encrypted database is read with it, and one it does not open is kept as damaged below.
  if (fs.existsSync(databaseFile) && !looksLikeSqlite(databaseFile) && !options.databaseKey) {
    keepDamaged();
  } else if (fs.existsSync(databaseFile)) {
    emit('lock');
    let lock: SqliteDatabase | null = null;
    try {
      lock = lockLive(databaseFile, options);
      previous = { schemaVersion: lock.pragma('user_version', { simple: true }) as number, counts: countRows(lock) };
      emit('safety-copy');
      ensureDir(safetyDir);
      const temporary = tempPath(safetyDir, 'safety', '.db');
      try {
        emit('safety-copy', 0, 1);
        vacuumInto(lock, temporary); // encrypted with the live database's key
        emit('safety-copy', 1, 1);
        const copy = openSqlite(temporary, options);
        try {
          copy.pragma('journal_mode = DELETE');
          // A plain live database (not yet encrypted) gives a plain copy: encrypted here, as the live one will be.
          if (options.databaseKey && isPlainDatabaseFile(temporary)) encryptInPlace(copy, options.databaseKey);
        } finally {
          copy.close();
        }
        fsyncFile(temporary);
        const final = path.join(safetyDir, `ostoja-${safetyKind}-${compactTimestamp(now())}.db`);
        renameAtomic(temporary, final);
        fsyncDir(safetyDir);
        safetyCopy = final;
      } finally {
        removeQuietly(temporary);
      }
      throwIfAborted(options.signal);
      emit('checkpoint');
      const mode = lock.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') throw new Error(`nie można zamknąć dziennika WAL obecnej bazy (${String(mode)})`);
    } catch (error) {
      if (!unreadable(error)) throw error;
      previous = null;
      safetyCopy = null;
      keepDamaged(); // while the lock is still held: nobody changes the files under the copy
    } finally {
      lock?.close();
    }
  } else {
    // No database, but perhaps a -wal or -journal of a deleted one: replayed onto the new file it would corrupt
    // it. Moved aside (not deleted) into the safety folder.
    for (const companion of companions(databaseFile)) {
      if (!fs.existsSync(companion)) continue;
      if (!hasContent(companion)) {
        fs.rmSync(companion, { force: true });
        continue;
      }
      ensureDir(safetyDir);
      renameAtomic(companion, path.join(safetyDir, `orphan-${compactTimestamp(now())}-${path.basename(companion)}`));
    }
  }

  // The damaged files are kept in the safety folder; their -wal or -journal must not meet the new file.
  if (damagedCopy) for (const companion of companions(databaseFile)) fs.rmSync(companion, { force: true });

  // Step 6.
  for (const companion of companions(databaseFile)) {
    if (hasContent(companion) && !companion.endsWith('-shm')) throw new BackupError('DATABASE_BUSY', messages.busy(databaseFile));
  }
  for (const companion of companions(databaseFile)) fs.rmSync(companion, { force: true });

  // Step 7.
  throwIfAborted(options.signal);
  emit('swap');
  renameAtomic(plainFile, databaseFile);
  fsyncDir(dataDir);
  emit('swapped');

  // Step 8. The data has been replaced: a failure from here on must not claim that nothing changed.
  emit('reopen');
  let current: DatabaseSummary;
  try {
    const handle = openDatabase({ file: databaseFile, migrationsFolder: options.migrationsFolder, nativeBinding: options.nativeBinding, key: options.databaseKey });
    try {
      current = { schemaVersion: handle.schemaVersion, counts: countRows(handle.sqlite) };
    } finally {
      handle.close();
    }
  } catch (error) {
    throw new BackupError('INTERNAL', messages.reopenFailed(databaseFile, (error as Error).message), { cause: error });
  }
  try {
    pruneSafetyCopies(databaseFile, options.keepSafetyCopies ?? 2);
  } catch {
    // an old safety copy that cannot be removed is no reason to report a failed restore
  }
  return { safetyCopy, damagedCopy, previous, current };
}

/**
 * Restores a backup over the live database. The caller must have closed its own connection to the live
 * database first (the service: close the core's database, restore, open it again); any other open connection
 * makes this refuse with DATABASE_BUSY and change nothing.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoreResult> {
  return runReplace('restore', options, async (plainFile, emit) => {
    const verified = await decryptAndCheck({ ...options, knownSchemaVersion: knownSchemaVersion(options.migrationsFolder) }, plainFile, emit);
    return { schemaVersion: verified.schemaVersion, extra: { backup: { file: verified.file, manifest: verified.manifest } } };
  });
}

/**
 * The safety copy an undo would put back: the newest "before-restore" one, unless an undo came after it (then
 * that restore is undone already, and a second undo would only bring the same data back). Null: nothing to undo.
 */
export function undoableRestore(databaseFile: string): SafetyCopy | null {
  const copies = listSafetyCopies(databaseFile);
  const newest = copies[0];
  return newest?.kind === 'before-restore' ? newest : null;
}

/** Puts the newest "before-restore" safety copy back, the same way (and keeps a safety copy of what it replaces). */
export async function undoLastRestore(options: ReplaceOptions): Promise<UndoResult> {
  const latest = undoableRestore(options.databaseFile);
  if (!latest) throw new BackupError('NO_SAFETY_COPY', messages.noSafetyCopy(safetyFolder(options.databaseFile)));
  return runReplace('undo-restore', options, async (plainFile, emit) => {
    const source = openSqlite(latest.file, { ...options, readonly: true });
    try {
      emit('snapshot', 0, 1);
      vacuumInto(source, plainFile); // encrypted like the safety copy; openDatabase then opens it with the key
      emit('snapshot', 1, 1);
    } finally {
      source.close();
    }
    emit('check');
    const facts = inspectCopy(plainFile, `(kopia bezpieczeństwa ${latest.file})`, { ...options, normalize: true });
    const known = knownSchemaVersion(options.migrationsFolder);
    if (facts.schemaVersion > known) {
      throw new BackupError('TOO_NEW', messages.schemaTooNew(latest.file, facts.schemaVersion, known));
    }
    return { schemaVersion: facts.schemaVersion, extra: { restoredFrom: latest.file } };
  });
}

async function runReplace<Extra extends object>(
  operation: BackupOperation,
  options: ReplaceOptions,
  produce: (plainFile: string, emit: Emit) => Promise<{ schemaVersion: number; extra: Extra }>,
): Promise<ReplaceResult & Extra & { durationMs: number }> {
  const started = Date.now();
  const emit = emitter(operation, options.onEvent);
  const databaseFile = path.resolve(options.databaseFile);
  const dataDir = path.dirname(databaseFile);
  emit('start');
  let plainFile: string | null = null;
  let where = dataDir;
  try {
    ensureDir(dataDir);
    removeStaleTemporaryFiles(dataDir, Date.now());
    plainFile = tempPath(dataDir, operation, '.db');
    const produced = await produce(plainFile, emit);
    throwIfAborted(options.signal);
    emit('migrate');
    prepareNewFile(plainFile, options);
    where = dataDir;
    await options.beforeReplace?.();
    const replaced = await replaceLiveDatabase(plainFile, operation === 'restore' ? 'before-restore' : 'before-undo', options, emit);
    plainFile = null; // it is the live database now
    emit('done');
    return { ...replaced, migratedFrom: produced.schemaVersion, ...produced.extra, durationMs: Date.now() - started };
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_BUSY' || sqliteCode(error) === 'SQLITE_LOCKED') {
      throw new BackupError('DATABASE_BUSY', messages.busy(databaseFile), { cause: error });
    }
    throw toBackupError(error, where);
  } finally {
    if (plainFile) removeQuietly(plainFile);
  }
}
