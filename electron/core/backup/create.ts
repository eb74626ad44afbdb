/**
 * Creating a backup: an online copy of the live database, checked, then encrypted into a file that appears
 * under its final name only when it is complete.
 *
 *  1. An empty temporary file is created in the destination first, so that an unwritable folder is reported
 *     before any work.
 *  2. VACUUM INTO copies the live database (read with this computer's key), as it was at one moment (one
 *     statement of a read-only connection of its own, on a worker thread: sqlite-worker.ts), into a temporary
 *     plain file in the data folder (never into the destination: a plain copy must not be left on a USB stick or
 *     a network share if the process dies). It is plain because the backup carries its own passphrase and must
 *     restore on another computer; it is not flushed and only lives until the encrypted file is written.
 *  3. On that worker the copy is switched to the rollback journal and application_id, schema version, the counts
 *     of every table and the audit head are read (the manifest). Then three things run side by side, each on a
 *     worker thread reading the same copy, so that the program keeps answering meanwhile: integrity_check,
 *     AES-256-GCM into the temporary backup file behind a placeholder header, and SHA-256 (see worker.ts). Then
 *     the tag and the real header (manifest with the checksum, and its MAC) are written. integrity_check must
 *     pass, or nothing is kept.
 *  4. fsync (most of the file is already on disk: the worker flushes as it goes), rename to the final name,
 *     fsync of the folder, and only then the magic "OSTOJA-BACKUP" (fsync).
 *  Any failure removes the temporary files; the live database is only ever read.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { deriveKeys, DEFAULT_KDF, headerMac, IV_BYTES, keyCheck, MAC_BYTES, SALT_BYTES, TAG_BYTES, type KdfParams } from './crypto';
import { emitter, type BackupEventListener } from './events';
import {
  backupFileName,
  BACKUP_EXTENSION,
  encodeHeaderBody,
  headerLength,
  MAGIC,
  MAGIC_WRITING,
  manifestJson,
  type BackupManifest,
} from './format';
import {
  defaultIo,
  ensureDir,
  fsyncDir,
  removeQuietly,
  renameAtomic,
  removeStaleTemporaryFiles,
  tempPath,
  throwIfAborted,
  type BackupIo,
} from './files';
import { BackupError, messages, toBackupError } from './messages';
import type { SqliteDatabase } from '../../../db/cipher';
import { OSTOJA_APPLICATION_ID } from '../../../db/open';
import { type SqliteOptions } from './sqlite';
import { integrityCheckOnWorker, snapshotOnWorker } from './sqlite-worker';
import { WorkerGroup } from './worker';

export interface CreateBackupOptions extends SqliteOptions {
  /**
   * The program's own connection while it runs (the service passes core.database.sqlite), or the database file
   * when the program is not running (the command line opens it read-only).
   */
  source: { connection: SqliteDatabase } | { file: string };
  /** Folder of the backup file; made if missing. */
  destinationDir: string;
  passphrase: string;
  /** The version of this program (package.json), written into the manifest. */
  programVersion: string;
  /** Where the temporary plain copy is made; the live database's folder by default. */
  workDir?: string;
  now?: () => Date;
  onEvent?: BackupEventListener;
  signal?: AbortSignal;
  /** Tests only: the write function (to simulate a full disk). */
  io?: BackupIo;
  /** Tests only: scrypt parameters. */
  kdf?: KdfParams;
}

export interface CreatedBackup {
  file: string;
  fileName: string;
  /** Size of the backup file. */
  bytes: number;
  manifest: BackupManifest;
  durationMs: number;
}

const fsync = promisify(fs.fsync);

/** The worker flushes the backup file every this many bytes while it writes (see CipherTask.flushEveryBytes). */
const FLUSH_EVERY_BYTES = 64 * 1024 * 1024;

function sourceFileOf(source: CreateBackupOptions['source']): string {
  if ('file' in source) return path.resolve(source.file);
  const name = source.connection.name;
  if (!name || name === ':memory:' || source.connection.memory) {
    throw new BackupError('NO_DATABASE', messages.noDatabase('(baza w pamięci)'));
  }
  return path.resolve(name);
}

