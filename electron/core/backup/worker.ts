/**
 * The engine's bulk work on worker threads: AES-256-GCM over a byte range of one file into another, and SHA-256
 * of a byte range. The main thread stays free (IPC, timers, progress events) and, with a second core, does the
 * integrity_check of the same copy meanwhile; hashing and the cipher run side by side on their own threads.
 *
 * The worker's code is the string below, started with `new Worker(code, { eval: true })`. It needs nothing but
 * Node's built-in modules, so it runs the same under tsx and vitest (TypeScript sources), in the esbuild bundle
 * of the Electron main process (dist/electron/main.cjs: no second file to ship, no path to resolve inside
 * app.asar) and in the command line. It is plain JavaScript on purpose: the text of a compiled TypeScript
 * function (Function.prototype.toString) may refer to helpers that tsx, esbuild or a coverage tool put outside
 * it, which the worker would not have.
 *
 * SQLite stays on the main thread for the same reason: a worker would have to load better-sqlite3 and its native
 * binding by a path, from inside app.asar in the packaged program.
 *
 * Each worker does one task, sent as its first message, so that workers can be started ahead (prepare) while
 * scrypt or the online copy runs. Files are opened and closed by the main thread, which passes the descriptors
 * (they belong to the process, not to a thread); it closes them only after the workers have ended, so a worker
 * that is stopped half-way never writes into a descriptor that has been reused.
 */
import { Worker } from 'node:worker_threads';

/**
 * Bytes per read and per cipher call: a chunk (and the new buffer Node's cipher returns for it) should stay in
 * the processor's cache between the read, the cipher and the write. Measured on 485 MB (read + SHA-256 +
 * AES-GCM + write, one thread): 128 KiB and 256 KiB ≈ 0.7 s, 512 KiB ≈ 1.0 s, 1 MiB ≈ 1.2 s, 4 MiB ≈ 1.9 s.
 */
export const CHUNK_BYTES = 256 * 1024;
/** A progress event every 8 MiB. */
export const PROGRESS_BYTES = 8 * 1024 * 1024;

/** Where a writer publishes how far it has written (for a reader that follows it); one per pipeline. */
export function progressCell(): SharedArrayBuffer {
  return new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT);
}

export interface CipherTask {
  kind: 'cipher';
  mode: 'encrypt' | 'decrypt';
  key: Uint8Array;
  iv: Uint8Array;
  aad: Uint8Array;
  /** decrypt: the GCM tag to check at the end (the work fails with EAUTHTAG when it does not match). */
  tag?: Uint8Array;
  inFd: number;
  inOffset: number;
  outFd: number;
  outOffset: number;
  /** Bytes to read; the same number is written (GCM adds nothing but the tag, which the caller writes). */
  length: number;
  /** The number of bytes written so far is published here (for a hash that follows the output). */
  written?: SharedArrayBuffer;
  /**
   * Flush what has been written (fdatasync, in the background) every this many bytes, so that the final fsync
   * before the rename finds little left to write. 0: never.
   */
  flushEveryBytes: number;
  /** Tests only: writes fail with ENOSPC once this many bytes have been written. */
  diskFullAfterBytes?: number;
}

export interface HashTask {
  kind: 'hash';
  fd: number;
  offset: number;
  length: number;
  /** Hash only what a cipher task has published as written (the two run side by side on the same file). */
  follow?: SharedArrayBuffer;
}

export type WorkerTask = CipherTask | HashTask;

export interface CipherResult {
  /** encrypt: the GCM tag. */
  tag?: Uint8Array;
}

export interface HashResult {
  sha256: string;
}

const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');

const CHUNK_BYTES = ${CHUNK_BYTES};
const PROGRESS_BYTES = ${PROGRESS_BYTES};

function failure(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}

