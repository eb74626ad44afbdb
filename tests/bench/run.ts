import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { normalizeForSearch } from '../../shared/domain/search';
import { openDatabase } from '../../db/open';
import { TEST_DATABASE_KEY } from '../../db/testing';
import { createPersonsService } from '../../electron/core/services/persons';
import { systemClock } from '../../electron/core/context';
import { runDashboardBench } from './dashboard';
import { runEligibilityBench } from './eligibility';
import { runOfficeBench } from './office';
import { runPaymentsBench } from './payments';
import { runReportsBench } from './reports';
import { rng, seedPersons } from './seed';

/**
 * `npm run bench`: seeds a large realistic register in a temporary folder and prints figures.
 * Targets:
 * - (issue: foundation) searching 50,000 persons answers in under 20 ms at the 95th percentile, measured in the
 *   service;
 * - (issue 4) the office-wide eligibility review over a 30,000-person register with 4,000 open cases takes
 *   under 1 s in total, measured through the router (tests/bench/eligibility.ts, its own database);
 * - (issue 12) payments: the month's run, its list PDFs and the bank file (tests/bench/payments.ts, its own database).
 * - (issue 15) the director's view (Pulpit) under 500 ms (tests/bench/dashboard.ts, its own database).
 * - (issue 15) MRPiPS-03 for a year and a half-year under 2 s each, and the registers' first pages (tests/bench/reports.ts).
 * `npm run bench -- payments` runs the payments bench alone (the machine is shared: run only what you changed);
 * `npm run bench -- dashboard` the director's view alone, `npm run bench -- reports` the report and the registers,
 * `npm run bench -- office` (issue 14) the office network: added latency over TLS and 10 PCs searching at once.
 */
if (process.argv[2] === 'payments') {
  process.exit((await runPaymentsBench()) ? 0 : 1);
}
if (process.argv[2] === 'dashboard') {
  process.exit((await runDashboardBench()) ? 0 : 1);
}
if (process.argv[2] === 'reports') {
  process.exit((await runReportsBench()) ? 0 : 1);
}
if (process.argv[2] === 'office') {
  process.exit((await runOfficeBench()) ? 0 : 1);
}
const PERSONS = Number(process.env.BENCH_PERSONS ?? 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-bench-'));
// Encrypted at rest, as the program's database is (db/cipher.ts).
const handle = openDatabase({ file: path.join(dir, 'ostoja.db'), migrationsFolder: path.resolve('db/migrations'), key: TEST_DATABASE_KEY });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(label: string, queries: string[], run: (query: string) => unknown): number {
  for (const query of queries.slice(0, 20)) run(query); // warm the page cache and statement cache
  const times = queries.map((query) => {
    const start = performance.now();
    run(query);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${label.padEnd(44)} n=${String(times.length).padStart(4)}  p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms` +
      `  p95 ${p95.toFixed(2).padStart(6)} ms  p99 ${percentile(times, 99).toFixed(2).padStart(6)} ms  max ${times.at(-1)!.toFixed(2).padStart(6)} ms`,
  );
  return p95;
}

try {
  const seedStart = performance.now();
  const seeded = seedPersons(handle.db, PERSONS);
  console.log(`Seeded ${PERSONS} persons in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${dir})`);

  const service = createPersonsService(handle.db, systemClock);
  const random = rng(7);
  const sample = (n: number) => Array.from({ length: n }, () => seeded[Math.floor(random() * seeded.length)]!);
  const plain = (text: string) => normalizeForSearch(text);

  const mixes: [string, string[]][] = [
    ['full name without Polish letters', sample(300).map((p) => plain(`${p.firstName} ${p.lastName}`))],
    ['last name, typed letter by letter (1–6)', sample(60).flatMap((p) => [1, 2, 3, 4, 5, 6].map((n) => plain(p.lastName).slice(0, n)))],
    ['last name + first letters of first name', sample(300).map((p) => `${plain(p.lastName)} ${plain(p.firstName).slice(0, 2)}`)],
    ['PESEL prefix (4, 6, 11 digits)', sample(100).flatMap((p) => [p.pesel.slice(0, 4), p.pesel.slice(0, 6), p.pesel])],
    ['locality, "locality house", "street house"', sample(300).map((p, i) => [plain(p.locality), plain(`${p.locality} ${p.houseNumber}`), plain(`${p.street ?? p.locality} ${p.houseNumber}`)][i % 3]!)],
    ['phone typed "601 234 567" / "+48 601-234-567"', sample(300).filter((p) => p.phone).map((p, i) => {
      const groups = `${p.phone!.slice(0, 3)} ${p.phone!.slice(3, 6)} ${p.phone!.slice(6)}`;
      return i % 2 ? groups : `+48 ${groups.replace(/ /g, '-')}`;
    })],
    ['empty query (recently changed)', Array.from({ length: 100 }, () => '')],
  ];
  let worst = 0;
  for (const [label, queries] of mixes) {
    worst = Math.max(worst, measure(label, queries, (query) => service.search({ query, limit: 50 })));
  }
  const everything = mixes.flatMap(([, queries]) => queries);
  const overall = measure('ALL persons.search queries', everything, (query) => service.search({ query, limit: 50 }));
  console.log(`\npersons.search over ${PERSONS} persons: p95 ${overall.toFixed(2)} ms overall, worst mix p95 ${worst.toFixed(2)} ms (target < 20 ms)`);
} finally {
  handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await runEligibilityBench();
await runPaymentsBench();
await runDashboardBench();
await runReportsBench();
await runOfficeBench();
