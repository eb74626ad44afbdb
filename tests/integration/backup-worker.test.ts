/**
 * The worker threads of the backup engine (electron/core/backup/worker.ts): AES-256-GCM and SHA-256 of whole
 * files on their own threads give exactly what node:crypto gives in one piece; every failure comes back as an
 * error with a code; a worker is stopped at once when asked; and the worker still runs when the engine is
 * bundled by esbuild into one CommonJS file, as the Electron main process is (scripts/build-electron.mjs).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { createTempDataDir, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';
import { progressCell, WorkerGroup } from '../../electron/core/backup/worker';
import { fillDatabase, PASSPHRASE } from './fixtures/backup-support';
import { REPO_ROOT } from './fixtures/backup-processes';

const temps: TempDataDir[] = [];
const tempDir = () => {
  const temp = createTempDataDir('ostoja-backup-worker-');
  temps.push(temp);
  return temp.dir;
};
afterAll(() => {
  for (const temp of temps) temp.cleanup();
});

const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);
const aad = Buffer.from('nagłówek kopii');

/** A file of `bytes` random bytes (not a multiple of the chunk size, so that the last chunk is a short one). */
function randomFile(bytes: number): { file: string; data: Buffer } {
  const file = path.join(tempDir(), 'plain.bin');
  const data = crypto.randomBytes(bytes);
  fs.writeFileSync(file, data);
  return { file, data };
}

/** Opens files for a test and closes them at the end, whatever happens. */
async function withFiles<T>(specs: [string, string][], run: (fds: number[]) => Promise<T>): Promise<T> {
  const fds = specs.map(([file, flags]) => fs.openSync(file, flags));
  try {
    return await run(fds);
  } finally {
    for (const fd of fds) fs.closeSync(fd);
  }
}