function readFully(fd, buffer, length, position) {
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

let task = null; // the one task of this worker, sent by the main thread
let writtenInTotal = 0;
function writeFully(fd, data, position) {
  if (task.diskFullAfterBytes !== undefined && writtenInTotal + data.length > task.diskFullAfterBytes) {
    const error = failure('ENOSPC', 'ENOSPC: no space left on device, write');
    error.errno = -28;
    error.syscall = 'write';
    throw error;
  }
  let done = 0;
  while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done, position + done);
  writtenInTotal += data.length;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function cipher() {
  const gcm = task.mode === 'encrypt'
    ? crypto.createCipheriv('aes-256-gcm', task.key, task.iv)
    : crypto.createDecipheriv('aes-256-gcm', task.key, task.iv);
  gcm.setAAD(task.aad);
  if (task.mode === 'decrypt') gcm.setAuthTag(task.tag);
  const published = task.written ? new BigInt64Array(task.written) : null;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let flushing = null;
  let flushError = null;
  let flushedAt = 0;
  let reportedAt = 0;
  let done = 0;
  while (done < task.length) {
    const want = Math.min(CHUNK_BYTES, task.length - done);
    const n = readFully(task.inFd, buffer, want, task.inOffset + done);
    if (n < want) throw failure('ESHORTREAD', 'the input ended ' + (task.length - done - n) + ' bytes early');
    const out = gcm.update(buffer.subarray(0, n));
    if (out.length !== n) throw new Error('AES-GCM returned ' + out.length + ' bytes for ' + n);
    writeFully(task.outFd, out, task.outOffset + done);
    done += n;
    if (published) {
      Atomics.store(published, 0, BigInt(done));
      Atomics.notify(published, 0);
    }
    if (done - reportedAt >= PROGRESS_BYTES || done === task.length) {
      reportedAt = done;
      parentPort.postMessage({ type: 'progress', done });
      if (task.flushEveryBytes > 0 && flushing === null && done - flushedAt >= task.flushEveryBytes) {
        flushedAt = done;
        flushing = new Promise((resolve) => fs.fdatasync(task.outFd, (error) => {
          if (error) flushError = error;
          flushing = null;
          resolve();
        }));
      }
      await turn(); // lets the flush's callback and the messages run
      if (flushError) throw flushError;
    }
  }
  let tail;
  try {
    tail = gcm.final();
  } catch (error) {
    throw failure('EAUTHTAG', 'the GCM tag does not match the content');
  }
  if (tail.length !== 0) throw new Error('unexpected AES-GCM output at the end');
  if (flushing) await flushing;
  if (flushError) throw flushError;
  return task.mode === 'encrypt' ? { tag: gcm.getAuthTag() } : {};
}

function hash() {
  const sha = crypto.createHash('sha256');
  const followed = task.follow ? new BigInt64Array(task.follow) : null;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let done = 0;
  while (done < task.length) {
    let available = task.length;
    if (followed) {
      for (;;) {
        const written = Atomics.load(followed, 0);
        if (Number(written) > done) {
          available = Math.min(task.length, Number(written));
          break;
        }
        Atomics.wait(followed, 0, written, 250);
      }
    }
    const want = Math.min(CHUNK_BYTES, available - done);
    const n = readFully(task.fd, buffer, want, task.offset + done);
    if (n < want) throw failure('ESHORTREAD', 'the input ended ' + (task.length - done - n) + ' bytes early');
    sha.update(buffer.subarray(0, n));
    done += n;
  }
  return { sha256: sha.digest('hex') };
}

parentPort.once('message', async (message) => {
  task = message;
  try {
    const result = task.kind === 'cipher' ? await cipher() : hash();
    parentPort.postMessage({ type: 'done', result });
  } catch (error) {
    const e = error || {};
    parentPort.postMessage({
      type: 'error',
      error: { message: String(e.message || e), code: e.code, errno: e.errno, syscall: e.syscall },
    });
  }
});
`;

type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; result: unknown }
  | { type: 'error'; error: { message: string; code?: string; errno?: number; syscall?: string } };

function abortError(): Error {
  return Object.assign(new Error('aborted'), { code: 'ABORT_ERR' });
}

/**
 * The workers of one backup operation. The first failure of any of them (or of a progress listener, or the
 * abort signal) fails the whole group: `wait` rejects with it. `stop` ends every worker and resolves when they
 * have all ended; call it (in a finally) before closing the descriptors they use.
 */
export class WorkerGroup {
  private readonly workers: Worker[] = [];
  /** Started ahead (see prepare), waiting for their task. */
  private readonly idle: Worker[] = [];
  private readonly failed: Promise<never>;
  private fail!: (error: unknown) => void;
  private readonly onAbort = () => this.fail(abortError());

  constructor(private readonly signal?: AbortSignal) {
    this.failed = new Promise<never>((_resolve, reject) => {
      this.fail = reject;
    });
    this.failed.catch(() => {}); // observed through wait(); never an unhandled rejection
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  private spawn(): Worker {
    // execArgv: []: nothing of the parent's loaders (tsx) is needed by a worker that only uses built-in modules.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    this.workers.push(worker);
    return worker;
  }

  /**
   * Starts `count` workers now, while the main thread does something else (a worker takes some 50 ms to start);
   * run() hands them their tasks.
   */
  prepare(count: number): void {
    for (let i = 0; i < count; i += 1) {
      const worker = this.spawn();
      worker.on('error', () => {}); // one that fails before it has a task is seen by run() (exit) or never used
      this.idle.push(worker);
    }
  }

  /** Starts a task. `onProgress` runs on the main thread (bytes done); if it throws, the group fails. */
  run(task: CipherTask, onProgress?: (done: number) => void): Promise<CipherResult>;
  run(task: HashTask, onProgress?: (done: number) => void): Promise<HashResult>;
  run(task: WorkerTask, onProgress?: (done: number) => void): Promise<unknown> {
    if (this.signal?.aborted) this.fail(abortError());
    const worker = this.idle.shift() ?? this.spawn();
    // Exactly the bytes of the keys and the header: a Buffer may be a view of a larger shared pool, and cloning
    // it would copy the whole pool into the worker.
    const message: WorkerTask =
      task.kind === 'cipher'
        ? { ...task, key: new Uint8Array(task.key), iv: new Uint8Array(task.iv), aad: new Uint8Array(task.aad), tag: task.tag && new Uint8Array(task.tag) }
        : task;
    const result = new Promise<unknown>((resolve, reject) => {
      let settled = false;
      const settle = (error: unknown, value?: unknown) => {
        if (settled) return;
        settled = true;
        if (error === undefined) {
          resolve(value);
        } else {
          reject(error);
          this.fail(error);
        }
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          try {
            onProgress?.(message.done);
          } catch (error) {
            settle(error);
          }
        } else if (message.type === 'done') {
          settle(undefined, message.result);
        } else {
          settle(Object.assign(new Error(message.error.message), message.error));
        }
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => settle(new Error(`wątek roboczy kopii zakończył się przedwcześnie (kod ${code})`)));
      if (worker.threadId === -1) settle(new Error('wątek roboczy kopii zakończył się przedwcześnie'));
      else worker.postMessage(message);
    });
    result.catch(() => {}); // observed through wait(); a task nobody waits for any more must not crash the process
    return result;
  }

  /** Waits for a task's result, or rejects as soon as anything in the group fails. */
  wait<T>(result: Promise<T>): Promise<T> {
    return Promise.race([result, this.failed]);
  }

  /** Ends every worker (a finished one has already ended) and waits until they all have. */
  async stop(): Promise<void> {
    this.signal?.removeEventListener('abort', this.onAbort);
    this.idle.length = 0;
    await Promise.all(this.workers.map((worker) => worker.terminate().catch(() => undefined)));
  }
}
