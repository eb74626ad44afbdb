import { expect, test } from '@playwright/test';
import { logIn, screenshot } from './helpers';

test('the administrator adds the 2028 figures; the 2025 row stays in force until then', async ({ page }) => {
  await logIn(page, 'administrator', '/kwoty');
  await expect(page.getByRole('heading', { name: 'Kryteria dochodowe i kwoty' })).toBeVisible();
  const row2025 = page.getByRole('row').filter({ hasText: '01.01.2025' });
  await expect(row2025).toContainText('obowiązuje dziś');
  await expect(row2025).toContainText(/1\s010,00\szł/);
  await expect(row2025).toContainText('Dz.U. 2024 poz. 1044');

  await page.getByRole('button', { name: 'Dodaj nowe kwoty' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowe kryteria i kwoty' });
  await dialog.getByLabel('Obowiązują od dnia').fill('01.01.2028');
  await dialog.getByLabel('Obowiązują od dnia').press('Tab');
  await dialog.getByLabel('Kryterium dochodowe osoby samotnie gospodarującej').fill('1 200');
  await dialog.getByLabel('Kryterium dochodowe na osobę w rodzinie').fill('98O,00');
  await dialog.getByRole('button', { name: 'Zapisz kwoty' }).click();
  await expect(dialog.getByText('Podaj podstawę prawną')).toBeVisible();
  await dialog.getByLabel('Kryterium dochodowe na osobę w rodzinie').fill('980,00');
  await dialog.getByLabel('Podstawa prawna').fill('Dz.U. 2027 poz. 1234');
  await dialog.getByRole('button', { name: 'Zapisz kwoty' }).click();

  const row2028 = page.getByRole('row').filter({ hasText: '01.01.2028' });
  await expect(row2028).toContainText('przyszły');
  await expect(row2028).toContainText(/1\s200,00\szł/);
  await expect(row2028).toContainText(/980,00\szł/);
  await expect(row2025).toContainText('obowiązuje dziś');
  await screenshot(page, '12-kryteria-i-kwoty');
});
