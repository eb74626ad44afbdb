/** Shared set-up of the integration tests: a core over a temporary database, called through its router. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import type { OfficeTransport } from '../../electron/core/office-network';
import { createApiClient, type ApiClient } from '../../shared/api-client';
import type { MethodInput } from '../../shared/contract';
import type { Envelope, ErrorBody } from '../../shared/envelope';
import { createTempDataDir, createTestClock, FONTS_FOLDER, MIGRATIONS_FOLDER, TEST_AUDIT_KEY, TEST_DATABASE_KEY, type TestClock } from '../../db/testing';
import { insertUser } from '../../db/repositories/users';
import { hashPassword } from '../../electron/core/passwords';
import type { Role } from '../../shared/domain/roles';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const APP_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface TestCore {
  core: Core;
  clock: TestClock;
  dir: string;
  /** Calls a method and returns the value; an error envelope is thrown as ApiError. */
  api: ApiClient;
  /** Calls any method name with any input as the logged-in tester (all roles) and returns the raw envelope. */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** The session of "tester", who has every role. */
  sessionToken: string;
  /** Adds a user with these roles and password, logs them in and returns their session token. */
  loginAs(roles: Role[], login?: string): Promise<string>;
  /** Calls a method with the given session token (or none). */
  invokeWith(sessionToken: string | undefined, method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Messages the router logged as internal errors (should stay empty). */
  internalErrors: string[];
  /** Moves the clock; the idle session locks meanwhile, so the tester unlocks it as a person would. */
  moveClockTo(iso: string): Promise<void>;
  /** Number of rows in a table, read straight from SQLite. */
  count(table: 'persons' | 'households' | 'household_members' | 'office_settings' | 'users' | 'audit_log'): number;
  cleanup(): void;
}

export const TEST_PASSWORD = 'hasło-testowe-123';
/** Hashing is deliberately slow: one hash for every test user is enough. */
let testPasswordHash: Promise<string> | undefined;

/**
 * A core over a fresh temporary database, with a clock that stands still until the test moves it, and a
 * logged-in user "tester" with every role (so that tests of other areas are not about permissions).
 */
export async function createTestCore(
  options: { start?: string; dir?: string; office?: (place: { dir: string; clock: TestClock }) => OfficeTransport } = {},
): Promise<TestCore> {
  const temp = options.dir ? { dir: options.dir, cleanup: () => {} } : createTempDataDir();
  const clock = createTestClock(options.start);
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
    failedLoginDelayMs: 0,
    office: options.office?.({ dir: temp.dir, clock }),
  });
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await testPasswordHash;
  const invokeWith = (sessionToken: string | undefined, method: string, input: unknown) =>
    core.router.invoke(method, input, { transport: 'test', sessionToken });
  const loginAs = async (roles: Role[], login = `user-${roles.join('-').toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`) => {
    const now = clock.now().toISOString();
    insertUser(core.database.db, { login, fullName: `Test ${roles.join(' ')}`, roles, passwordHash, createdAt: now, updatedAt: now });
    const answer = await invokeWith(undefined, 'auth.login', { login, password: TEST_PASSWORD });
    if (!answer.ok) throw new Error(`login failed: ${answer.error.message}`);
    return (answer.value as { sessionToken: string }).sessionToken;
  };
  const testerToken = await loginAs(['socialWorker', 'director', 'accountant', 'administrator'], 'tester');
  const invoke = (method: string, input: unknown) => invokeWith(testerToken, method, input);
  return {
    core,
    clock,
    dir: temp.dir,
    api: createApiClient(invoke),
    invoke,
    sessionToken: testerToken,
    invokeWith,
    loginAs,
    internalErrors,
    async moveClockTo(iso) {
      clock.set(iso);
      await invoke('auth.unlock', { password: TEST_PASSWORD });
    },
    count: (table) => (core.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    cleanup() {
      if (core.database.sqlite.open) core.close();
      temp.cleanup();
    },
  };
}

/** Asserts the envelope is an error with this code and returns its body. */
export function expectError(envelope: Envelope<unknown>, code: ErrorBody['code']): ErrorBody {
  expect(envelope.ok, JSON.stringify(envelope)).toBe(false);
  if (envelope.ok) throw new Error('unreachable');
  expect(envelope.error.code, envelope.error.message).toBe(code);
  return envelope.error;
}

export { OFFICE } from '../fixtures/office';

export const SITNO = { locality: 'Sitno', houseNumber: '12', postalCode: '22-424', postTown: 'Sitno' };

/** A person form with a PESEL; birth date and sex come from the PESEL. */
export function personWithPesel(
  firstName: string,
  lastName: string,
  pesel: string,
  extra: Partial<MethodInput<'persons.create'>> = {},
): MethodInput<'persons.create'> {
  return { firstName, lastName, pesel, address: SITNO, ...extra };
}

/** A person form without a PESEL (e.g. a foreigner): document, birth date and sex given by hand. */
export function personWithoutPesel(
  firstName: string,
  lastName: string,
  idDocument: string,
  extra: Partial<MethodInput<'persons.create'>> = {},
): MethodInput<'persons.create'> {
  return { firstName, lastName, idDocument, birthDate: '1990-04-02', sex: 'F', address: SITNO, ...extra };
}

// Valid PESEL numbers, check digits computed by hand (weights 1 3 7 9 1 3 7 9 1 3):
export const PESEL = {
  jan1944M: '44051401359', // 1944-05-14, M (DOMAIN.md §9)
  anna2002F: '02211307589', // 2002-01-13, F (DOMAIN.md §9)
  m1980: '80011501237', // 1980-01-15, M (Σ=53)
  f1985: '85072202466', // 1985-07-22, F (Σ=134)
  m1975: '75030303579', // 1975-03-03, M (Σ=111)
  f1995: '95122404681', // 1995-12-24, F (Σ=129)
  m1960: '60111105795', // 1960-11-11, M (Σ=105)
  m2005: '05261506816', // 2005-06-15, M (Σ=164)
  f1955: '55070707928', // 1955-07-07, F (Σ=182)
  m1988: '88080808130', // 1988-08-08, M (Σ=210)
} as const;
