#!/usr/bin/env node
// `npm test`: type-check, lint, unit + integration tests (vitest), then the end-to-end suite (Playwright in
// headless Chromium against browser mode). Ends with one line "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Playwright empties its own test-results/ at start, so the reports that make the summary live apart.
const results = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-test-reports-'));
const bin = (relative) => path.join(root, 'node_modules', relative);

function run(title, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unitJson = path.join(results, 'unit.json');
const e2eJson = path.join(results, 'e2e.json');

const steps = [];
steps.push(['typecheck', run('Typecheck (tsc)', [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])]);
steps.push(['lint', run('Lint (eslint, import boundaries)', [bin('eslint/bin/eslint.js'), '.'])]);
steps.push([
  'unit',
  run('Unit and integration tests (vitest)', [
    bin('vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitJson}`,
  ]),
]);
const built = run('Build the renderer (vite)', [bin('vite/bin/vite.js'), 'build', '--logLevel', 'error']);
steps.push(['renderer build', built]);
if (built) {
  steps.push([
    'e2e',
    run('End-to-end tests (Playwright, Chromium)', [bin('@playwright/test/cli.js'), 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson,
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    }),
  ]);
}

let passed = 0;
let failed = 0;
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = readJson(e2eJson);
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
}
const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name);
console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (!unit || (built && !e2e)) console.log('A test suite did not report its results.');
console.log(`Tests: ${passed} passed, ${failed} failed`);
fs.rmSync(results, { recursive: true, force: true });
process.exit(failedSteps.length === 0 && unit && e2e && failed === 0 ? 0 : 1);
