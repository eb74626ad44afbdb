import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, warsawDate } from './helpers';

/** A wrong date is refused at its field in Polish and stays as typed: never replaced by today, never emptied. */

const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');

test('a birth date that does not exist, or lies after today, is said at the field and nothing is saved', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby/nowa');
  await page.getByLabel('Imię').fill('Iryna');
  await page.getByLabel('Nazwisko').fill('Bondarenko');
  await page.getByLabel('Dokument tożsamości').fill('FX7654321');
  const birthDate = page.getByLabel('Data urodzenia');
  await birthDate.fill('31.02.1980');
  await birthDate.press('Tab');
  await expect(page.getByText('Nie ma takiej daty: 31.02.1980 (luty 1980 ma 29 dni).')).toBeVisible();
  await expect(birthDate).toHaveValue('31.02.1980');

  // The program's tomorrow (the suite's test clock), not the real one.
  const tomorrow = new Date((await programNow(page)).getTime() + 86_400_000);
  await birthDate.fill(pl(warsawDate(tomorrow)));
  await page.getByRole('radio', { name: 'Kobieta' }).check();
  await page.getByLabel('Miejscowość').fill('Sitno');
  await page.getByLabel('Nr domu').fill('5');
  await page.getByLabel('Kod pocztowy').fill('22-424');
  await page.getByRole('button', { name: /Zapisz/ }).click();
  await expect(page.getByText('Data urodzenia nie może być z przyszłości.')).toBeVisible();
  await expect(birthDate).toHaveValue(pl(warsawDate(tomorrow)));
  await expect(page.getByRole('heading', { name: 'Nowa osoba' })).toBeVisible();
});

test('an application dated tomorrow is refused at the field, and the date stays as typed', async ({ page }) => {
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Bogdan', lastName: 'Terminowy', pesel: makePesel(1958, 6, 3, 5127) });
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  const tomorrow = pl(warsawDate(new Date((await programNow(page)).getTime() + 86_400_000)));
  const applicationDate = page.getByLabel('Data wpływu wniosku');
  await applicationDate.fill(tomorrow);
  await applicationDate.press('Tab');
  await expect(page.getByText('Data wpływu wniosku nie może być z przyszłości.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Zasiłek okresowy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  await expect(page.getByText('Data wpływu wniosku nie może być z przyszłości.')).toBeVisible();
  await expect(applicationDate).toHaveValue(tomorrow);
  await expect(page.getByRole('heading', { name: 'Nowy wniosek' })).toBeVisible();
});
