import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { logIn, screenshot, USERS } from './helpers';

test('the administrator sets up backups, makes one, checks it and restores it; then everyone logs in again', async ({ page }) => {
  const usb = path.join(process.env.OSTOJA_E2E_DATA_DIR!, '..', `${path.basename(process.env.OSTOJA_E2E_DATA_DIR!)}-pendrive`);
  await logIn(page, 'administrator', '/kopie');
  await expect(page.getByText('Kopie zapasowe nie są skonfigurowane')).toBeVisible();

  await page.getByLabel('Drugie miejsce (pendrive lub folder sieciowy)').fill(usb);
  await page.getByLabel('Hasło kopii').fill('haslo-kopii-gops-sitno');
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
  await expect(page.getByText(/użytkownicy: 3/).first()).toBeVisible();
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
  await screenshot(page, '14-przywracanie');
  await wizard.getByRole('button', { name: 'Przywróć dane' }).click();

  // The data was swapped: sessions of the old data are gone, the login screen says so.
  await expect(page.getByText('Sesja wygasła. Zaloguj się ponownie.')).toBeVisible();
  await page.getByLabel('Login').fill(USERS.administrator.login);
  await page.getByLabel('Hasło').fill(USERS.administrator.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Dziennik zdarzeń/ }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Przywrócono dane z kopii' })).toBeVisible();
});
