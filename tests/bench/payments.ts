import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { createCore } from '../../electron/core/core';
import { hashPassword } from '../../electron/core/passwords';
import { createTestClock, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { saveOfficeSettingsRow } from '../../db/repositories/settings';
import { insertUser } from '../../db/repositories/users';
import { OFFICE } from '../fixtures/office';
import { seedPersons } from './seed';
import { seedHouseholdsAndCases } from './seed-cases';
import { seedPaymentHistory } from './seed-payments';

/**
 * Issue 12, on a 30,000-person register with ten years of money decisions and every past month paid, through the
 * router as the screens call it:
 * - the month's run of about 2,000 payable benefits (payments.prepare) — target < 1 s;
 * - its list PDF, cash and transfer, about 2,000 rows each (payments.listPdf) — target < 3 s;
 * - the Elixir-O file of about 2,000 transfers (payments.bankFile) — target < 200 ms.
 * 4,000 open cases, each with a monthly benefit running, split about evenly between cash and transfer: every
 * run, list and file is of about 2,000 (several times a real gmina's, a margin). Judged on the median.
 */
const PERSONS = Number(process.env.BENCH_PAYMENT_PERSONS ?? 30_000);
const OPEN_CASES = Number(process.env.BENCH_PAYMENT_OPEN_CASES ?? 4_000);
const MONTH = '2026-01';
const TODAY = '2026-01-15';
const PASSWORD = 'bench-hasło-123';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function runPaymentsBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-bench-payments-'));
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
    saveOfficeSettingsRow(db, {
      ...OFFICE,
      street: OFFICE.street ?? null,
      phone: OFFICE.phone ?? null,
      email: OFFICE.email ?? null,
      lockAfterMinutes: 600,
      periodicAllowanceMinPercent: 50,
      caseRefUnit: 'GOPS',
      caseRefSymbols: {},
      decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' },
      updatedAt: now,
    });

    const seedStart = performance.now();
    const register = seedPersons(db, PERSONS, 30_000);
    seedHouseholdsAndCases(db, register, { openCases: OPEN_CASES, closedCases: 1_500, workerIds, today: TODAY });
    const seeded = seedPaymentHistory(core.database.sqlite, { month: MONTH, years: 10, preparedByUserId: accountantId, approvedByUserId: directorId });
    console.log(
      `\nPayments — seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${PERSONS} persons, ${seeded.decisions} signed decisions over 10 years ` +
        `(${seeded.grants} monthly grants, ${seeded.runningInMonth} running in ${MONTH}), ${seeded.paidLines} paid lines on ${seeded.paidLists} approved lists`,
    );

    const session = async (login: string) => {
      const answer = await core.router.invoke('auth.login', { login, password: PASSWORD }, { transport: 'test' });
      if (!answer.ok) throw new Error(answer.error.message);
      const token = (answer.value as { sessionToken: string }).sessionToken;
      return async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
        const result = await core.router.invoke(method, input, { transport: 'test', sessionToken: token });
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value as MethodOutput<M>;
      };
    };
    const accountant = await session('ksiegowa');
    const director = await session('kierownik');
    await accountant('payments.updateSettings', {
      payerName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      payerAddress: 'Sitno 1, 22-424 Sitno',
      payerAccount: '61 1090 1014 0000 0712 1981 2874',
      bankName: 'Bank Spółdzielczy w Sitnie',
      bankFileVariant: 'windows-1250',
      defaultPayDay: 10,
    });
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const result = await work();
      return [result, performance.now() - start];
    };

    // The run, made five times for each method (each one remakes the month's draft from today's decisions).
    const runs: Record<'cash' | 'transfer', number[]> = { cash: [], transfer: [] };
    const lists = {} as Record<'cash' | 'transfer', MethodOutput<'payments.prepare'>>;
    for (let pass = 0; pass < 5; pass += 1) {
      for (const method of ['transfer', 'cash'] as const) {
        const [list, elapsed] = await timed(() => accountant('payments.prepare', { month: MONTH, method, payOn: '2026-01-20' }));
        runs[method].push(elapsed);
        lists[method] = list;
      }
    }
    const prepareMs = Math.max(median(runs.transfer), median(runs.cash));
    const approved = {} as Record<'cash' | 'transfer', MethodOutput<'payments.approve'>>;
    for (const method of ['transfer', 'cash'] as const) approved[method] = await director('payments.approve', { id: lists[method].id, version: lists[method].version });

    const pdfTimes: Record<'cash' | 'transfer', number[]> = { cash: [], transfer: [] };
    const pdfPages: Record<string, number> = {};
    for (let pass = 0; pass < 3; pass += 1) {
      for (const method of ['cash', 'transfer'] as const) {
        const [file, elapsed] = await timed(() => accountant('payments.listPdf', { id: approved[method].id }));
        pdfTimes[method].push(elapsed);
        pdfPages[method] = (Buffer.from(file.base64, 'base64').toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      }
    }
    const pdfMs = Math.max(median(pdfTimes.cash), median(pdfTimes.transfer));

    const bankTimes: number[] = [];
    let bank!: MethodOutput<'payments.bankFile'>;
    for (let pass = 0; pass < 11; pass += 1) {
      const [file, elapsed] = await timed(() => accountant('payments.bankFile', { id: approved.transfer.id }));
      bankTimes.push(elapsed);
      bank = file;
    }
    const bankMs = median(bankTimes.slice(1));
    const [, summaryMs] = await timed(() => accountant('payments.monthSummaryPdf', { month: MONTH }));
    const [, healthMs] = await timed(() => accountant('payments.healthContributionsPdf', { month: MONTH }));

    const pass = prepareMs < 1_000 && pdfMs < 3_000 && bankMs < 200 && bank.count === approved.transfer.lineCount && bank.total === approved.transfer.total;
    const list = (method: 'cash' | 'transfer') => `${approved[method].lineCount} lines, ${(approved[method].total / 100).toFixed(2)} zł`;
    console.log(`  payments.prepare   transfer (${list('transfer')}) median ${ms(median(runs.transfer))} [${runs.transfer.map((value) => value.toFixed(0)).join(', ')}]`);
    console.log(`                     cash (${list('cash')}) median ${ms(median(runs.cash))} [${runs.cash.map((value) => value.toFixed(0)).join(', ')}] (target < 1 s)`);
    console.log(`  payments.listPdf   cash ${pdfPages.cash} pages median ${ms(median(pdfTimes.cash))}, transfer ${pdfPages.transfer} pages median ${ms(median(pdfTimes.transfer))} (target < 3 s)`);
    console.log(`  payments.bankFile  ${bank.count} transfers, ${(bank.total / 100).toFixed(2)} zł, ${bank.variant}: median ${ms(bankMs)} over 10 (target < 200 ms)`);
    console.log(`  (not targets)      month summary PDF ${ms(summaryMs)}, health contributions PDF ${ms(healthMs)}`);
    console.log(`Payments bench: ${pass ? 'PASS' : 'FAIL'}`);
    return pass;
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
