import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, screenshot } from './helpers';

test('a person added through the form gets birth date and sex from the PESEL', async ({ page }) => {
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, {
    firstName: 'Łukasz',
    lastName: 'Żółć',
    pesel: '44051401359',
    locality: 'Sitno',
    houseNumber: '12',
  });
  await expect(page.getByText('14.05.1944, mężczyzna')).toBeVisible();
  await expect(page.getByText('Sitno 12, 22-424 Sitno')).toBeVisible();
  await screenshot(page, '02-karta-osoby');
});

test('a person is found without Polish letters, as you type', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby');
  const search = page.getByRole('textbox', { name: 'Szukaj osoby' });
  await expect(search).toBeFocused();
  await search.pressSequentially('lukasz zolc', { delay: 20 });
  const row = page.getByRole('row').filter({ hasText: '44051401359' });
  await expect(row).toContainText('Żółć Łukasz');
  await expect(page.getByText('Znalezione osoby: 1')).toBeVisible();
  await screenshot(page, '01-wyszukiwanie');

  await search.fill('zol');
  await expect(row).toBeVisible();
  await search.fill('4405');
  await expect(row).toBeVisible();
  await search.fill('kowalczykowska');
  await expect(page.getByText('Nie znaleziono nikogo')).toBeVisible();
});

test('a wrong PESEL is explained in Polish next to the field, and nothing is saved', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby/nowa');
  const pesel = page.getByRole('textbox', { name: 'PESEL' });
  await pesel.fill('44051401358');
  await expect(page.getByText('Błędna cyfra kontrolna PESEL')).toBeVisible();
  await screenshot(page, '03-bledny-pesel');

  // 31 April does not exist.
  await pesel.fill(makePesel(1980, 4, 30, 1234).replace(/^800430/, '800431'));
  await expect(page.getByText('Data urodzenia zapisana w PESEL nie istnieje')).toBeVisible();

  await pesel.fill('4405');
  await page.getByRole('button', { name: /Zapisz/ }).click();
  await expect(page.getByText('PESEL ma 11 cyfr, a wpisano 4.')).toBeVisible();
  await expect(page.getByText('Podaj imię.')).toBeVisible();
  await expect(page.getByText('Podaj kod pocztowy.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nowa osoba' })).toBeVisible();
  await screenshot(page, '04-formularz-bledy');
});

test('a PESEL already in the register links to that person', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby/nowa');
  await page.getByRole('textbox', { name: 'PESEL' }).fill('44051401359');
  const link = page.getByRole('link', { name: /Łukasz Żółć — otwórz kartę/ });
  await expect(link).toBeVisible();
  await screenshot(page, '05-pesel-juz-w-rejestrze');
  // Going to that person leaves the typed form: the program asks first.
  await link.click();
  await page.getByRole('dialog', { name: 'Porzucić wpisane dane?' }).getByRole('button', { name: 'Porzuć' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Żółć' })).toBeVisible();
});

test('the same name and birth date is shown before saving, and a new person is saved only when confirmed', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby/nowa');
  // Łukasz Żółć, born 14.05.1944, is in the register; typed here without Polish letters, with another PESEL.
  await page.getByLabel('Imię').fill('Lukasz');
  await page.getByLabel('Nazwisko').fill('ZOLC');
  await page.getByRole('textbox', { name: 'PESEL' }).fill(makePesel(1944, 5, 14, 2222));
  await expect(page.getByText('Możliwy duplikat')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Łukasz Żółć, ur. 14.05.1944' })).toContainText('Sitno 12, 22-424 Sitno');
  await expect(page.getByRole('link', { name: 'Otwórz kartę' })).toBeVisible();

  await page.getByLabel('Miejscowość').fill('Sitno');
  await page.getByLabel('Nr domu').fill('7');
  await page.getByLabel('Kod pocztowy').fill('22-424');
  await page.getByLabel('Poczta').fill('Sitno');
  await page.getByLabel('Poczta').press('Enter');
  const confirm = page.getByRole('checkbox', { name: 'To inna osoba — zapisz mimo to' });
  await expect(page.getByText('Zaznacz, że to inna osoba')).toBeVisible();
  await expect(confirm).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Nowa osoba' })).toBeVisible();
  await expect(page.getByLabel('Nr domu')).toHaveValue('7');
  await screenshot(page, '05a-mozliwy-duplikat');

  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lukasz ZOLC' })).toBeVisible();
});

test('a person without PESEL is registered with a document, birth date and sex', async ({ page }) => {
  await logIn(page, 'socialWorker', '/osoby/nowa');
  await page.getByLabel('Imię').fill('Olena');
  await page.getByLabel('Nazwisko').fill('Kovalenko');
  await page.getByLabel('Dokument tożsamości').fill('fx1234567');
  await page.getByLabel('Data urodzenia').fill('05.03.1990');
  await page.getByLabel('Data urodzenia').press('Tab');
  await page.getByRole('radio', { name: 'Kobieta' }).check();
  await page.getByLabel('Miejscowość').fill('Wólka');
  await page.getByLabel('Ulica').fill('Polna');
  await page.getByLabel('Nr domu').fill('3');
  await page.getByLabel('Nr lokalu').fill('2');
  await page.getByLabel('Kod pocztowy').fill('22-424');
  await page.getByLabel('Poczta').fill('Sitno');
  await page.getByRole('button', { name: /Zapisz/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Olena Kovalenko' })).toBeVisible();
  await expect(page.getByText('FX1234567')).toBeVisible();
  await expect(page.getByText('05.03.1990, kobieta')).toBeVisible();
  await expect(page.getByText('Polna 3/2, Wólka, 22-424 Sitno')).toBeVisible();
});

test('editing keeps the register up to date; Esc asks, then cancels without saving', async ({ page }) => {
  const pesel = makePesel(1975, 6, 2, 4568);
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Anna', lastName: 'Nowak', pesel });
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'Zmiana danych osoby' })).toBeVisible();
  await expect(page.getByLabel('Nazwisko')).toHaveValue('Nowak');
  await page.getByLabel('Nazwisko').fill('Nowak-Jeziorańska');
  await page.getByLabel('Nazwisko').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Nowak-Jeziorańska' })).toBeVisible();

  await page.keyboard.press('F2');
  await page.getByLabel('Nazwisko').fill('Zupełnie Inne');
  await page.keyboard.press('Escape');
  // What was typed is not dropped without a word: the program asks first.
  await page.getByRole('dialog', { name: 'Porzucić wpisane dane?' }).getByRole('button', { name: 'Porzuć' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Nowak-Jeziorańska' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /^Osoby i gospodarstwa/ }).click();
  await page.getByRole('textbox', { name: 'Szukaj osoby' }).fill('jezioranska');
  await expect(page.getByRole('row').filter({ hasText: pesel })).toBeVisible();
});
