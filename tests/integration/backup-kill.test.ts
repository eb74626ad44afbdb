/**
 * Processes really killed (SIGKILL) in the middle of a backup and of a restore (issue 5, "What it must show"):
 *  - a killed backup leaves no file that passes verification, and nothing that `list` shows as a backup;
 *  - a killed restore leaves a database that opens, holding exactly the old rows or exactly the new ones.
 * The child stops either exactly at a chosen step (it blocks inside the engine and is killed there) or a moment
 * after a step began (killed while it runs on).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { createTempDataDir, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';
import { BackupError, createBackup, listBackups, restoreBackup, verifyBackup } from '../../electron/core/backup';
import { fillDatabase, PASSPHRASE, personNames, sha256 } from './fixtures/backup-support';
import { killAllChildren, startBackupChild } from './fixtures/backup-processes';

const KNOWN = knownSchemaVersion(MIGRATIONS_FOLDER);
const temps: TempDataDir[] = [];
const tempDir = () => {
  const temp = createTempDataDir('ostoja-backup-kill-');
  temps.push(temp);
  return temp.dir;
};

afterAll(async () => {
  await killAllChildren();
  for (const temp of temps) temp.cleanup();
});

/** How the child is stopped: exactly at the n-th event of a step, or a moment after seeing it (still running). */
type KillPoint = { pauseAt: string } | { killAfter: RegExp };
const label = (point: KillPoint) => ('pauseAt' in point ? `paused at ${point.pauseAt}` : `killed while running after ${point.killAfter.source}`);

async function runAndKill(args: string[], point: KillPoint): Promise<{ finished: boolean; output: string }> {
  const child = startBackupChild(args, 'pauseAt' in point ? { PAUSE_AT: point.pauseAt } : {});
  try {
    await child.waitFor('pauseAt' in point ? /^PAUSED / : point.killAfter, 90_000);
    await child.kill();
    return { finished: /^(CREATED|RESTORED)/m.test(child.output()), output: child.output() };
  } finally {
    await child.kill();
  }
}

