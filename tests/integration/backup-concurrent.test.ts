/**
 * A backup taken while another connection writes is one consistent moment (issue 5): integrity_check passes,
 * every writer transaction is in the copy whole or not at all (tally = rows), and the number of rows is one the
 * writer really had: at least what it had before the backup began, at most what it had when it ended.
 */
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { createTempDataDir, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';
import { createBackup, drillBackup, verifyBackup } from '../../electron/core/backup';
import { fillDatabase, PASSPHRASE } from './fixtures/backup-support';
import { killAllChildren, startBackupChild } from './fixtures/backup-processes';
import { decryptAndCheck } from '../../electron/core/backup/verify';

const KNOWN = knownSchemaVersion(MIGRATIONS_FOLDER);
const temps: TempDataDir[] = [];
const tempDir = () => {
  const temp = createTempDataDir('ostoja-backup-concurrent-');
  temps.push(temp);
  return temp.dir;
};
afterAll(async () => {
  await killAllChildren();
  for (const temp of temps) temp.cleanup();
});

function writerState(db: Database.Database): { rows: number; tally: number } {
  return db.prepare('SELECT (SELECT count(*) FROM writer_log) AS rows, (SELECT n FROM writer_tally) AS tally').get() as { rows: number; tally: number };
}

/** Opens the plain database inside a backup (verified) and reads the writer's tables. */
async function writerStateInBackup(file: string): Promise<{ rows: number; tally: number; integrity: string }> {
  const dir = tempDir();
  const plain = path.join(dir, 'copy.db');
  await decryptAndCheck({ file, passphrase: PASSPHRASE, knownSchemaVersion: KNOWN }, plain, () => {});
  const db = new Database(plain, { readonly: true });
  try {
    return { ...writerState(db), integrity: db.pragma('integrity_check', { simple: true }) as string };
  } finally {
    db.close();
  }
}

describe('a backup while another process writes continuously', () => {
  it('is consistent, and its count is one the writer had at some moment', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const seed = openDatabase({ file, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(seed.sqlite, { label: 'Tło', persons: 100, fillerMb: 16 }); // big enough for several copy steps
    seed.close();

    const writer = startBackupChild(['writer', file]);
    try {
      await writer.waitFor(/^WRITING/);
      const observer = new Database(file, { readonly: true });
      try {
        const results: { low: number; high: number; inBackup: { rows: number; tally: number; integrity: string } }[] = [];
        for (let round = 0; round < 3; round += 1) {
          // Let the writer get going, then take the backup through a connection of our own (as the CLI does).
          await new Promise((resolve) => setTimeout(resolve, 300));
          const low = writerState(observer).rows;
          const created = await createBackup({ source: { file }, destinationDir: path.join(dir, 'backups'), passphrase: PASSPHRASE, programVersion: '0.1.0' });
          const high = writerState(observer).rows;
          results.push({ low, high, inBackup: await writerStateInBackup(created.file) });
        }
        expect(writer.process.exitCode, writer.output()).toBeNull(); // it wrote all along
        for (const { low, high, inBackup } of results) {
          expect(inBackup.integrity).toBe('ok');
          expect(inBackup.tally).toBe(inBackup.rows);
          expect(inBackup.rows).toBeGreaterThanOrEqual(low);
          expect(inBackup.rows).toBeLessThanOrEqual(high);
        }
        expect(results.at(-1)!.high).toBeGreaterThan(results[0]!.low); // the writer did move meanwhile
      } finally {
        observer.close();
      }
    } finally {
      await writer.kill();
    }
  }, 120_000);
});

describe('a backup while another process only changes rows (the file does not grow)', () => {
  it('still finishes and is consistent (the copy is one read transaction of the engine’s own connection: SQLite never starts it over)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ostoja.db');
    const seed = openDatabase({ file, migrationsFolder: MIGRATIONS_FOLDER });
    fillDatabase(seed.sqlite, { label: 'Tło', persons: 100, fillerMb: 16 });
    seed.close();
    const updater = startBackupChild(['updater', file]);
    try {
      await updater.waitFor(/^WRITING/);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const created = await createBackup({ source: { file }, destinationDir: path.join(dir, 'backups'), passphrase: PASSPHRASE, programVersion: '0.1.0' });
      expect(updater.process.exitCode, updater.output()).toBeNull();
      const plain = path.join(tempDir(), 'copy.db');
      await decryptAndCheck({ file: created.file, passphrase: PASSPHRASE, knownSchemaVersion: KNOWN }, plain, () => {});
      const db = new Database(plain, { readonly: true });
      try {
        const state = db.prepare('SELECT (SELECT sum(n) FROM updater_rows) AS total, (SELECT n FROM updater_tally) AS tally').get() as { total: number; tally: number };
        expect(state.tally).toBeGreaterThan(0);
        expect(state.total).toBe(state.tally);
      } finally {
        db.close();
      }
    } finally {
      await updater.kill();
    }
  }, 120_000);
});

describe('a backup through the program’s own connection while the program writes through it', () => {
  it('is consistent (the engine copies through a connection of its own, at one moment; the program’s writes go on)', async () => {
    const dir = tempDir();
    const handle = openDatabase({ file: path.join(dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const { sqlite } = handle;
      fillDatabase(sqlite, { label: 'Tło', persons: 100, fillerMb: 16 });
      sqlite.exec(`CREATE TABLE writer_log (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, pad TEXT NOT NULL);
                   CREATE TABLE writer_tally (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
                   INSERT INTO writer_tally VALUES (1, 0);`);
      const write = sqlite.transaction(() => {
        for (let i = 0; i < 5; i += 1) sqlite.prepare('INSERT INTO writer_log (n, pad) VALUES (1, ?)').run('x'.repeat(400));
        sqlite.prepare('UPDATE writer_tally SET n = (SELECT count(*) FROM writer_log)').run();
      });
      // Writes whenever this thread is free during the backup, as the program's requests would come in (the copy
      // itself is one statement; the other tests write from another process while it runs).
      let writes = 0;
      const timer = setInterval(() => {
        write();
        writes += 1;
      }, 1);
      const low = writerState(sqlite).rows;
      let created;
      try {
        created = await createBackup({ source: { connection: sqlite }, destinationDir: path.join(dir, 'backups'), passphrase: PASSPHRASE, programVersion: '0.1.0' });
      } finally {
        clearInterval(timer);
      }
      const high = writerState(sqlite).rows;
      expect(writes).toBeGreaterThan(0);
      const inBackup = await writerStateInBackup(created.file);
      expect(inBackup.integrity).toBe('ok');
      expect(inBackup.tally).toBe(inBackup.rows);
      expect(inBackup.rows).toBeGreaterThanOrEqual(low);
      expect(inBackup.rows).toBeLessThanOrEqual(high);
      await expect(verifyBackup({ file: created.file, passphrase: PASSPHRASE, knownSchemaVersion: KNOWN })).resolves.toBeDefined();
      const report = await drillBackup({ file: created.file, passphrase: PASSPHRASE, migrationsFolder: MIGRATIONS_FOLDER, workDir: tempDir() });
      expect(report.counts.writer_log).toBe(inBackup.rows);
    } finally {
      handle.close();
    }
  }, 120_000);
});
