import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { addPersonThroughUi, E2E_CLOCK_START, logIn, makePesel, programNow, screenshot, USERS } from './helpers';

/**
 * Issue 14 end to end: the main PC's "Sieć biura" shows the address and the pairing code; a second browser-mode
 * process (another PC, with a data folder of its own) is joined to it at its first start through the screen; a
 * social worker logs in there and registers a case; the director sees it on the main PC. The second process is
 * the same forwarding the Electron shell of another PC uses.
 */

const PC_TOKEN = 'e2e-drugi-komputer';
let second: ChildProcess | undefined;
const folders: string[] = [];

test.afterAll(() => {
  second?.kill('SIGTERM');
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** Another PC's browser-mode host, at its first start (its own empty data folder). */
function startSecondPc(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-e2e-pc-'));
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-e2e-pc-keys-'));
  folders.push(dataDir, keyDir);
  second = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--data-dir', dataDir, '--key-dir', keyDir, '--port', '0', '--test-clock', E2E_CLOCK_START], {
    env: { ...process.env, OSTOJA_HOST_TOKEN: PC_TOKEN, OSTOJA_BACKUP_EVERY_MINUTES: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    second!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Otwórz: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    second!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    second!.on('exit', (code) => reject(new Error(`the second PC ended (${code}):\n${output}`)));
  });
}

test('another PC joins at its first start; a worker there registers a case; the director sees it on the main PC', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const secondPort = startSecondPc();

  // The main PC: the administrator turns serving on; the screen shows the port and the pairing code.
  await logIn(page, 'administrator', '/siec-biura');
  await expect(page.getByRole('heading', { name: 'Sieć biura' })).toBeVisible();
  const turnOn = page.getByRole('button', { name: 'Włącz obsługę innych komputerów' });
  if (await turnOn.isVisible()) await turnOn.click();
  const code = (await page.getByTestId('office-pairing-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const shown = (await page.getByTestId('office-address').first().textContent())!;
  // The e2e office listens on 127.0.0.1 only; the screen names the network addresses with the same port.
  const officePort = /:(\d+)$/.exec(shown.trim())![1];
  await screenshot(page, 'office-main-pairing');

  // The other PC at its first start: "Dołącz do stanowiska głównego", the address and the code from the screen.
  const pc = await (await browser.newContext()).newPage();
  await pc.clock.install({ time: await programNow(page) });
  await pc.goto(`http://127.0.0.1:${await secondPort}/?token=${PC_TOKEN}#/`);
  await expect(pc.getByRole('heading', { name: 'Ostoja — pierwsze uruchomienie' })).toBeVisible({ timeout: 60_000 });
  await pc.getByRole('button', { name: 'Dołącz do stanowiska głównego' }).click();
  await pc.getByLabel('Adres stanowiska głównego').fill(`127.0.0.1:${officePort}`);
  // A mistyped code (another certificate's part) joins nothing and says so.
  const wrong = `${code.slice(0, 10)}${code[10] === '0' ? '1' : '0'}${code.slice(11)}`;
  await pc.getByLabel('Kod parowania').fill(wrong);
  await pc.getByLabel('Nazwa tego komputera').fill('Pokój 2 — Ewa');
  await pc.getByRole('button', { name: 'Dołącz', exact: true }).click();
  await expect(pc.getByRole('alert').filter({ hasText: 'Ktoś może podszywać się pod stanowisko główne' })).toBeVisible({ timeout: 30_000 });
  await pc.getByLabel('Kod parowania').fill(code);
  await screenshot(pc, 'office-join');
  await pc.getByRole('button', { name: 'Dołącz', exact: true }).click();

  // From now on this PC works on the main PC's register: its login, the worker's own account.
  await pc.getByLabel('Login').fill(USERS.socialWorker.login, { timeout: 60_000 });
  await pc.getByLabel('Hasło').fill(USERS.socialWorker.password);
  await pc.getByRole('button', { name: 'Zaloguj' }).click();
  await pc.getByRole('button', { name: `Konto: ${USERS.socialWorker.fullName}` }).waitFor();
  const lastName = `Sieciowa${Date.now() % 100_000}`.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!);
  await addPersonThroughUi(pc, { firstName: 'Bogumiła', lastName, pesel: makePesel(1961, 5, 20, 4000 + (Date.now() % 900)), locality: 'Bródek' });
  await pc.getByRole('link', { name: 'Nowy wniosek' }).click();
  await pc.getByRole('checkbox', { name: 'Zasiłek stały', exact: true }).check();
  await pc.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await expect(pc.getByRole('textbox', { name: 'Pracownik socjalny prowadzący sprawę' })).toHaveValue(USERS.socialWorker.fullName);
  await pc.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  const caseHeading = pc.getByRole('heading', { level: 1, name: /^GOPS\.8311\.\d+\.\d{4}$/ });
  await expect(caseHeading).toBeVisible();
  const caseRef = (await caseHeading.textContent())!;
  await screenshot(pc, 'office-client-case');

  // The director, on the main PC, finds the case the worker registered on the other PC.
  const director = await (await browser.newContext()).newPage();
  await logIn(director, 'director', '/sprawy');
  await director.getByLabel('Szukaj').fill(lastName);
  await expect(director.getByText(caseRef)).toBeVisible();
  await screenshot(director, 'office-director-sees-case');

  // And the administrator's screen lists the PC that joined.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Sparowane komputery' }).getByText('Pokój 2 — Ewa')).toBeVisible({ timeout: 15_000 });
});
