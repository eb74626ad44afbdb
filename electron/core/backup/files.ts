/** File-system steps shared by the engine: writing everything, flushing, renaming, temporary names. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The writes the engine does itself (SQLite writes its own files). Tests replace them to simulate a full disk
 * (a write that throws ENOSPC half-way) without needing a small file system.
 */
export interface BackupIo {
  /** Writes all of `data` at `position` of the open file: what the main thread writes (headers, the tag). */
  write(fd: number, data: Buffer, position: number): void;
  /**
   * The bulk of a backup (the encrypted or decrypted database) is written by a worker thread, to which a
   * function cannot be passed: there the full disk is simulated by this limit, ENOSPC once the worker has
   * written this many bytes.
   */
  diskFullAfterBytes?: number;
}

export const defaultIo: BackupIo = {
  write(fd, data, position) {
    let written = 0;
    while (written < data.length) {
      written += fs.writeSync(fd, data, written, data.length - written, position + written);
    }
  },
};

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a rename is durable only then). Windows cannot open a folder for that; NTFS
 * journals the rename itself, so there is nothing to do.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some network and FAT file systems refuse fsync on a folder; the rename has still happened.
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM' && code !== 'EISDIR' && code !== 'EBADF') throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * rename(2), atomic on one file system. On Windows an antivirus or the search indexer may hold the file for a
 * moment (EPERM, EACCES, EBUSY): retried for up to two seconds, as graceful-fs does, before giving up.
 */
export function renameAtomic(from: string, to: string): void {
  const deadline = Date.now() + 2000;
  for (;;) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/** Prefix of every temporary file the engine creates; hidden on Linux and macOS, never a backup's name. */
export const TEMP_PREFIX = '.ostoja-tmp-';

export function tempPath(dir: string, purpose: string, extension = '.tmp'): string {
  return path.join(dir, `${TEMP_PREFIX}${purpose}-${crypto.randomBytes(6).toString('hex')}${extension}`);
}

/** Removes a file and SQLite's companions of it; never throws (used on the way out of a failure). */
export function removeQuietly(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      fs.rmSync(file + suffix, { force: true });
    } catch {
      // best effort: a leftover temporary file is reported by nothing and removed by the next run
    }
  }
}

/**
 * Removes temporary files of earlier runs that were killed. Only those untouched for `olderThanMs`: another
 * backup may be writing its own right now (an automatic one and the command line at the same time).
 */
export function removeStaleTemporaryFiles(dir: string, now: number, olderThanMs = 15 * 60 * 1000): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > olderThanMs) fs.rmSync(file, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** Makes the folder (and its parents) if needed. */
export function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const error = new Error('aborted') as NodeJS.ErrnoException;
    error.code = 'ABORT_ERR';
    throw error;
  }
}

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
    let n: number;
    while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
