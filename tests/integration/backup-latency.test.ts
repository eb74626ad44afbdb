/**
 * Issue 14: while the main PC makes its backup of a large database, the other calls keep answering. The copy
 * (VACUUM INTO), the facts of the copy and integrity_check run on worker threads with connections of their own
 * (electron/core/backup/sqlite-worker.ts); on the main thread they held every call for seconds.
 *
 * A loop of small calls (a search of the register, as the other PCs of the office make all day) runs before and
 * during a backup; no iteration of it may take more than 200 ms longer than the slowest one before the backup.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { vacuumInto } from '../../electron/core/backup/sqlite';
import { fillDatabase } from './fixtures/backup-support';
import { createTestCore, type TestCore } from './helpers';

const PASSPHRASE = 'Hasło kopii GOPS Sitno 2025';
const LARGE_MB = 60;
const EXTRA_MS = 200;

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One iteration: a short pause, then a search through the router. Timed as a whole, so that a main thread held by
 * anything (the timer fires late, or the call waits) shows in the figure.
 */
async function iteration(core: TestCore): Promise<number> {
  const start = performance.now();
  await pause(2);
  const answer = await core.invoke('persons.search', { query: 'wąchock', limit: 20 });
  if (!answer.ok) throw new Error(answer.error.message);
  return performance.now() - start;
}

describe('a backup of a large database on the main PC', () => {
  it('leaves the other calls answering: none waits more than 200 ms longer than before the backup', async () => {
    t = await createTestCore();
    fillDatabase(t.core.database.sqlite, { label: 'Wąchocka', persons: 2_000, fillerMb: LARGE_MB });
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });

    const before: number[] = [];
    const warmUntil = performance.now() + 1_500;
    while (performance.now() < warmUntil) before.push(await iteration(t));
    const usual = Math.max(...before);

    let finished = false;
    const backupStart = performance.now();
    const backup = t.api.call('backups.createNow', {}).finally(() => {
      finished = true;
    });
    const during: number[] = [];
    while (!finished) during.push(await iteration(t));
    const created = await backup;
    const backupMs = performance.now() - backupStart;

    expect(created.fileName).toMatch(/\.ostoja-backup$/);
    // Meaningful: the backup took long enough to have held the calls, and the loop ran all along.
    expect(backupMs).toBeGreaterThan(1_000);
    expect(during.length).toBeGreaterThan(backupMs / (usual + EXTRA_MS) / 2);
    const worst = Math.max(...during);
    console.log(`backup ${backupMs.toFixed(0)} ms; ${during.length} calls meanwhile, slowest ${worst.toFixed(0)} ms; before: ${before.length} calls, slowest ${usual.toFixed(0)} ms`);
    expect(worst, `slowest call during the backup ${worst.toFixed(0)} ms, usual at most ${usual.toFixed(0)} ms`).toBeLessThan(usual + EXTRA_MS);

    // The loop does see a main thread held by the copy: the same VACUUM INTO made on this thread, as before.
    const held = iteration(t);
    vacuumInto(t.core.database.sqlite, path.join(t.dir, 'on-the-main-thread.db'));
    expect(await held).toBeGreaterThan(usual + EXTRA_MS);
  }, 240_000);
});