describe('the worker threads of the backup engine', () => {
  const SIZE = 5 * 1024 * 1024 + 12_345;

  it('encrypt + hash, then decrypt with a hash that follows it: the same bytes, tag and SHA-256 as node:crypto in one piece', async () => {
    const { file, data } = randomFile(SIZE);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(aad);
    const expected = Buffer.concat([cipher.update(data), cipher.final()]);
    const expectedTag = cipher.getAuthTag();
    const expectedSha = crypto.createHash('sha256').update(data).digest('hex');

    const encryptedFile = path.join(tempDir(), 'encrypted.bin');
    const HEADER = 100; // the ciphertext goes behind a header, as in a backup file
    const progress: number[] = [];
    const { tag, sha256 } = await withFiles([[file, 'r'], [encryptedFile, 'w+']], async ([input, output]) => {
      const workers = new WorkerGroup();
      try {
        const encrypted = workers.run(
          { kind: 'cipher', mode: 'encrypt', key, iv, aad, inFd: input!, inOffset: 0, outFd: output!, outOffset: HEADER, length: SIZE, flushEveryBytes: 1024 * 1024 },
          (done) => progress.push(done),
        );
        const hashed = workers.run({ kind: 'hash', fd: input!, offset: 0, length: SIZE });
        return { tag: (await workers.wait(encrypted)).tag, sha256: (await workers.wait(hashed)).sha256 };
      } finally {
        await workers.stop();
      }
    });
    expect(fs.readFileSync(encryptedFile).subarray(HEADER).equals(expected)).toBe(true); // (toEqual on megabytes is very slow)
    expect(Buffer.from(tag!).equals(expectedTag)).toBe(true);
    expect(sha256).toBe(expectedSha);
    expect(progress.at(-1)).toBe(SIZE);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const decryptedFile = path.join(tempDir(), 'decrypted.bin');
    const followed = await withFiles([[encryptedFile, 'r'], [decryptedFile, 'w+']], async ([input, output]) => {
      const workers = new WorkerGroup();
      try {
        const written = progressCell();
        const decrypted = workers.run({
          kind: 'cipher', mode: 'decrypt', key, iv, aad, tag: expectedTag, inFd: input!, inOffset: HEADER, outFd: output!, outOffset: 0, length: SIZE, written, flushEveryBytes: 0,
        });
        const hashed = workers.run({ kind: 'hash', fd: output!, offset: 0, length: SIZE, follow: written });
        await workers.wait(decrypted);
        return (await workers.wait(hashed)).sha256;
      } finally {
        await workers.stop();
      }
    });
    expect(followed).toBe(expectedSha);
    expect(fs.readFileSync(decryptedFile).equals(data)).toBe(true);
  });

  it('a tag that does not match: EAUTHTAG; input shorter than said: ESHORTREAD; a full disk: ENOSPC', async () => {
    const { file } = randomFile(SIZE);
    const run = (task: { tag?: Buffer; length?: number; diskFullAfterBytes?: number; mode?: 'encrypt' | 'decrypt' }) =>
      withFiles([[file, 'r'], [path.join(tempDir(), 'out.bin'), 'w']], async ([input, output]) => {
        const workers = new WorkerGroup();
        try {
          return await workers.wait(
            workers.run({
              kind: 'cipher', mode: task.mode ?? 'decrypt', key, iv, aad, tag: task.tag ?? crypto.randomBytes(16), inFd: input!, inOffset: 0, outFd: output!,
              outOffset: 0, length: task.length ?? SIZE, flushEveryBytes: 0, diskFullAfterBytes: task.diskFullAfterBytes,
            }),
          );
        } finally {
          await workers.stop();
        }
      });
    await expect(run({})).rejects.toMatchObject({ code: 'EAUTHTAG' });
    await expect(run({ length: SIZE + 1 })).rejects.toMatchObject({ code: 'ESHORTREAD' });
    await expect(run({ mode: 'encrypt', diskFullAfterBytes: 2 * 1024 * 1024 })).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('stop ends a worker at once (a hash waiting for a writer that never comes), and an abort fails the group', async () => {
    const { file } = randomFile(1024);
    await withFiles([[file, 'r']], async ([fd]) => {
      const controller = new AbortController();
      const workers = new WorkerGroup(controller.signal);
      const waiting = workers.run({ kind: 'hash', fd: fd!, offset: 0, length: 1024, follow: progressCell() });
      const outcome = workers.wait(waiting).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 200));
      controller.abort();
      expect(await outcome).toMatchObject({ code: 'ABORT_ERR' });
      const started = Date.now();
      await workers.stop();
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });
});

describe('bundled like the Electron main process', () => {
  it('a backup made and verified by the engine bundled by esbuild into one CommonJS file', async () => {
    const dir = tempDir();
    const bundle = path.join(dir, 'engine.cjs');
    // The same settings as scripts/build-electron.mjs; better-sqlite3-multiple-ciphers stays outside, in node_modules.
    await build({
      entryPoints: [path.join(REPO_ROOT, 'electron/core/backup/index.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
      logLevel: 'silent',
    });
    const database = path.join(dir, 'dane', 'ostoja.db');
    const handle = openDatabase({ file: database, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Spakowany', persons: 30, fillerMb: 10 });
    handle.close();

    const runner = path.join(dir, 'run.cjs');
    fs.writeFileSync(
      runner,
      `const engine = require(${JSON.stringify(bundle)});
       (async () => {
         const [database, out, passphrase, known] = process.argv.slice(2);
         const steps = new Set();
         const created = await engine.createBackup({ source: { file: database }, destinationDir: out, passphrase, programVersion: '0.1.0', onEvent: (e) => steps.add(e.step) });
         const verified = await engine.verifyBackup({ file: created.file, passphrase, knownSchemaVersion: Number(known) });
         console.log(JSON.stringify({ persons: verified.counts.persons, sha256: verified.manifest.sha256, steps: [...steps] }));
       })().catch((error) => { console.error(error); process.exit(1); });`,
    );
    const output = execFileSync(process.execPath, [runner, database, path.join(dir, 'kopie'), PASSPHRASE, String(knownSchemaVersion(MIGRATIONS_FOLDER))], {
      env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { persons: number; sha256: string; steps: string[] };
    expect(result.persons).toBe(30);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.steps).toEqual(['start', 'snapshot', 'check', 'encrypt', 'commit', 'committed', 'done']);
  }, 60_000);
});
