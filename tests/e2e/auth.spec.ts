import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, openApp, programNow, screenshot, USERS } from './helpers';

test('a wrong password is refused in Polish and nothing opens', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Login').fill(USERS.socialWorker.login);
  await page.getByLabel('Hasło').fill('zle-haslo-zle-haslo');
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(page.getByText('Nieprawidłowy login lub hasło.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Obszary programu' })).toHaveCount(0);
  await screenshot(page, '09-logowanie-bledne-haslo');
});

test('a social worker keeps the register but sees neither the audit log nor the users', async ({ page }) => {
  await logIn(page, 'socialWorker');
  const nav = page.getByRole('navigation', { name: 'Obszary programu' });
  await expect(nav.getByRole('link', { name: /Osoby i gospodarstwa/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Dziennik zdarzeń/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /Użytkownicy/ })).toHaveCount(0);

  // Typing the address of the audit log does not open it either, and the screen says why, in Polish.
  await page.evaluate(() => (window.location.hash = '#/dziennik'));
  await expect(page.getByRole('alert')).toContainText('Brak dostępu do tej strony');
  await expect(page.getByRole('alert')).toContainText('Twoja rola (pracownik socjalny) nie pozwala otworzyć tej strony.');
  await expect(page.getByRole('heading', { name: 'Dziennik zdarzeń' })).toHaveCount(0);

  // An address with a number that cannot exist is not sent to the core (whose answer would be about the input).
  await page.evaluate(() => (window.location.hash = '#/sprawy/nowy-wniosek'));
  await expect(page.getByRole('alert')).toContainText('Nie ma takiej strony');
  await page.getByRole('link', { name: 'Wróć do strony startowej' }).click();
  await expect(page.getByRole('heading', { name: 'Do zrobienia' })).toBeVisible();
});

test('the director reads who did what, filters it, and checks the chain is intact', async ({ page }) => {
  // The worker adds a person and opens her file…
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Halina', lastName: 'Kwiatkowska', pesel: makePesel(1950, 9, 17, 3208) });
  await page.getByRole('button', { name: `Konto: ${USERS.socialWorker.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();

  // …and the director sees it in the audit log.
  await page.getByLabel('Login').fill(USERS.director.login);
  await page.getByLabel('Hasło').fill(USERS.director.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Dziennik zdarzeń/ }).click();
  const created = page.getByRole('row').filter({ hasText: 'Dodano osobę: Halina Kwiatkowska' });
  await expect(created).toContainText(USERS.socialWorker.fullName);
  await expect(page.getByRole('row').filter({ hasText: 'Otwarto kartę osoby: Halina Kwiatkowska' }).first()).toBeVisible();

  await page.getByRole('textbox', { name: 'Rodzaj' }).click();
  await page.getByRole('option', { name: 'Nieudane logowanie' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Nieudane logowanie na konto' }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Dodano osobę' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sprawdź spójność dziennika' }).click();
  await expect(page.getByText('Dziennik jest nienaruszony')).toBeVisible();
  await screenshot(page, '10-dziennik-zdarzen');
});

test('the screen locks, keeps what was typed, and opens only with the password', async ({ page }) => {
  await logIn(page, 'socialWorker');
  await page.evaluate(() => (window.location.hash = '#/osoby/nowa'));
  await page.getByLabel('Imię').fill('Niedokończona');

  await page.getByRole('button', { name: `Konto: ${USERS.socialWorker.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Zablokuj ekran' }).click();
  const lock = page.getByRole('dialog', { name: 'Ekran zablokowany' });
  await expect(lock).toBeVisible();
  await lock.getByLabel('Hasło').fill('nie-to-haslo-123');
  await lock.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(lock.getByText('Nieprawidłowe hasło.')).toBeVisible();
  await screenshot(page, '11-ekran-zablokowany');

  await lock.getByLabel('Hasło').fill(USERS.socialWorker.password);
  await lock.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(lock).toHaveCount(0);
  await expect(page.getByLabel('Imię')).toHaveValue('Niedokończona');
});

test('the director authorises the social worker as deputy, who then reads the audit log; withdrawn, it is gone', async ({ page, browser }) => {
  await logIn(page, 'director', '/uzytkownicy');
  const workerRow = page.getByRole('row').filter({ hasText: USERS.socialWorker.login });
  await expect(page.getByRole('button', { name: 'Dodaj użytkownika' })).toHaveCount(0);
  await workerRow.getByRole('button', { name: 'Zastępstwo' }).click();
  const dialog = page.getByRole('dialog', { name: `Zastępstwo: ${USERS.socialWorker.fullName}` });
  const inAWeek = new Date((await programNow(page)).getTime() + 7 * 86_400_000);
  const typed = `${String(inAWeek.getDate()).padStart(2, '0')}.${String(inAWeek.getMonth() + 1).padStart(2, '0')}.${inAWeek.getFullYear()}`;
  await dialog.getByLabel('Zastępuje kierownika do dnia').fill(typed);
  await dialog.getByLabel('Zastępuje kierownika do dnia').press('Tab');
  await dialog.getByRole('button', { name: 'Upoważnij' }).click();
  await expect(workerRow).toContainText(`zastępca kierownika do ${typed}`);
  await screenshot(page, '15-zastepstwo');

  const workerPage = await (await browser.newContext()).newPage();
  await logIn(workerPage, 'socialWorker');
  await expect(workerPage.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Dziennik zdarzeń/ })).toBeVisible();

  await workerRow.getByRole('button', { name: 'Zastępstwo' }).click();
  await dialog.getByRole('button', { name: 'Cofnij upoważnienie' }).click();
  await expect(workerRow).not.toContainText('zastępca kierownika');
  await workerPage.reload();
  await expect(workerPage.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /^Osoby i gospodarstwa/ })).toBeVisible();
  await expect(workerPage.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Dziennik zdarzeń/ })).toHaveCount(0);
});
