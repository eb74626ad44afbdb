/**
 * `npx tsx tests/bench/backup.ts`: backup and verify of a large database against copying the same file with the
 * operating system (issue 5 target: each within 3 × the copy). BENCH_BACKUP_MB sets the size (500 by default),
 * BENCH_DIR the folder (the system's temporary folder by default), BENCH_RUNS the repetitions (3).
 * Everything it creates is deleted at the end.
 *
 * All figures are with a warm page cache (the database was just written), which favours the plain copy most:
 * it only moves pages in memory, while the backup must also check the database and flush its file to disk.
 * The copy is therefore given both ways: as `cp` does it (no flush) and flushed (fsync), like the backup.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { createBackup, verifyBackup, type BackupStep } from '../../electron/core/backup';
import { seedPersons } from './seed';

const TARGET_MB = Number(process.env.BENCH_BACKUP_MB ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PERSONS = 50_000;
const PASSPHRASE = 'hasło do testu wydajności kopii';
const migrationsFolder = path.resolve('db/migrations');
const dir = fs.mkdtempSync(path.join(path.resolve(process.env.BENCH_DIR ?? os.tmpdir()), 'ostoja-bench-backup-'));
const dataDir = path.join(dir, 'dane');
const databaseFile = path.join(dataDir, 'ostoja.db');
const outDir = path.join(dir, 'kopie');

const WORDS = (
  'wywiad środowiskowy przeprowadzono w miejscu zamieszkania rodzina prowadzi wspólne gospodarstwo domowe dochód ' +
  'netto na osobę nie przekracza kryterium zasiłek okresowy celowy na zakup opału leków żywności ubrania ' +
  'niepełnosprawność długotrwała choroba bezrobocie ubóstwo bezradność w sprawach opiekuńczo-wychowawczych ' +
  'praca socjalna kontrakt socjalny pracownik socjalny kierownik ośrodka decyzja administracyjna'
).split(' ');

function buildDatabase(): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const handle = openDatabase({ file: databaseFile, migrationsFolder });
  try {
    seedPersons(handle.db, PERSONS);
    // Notes of social workers (realistic Polish text) fill the rest: one bench table, counted like any other.
    handle.sqlite.exec('CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL, written_at TEXT NOT NULL, body TEXT NOT NULL)');
    handle.sqlite.exec('CREATE INDEX bench_notes_person ON bench_notes (person_id)');
    const insert = handle.sqlite.prepare('INSERT INTO bench_notes (person_id, written_at, body) VALUES (?, ?, ?)');
    const current = () => fs.statSync(databaseFile).size + (fs.existsSync(`${databaseFile}-wal`) ? fs.statSync(`${databaseFile}-wal`).size : 0);
    let i = 0;
    while (current() < TARGET_MB * 1024 * 1024) {
      handle.sqlite.transaction(() => {
        for (let n = 0; n < 20_000; n += 1, i += 1) {
          let body = '';
          for (let w = i % 13; body.length < 1200 + (i % 800); w += 7) body += `${WORDS[w % WORDS.length]} `;
          insert.run(1 + (i % PERSONS), new Date(1.7e12 + i * 60_000).toISOString(), body);
        }
      })();
    }
  } finally {
    handle.close(); // checkpoints: ostoja.db alone is the whole database, as for a copy of a closed program
  }
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function osCopy(target: string): void {
  if (process.platform === 'win32') execFileSync('cmd', ['/c', 'copy', '/y', databaseFile, target], { stdio: 'ignore' });
  else execFileSync('cp', [databaseFile, target]);
}
function flushed(file: string): void {
  const fd = fs.openSync(file, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}

try {
  const buildStart = performance.now();
  buildDatabase();
  const bytes = fs.statSync(databaseFile).size;
  const mb = bytes / (1024 * 1024);
  console.log(`Database: ${mb.toFixed(0)} MB (${PERSONS} persons + notes), built in ${seconds(performance.now() - buildStart)} — ${dir}`);
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}`);
  const copyTarget = path.join(dir, 'kopia-systemowa.db');
  osCopy(copyTarget); // warm-up
  fs.rmSync(copyTarget);

  const figures: Record<string, number[]> = { 'cp (OS copy)': [], 'fs.copyFileSync': [], 'cp + fsync': [], 'backup create': [], 'backup verify': [] };
  const steps: Partial<Record<BackupStep, number[]>> = {};
  for (let run = 0; run < RUNS; run += 1) {
    figures['cp (OS copy)']!.push(time(() => osCopy(copyTarget)));
    fs.rmSync(copyTarget);
    figures['fs.copyFileSync']!.push(time(() => fs.copyFileSync(databaseFile, copyTarget)));
    fs.rmSync(copyTarget);
    figures['cp + fsync']!.push(
      time(() => {
        osCopy(copyTarget);
        flushed(copyTarget);
      }),
    );
    fs.rmSync(copyTarget);

    let last = performance.now();
    let lastStep: BackupStep = 'start';
    const stepTimes: Partial<Record<BackupStep, number>> = {};
    let created!: Awaited<ReturnType<typeof createBackup>>;
    figures['backup create']!.push(
      await timeAsync(async () => {
        created = await createBackup({
          source: { file: databaseFile },
          destinationDir: outDir,
          passphrase: PASSPHRASE,
          programVersion: 'bench',
          onEvent: (event) => {
            if (event.step === lastStep) return;
            const now = performance.now();
            stepTimes[lastStep] = (stepTimes[lastStep] ?? 0) + (now - last);
            last = now;
            lastStep = event.step;
          },
        });
      }),
    );
    for (const [step, ms] of Object.entries(stepTimes)) (steps[step as BackupStep] ??= []).push(ms);
    figures['backup verify']!.push(
      await timeAsync(() => verifyBackup({ file: created.file, passphrase: PASSPHRASE, knownSchemaVersion: knownSchemaVersion(migrationsFolder), workDir: dir })),
    );
    fs.rmSync(created.file);
  }

  console.log(`\nMedian of ${RUNS} runs, warm page cache:`);
  for (const [label, values] of Object.entries(figures)) {
    console.log(`  ${label.padEnd(18)} ${seconds(median(values)).padStart(9)}   (${values.map((v) => seconds(v)).join(', ')})   ${(mb / (median(values) / 1000)).toFixed(0)} MB/s`);
  }
  console.log('  backup create, by step (median):');
  for (const [step, values] of Object.entries(steps)) console.log(`    ${step.padEnd(16)} ${seconds(median(values!)).padStart(9)}`);
  const cp = median(figures['cp (OS copy)']!);
  const cpFlushed = median(figures['cp + fsync']!);
  const create = median(figures['backup create']!);
  const verify = median(figures['backup verify']!);
  console.log('\nRatios (target ≤ 3):');
  console.log(`  backup create / cp          ${(create / cp).toFixed(2)}    backup create / (cp + fsync)  ${(create / cpFlushed).toFixed(2)}`);
  console.log(`  backup verify / cp          ${(verify / cp).toFixed(2)}    backup verify / (cp + fsync)  ${(verify / cpFlushed).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