function freeFinalName(dir: string, date: Date): string {
  const base = backupFileName(date);
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : base.replace(BACKUP_EXTENSION, `-${n}${BACKUP_EXTENSION}`);
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const started = Date.now();
  const emit = emitter('create', options.onEvent);
  const io = options.io ?? defaultIo;
  const now = options.now ?? (() => new Date());
  if (options.passphrase.length === 0) throw new BackupError('EMPTY_PASSPHRASE', messages.emptyPassphrase());

  const sourceFile = sourceFileOf(options.source);
  if ('file' in options.source && !fs.existsSync(sourceFile)) {
    throw new BackupError('NO_DATABASE', messages.noDatabase(path.dirname(sourceFile)));
  }
  const destinationDir = path.resolve(options.destinationDir);
  const workDir = path.resolve(options.workDir ?? path.dirname(sourceFile));
  emit('start');

  // scrypt runs on libuv's thread pool: started now, it is ready by the time the copy has been checked.
  const kdf = options.kdf ?? DEFAULT_KDF;
  const salt = crypto.randomBytes(SALT_BYTES);
  const iv = crypto.randomBytes(IV_BYTES);
  const keysPromise = deriveKeys(options.passphrase, salt, kdf);
  keysPromise.catch(() => {}); // awaited below; a failure before that must not be an unhandled rejection

  let where = destinationDir; // the folder named in a "disk full" or "not writable" message
  let output: string | null = null; // the file in the destination to remove if anything fails
  let snapshot: string | null = null;
  let fd: number | null = null;
  let input: number | null = null;
  const workers = new WorkerGroup(options.signal);
  try {
    workers.prepare(2); // they start while the copy is made
    ensureDir(destinationDir);
    removeStaleTemporaryFiles(destinationDir, Date.now());
    output = tempPath(destinationDir, 'backup', BACKUP_EXTENSION + '.tmp');
    fd = fs.openSync(output, 'wx', 0o600);
    io.write(fd, MAGIC_WRITING, 0);

    // 2. The online copy, at one moment, through a connection of its own on a worker thread (also when the
    // program's connection is given), with the facts of the copy for the manifest.
    where = workDir;
    removeStaleTemporaryFiles(workDir, Date.now());
    snapshot = tempPath(workDir, 'snapshot', '.db');
    emit('snapshot', 0, 1);
    const facts = await snapshotOnWorker(sourceFile, snapshot, options);
    emit('snapshot', 1, 1);
    throwIfAborted(options.signal);

    // 3. What the manifest says about the copy.
    emit('check');
    const what = `(kopia ${sourceFile})`;
    if (facts.applicationId !== OSTOJA_APPLICATION_ID) throw new BackupError('BAD_DATABASE', messages.notOstojaDatabase(what));
    const databaseBytes = fs.statSync(snapshot).size;
    const createdAt = now();
    const manifest: BackupManifest = {
      application: 'Ostoja',
      programVersion: options.programVersion,
      schemaVersion: facts.schemaVersion,
      createdAt: createdAt.toISOString(),
      databaseBytes,
      sha256: '0'.repeat(64),
      counts: facts.counts,
      ...(facts.auditHead ? { auditHead: facts.auditHead } : {}),
    };
    const keys = await keysPromise;
    const check = keyCheck(keys);
    const placeholder = encodeHeaderBody({ kdf, salt, iv, keyCheck: check, manifest: manifestJson(manifest) });
    const headerBytes = headerLength(placeholder.body.length - placeholder.aad.length);
    where = destinationDir;
    io.write(fd, Buffer.concat([placeholder.body, Buffer.alloc(MAC_BYTES)]), MAGIC_WRITING.length);

    // Side by side, each on a worker thread: encryption, SHA-256 and integrity_check; all three only read the copy.
    input = fs.openSync(snapshot, 'r');
    const checked = integrityCheckOnWorker(snapshot, options);
    checked.catch(() => {}); // awaited below; a failure of the cipher first must not leave it unhandled
    const encrypted = workers.run(
      {
        kind: 'cipher',
        mode: 'encrypt',
        key: keys.encryptionKey,
        iv,
        aad: placeholder.aad,
        inFd: input,
        inOffset: 0,
        outFd: fd,
        outOffset: headerBytes,
        length: databaseBytes,
        flushEveryBytes: FLUSH_EVERY_BYTES,
        diskFullAfterBytes: io.diskFullAfterBytes,
      },
      (done) => {
        emit('encrypt', done, databaseBytes);
        throwIfAborted(options.signal);
      },
    );
    const hashed = workers.run({ kind: 'hash', fd: input, offset: 0, length: databaseBytes });
    const findings = await checked;
    if (findings.length !== 1 || findings[0] !== 'ok') throw new BackupError('BAD_DATABASE', messages.integrity(what, findings.join('; ')));
    const { tag } = await workers.wait(encrypted);
    const { sha256 } = await workers.wait(hashed);
    await workers.stop();
    throwIfAborted(options.signal);
    if (!tag || tag.length !== TAG_BYTES) throw new Error('brak znacznika uwierzytelniającego szyfrowania');
    if (fs.fstatSync(input).size !== databaseBytes) throw new Error('kopia zmieniła rozmiar w trakcie szyfrowania');
    io.write(fd, Buffer.from(tag), headerBytes + databaseBytes);

    manifest.sha256 = sha256;
    const header = encodeHeaderBody({ kdf, salt, iv, keyCheck: check, manifest: manifestJson(manifest) });
    if (header.body.length !== placeholder.body.length) throw new Error('długość opisu kopii zmieniła się');
    io.write(fd, Buffer.concat([header.body, headerMac(keys, header.body)]), MAGIC_WRITING.length);

    // 4. Flush, rename, mark finished. The flushes run on libuv's threads: the rest of the file may still be
    // tens of megabytes to write, and this thread keeps answering the program's calls meanwhile.
    await fsync(fd);
    fs.closeSync(fd);
    fd = null;
    emit('commit');
    const fileName = freeFinalName(destinationDir, createdAt);
    const file = path.join(destinationDir, fileName);
    renameAtomic(output, file);
    output = file;
    fsyncDir(destinationDir);
    emit('committed');
    fd = fs.openSync(file, 'r+');
    io.write(fd, MAGIC, 0);
    await fsync(fd);
    fs.closeSync(fd);
    fd = null;
    output = null;
    const bytes = fs.statSync(file).size;
    emit('done');
    return { file, fileName, bytes, manifest, durationMs: Date.now() - started };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new BackupError('BAD_DATABASE', messages.integrity(sourceFile, (error as Error).message), { cause: error });
    }
    throw toBackupError(error, where);
  } finally {
    await workers.stop(); // before the descriptors they use are closed
    for (const descriptor of [fd, input]) {
      if (descriptor === null) continue;
      try {
        fs.closeSync(descriptor);
      } catch {
        // already closed
      }
    }
    if (output) removeQuietly(output);
    if (snapshot) removeQuietly(snapshot);
  }
}
