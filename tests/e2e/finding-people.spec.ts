import { expect, test, type Page } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

/**
 * Finding people as an office does: by the village and house number, the street, a phone typed any way; the
 * households with their members; and a newcomer added to the household inside the interview without leaving it.
 */

const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');
const SMALL_SCREEN = { width: 1366, height: 768 };

/** "Nowa osoba" with an address in Bródek and a phone, saved with Enter. */
async function addPersonInBrodek(page: Page, firstName: string, lastName: string, pesel: string, phone: string): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/osoby/nowa'));
  await page.getByRole('heading', { name: 'Nowa osoba' }).waitFor();
  await page.getByLabel('Imię').fill(firstName);
  await page.getByLabel('Nazwisko').fill(lastName);
  await page.getByRole('textbox', { name: 'PESEL' }).fill(pesel);
  await page.getByLabel('Miejscowość').fill('Bródek');
  await page.getByLabel('Ulica').fill('Lipowa');
  await page.getByLabel('Nr domu').fill('157');
  await page.getByLabel('Kod pocztowy').fill('22424');
  await page.getByLabel('Poczta').fill('Sitno');
  await page.getByLabel('Telefon').fill(phone);
  await page.getByLabel('Telefon').press('Enter');
  await page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` }).waitFor();
}

test('the register finds a person by village and house number, street and phone; the households list shows the members', async ({ page }) => {
  test.slow();
  await page.setViewportSize(SMALL_SCREEN);
  await logIn(page, 'socialWorker');
  await addPersonInBrodek(page, 'Teodor', 'Szukany', makePesel(1958, 2, 3, 7301), '+48 601 777 123');
  await expect(page.getByText('Lipowa 157, Bródek, 22-424 Sitno')).toBeVisible();
  await page.getByRole('button', { name: 'Utwórz gospodarstwo (ta osoba jako głowa)' }).click();
  await expect(page.getByText('Utworzono gospodarstwo domowe')).toBeVisible();

  const search = page.getByRole('textbox', { name: 'Szukaj osoby' });
  const results = page.getByRole('table');
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Osoby i gospodarstwa/ }).click();
  for (const query of ['brodek 157', 'lipowa 157', '601-777-123', '+48 601 777 123', '601777123']) {
    await search.fill(query);
    await expect(results.getByRole('link', { name: 'Szukany Teodor' }), query).toBeVisible();
  }
  await search.fill('brodek 158');
  await expect(page.getByText('Nie znaleziono nikogo.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Gospodarstwa domowe/ }).click();
  await page.getByRole('textbox', { name: 'Szukaj gospodarstwa' }).fill('lipowa 157');
  const households = page.getByRole('table', { name: 'Gospodarstwa domowe' });
  await expect(households).toContainText('Lipowa 157, Bródek, 22-424 Sitno');
  await expect(households).toContainText('Głowa gospodarstwa');
  await screenshot(page, 'finding-households-1366x768');
  // Keyboard: the member is a link, Enter opens the card.
  await households.getByRole('link', { name: 'Szukany Teodor' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Teodor Szukany' })).toBeVisible();
});

test('inside the interview a person not in the register is typed, saved and added to the household; "Zostań" keeps every field', async ({ page }) => {
  test.slow();
  await page.setViewportSize(SMALL_SCREEN);
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Bogumiła', lastName: 'Wywiadowa', pesel: makePesel(1966, 7, 21, 7302) });
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await page.getByLabel('Data wpływu wniosku').fill(pl(warsawDate(await programNow(page))));
  await page.getByRole('checkbox', { name: 'Zasiłek okresowy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  await expect(page.getByRole('heading', { name: 'Wywiad środowiskowy', exact: true })).toBeVisible();

  const findings = page.getByLabel('Ustalenia z wywiadu');
  await findings.fill('Z wnioskodawczynią mieszka wnuk, którego nie ma w rejestrze.');
  await page.getByRole('button', { name: 'Dodaj osobę do składu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj osobę do składu gospodarstwa' });
  await dialog.getByRole('button', { name: 'Osoby nie ma w rejestrze — wpisz nową' }).click();
  await dialog.getByLabel('Imię').fill('Kacper');
  await dialog.getByLabel('Nazwisko').fill('Wywiadowy');

  // Anuluj with something typed asks first; "Zostań" keeps what was typed.
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  const question = page.getByRole('dialog', { name: 'Porzucić wpisane dane?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel('Imię')).toHaveValue('Kacper');
  await expect(dialog.getByLabel('Nazwisko')).toHaveValue('Wywiadowy');

  // A menu link asks too, and "Zostań" keeps the dialog and the interview as they were.
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Osoby i gospodarstwa/ }).click({ force: true });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel('Nazwisko')).toHaveValue('Wywiadowy');

  // No PESEL: the birth date and sex instead, and a document; he lives with the applicant.
  await dialog.getByLabel('Dokument tożsamości').fill('ZZA123456');
  await dialog.getByLabel('Data urodzenia').fill('14.05.2008');
  await dialog.getByRole('radio', { name: 'Mężczyzna' }).check();
  await expect(dialog.getByRole('checkbox', { name: /Mieszka pod adresem wnioskodawcy/ })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Stopień pokrewieństwa z głową gospodarstwa' }).fill('Wnuk');
  await page.getByRole('option', { name: 'Wnuk / wnuczka' }).click();
  await screenshot(page, 'interview-new-member-1366x768');
  await dialog.getByRole('button', { name: 'Zapisz i dodaj do składu' }).click();
  await expect(dialog).toBeHidden();

  const household = page.getByRole('table', { name: 'Skład gospodarstwa domowego' });
  await expect(household).toContainText('Kacper Wywiadowy');
  await expect(page.getByRole('textbox', { name: 'Stopień pokrewieństwa: Kacper Wywiadowy' })).toHaveValue('Wnuk / wnuczka');
  await expect(findings).toHaveValue('Z wnioskodawczynią mieszka wnuk, którego nie ma w rejestrze.');
  await screenshot(page, 'interview-1366x768');

});
