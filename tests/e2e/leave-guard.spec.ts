import { expect, test, type Page } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

/**
 * Nothing typed is lost: a form with unsaved changes asks "Porzucić wpisane dane?" before a menu link, a
 * breadcrumb, the browser's Back or Esc takes the worker away. "Zostań" keeps every field; "Porzuć" leaves.
 */

const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** A case registered through the screens today (the program's today), with the worker on the interview. */
async function openInterviewOfNewCase(page: Page, serial: number): Promise<void> {
  await addPersonThroughUi(page, { firstName: 'Jadwiga', lastName: `Ostrożna${serial}`, pesel: makePesel(1961, 4, 12, serial) });
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await page.getByLabel('Data wpływu wniosku').fill(pl(warsawDate(await programNow(page))));
  await page.getByRole('checkbox', { name: 'Zasiłek okresowy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  await expect(page.getByRole('heading', { name: 'Wywiad środowiskowy', exact: true })).toBeVisible();
}

test('a half-typed interview: a menu click, Back and a breadcrumb ask first; "Zostań" keeps every field, "Porzuć" leaves', async ({ page }) => {
  test.slow();
  await logIn(page, 'socialWorker');
  await openInterviewOfNewCase(page, 4411);
  const interviewUrl = page.url();

  const findings = page.getByLabel('Ustalenia z wywiadu');
  const proposed = page.getByLabel('Proponowana kwota zasiłku okresowego (miesięcznie)');
  const alone = page.getByRole('checkbox', { name: 'Osoba samotnie gospodarująca' });
  await findings.fill('Mieszka sama w domu po rodzicach, ogrzewanie piecem węglowym.');
  await proposed.fill('350,00');
  await alone.uncheck();

  const question = page.getByRole('dialog', { name: 'Porzucić wpisane dane?' });
  const expectEveryField = async () => {
    await expect(page).toHaveURL(interviewUrl);
    await expect(findings).toHaveValue('Mieszka sama w domu po rodzicach, ogrzewanie piecem węglowym.');
    await expect(proposed).toHaveValue('350,00');
    await expect(alone).not.toBeChecked();
  };

  // A menu link.
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Osoby i gospodarstwa/ }).click();
  await expect(question).toBeVisible();
  await screenshot(page, 'leave-guard-question');
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(question).toBeHidden();
  await expectEveryField();

  // The browser's Back.
  await page.goBack();
  await expect(question).toBeVisible();
  // The question closes with a short animation: the next key goes to the form only once it is gone.
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(question).toBeHidden();
  await expectEveryField();

  // Esc, as before.
  await findings.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(question).toBeHidden();
  await expectEveryField();

  // The breadcrumb, and this time leaving.
  await page.getByRole('link', { name: 'Sprawy', exact: true }).first().click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Porzuć' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sprawy' })).toBeVisible();
});

test('the person form and the application form ask too; an untouched form and a saved one leave at once', async ({ page }) => {
  test.slow();
  await logIn(page, 'socialWorker');
  const nav = page.getByRole('navigation', { name: 'Obszary programu' });
  const question = page.getByRole('dialog', { name: 'Porzucić wpisane dane?' });

  // Nothing typed: the menu just works.
  await page.evaluate(() => (window.location.hash = '#/osoby/nowa'));
  await expect(page.getByRole('heading', { name: 'Nowa osoba' })).toBeVisible();
  await nav.getByRole('link', { name: /Sprawy/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sprawy' })).toBeVisible();

  // Half a person.
  await page.evaluate(() => (window.location.hash = '#/osoby/nowa'));
  await page.getByLabel('Imię').fill('Zdzisław');
  await nav.getByRole('link', { name: /Do zrobienia/ }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Zostań' }).click();
  await expect(page.getByLabel('Imię')).toHaveValue('Zdzisław');
  await nav.getByRole('link', { name: /Do zrobienia/ }).click();
  await question.getByRole('button', { name: 'Porzuć' }).click();
  await expect(page.getByRole('heading', { name: 'Do zrobienia' })).toBeVisible();

  // A saved application moves on to the case without asking.
  await openInterviewOfNewCase(page, 4412);
  await expect(question).toBeHidden();
});
