import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { createCore } from '../../electron/core/core';
import { hashPassword } from '../../electron/core/passwords';
import { createTestClock, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { insertUser } from '../../db/repositories/users';
import { seedPersons } from './seed';
import { seedHouseholdsAndCases } from './seed-cases';
import { seedPaymentHistory } from './seed-payments';

/**
 * Issue 15, on the payments bench's office (30,000 persons, ten years of money decisions, every past month paid),
 * through the router as the screens call it:
 * - MRPiPS-03 for the year 2025 and for its first half-year — target < 2 s each (median);
 * - (not targets) the first page of each register: persons by name, by open cases and with an open case; cases;
 *   payments (which counts and sums every matching line).
 * The machine may be shared: wall time and the process's CPU time are both printed.
 */
const PERSONS = Number(process.env.BENCH_REPORTS_PERSONS ?? 30_000);
const OPEN_CASES = Number(process.env.BENCH_REPORTS_OPEN_CASES ?? 4_000);
const MONTH = '2026-01';
const TODAY = '2026-01-15';
const PASSWORD = 'bench-hasło-123';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function repeat<T>(times: number, work: () => Promise<T>) {
  const runs: { result: T; wall: number; cpu: number }[] = [];
  for (let pass = 0; pass < times; pass += 1) runs.push(await timed(work));
  return { result: runs.at(-1)!.result, wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)), walls: runs.map((run) => run.wall.toFixed(0)).join(', ') };
}

export async function runReportsBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-bench-reports-'));
  const clock = createTestClock(`${TODAY}T09:00:00.000Z`);
  const core = createCore({ dataDir: dir, migrationsFolder: path.resolve('db/migrations'), fontsFolder: path.resolve('build/fonts'), appVersion: 'bench', auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY, clock, failedLoginDelayMs: 0 });
  try {
    const { db } = core.database;
    const passwordHash = await hashPassword(PASSWORD);
    const now = clock.now().toISOString();
    const user = (login: string, fullName: string, roles: ('socialWorker' | 'director' | 'accountant')[]) => insertUser(db, { login, fullName, roles, passwordHash, createdAt: now, updatedAt: now }).id;
    const workerIds = [user('pracownik1', 'Pracownik Socjalny 1', ['socialWorker']), user('pracownik2', 'Pracownik Socjalny 2', ['socialWorker'])];
    const accountantId = user('ksiegowa', 'Księgowa Ośrodka', ['accountant']);
    const directorId = user('kierownik', 'Kierownik Ośrodka', ['director']);

    const seedStart = performance.now();
    const register = seedPersons(db, PERSONS, 30_000);
    seedHouseholdsAndCases(db, register, { openCases: OPEN_CASES, closedCases: 1_500, workerIds, today: TODAY });
    const seeded = seedPaymentHistory(core.database.sqlite, { month: MONTH, years: 10, preparedByUserId: accountantId, approvedByUserId: directorId });
    console.log(
      `\nReports and registers — seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${PERSONS} persons, ${seeded.decisions} signed decisions over 10 years, ` +
        `${seeded.paidLines} paid lines on ${seeded.paidLists} approved lists`,
    );

    const answer = await core.router.invoke('auth.login', { login: 'kierownik', password: PASSWORD }, { transport: 'test' });
    if (!answer.ok) throw new Error(answer.error.message);
    const token = (answer.value as { sessionToken: string }).sessionToken;
    const director = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
      const result = await core.router.invoke(method, input, { transport: 'test', sessionToken: token });
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as MethodOutput<M>;
    };

    let reportMs = 0;
    for (const half of ['year', 'H1'] as const) {
      const run = await repeat(5, () => director('reports.mrpips03', { year: 2025, half }));
      reportMs = Math.max(reportMs, run.wall);
      const total = run.result.rows.find((row) => row.key === 'total')!.cells;
      console.log(
        `  reports.mrpips03 2025 ${half === 'H1' ? 'I półrocze' : 'rok'}: median wall ${run.wall.toFixed(0)} ms, CPU ${run.cpu.toFixed(0)} ms [wall ${run.walls}] — ` +
          `${total.persons} persons, ${total.benefits} benefits, ${(total.amount / 100).toFixed(2)} zł, ${total.families} families`,
      );
    }

    const personsAll = { query: '', locality: null, hasOpenCase: null };
    const firstPages: [string, MethodName, unknown][] = [
      ['persons by name', 'registers.persons', { filter: personsAll }],
      ['persons by open cases', 'registers.persons', { filter: personsAll, sort: { column: 'openCases', direction: 'desc' } }],
      ['persons with an open case', 'registers.persons', { filter: { ...personsAll, hasOpenCase: 'yes' } }],
      ['persons of one locality, by name', 'registers.persons', { filter: { ...personsAll, locality: 'Łabunie' } }],
      ['cases, newest first', 'registers.cases', { filter: {} }],
      ['open cases by applicant', 'registers.cases', { filter: { status: 'open' }, sort: { column: 'applicant', direction: 'asc' } }],
      ['payments of every month', 'registers.payments', { filter: {} }],
      ['payments of 2025, cash, by amount', 'registers.payments', { filter: { fromMonth: '2025-01', toMonth: '2025-12', method: 'cash' }, sort: { column: 'amount', direction: 'desc' } }],
    ];
    for (const [label, method, input] of firstPages) {
      const run = await repeat(5, () => director(method, input));
      const page = run.result as { items: unknown[]; total: number };
      console.log(`  (not a target) ${method} first page, ${label}: ${page.items.length} of ${page.total}, median wall ${run.wall.toFixed(0)} ms, CPU ${run.cpu.toFixed(0)} ms`);
    }

    const pass = reportMs < 2_000;
    console.log(`  reports.mrpips03 median ${reportMs.toFixed(0)} ms (target < 2 s)`);
    console.log(`Reports bench: ${pass ? 'PASS' : 'FAIL'}`);
    return pass;
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
