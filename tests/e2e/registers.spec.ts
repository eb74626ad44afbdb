import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, screenshot } from './helpers';

/** The registers as the director uses them: a filter, the register in Excel, and the other registers' tabs. */
test('the director filters the register of persons by locality and takes it to Excel', async ({ page }) => {
  // Two persons typed in through the form first: slow on a busy machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, 'director');
  await addPersonThroughUi(page, { firstName: 'Żaneta', lastName: 'Łęcka', pesel: makePesel(1971, 4, 12, 4402), locality: 'Łabunie Reforma', postTown: 'Łabunie' });
  await addPersonThroughUi(page, { firstName: 'Grzegorz', lastName: 'Źrebiec', pesel: makePesel(1958, 11, 3, 4415), locality: 'Łabunie Reforma', postTown: 'Łabunie' });

  await page.getByRole('link', { name: /Rejestry/ }).click();
  await expect(page.getByRole('heading', { name: 'Rejestry' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Miejscowość' }).click();
  await page.getByRole('option', { name: 'Łabunie Reforma' }).click();
  const table = page.getByRole('table', { name: 'Rejestr osób' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Łęcka Żaneta');
  await expect(table).toContainText('Źrebiec Grzegorz');
  await expect(page.getByText('2 pozycje')).toBeVisible();
  await screenshot(page, '30-rejestr-osob');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksport do Excela (CSV)' }).click()]);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Nazwisko i imię;PESEL;Data urodzenia;Adres;Gospodarstwo (osób);Otwarte sprawy');
  expect(lines.slice(1, 3).map((line) => line.split(';')[0])).toEqual(['Łęcka Żaneta', 'Źrebiec Grzegorz']);

  await page.getByRole('tab', { name: 'Sprawy' }).click();
  await expect(page.getByRole('table', { name: 'Rejestr spraw' })).toBeVisible();
  await screenshot(page, '31-rejestr-spraw');
  await page.getByRole('tab', { name: 'Wypłaty' }).click();
  await expect(page.getByRole('table', { name: 'Rejestr wypłat' })).toBeVisible();
  await screenshot(page, '32-rejestr-wyplat');
});

test('the director names the towns of the gmina for MRPiPS-03', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, 'director', '/ustawienia');
  const towns = page.getByRole('textbox', { name: 'Miejscowości o statusie miasta' });
  await towns.fill('Tyszowce');
  await towns.press('Enter');
  // The suggestions (the localities people live in) close, as they would when the director moves on.
  await towns.press('Escape');
  await page.getByRole('button', { name: 'Zapisz listę miast' }).click();
  await expect(page.getByText('Lista miast została zapisana.')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/mrpips-03'));
  await expect(page.getByText('Miasta: Tyszowce; pozostałe miejscowości liczą się jako wieś.', { exact: false })).toBeVisible();
});
