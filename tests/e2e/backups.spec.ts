import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { logIn, screenshot, USERS, type E2EUser } from './helpers';

/** Another person of the office at their own computer (a browser context of their own), logged in. */
async function colleague(browser: Browser, who: E2EUser, route = '/'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await logIn(page, who, route);
  return page;
}

test('backup warnings: the orange banner for the administrator, a small indicator in the header for everyone else', async ({ page, browser }) => {
  test.setTimeout(60_000); // two people log in, each with a deliberately slow password hash
  await logIn(page, 'administrator', '/uzytkownicy');
  await expect(page.getByRole('status').filter({ hasText: 'Kopie zapasowe wymagają uwagi' })).toContainText('administrator musi ustawić hasło kopii');

  const worker = await colleague(browser, 'socialWorker', '/do-zrobienia');
  const indicator = worker.getByRole('banner').getByText('Kopia: brak');
  await expect(indicator).toBeVisible();
  await expect(worker.getByText('Kopie zapasowe wymagają uwagi')).toHaveCount(0);
  await indicator.hover();
  await expect(worker.getByRole('tooltip')).toContainText('Nie ma jeszcze żadnej kopii zapasowej. Kopie zapasowe nie są skonfigurowane');
  await expect(worker.getByRole('tooltip')).toContainText('Powiedz o tym administratorowi.');
  await worker.screenshot({ path: 'tests/e2e/screenshots/13c-naglowek-pracownika.png' });
  await worker.context().close();
});

