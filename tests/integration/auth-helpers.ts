/** Helpers shared by the tests of issue 3 (users, roles, sessions, audit). */
import { expect } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import type { Envelope } from '../../shared/envelope';
import { createTempDataDir, createTestClock, FONTS_FOLDER, MIGRATIONS_FOLDER, TEST_AUDIT_KEY, TEST_DATABASE_KEY, type TestClock } from '../../db/testing';
import { APP_VERSION, OFFICE } from './helpers';

export { OFFICE };

/** A core over a new, empty database: no users, no office, nobody logged in (the state of a first start). */
export interface BareCore {
  core: Core;
  clock: TestClock;
  internalErrors: string[];
  invokeWith(sessionToken: string | undefined, method: string, input: unknown): Promise<Envelope<unknown>>;
  count(table: string): number;
  cleanup(): void;
}

export function createBareCore(options: { failedLoginDelayMs?: number } = {}): BareCore {
  const temp = createTempDataDir();
  const clock = createTestClock();
  const internalErrors: string[] = [];
  const core = createCore({
    dataDir: temp.dir,
    migrationsFolder: MIGRATIONS_FOLDER,
    fontsFolder: FONTS_FOLDER,
    appVersion: APP_VERSION,
    auditKey: TEST_AUDIT_KEY,
    databaseKey: TEST_DATABASE_KEY,
    clock,
    log: (message, error) => internalErrors.push(`${message}: ${String(error)}`),
    failedLoginDelayMs: options.failedLoginDelayMs ?? 0,
  });
  return {
    core,
    clock,
    internalErrors,
    invokeWith: (sessionToken, method, input) => core.router.invoke(method, input, { transport: 'test', sessionToken }),
    count: (table) => (core.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    cleanup() {
      if (core.database.sqlite.open) core.close();
      temp.cleanup();
    },
  };
}

/** Asserts the envelope is a success and returns its value. */
export function expectOk<T = unknown>(envelope: Envelope<unknown>): T {
  expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
  if (!envelope.ok) throw new Error('unreachable');
  return envelope.value as T;
}

/** Every row of the audit table as read straight from SQLite, every column included. */
export function rawAuditRows(core: Core): Record<string, unknown>[] {
  return core.database.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
}

/** The stored password hash of a user, read straight from SQLite. */
export function storedHash(core: Core, login: string): string {
  const row = core.database.sqlite.prepare('SELECT password_hash AS hash FROM users WHERE login = ?').get(login) as
    | { hash: string }
    | undefined;
  if (!row) throw new Error(`no user ${login}`);
  return row.hash;
}