describe('killed in the middle of a backup', () => {
  let sourceDir: string;
  let source: string;
  let sourceHash: string;

  beforeAll(() => {
    sourceDir = tempDir();
    source = path.join(sourceDir, 'ostoja.db');
    const handle = openDatabase({ file: source, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Kopiowany', persons: 200, fillerMb: 24 });
    handle.close();
    sourceHash = sha256(source);
  }, 60_000);

  const points: KillPoint[] = [
    { pauseAt: 'snapshot:2' },
    { pauseAt: 'check:1' },
    { pauseAt: 'encrypt:1' },
    { pauseAt: 'encrypt:2' },
    { pauseAt: 'commit:1' },
    { pauseAt: 'committed:1' }, // renamed to the final name, header not yet marked finished
    { killAfter: /^EVENT snapshot \d+/ },
    { killAfter: /^EVENT encrypt \d+/ },
    { killAfter: /^EVENT commit / },
  ];

  it.each(points.map((point) => [label(point), point] as const))(
    '%s: no file in the destination verifies, and list shows none',
    async (_name, point) => {
      const destination = tempDir();
      const { finished, output } = await runAndKill(['create', source, destination], point);
      expect(finished, output).toBe(false);
      const listing = listBackups(destination);
      expect(listing.backups, output).toEqual([]);
      for (const name of fs.readdirSync(destination)) {
        const failure = await verifyBackup({ file: path.join(destination, name), passphrase: PASSPHRASE, knownSchemaVersion: KNOWN }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(failure, `${name} verified after ${label(point)}`).toBeInstanceOf(BackupError);
      }
      expect(sha256(source)).toBe(sourceHash);
    },
    120_000,
  );

  it('the same child, not killed, writes a backup that verifies (the check above can see one)', async () => {
    const destination = tempDir();
    const child = startBackupChild(['create', source, destination]);
    try {
      await child.waitFor(/^CREATED /, 90_000);
    } finally {
      await child.kill();
    }
    const listing = listBackups(destination);
    expect(listing.backups).toHaveLength(1);
    const verified = await verifyBackup({ file: listing.backups[0]!.file, passphrase: PASSPHRASE, knownSchemaVersion: KNOWN });
    expect(verified.counts.persons).toBe(200);
  }, 120_000);

  it('after a killed backup, the next one succeeds and only it is listed', async () => {
    const destination = tempDir();
    await runAndKill(['create', source, destination], { pauseAt: 'encrypt:2' });
    const created = await createBackup({ source: { file: source }, destinationDir: destination, passphrase: PASSPHRASE, programVersion: '0.1.0' });
    expect(listBackups(destination).backups.map((b) => b.file)).toEqual([created.file]);
  }, 120_000);
});

describe('killed in the middle of a restore', () => {
  let template: string; // a closed data folder: "Stary" rows, part of them only in ostoja.db-wal
  let backupFile: string; // a backup of other data: "Nowy" rows
  const OLD = Array<string>(40).fill('Stary');
  const NEW = Array<string>(60).fill('Nowy');

  beforeAll(async () => {
    const other = path.join(tempDir(), 'ostoja.db');
    const handle = openDatabase({ file: other, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(handle.sqlite, { label: 'Nowy', persons: 60, fillerMb: 16 });
    backupFile = (await createBackup({ source: { connection: handle.sqlite }, destinationDir: tempDir(), passphrase: PASSPHRASE, programVersion: '0.1.0' })).file;
    handle.close();

    template = tempDir();
    const seeder = startBackupChild(['seed-wal', path.join(template, 'ostoja.db'), 'Stary', '40', '12']);
    await seeder.exited;
    expect(seeder.output()).toContain('SEEDED');
    expect(fs.statSync(path.join(template, 'ostoja.db-wal')).size).toBeGreaterThan(1024 * 1024);
  }, 120_000);

  /** A fresh data folder holding the template's files (closed: copying them is what a crash would leave). */
  function freshLive(): string {
    const dir = tempDir();
    for (const name of ['ostoja.db', 'ostoja.db-wal']) fs.copyFileSync(path.join(template, name), path.join(dir, name));
    return path.join(dir, 'ostoja.db');
  }

  it('the template holds the old rows (some only in its WAL), and an uninterrupted restore gives the new ones', async () => {
    expect(personNames(freshLive())).toEqual(OLD);
    const live = freshLive();
    const restored = await restoreBackup({ file: backupFile, passphrase: PASSPHRASE, databaseFile: live, migrationsFolder: MIGRATIONS_FOLDER });
    expect(personNames(live)).toEqual(NEW);
    // The safety copy holds the old rows, those that were only in the WAL included.
    expect(personNames(restored.safetyCopy!)).toEqual(OLD);
  }, 60_000);

  const points: KillPoint[] = [
    { pauseAt: 'decrypt:2' },
    { pauseAt: 'migrate:1' },
    { pauseAt: 'lock:1' },
    { pauseAt: 'safety-copy:2' },
    { pauseAt: 'checkpoint:1' },
    { pauseAt: 'swap:1' },
    { pauseAt: 'swapped:1' },
    { pauseAt: 'reopen:1' },
    { killAfter: /^EVENT decrypt \d+/ },
    { killAfter: /^EVENT safety-copy \d+/ },
    { killAfter: /^EVENT checkpoint/ },
    { killAfter: /^EVENT swap / },
    { killAfter: /^EVENT swapped/ },
  ];

  it.each(points.map((point) => [label(point), point] as const))(
    '%s: the database opens and holds exactly the old rows or exactly the new ones',
    async (_name, point) => {
      const live = freshLive();
      const { output } = await runAndKill(['restore', backupFile, live], point);
      const handle = openDatabase({ file: live, migrationsFolder: MIGRATIONS_FOLDER });
      try {
        expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        handle.close();
      }
      const names = personNames(live);
      expect([OLD, NEW], output).toContainEqual(names);
      // Where the kill fell decides which: before the rename old, after it new.
      const before = ['decrypt:2', 'migrate:1', 'lock:1', 'safety-copy:2', 'checkpoint:1', 'swap:1'];
      if ('pauseAt' in point) expect(names).toEqual(before.includes(point.pauseAt) ? OLD : NEW);

      // And the folder is usable: a restore run afterwards completes.
      await restoreBackup({ file: backupFile, passphrase: PASSPHRASE, databaseFile: live, migrationsFolder: MIGRATIONS_FOLDER });
      expect(personNames(live)).toEqual(NEW);
    },
    120_000,
  );
});
