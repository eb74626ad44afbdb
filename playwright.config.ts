import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { E2E_CLOCK_START } from './tests/e2e/helpers';

/**
 * End-to-end tests: the real UI in headless Chromium against browser mode (the real core and a real SQLite
 * file in a temporary folder). The system Chromium is used where Playwright cannot download its own.
 */
const port = Number(process.env.OSTOJA_E2E_PORT ?? 47813);
export const E2E_TOKEN = 'e2e-token';
// Made once by the runner; its workers load this file again and inherit the folder through the environment.
process.env.OSTOJA_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-e2e-'));
const dataDir = process.env.OSTOJA_E2E_DATA_DIR;
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => fs.existsSync(file));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 860 },
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    // First start: the setup screen and the users (runs once, before everything else).
    { name: 'first-start', testMatch: /first-start\.setup\.ts/ },
    { name: 'office', dependencies: ['first-start'], testIgnore: /\.setup\.ts/ },
  ],
  webServer: {
    // The program's clock starts at a fixed moment (tests/e2e/helpers.ts E2E_CLOCK_START), whatever today is. The
    // office network (office.spec.ts) listens on a free port of 127.0.0.1, so parallel runs never collide.
    command: `node --import tsx electron/host/main.ts --data-dir "${dataDir}" --key-dir "${dataDir}-keys" --port ${port} --test-clock ${E2E_CLOCK_START} --office-port 0 --office-host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    env: { OSTOJA_HOST_TOKEN: E2E_TOKEN, OSTOJA_BACKUP_EVERY_MINUTES: '0' },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
