import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, screenshot } from './helpers';

test('people are put into a household with their relation to the head', async ({ page }) => {
  const headPesel = makePesel(1968, 11, 20, 5313);
  const childPesel = makePesel(1995, 2, 8, 4422);
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Zofia', lastName: 'Wiśniewska', pesel: childPesel, locality: 'Bródek' });
  await addPersonThroughUi(page, { firstName: 'Marek', lastName: 'Wiśniewski', pesel: headPesel, locality: 'Bródek' });

  await page.getByRole('button', { name: /Utwórz gospodarstwo/ }).click();
  await expect(page.getByRole('cell', { name: 'Głowa gospodarstwa' })).toBeVisible();

  await page.getByRole('button', { name: 'Dodaj członka gospodarstwa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj członka gospodarstwa' });
  await dialog.getByLabel('Szukaj osoby w rejestrze').fill('wisniewska zofia');
  await dialog.getByRole('radio', { name: /Wiśniewska Zofia/ }).check();
  await dialog.getByRole('textbox', { name: 'Stopień pokrewieństwa z głową gospodarstwa' }).click();
  await page.getByRole('option', { name: 'Syn / córka' }).click();
  await dialog.getByRole('button', { name: 'Dodaj' }).click();

  const childRow = page.getByRole('row').filter({ hasText: childPesel });
  await expect(childRow).toBeVisible();
  await expect(childRow.getByRole('textbox', { name: /Stopień pokrewieństwa/ })).toHaveValue('Syn / córka');
  await screenshot(page, '06-gospodarstwo');

  // The member's own file shows the same household.
  await childRow.getByRole('link', { name: 'Wiśniewska Zofia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zofia Wiśniewska' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: headPesel })).toContainText('Głowa gospodarstwa');
});

test('the director changes the office settings and the header follows', async ({ page }) => {
  await logIn(page, 'director', '/ustawienia');
  await page.getByLabel('Pełna nazwa ośrodka').fill('Gminny Ośrodek Pomocy Społecznej w Sitnie Dużym');
  await page.getByLabel('Kod pocztowy').fill('2242');
  await page.getByRole('form', { name: 'Dane urzędu' }).getByRole('button', { name: /^Zapisz/ }).click();
  await expect(page.getByText('Kod pocztowy ma postać NN-NNN, np. 22-424.')).toBeVisible();
  // Typed without the dash, it is written with one when the field is left.
  await page.getByLabel('Kod pocztowy').fill('22424');
  await page.getByLabel('Kod pocztowy').press('Tab');
  await expect(page.getByLabel('Kod pocztowy')).toHaveValue('22-424');
  await page.getByLabel('Kod pocztowy').press('Enter');
  await expect(page.getByText('Dane urzędu zostały zapisane.')).toBeVisible();
  await screenshot(page, '07-dane-urzedu');
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /^Osoby i gospodarstwa/ }).click();
  await expect(page.getByRole('banner')).toContainText('Gminny Ośrodek Pomocy Społecznej w Sitnie Dużym');
});