test('the administrator sets up backups, makes one, checks it and restores it; then everyone logs in again and is told', async ({ page, browser }) => {
  test.setTimeout(240_000); // four people log in, each with a deliberately slow password hash, on a busy machine
  const usb = path.join(process.env.OSTOJA_E2E_DATA_DIR!, '..', `${path.basename(process.env.OSTOJA_E2E_DATA_DIR!)}-pendrive`);
  await logIn(page, 'administrator', '/kopie');
  await expect(page.getByText('Kopie zapasowe nie są skonfigurowane')).toBeVisible();

  await expect(page.getByRole('button', { name: 'Cofnij ostatnie przywrócenie' })).toHaveCount(0); // nothing restored: nothing to undo

  // A stick that is not plugged in (its mount folder is missing) is refused, not made on this disk.
  const unplugged = path.join(`${usb}-niepodlaczony`, 'kopie');
  await page.getByLabel('Drugie miejsce (pendrive lub folder sieciowy)').fill(unplugged);
  await page.getByLabel('Hasło kopii', { exact: true }).fill('haslo-kopii-gops-sitno');
  await page.getByLabel('Powtórz hasło kopii').fill('haslo-kopii-gops-sitn0');
  await page.getByRole('button', { name: 'Zapisz ustawienia kopii' }).click();
  await expect(page.getByText('Hasła się różnią. Wpisz to samo hasło dwa razy.')).toBeVisible();
  await page.getByLabel('Powtórz hasło kopii').fill('haslo-kopii-gops-sitno');
  await page.getByRole('button', { name: 'Zapisz ustawienia kopii' }).click();
  await expect(page.getByText(`Nie ma folderu ${path.dirname(unplugged)}. Sprawdź, czy pendrive lub dysk sieciowy jest podłączony`)).toBeVisible();
  expect(fs.existsSync(path.dirname(unplugged))).toBe(false);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, '12a-kopie-ustawienia-odmowa');

  // What is typed is not dropped by a menu click without a question.
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Użytkownicy/ }).click();
  const leave = page.getByRole('dialog', { name: 'Porzucić wpisane dane?' });
  await leave.getByRole('button', { name: 'Zostań' }).click();
  await expect(leave).toHaveCount(0);
  await expect(page.getByLabel('Powtórz hasło kopii')).toHaveValue('haslo-kopii-gops-sitno');

  await page.getByLabel('Drugie miejsce (pendrive lub folder sieciowy)').fill(usb);
  await page.getByRole('button', { name: 'Zapisz ustawienia kopii' }).click();
  await expect(page.getByText('Zapisano ustawienia kopii.')).toBeVisible();

  await page.getByRole('button', { name: 'Zrób kopię teraz' }).click();
  await expect(page.getByText('Kopia zapasowa gotowa')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'ten komputer' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'drugie miejsce' })).toHaveCount(1);
  expect(fs.readdirSync(usb).filter((name) => name.endsWith('.ostoja-backup'))).toHaveLength(1);
  await page.reload();
  await expect(page.getByLabel('Stan kopii zapasowych')).toContainText('Ostatnia kopia zapasowa');

  await page.getByRole('row').filter({ hasText: 'drugie miejsce' }).getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText(/jest poprawna/)).toBeVisible();
  await expect(page.getByText(`użytkownicy: ${Object.keys(USERS).length}`).first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0)); // a whole-page picture taken scrolled repeats the fixed header
  await screenshot(page, '13-kopie-zapasowe');

  // A backup brought from another computer: its folder is typed, its backups are listed and can be checked.
  const otherComputer = `${usb}-z-innego-komputera`;
  const otherPanel = page.locator('form').filter({ hasText: 'Kopia z innego miejsca' });
  await otherPanel.getByLabel('Folder z kopiami').fill(`${otherComputer}-brak`);
  await otherPanel.getByRole('button', { name: 'Pokaż kopie z tego folderu' }).click();
  await expect(otherPanel.getByText(/Sprawdź, czy pendrive lub dysk sieciowy jest podłączony/)).toBeVisible();
  fs.mkdirSync(otherComputer, { recursive: true });
  for (const name of fs.readdirSync(usb)) fs.copyFileSync(path.join(usb, name), path.join(otherComputer, name));
  await otherPanel.getByLabel('Folder z kopiami').fill(otherComputer);
  await otherPanel.getByRole('button', { name: 'Pokaż kopie z tego folderu' }).click();
  const fromOther = otherPanel.getByRole('row').filter({ hasText: otherComputer });
  await expect(fromOther).toHaveCount(1);
  await page.getByRole('alert').filter({ hasText: 'jest poprawna' }).getByRole('button').click(); // the first check's result
  await otherPanel.getByLabel('Hasło tych kopii').fill('haslo-z-innego-komputera');
  await fromOther.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText(/Hasło nie pasuje do tej kopii zapasowej/)).toBeInViewport();
  await otherPanel.getByLabel('Hasło tych kopii').fill('haslo-kopii-gops-sitno');
  await fromOther.getByRole('button', { name: 'Sprawdź' }).click();
  const checked = page.getByRole('alert').filter({ hasText: 'jest poprawna' });
  await expect(checked).toContainText(`Miejsce: ${otherComputer}`);
  await expect(checked).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0)); // a whole-page picture taken scrolled repeats the fixed header
  await screenshot(page, '13a-kopia-z-innego-miejsca');

  await page.getByRole('row').filter({ hasText: 'ten komputer' }).getByRole('button', { name: 'Przywróć' }).click();
  const wizard = page.getByRole('dialog', { name: 'Przywracanie danych z kopii' });
  await wizard.getByRole('button', { name: 'Sprawdź kopię' }).click();
  await expect(wizard.getByText('Kopia jest poprawna')).toBeVisible();
  await expect(wizard.getByRole('button', { name: 'Przywróć dane' })).toBeDisabled();
  await wizard.getByLabel('Aby przywrócić, wpisz słowo PRZYWRÓĆ').fill('PRZYWRÓĆ');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, '14-przywracanie');
  const backupTime = (await page.getByRole('row').filter({ hasText: 'ten komputer' }).getByRole('cell').first().innerText()).trim();
  expect(backupTime).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  await wizard.getByRole('button', { name: 'Przywróć dane' }).click();

  // The data was swapped: sessions of the old data are gone, the login screen says why.
  await expect(page.getByText('Dane przywrócono z kopii zapasowej. Zaloguj się ponownie.')).toBeVisible();
  await page.getByLabel('Login').fill(USERS.administrator.login);
  await page.getByLabel('Hasło').fill(USERS.administrator.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();

  // Told at once, until "Rozumiem": from which moment the data now comes.
  const told = page.getByRole('dialog', { name: `Przywrócono dane z kopii z ${backupTime}` });
  await expect(told).toContainText('trzeba sprawdzić i w razie potrzeby wpisać ponownie');
  await screenshot(page, '14a-po-przywroceniu');
  await told.getByRole('button', { name: 'Rozumiem' }).click();
  await expect(told).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: `Konto: ${USERS.administrator.fullName}` }).waitFor();
  await expect(page.getByRole('dialog')).toHaveCount(0); // said once for this person

  // Undo is offered now, and says which moment it returns to.
  const undo = page.getByRole('alert').filter({ hasText: 'Dane przywrócono z kopii' });
  await expect(undo).toContainText(/Wróci stan z \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}, sprzed przywrócenia\./);
  await screenshot(page, '14b-kopie-po-przywroceniu');

  // Everyone else is told too, at their next login, and then sees only the small indicator in the header.
  // Every other account of the office (so that no later test meets the notice), whatever roles the suite holds.
  for (const who of (Object.keys(USERS) as E2EUser[]).filter((user) => user !== 'administrator')) {
    const other = await colleague(browser, who);
    const theirs = other.getByRole('dialog', { name: `Przywrócono dane z kopii z ${backupTime}` });
    await expect(theirs).toBeVisible();
    if (who === 'socialWorker') await screenshot(other, '14c-przywrocenie-pracownik');
    await theirs.getByRole('button', { name: 'Rozumiem' }).click();
    await expect(other.getByRole('banner').getByText(/^Kopia: \d+ min temu$/)).toBeVisible();
    await expect(other.getByText('Ostatnia kopia zapasowa:')).toHaveCount(0);
    await other.context().close();
  }
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Dziennik zdarzeń/ }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Przywrócono dane z kopii' })).toBeVisible();
});
