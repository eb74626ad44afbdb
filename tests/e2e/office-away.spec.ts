import { expect, test } from '@playwright/test';
import { makePesel } from './helpers';
import { CLOCK_START, freePort, ok, PASSWORD, startClientPc, startMainPc, stopAll, stopHost, HOST_TOKEN } from '../integration/fixtures/office-processes';

/**
 * Issue 14: the main PC goes away while a worker types on another PC. The screen says so plainly, naming the main
 * PC's address, what was typed stays in the form, and the banner goes by itself once the main PC answers again; a
 * main PC that restarted forgot the session, so the screen locks instead of logging out and the form is saved after.
 * This office is its own: a main PC and another PC started here (loopback only), not the suite's shared office.
 */

test.afterAll(stopAll);

test('the main PC away: a banner naming it, the form keeps what was typed, the banner goes when it is back', async ({ page }) => {
  test.setTimeout(300_000);
  const officePort = await freePort();
  let main = await startMainPc([{ login: 'ewa', fullName: 'Ewa Pracowita', roles: ['socialWorker'] }], { officePort });
  const dirs = { dataDir: main.host.dataDir, keyDir: main.host.keyDir };
  const pc = await startClientPc(main, 'Pokój 2 — Ewa');

  // Ewa has already set her own password (the administrator's first one must be changed at the first login).
  const OWN_PASSWORD = 'cierpliwe-haslo-ewy-na-stanowisku';
  const first = ok(await pc.call('auth.login', { login: 'ewa', password: PASSWORD }), 'login').sessionToken as string;
  ok(await pc.call('auth.changePassword', { currentPassword: PASSWORD, newPassword: OWN_PASSWORD }, first), 'own password');

  await page.clock.install({ time: new Date(CLOCK_START) });
  await page.goto(`http://127.0.0.1:${pc.port}/?token=${HOST_TOKEN}#/osoby/nowa`);
  await page.getByLabel('Login').fill('ewa', { timeout: 60_000 });
  await page.getByLabel('Hasło').fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('heading', { name: 'Nowa osoba' }).waitFor();
  await page.getByLabel('Imię').fill('Halina');
  await page.getByLabel('Nazwisko').fill('Cierpliwa');
  await page.getByRole('textbox', { name: 'PESEL' }).fill(makePesel(1950, 4, 2, 5120));
  await page.getByLabel('Miejscowość').fill('Sitno');
  await page.getByLabel('Nr domu').fill('7');
  await page.getByLabel('Kod pocztowy').fill('22-424');
  await page.getByLabel('Poczta').fill('Sitno');

  // The main PC stops (switched off, cable pulled): the save is sent again for a few seconds, then the banner.
  await stopHost(main.host, 'SIGKILL');
  await page.getByLabel('Poczta').press('Enter');
  const banner = page.getByRole('alert').filter({ hasText: 'Nie można połączyć się ze stanowiskiem głównym' }).first();
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText(`https://127.0.0.1:${officePort}`);
  await expect(banner).toContainText('wpisane dane zostają, ponawiam');
  await expect(page.getByLabel('Imię')).toHaveValue('Halina');
  await expect(page.getByLabel('Nazwisko')).toHaveValue('Cierpliwa');
  await page.screenshot({ path: 'tests/e2e/screenshots/office-main-pc-away.png', fullPage: true });

  // The main PC starts again: the banner goes by itself; the form still holds what was typed.
  main = await startMainPc([], { dirs, officePort });
  await expect(banner).toBeHidden({ timeout: 60_000 });
  // It restarted, so it forgot Ewa's session: the screen locks (it does not log her out), she types her password,
  // and the form underneath still holds what she typed; saving it now works.
  const lock = page.getByRole('dialog', { name: 'Ekran zablokowany' });
  await page.getByLabel('Poczta').press('Enter');
  await expect(lock).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'tests/e2e/screenshots/office-main-pc-back.png', fullPage: true });
  await lock.getByLabel('Hasło').fill(OWN_PASSWORD);
  await lock.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(lock).toBeHidden({ timeout: 30_000 });
  await expect(page.getByLabel('Nazwisko')).toHaveValue('Cierpliwa');
  await page.getByLabel('Poczta').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Halina Cierpliwa' })).toBeVisible({ timeout: 30_000 });
});
