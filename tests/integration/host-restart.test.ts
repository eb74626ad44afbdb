/**
 * Browser mode as a separate process (`npx tsx electron/host/main.ts`), stopped and started again over the
 * same data folder: what a worker saved is still there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDataDir, MIGRATIONS_FOLDER, type TempDataDir } from '../../db/testing';
import { openDatabase } from '../../db/open';
import { PESEL, personWithPesel, REPO_ROOT } from './helpers';

const TOKEN = 'klucz-restartu-9f8e7d6c5b4a';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

const children = new Set<ChildProcess>();
const temps: TempDataDir[] = [];

interface RunningHost {
  child: ChildProcess;
  port: number;
  printedToken: string;
  output: () => string;
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the whole process group (npx → tsx → node) and waits until every process in it is gone. */
async function stopHost(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const pid = child.pid!;
  if (isGroupAlive(pid)) process.kill(-pid, signal);
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isGroupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (isGroupAlive(pid)) {
    process.kill(-pid, 'SIGKILL');
    throw new Error(`browser mode did not stop within ${STOP_TIMEOUT_MS} ms after ${signal}`);
  }
  children.delete(child);
}

function spawnHost(dataDir: string): ChildProcess {
  const child = spawn('npx', ['tsx', 'electron/host/main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, OSTOJA_HOST_TOKEN: TOKEN },
    detached: true, // its own process group, so that stopping it reaches tsx and node behind npx
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  return child;
}

function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawnHost(dataDir);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Otwórz: http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), printedToken: decodeURIComponent(match[2]!), output: () => output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`browser mode ended before it started (${code ?? signal}):\n${output}`));
    });
  });
}

/** Runs the host to its end and returns what it printed and its exit code. */
function runHostToEnd(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawnHost(dataDir);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not end within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, output });
    });
  });
}

interface WireEnvelope {
  ok: boolean;
  value: Record<string, unknown> & { id: number; items: { id: number; lastName: string }[] };
  error?: { code: string; message: string };
}

async function call(host: RunningHost, method: string, input: unknown, session?: string) {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/invoke/${method}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      ...(session ? { 'X-Ostoja-Session': session } : {}),
    },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as WireEnvelope };
}

const WORKER = { login: 'pracownik', fullName: 'Ewa Pracowita', roles: ['socialWorker'], password: 'dlugie-haslo-dla-ewy-z-gops' };

/** First start of a data folder: the setup creates an administrator, who adds a social worker. */
async function setUpAndLogIn(host: RunningHost): Promise<string> {
  const setup = await call(host, 'setup.initialize', {
    office: {
      gminaName: 'Sitno', officeName: 'GOPS w Sitnie', houseNumber: '1', postalCode: '22-424', town: 'Sitno',
      directorName: 'Anna Nowak', directorTitle: 'Kierownik GOPS',
    },
    administrator: { login: 'admin', fullName: 'Adam Admin', password: 'dlugie-haslo-do-ostoi-9' },
  });
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  const adminSession = String(setup.body.value.sessionToken);
  const created = await call(host, 'users.create', WORKER, adminSession);
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return logIn(host);
}

/** Sessions live in memory: after a restart the worker logs in again. */
async function logIn(host: RunningHost): Promise<string> {
  const answer = await call(host, 'auth.login', { login: WORKER.login, password: WORKER.password });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return String(answer.body.value.sessionToken);
}

function dataDir(): string {
  const temp = createTempDataDir('ostoja-restart-');
  temps.push(temp);
  return temp.dir;
}

afterAll(async () => {
  for (const child of [...children]) {
    try {
      await stopHost(child, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const temp of temps) temp.cleanup();
});

describe('browser mode across a restart', () => {
  it('a person added before SIGTERM is found after starting again over the same data folder', async () => {
    const dir = dataDir();
    const first = await startHost(dir);
    expect(first.printedToken).toBe(TOKEN);
    expect(first.output()).toContain(`dane: ${dir}`);

    const session = await setUpAndLogIn(first);
    const created = await call(first, 'persons.create', personWithPesel('Łukasz', 'Żółć', PESEL.m1980, { phone: '600 700 800' }), session);
    expect(created.status).toBe(200);
    const person = created.body.value;

    await stopHost(first.child, 'SIGTERM');

    const second = await startHost(dir);
    const oldSession = await call(second, 'persons.search', { query: 'zolc lukasz' }, session);
    expect(oldSession.status).toBe(401);
    const newSession = await logIn(second);
    const found = await call(second, 'persons.search', { query: 'zolc lukasz' }, newSession);
    expect(found.status).toBe(200);
    expect(found.body.value.items.map((item) => item.id)).toEqual([person.id]);
    const card = await call(second, 'persons.get', { id: person.id }, newSession);
    expect(card.body.value).toEqual(person);
    await stopHost(second.child, 'SIGTERM');
  }, 180_000);

  it('a saved person survives the process being killed outright (SIGKILL)', async () => {
    const dir = dataDir();
    const first = await startHost(dir);
    const session = await setUpAndLogIn(first);
    const created = await call(first, 'persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F), session);
    expect(created.status).toBe(200);

    await stopHost(first.child, 'SIGKILL');

    const second = await startHost(dir);
    const found = await call(second, 'persons.search', { query: '0221' }, await logIn(second));
    expect(found.body.value.items).toEqual([expect.objectContaining({ id: created.body.value.id, lastName: 'Nowak' })]);
    await stopHost(second.child, 'SIGTERM');
  }, 180_000);

  it('a data folder copied to another place does not open there without its key: says why in Polish, exits with 1', async () => {
    const original = dataDir();
    const first = await startHost(original);
    await stopHost(first.child, 'SIGTERM');
    const copied = dataDir();
    fs.copyFileSync(path.join(original, 'ostoja.db'), path.join(copied, 'ostoja.db'));
    const before = fs.readFileSync(path.join(copied, 'ostoja.db'));

    const { code, output } = await runHostToEnd(copied);
    expect(code).toBe(1);
    expect(output).toContain('Brak klucza danych');
    expect(output).toContain('przywróć kopię zapasową jej hasłem');
    expect(output).not.toContain('Otwórz:');
    expect(fs.readFileSync(path.join(copied, 'ostoja.db')).equals(before)).toBe(true);
  }, 180_000);

  it('refuses to start over a database of a newer program version, says why in Polish, and exits with 1', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'ostoja.db');
    const handle = openDatabase({ file, migrationsFolder: MIGRATIONS_FOLDER });
    const newerVersion = handle.schemaVersion + 1;
    handle.close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${newerVersion}`);
    newer.close();

    const { code, output } = await runHostToEnd(dir);
    expect(code).toBe(1);
    expect(output).toContain('nowszą wersję programu Ostoja');
    expect(output).not.toContain('Otwórz:');
  }, 120_000);
});
