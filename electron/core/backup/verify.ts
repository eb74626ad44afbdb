/**
 * Verifying a backup: everything that can be checked without touching the live data, in the order that gives
 * the most useful message first.
 *
 *   header (magic, format, size) → key check (wrong passphrase) → header MAC (manifest altered) → schema version
 *   (newer program) → decrypt into a temporary plain file with the GCM tag (content altered) and SHA-256
 *   (checksum) → integrity_check, application_id, schema version and counts of the decrypted database.
 *
 * The decryption runs on a worker thread and SHA-256 on another, which reads the plain file right behind it;
 * integrity_check starts as soon as the tag has been checked (the content is authentic then), while the hash may
 * still be finishing. A checksum that does not match is reported before anything integrity_check found.
 *
 * The plain file is deleted afterwards, unless the caller (restore, drill) asks to keep it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveKeys, headerMac, keyCheck, sameBytes, TAG_BYTES } from './crypto';
import { emitter, type BackupEventListener, type BackupOperation, type Emit } from './events';
import { readHeader, type BackupManifest } from './format';
import { removeQuietly, throwIfAborted, type BackupIo } from './files';
import { BackupError, messages, toBackupError } from './messages';
import { inspectCopy, type DatabaseFacts, type SqliteOptions } from './sqlite';
import { progressCell, WorkerGroup } from './worker';

export interface VerifyBackupOptions extends SqliteOptions {
  file: string;
  passphrase: string;
  /** The schema version this program knows: knownSchemaVersion(migrationsFolder). */
  knownSchemaVersion: number;
  /** Where the temporary plain copy is made (a private folder inside it); the system's temporary folder by default. */
  workDir?: string;
  onEvent?: BackupEventListener;
  signal?: AbortSignal;
  /** Tests only: the write function. */
  io?: BackupIo;
}

export interface VerifiedBackup {
  file: string;
  /** Size of the backup file. */
  bytes: number;
  manifest: BackupManifest;
  /** What the decrypted database holds (equal to the manifest's, or verification fails). */
  schemaVersion: number;
  counts: Record<string, number>;
  durationMs: number;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Decrypts and checks the backup into `plainFile` (which must not exist). On success the file holds the plain,
 * checked database; on failure it is removed. Shared by verify, restore and drill.
 */
export async function decryptAndCheck(
  options: Omit<VerifyBackupOptions, 'onEvent' | 'workDir'>,
  plainFile: string,
  emit: Emit,
): Promise<VerifiedBackup & { facts: DatabaseFacts }> {
  const started = Date.now();
  const file = path.resolve(options.file);
  let where = file;
  let output: number | null = null;
  let input: number | null = null;
  let succeeded = false;
  let created = false;
  const workers = new WorkerGroup(options.signal);
  try {
    const header = readHeader(file);
    const { manifest } = header;

    emit('key');
    workers.prepare(2); // they start while scrypt runs
    const keys = await deriveKeys(options.passphrase, header.salt, header.kdf);
    if (!sameBytes(keyCheck(keys), header.keyCheck)) throw new BackupError('WRONG_PASSPHRASE', messages.wrongPassphrase());
    if (!sameBytes(headerMac(keys, header.macCovered), header.mac)) {
      throw new BackupError('DAMAGED', messages.damaged(file, 'opis kopii nie zgadza się z podpisem'));
    }
    if (manifest.schemaVersion > options.knownSchemaVersion) {
      throw new BackupError(
        'TOO_NEW',
        messages.schemaTooNew(file, manifest.schemaVersion, options.knownSchemaVersion, manifest.programVersion),
      );
    }
    throwIfAborted(options.signal);

    input = fs.openSync(file, 'r');
    const tag = Buffer.alloc(TAG_BYTES);
    if (fs.readSync(input, tag, 0, TAG_BYTES, header.headerBytes + manifest.databaseBytes) !== TAG_BYTES) {
      throw new BackupError('TRUNCATED', messages.truncated(file));
    }

    where = path.dirname(plainFile);
    output = fs.openSync(plainFile, 'wx+', 0o600); // read too: the hash follows the decryption through it
    created = true;
    const written = progressCell();
    const decrypted = workers.run(
      {
        kind: 'cipher',
        mode: 'decrypt',
        key: keys.encryptionKey,
        iv: header.iv,
        aad: header.aad,
        tag,
        inFd: input,
        inOffset: header.headerBytes,
        outFd: output,
        outOffset: 0,
        length: manifest.databaseBytes,
        written,
        flushEveryBytes: 0, // a temporary file: restore flushes it once it has been migrated
        diskFullAfterBytes: options.io?.diskFullAfterBytes,
      },
      (done) => {
        emit('decrypt', done, manifest.databaseBytes);
        throwIfAborted(options.signal);
      },
    );
    const hashed = workers.run({ kind: 'hash', fd: output, offset: 0, length: manifest.databaseBytes, follow: written });
    try {
      await workers.wait(decrypted);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EAUTHTAG') {
        throw new BackupError('DAMAGED', messages.damaged(file, 'zaszyfrowana zawartość nie zgadza się z podpisem'), { cause: error });
      }
      if (code === 'ESHORTREAD') throw new BackupError('TRUNCATED', messages.truncated(file), { cause: error });
      throw error;
    }
    throwIfAborted(options.signal);

    // The content is authentic (GCM tag): checked here while the hash of the same file may still be finishing.
    emit('check');
    let facts: DatabaseFacts | null = null;
    let checkFailure: unknown = null;
    try {
      facts = inspectCopy(plainFile, `w kopii ${file}`, { ...options, normalize: false });
    } catch (error) {
      checkFailure = error;
    }
    const { sha256 } = await workers.wait(hashed);
    await workers.stop();
    if (sha256 !== manifest.sha256) throw new BackupError('DAMAGED', messages.damaged(file, 'suma kontrolna'));
    if (checkFailure !== null || facts === null) throw checkFailure;
    fs.closeSync(output);
    output = null;
    fs.closeSync(input);
    input = null;

    if (facts.schemaVersion !== manifest.schemaVersion || !sameCounts(facts.counts, manifest.counts)) {
      throw new BackupError('DAMAGED', messages.damaged(file, 'zawartość nie zgadza się z opisem kopii'));
    }
    succeeded = true;
    return {
      file,
      bytes: header.expectedFileBytes,
      manifest,
      schemaVersion: facts.schemaVersion,
      counts: facts.counts,
      facts,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    throw toBackupError(error, where);
  } finally {
    await workers.stop(); // before the descriptors they use are closed
    for (const fd of [output, input]) {
      if (fd === null) continue;
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    if (!succeeded && created) removeQuietly(plainFile);
  }
}

/** A private temporary folder (mode 0700) for a plain copy outside the data folder. */
export function privateTempDir(workDir: string | undefined, prefix: string): string {
  const base = path.resolve(workDir ?? os.tmpdir());
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, prefix));
}

export async function verifyBackup(options: VerifyBackupOptions, operation: BackupOperation = 'verify'): Promise<VerifiedBackup> {
  const emit = emitter(operation, options.onEvent);
  emit('start');
  let dir: string;
  try {
    dir = privateTempDir(options.workDir, 'ostoja-verify-');
  } catch (error) {
    throw toBackupError(error, options.workDir ?? os.tmpdir());
  }
  try {
    const { facts: _facts, ...verified } = await decryptAndCheck(options, path.join(dir, 'backup.db'), emit);
    emit('done');
    return verified;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
