/**
 * Test helpers: a temporary data folder and the real database in it, migrated from db/migrations.
 * Only tests import this file; nothing here is part of the program.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DatabaseHandle } from './open';

/** The program's own migrations folder. */
export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** The document fonts of the repository (what the installer ships as resources/fonts). */
export const FONTS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'fonts');

export interface TempDataDir {
  dir: string;
  /** Removes the folder and everything in it. Safe to call more than once. */
  cleanup(): void;
}

/** A fresh, empty folder under the system's temporary directory. */
export function createTempDataDir(prefix = 'ostoja-test-'): TempDataDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestDatabase extends DatabaseHandle {
  /** The temporary data folder holding the database file. */
  dir: string;
  /** Closes the database (if still open) and removes the folder. */
  cleanup(): void;
}

/** Opens the real database with all migrations in a new temporary folder. */
export function createTestDatabase(options: { fileName?: string } = {}): TestDatabase {
  const temp = createTempDataDir();
  let handle: DatabaseHandle;
  try {
    handle = openDatabase({ file: path.join(temp.dir, options.fileName ?? 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    temp.cleanup();
    throw error;
  }
  return {
    ...handle,
    dir: temp.dir,
    cleanup() {
      if (handle.sqlite.open) handle.close();
      temp.cleanup();
    },
  };
}

/** A clock that stands still until a test moves it (structurally the core's `Clock` port). */
export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(milliseconds: number): void;
}

export function createTestClock(start = '2025-03-10T09:00:00.000Z'): TestClock {
  let current = new Date(start).getTime();
  if (Number.isNaN(current)) throw new Error(`Niepoprawna data zegara testowego: ${start}`);
  return {
    now: () => new Date(current),
    set(iso) {
      const next = new Date(iso).getTime();
      if (Number.isNaN(next)) throw new Error(`Niepoprawna data zegara testowego: ${iso}`);
      current = next;
    },
    advance(milliseconds) {
      current += milliseconds;
    },
  };
}

/** The audit-chain key every test core uses (the program's own comes from electron/core/secret-keys.ts). */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);

/**
 * The database key every test core uses (the program's own comes from electron/core/database-key.ts): the test
 * databases of cores are encrypted as the program's are.
 */
export const TEST_DATABASE_KEY = Buffer.alloc(32, 0xd6);
