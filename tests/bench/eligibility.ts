import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MethodOutput } from '../../shared/contract';
import { computeCase } from '../../shared/domain/case-computation';
import type { LegalParameterRow } from '../../shared/domain/legal-parameters';
import { runDecisionsBench } from './decisions';
import { createCore } from '../../electron/core/core';
import { createEligibilityReviewService, reviewInput } from '../../electron/core/services/eligibility-review';
import { hashPassword } from '../../electron/core/passwords';
import { createTestClock, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { loadReviewData, type ReviewData } from '../../db/repositories/eligibility-review';
import { insertLegalParameterRow, listLegalParameters } from '../../db/repositories/legal-parameters';
import { insertUser } from '../../db/repositories/users';
import { seedPersons } from './seed';
import { seedHouseholdsAndCases } from './seed-cases';

/**
 * Issue 4: the office-wide eligibility review (cases.eligibilityReview) over a 30,000-person register computes
 * every open case in under 1 s in total, measured through the router as the screen calls it (session check,
 * input and output validation included; the transport is not).
 *
 * 4,000 open cases: a rural gmina of 30,000 people has a few hundred open cases at a time (about 2–3 % of the
 * population gets help by decision in a year, roughly 300–500 families, each with a case or two), so this is
 * several times a real office — a margin, not a portrait. BENCH_OPEN_CASES changes it.
 */
const PERSONS = Number(process.env.BENCH_REVIEW_PERSONS ?? 30_000);
const OPEN_CASES = Number(process.env.BENCH_OPEN_CASES ?? 4_000);
const CLOSED_CASES = Number(process.env.BENCH_CLOSED_CASES ?? 1_500);
const RUNS = Number(process.env.BENCH_REVIEW_RUNS ?? 10);
const TARGET_MS = 1_000;
const TODAY = '2026-01-15';
const PASSWORD = 'bench-hasło-123';

type Review = MethodOutput<'cases.eligibilityReview'>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** computeCase for every case with an interview, as the service calls it, to time the computation alone. */
function computeAll(data: ReviewData, rows: LegalParameterRow[]): void {
  for (const row of data.cases) {
    const interview = data.interviews.get(row.id);
    if (interview) computeCase(reviewInput(row, interview, data, rows, 50, TODAY));
  }
}

export async function runEligibilityBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-bench-review-'));
  const clock = createTestClock(`${TODAY}T09:00:00.000Z`);
  const core = createCore({ dataDir: dir, migrationsFolder: path.resolve('db/migrations'), fontsFolder: path.resolve('build/fonts'), appVersion: 'bench', auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY, clock, failedLoginDelayMs: 0 });
  try {
    const { db } = core.database;
    const passwordHash = await hashPassword(PASSWORD);
    const now = clock.now().toISOString();
    // Six social workers; the first one (also the director) runs the review.
    const workerIds = Array.from({ length: 6 }, (_, index) =>
      insertUser(db, {
        login: `pracownik${index + 1}`,
        fullName: `Pracownik Socjalny ${index + 1}`,
        roles: index === 0 ? ['socialWorker', 'director'] : ['socialWorker'],
        passwordHash,
        createdAt: now,
        updatedAt: now,
      }).id,
    );

    const [register, personsMs] = time(() => seedPersons(db, PERSONS, 30_000));
    const [seeded, casesMs] = time(() =>
      seedHouseholdsAndCases(db, register, { openCases: OPEN_CASES, closedCases: CLOSED_CASES, workerIds, today: TODAY }),
    );
    console.log(
      `\nEligibility review — seeded ${PERSONS} persons in ${(personsMs / 1000).toFixed(1)} s; in ${(casesMs / 1000).toFixed(1)} s ` +
        `${seeded.households} households, ${seeded.openCases} open cases (${seeded.openWithoutInterview} still without an interview) ` +
        `and ${seeded.closedCases} closed, ${seeded.interviews} interviews (some updated) with ${seeded.members} members, ` +
        `${seeded.incomes} incomes, ${seeded.farms} farms, ${seeded.alimonyPaid} alimony payments`,
    );

    const login = await core.router.invoke('auth.login', { login: 'pracownik1', password: PASSWORD }, { transport: 'test' });
    if (!login.ok) throw new Error(login.error.message);
    const sessionToken = (login.value as { sessionToken: string }).sessionToken;
    const cpuTimes: number[] = [];
    const call = async (scope: 'office' | 'mine'): Promise<[Review, number]> => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const answer = await core.router.invoke('cases.eligibilityReview', { scope }, { transport: 'test', sessionToken });
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      if (!answer.ok) throw new Error(answer.error.message);
      return [answer.value as Review, elapsed];
    };

    // The first call after the program starts also pays for cold caches and for compiling the code paths.
    const [, coldMs] = await call('office');
    cpuTimes.length = 0;
    const times: number[] = [];
    let last!: Review;
    for (let run = 0; run < RUNS; run += 1) {
      const [review, elapsed] = await call('office');
      times.push(elapsed);
      last = review;
    }
    const cpuMedian = median(cpuTimes);
    const [mine, mineMs] = await call('mine');

    // Where the time goes (median of five passes, side by side): the seven bulk reads, computeCase alone, the
    // service, and the same call through the router.
    const rows = listLegalParameters(db);
    const service = createEligibilityReviewService(db, clock);
    const user = { id: workerIds[0]!, login: 'pracownik1', fullName: 'Pracownik Socjalny 1', roles: ['socialWorker' as const] };
    const loads: number[] = [];
    const computes: number[] = [];
    const services: number[] = [];
    const routed: number[] = [];
    for (let pass = 0; pass < 5; pass += 1) {
      const [data, loadMs] = time(() => db.transaction((tx) => loadReviewData(tx, {})));
      loads.push(loadMs);
      computes.push(time(() => computeAll(data, rows))[1]);
      services.push(time(() => service.review({ scope: 'office' }, { transport: 'test', user }))[1]);
      routed.push((await call('office'))[1]);
    }
    const [loadMs, computeMs, serviceMs, routedMs] = [median(loads), median(computes), median(services), median(routed)];
    const [json, jsonMs] = time(() => JSON.stringify(last));

    // The figures have not changed since the interviews were saved: the review must repeat every snapshot.
    const snapshots = new Map(
      (core.database.sqlite.prepare('SELECT case_id AS caseId, computation FROM interviews WHERE id IN (SELECT max(id) FROM interviews GROUP BY case_id)').all() as {
        caseId: number;
        computation: string;
      }[]).map((row) => [row.caseId, JSON.parse(row.computation) as { benefits: { amount: number | null; eligible: boolean | null; minimum: number | null; maximum: number | null }[] }]),
    );
    const differing = last.rows.filter((row) => {
      const saved = snapshots.get(row.caseId);
      if (!saved) return row.parameterValidFrom !== null;
      const figures = (list: { eligible: boolean | null; amount: number | null; minimum: number | null; maximum: number | null }[]) =>
        JSON.stringify(list.map(({ eligible, amount, minimum, maximum }) => [eligible, amount, minimum, maximum]));
      return figures(row.benefits) !== figures(saved.benefits);
    }).length;

    // What the review is for: new figures come into force (invented here, +10 %) and the office sees who changes.
    const current = rows.at(-1)!;
    const raised = (value: number) => Math.round(value * 1.1);
    insertLegalParameterRow(db, {
      ...current,
      id: undefined,
      validFrom: '2026-02-01',
      singleThreshold: raised(current.singleThreshold),
      perPersonThreshold: raised(current.perPersonThreshold),
      permanentAllowanceMax: raised(current.permanentAllowanceMax),
      source: 'Dz.U. 2026 poz. 0 (kwoty wymyślone do pomiaru)',
      createdAt: clock.now().toISOString(),
    });
    clock.set('2026-02-02T09:00:00.000Z');
    await core.router.invoke('auth.unlock', { password: PASSWORD }, { transport: 'test', sessionToken }); // idle → locked
    const [afterChange, afterChangeMs] = await call('office');
    const before = new Map(last.rows.map((row) => [row.caseId, row]));
    let becameEligible = 0;
    let amountChanged = 0;
    for (const row of afterChange.rows) {
      const old = before.get(row.caseId)!;
      row.benefits.forEach((benefit, index) => {
        const was = old.benefits[index]!;
        if (benefit.eligible && was.eligible === false) becameEligible += 1;
        else if (benefit.amount !== was.amount || benefit.minimum !== was.minimum || benefit.maximum !== was.maximum) amountChanged += 1;
      });
    }

    const total = median(times);
    const worst = Math.max(...times);
    // Judged on the median: a single slow run on a busy machine (other programs, garbage collection) is shown
    // as the max but does not decide.
    const pass = total < TARGET_MS;
    console.log(`cases.eligibilityReview (whole office) through the router:`);
    console.log(`  first call    ${ms(coldMs)} (cold: right after start)${coldMs < TARGET_MS ? '' : ' — above 1 s'}`);
    console.log(`  then ${RUNS} runs`);
    console.log(`  total         median ${ms(total)}   max ${ms(worst)}   (${times.map((value) => value.toFixed(0)).join(', ')} ms)`);
    console.log(`  CPU time      median ${ms(cpuMedian)} (this process; above the wall time when garbage collection runs in parallel)`);
    console.log(`  cases         ${last.openCases} open, ${last.computed} computed, ${last.rows.filter((row) => row.problem).length} with a problem to look at`);
    console.log(`  per case      ${((total / last.openCases) * 1000).toFixed(0)} µs (median total ÷ open cases)`);
    console.log(
      `  breakdown     (median of 5 passes) the service ${ms(serviceMs)}, of which the seven bulk reads ${ms(loadMs)} and computeCase ` +
        `for all cases ${ms(computeMs)}; through the router ${ms(routedMs)} (session, input and output checked against the contract)`,
    );
    console.log(`  answer        ${(json.length / 1024 / 1024).toFixed(1)} MB of JSON, JSON.stringify ${ms(jsonMs)} (transport, not in the total)`);
    console.log(`  'mine'        ${mine.openCases} open cases of one worker in ${ms(mineMs)}`);
    console.log(
      `  new figures   thresholds +10 % from 1.02.2026: ${becameEligible} benefits become due, ${amountChanged} change amount or band, ` +
        `${afterChange.rows.filter((row) => row.problem).length} cases get a problem to look at (review in ${ms(afterChangeMs)})`,
    );
    console.log(`  check         ${differing} of ${last.computed} computed cases differ from their saved interview snapshot (expected 0: figures unchanged)`);
    console.log(
      `\ncases.eligibilityReview over ${last.openCases} open cases of a ${PERSONS}-person register: median ${ms(total)}, max ${ms(worst)} ` +
        `(target < 1 s): ${pass && differing === 0 ? 'PASS' : 'FAIL'}`,
    );
    const decisionsPass = await runDecisionsBench(core, sessionToken, clock);
    return pass && differing === 0 && decisionsPass;
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
