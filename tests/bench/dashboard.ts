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
 * Issue 15, the director's view on a 30,000-person register with ten years of money decisions and every past month
 * paid (the payments bench's office), through the router as the Pulpit calls it:
 * - dashboard.overview for the month — target < 500 ms (median);
 * - (not targets) the largest lists behind its figures: a month's payments, the year's, the decided cases, the late ones.
 * The machine may be shared: wall time and the process's CPU time are both printed.
 */
const PERSONS = Number(process.env.BENCH_DASHBOARD_PERSONS ?? 30_000);
const OPEN_CASES = Number(process.env.BENCH_DASHBOARD_OPEN_CASES ?? 4_000);
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

export async function runDashboardBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-bench-dashboard-'));
  const clock = createTestClock(`${TODAY}T09:00:00.000Z`);
  const core = createCore({ dataDir: dir, migrationsFolder: path.resolve('db/migrations'), fontsFolder: path.resolve('build/fonts'), appVersion: 'bench', auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY, clock, failedLoginDelayMs: 0 });
  try {
    const { db } = core.database;
    const passwordHash = await hashPassword(PASSWORD);
    const now = clock.now().toISOString();
    const user = (login: string, fullName: string, roles: ('socialWorker' | 'director' | 'accountant')[]) => insertUser(db, { login, fullName, roles, passwordHash, createdAt: now, updatedAt: now }).id;
    const workerIds = [user('pracownik1', 'Pracownik Socjalny 1', ['socialWorker']), user('pracownik2', 'Pracownik Socjalny 2', ['socialWorker']), user('pracownik3', 'Pracownik Socjalny 3', ['socialWorker'])];
    const accountantId = user('ksiegowa', 'Księgowa Ośrodka', ['accountant']);
    const directorId = user('kierownik', 'Kierownik Ośrodka', ['director']);

    const seedStart = performance.now();
    const register = seedPersons(db, PERSONS, 30_000);
    seedHouseholdsAndCases(db, register, { openCases: OPEN_CASES, closedCases: 1_500, workerIds, today: TODAY });
    const seeded = seedPaymentHistory(core.database.sqlite, { month: MONTH, years: 10, preparedByUserId: accountantId, approvedByUserId: directorId });
    console.log(
      `\nDashboard — seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${PERSONS} persons, ${seeded.decisions} signed decisions over 10 years, ` +
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

    // The month the office is in and the last month of the previous year (a year whose every month was paid).
    const runs: { month: string; wall: number[]; cpu: number[]; view?: MethodOutput<'dashboard.overview'> }[] = [
      { month: MONTH, wall: [], cpu: [] },
      { month: '2025-12', wall: [], cpu: [] },
    ];
    for (let pass = 0; pass < 7; pass += 1) {
      for (const run of runs) {
        const { result, wall, cpu } = await timed(() => director('dashboard.overview', { month: run.month }));
        run.wall.push(wall);
        run.cpu.push(cpu);
        run.view = result;
      }
    }
    const overviewMs = Math.max(...runs.map((run) => median(run.wall)));
    for (const run of runs) {
      const view = run.view!;
      console.log(
        `  dashboard.overview ${run.month}: median wall ${median(run.wall).toFixed(0)} ms, CPU ${median(run.cpu).toFixed(0)} ms ` +
          `[wall ${run.wall.map((value) => value.toFixed(0)).join(', ')}] — paid in ${view.year}: ${(view.paid.yearTotal / 100).toFixed(2)} zł in ${view.paid.yearLines} lines; ` +
          `cases of the year ${view.casesByState.map((entry) => `${entry.status} ${entry.count}`).join(', ')}; late: ${view.late.decisions} decisions, ${view.late.interviews} interviews; ending next month ${view.benefitsEnding}`,
      );
    }

    const busiest = runs[1]!.view!.paid.months.reduce((best, entry) => (entry.lines > best.lines ? entry : best));
    const lists: [string, unknown][] = [
      [`payments of ${busiest.month} (${busiest.lines} lines)`, { figure: 'paid', year: 2025, month: busiest.month }],
      [`payments of 2025 (${runs[1]!.view!.paid.yearLines} lines)`, { figure: 'paid', year: 2025 }],
      ['decided cases of 2025', { figure: 'casesByState', year: 2025, status: 'decided' }],
      ['late interviews of the office', { figure: 'late', what: 'interview' }],
    ];
    for (const [label, input] of lists) {
      const times: { wall: number; cpu: number }[] = [];
      let count = 0;
      for (let pass = 0; pass < 3; pass += 1) {
        const { result, wall, cpu } = await timed(() => director('dashboard.items', input));
        times.push({ wall, cpu });
        count = result.items.length;
      }
      console.log(`  (not a target) dashboard.items ${label}: ${count} items, median wall ${median(times.map((time) => time.wall)).toFixed(0)} ms, CPU ${median(times.map((time) => time.cpu)).toFixed(0)} ms`);
    }
    const pass = overviewMs < 500;
    console.log(`  dashboard.overview median ${overviewMs.toFixed(0)} ms (target < 500 ms)`);
    console.log(`Dashboard bench: ${pass ? 'PASS' : 'FAIL'}`);
    return pass;
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
