import { expect, test } from '@playwright/test';
import { openApp, screenshot, USERS } from './helpers';

/**
 * The first start of a new office, as the IT volunteer does it: the setup screen creates the office and
 * the administrator, who then adds a social worker and the director on the users screen; each of them logs in
 * with the password the administrator gave and sets their own before anything opens.
 */
test('first start: office, administrator, then the users of the office, who set their own passwords', async ({ page, browser }) => {
  // Four people are created and three log in, each with a deliberately slow password hash, and two browser
  // contexts start: on a busy two-core machine this takes minutes.
  test.setTimeout(420_000);
  await openApp(page, '/');
  await expect(page.getByRole('heading', { name: 'Ostoja — pierwsze uruchomienie' })).toBeVisible();
  // This is the main PC of the office (the other choice joins a main PC: office.spec.ts).
  await screenshot(page, '00-pierwsze-uruchomienie-wybor');
  await page.getByRole('button', { name: 'To jest stanowisko główne' }).click();

  await page.getByLabel('Gmina').fill('Sitno');
  await page.getByLabel('Pełna nazwa ośrodka').fill('Gminny Ośrodek Pomocy Społecznej w Sitnie');
  await page.getByLabel('Nr budynku').fill('73');
  await page.getByLabel('Kod pocztowy').fill('22-424');
  await page.getByLabel('Miejscowość').fill('Sitno');
  await page.getByLabel('Kierownik — imię i nazwisko').fill(USERS.director.fullName);
  await page.getByRole('textbox', { name: 'Imię i nazwisko', exact: true }).fill(USERS.administrator.fullName);
  await page.getByRole('textbox', { name: 'Login', exact: true }).fill(USERS.administrator.login);
  await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(USERS.administrator.password);
  await page.getByLabel('Powtórz hasło').fill('inne-haslo-123');
  await page.getByRole('button', { name: 'Zapisz i rozpocznij pracę' }).click();
  await expect(page.getByText('Hasła się różnią.')).toBeVisible();
  await screenshot(page, '00-pierwsze-uruchomienie');
  await page.getByLabel('Powtórz hasło').fill(USERS.administrator.password);
  await page.getByRole('button', { name: 'Zapisz i rozpocznij pracę' }).click();

  // The administrator manages users and settings; the register of persons is not theirs.
  await expect(page.getByRole('button', { name: `Konto: ${USERS.administrator.fullName}` })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Obszary programu' });
  await expect(nav.getByRole('link', { name: /Użytkownicy/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Osoby i gospodarstwa/ })).toHaveCount(0);

  await nav.getByRole('link', { name: /Użytkownicy/ }).click();
  for (const [who, role] of [
    ['socialWorker', 'Pracownik socjalny'],
    ['director', 'Kierownik'],
    ['accountant', 'Księgowa / kasjer'],
  ] as const) {
    await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nowy użytkownik' });
    await dialog.getByLabel('Imię i nazwisko').fill(USERS[who].fullName);
    await dialog.getByLabel('Login').fill(USERS[who].login);
    await dialog.getByRole('checkbox', { name: 'Pracownik socjalny' }).setChecked(role === 'Pracownik socjalny');
    await dialog.getByRole('checkbox', { name: role }).check();
    await dialog.getByLabel('Hasło początkowe').fill(initialPassword(who));
    await dialog.getByRole('button', { name: 'Zapisz' }).click();
    await expect(page.getByRole('row').filter({ hasText: USERS[who].login })).toContainText(role);
  }
  await screenshot(page, '08-uzytkownicy');

  // Each of them logs in for the first time with the administrator's password and is asked for their own first.
  for (const who of ['socialWorker', 'director', 'accountant'] as const) {
    const context = await browser.newContext();
    const own = await context.newPage();
    await openApp(own, '/');
    await own.getByLabel('Login').fill(USERS[who].login);
    await own.getByLabel('Hasło').fill(initialPassword(who));
    await own.getByRole('button', { name: 'Zaloguj' }).click();
    await expect(own.getByRole('heading', { name: 'Ustal własne hasło' })).toBeVisible();
    await expect(own.getByRole('navigation', { name: 'Obszary programu' })).toHaveCount(0);
    await own.getByLabel('Hasło otrzymane od administratora').fill(initialPassword(who));
    await own.getByLabel('Nowe hasło', { exact: true }).fill(USERS[who].password);
    await own.getByLabel('Powtórz nowe hasło').fill(USERS[who].password);
    if (who === 'socialWorker') await screenshot(own, '08a-wlasne-haslo');
    await own.getByRole('button', { name: 'Zmień hasło' }).click();
    await expect(own.getByRole('button', { name: `Konto: ${USERS[who].fullName}` })).toBeVisible();
    await context.close();
  }
});

/** The password the administrator types for a new account; the person replaces it at the first login. */
const initialPassword = (who: 'socialWorker' | 'director' | 'accountant') => `start-${USERS[who].password}`;
