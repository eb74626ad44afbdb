import { expect, test, type Page } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

/**
 * Zasiłek stały needs inability to work (art. 37 ust. 1 u.p.s.): a person of 48 gets it only with a certificate
 * in force on the application date, kept on the person's file. All dates come from the program's test clock
 * (16.03.2026). The worklist of certificates ending under a running benefit is tested in
 * tests/integration/certificates.test.ts (a running benefit needs a signed decision).
 */

const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');
const shift = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Types a date into a DateField and leaves it, as a worker does. */
async function typeDate(page: Page, label: string, isoDate: string) {
  const field = page.getByRole('textbox', { name: label });
  await field.fill(pl(isoDate));
  await field.press('Tab');
}

test('a 48-year-old: zasiłek stały not due without a certificate, due with one added on the file, until the certificate ends', async ({ page }) => {
  // The whole path of a certificate through the program: person, case, interview, the file, the updated interview.
  test.setTimeout(180_000);
  const today = warsawDate(await programNow(page));
  const year = Number(today.slice(0, 4));
  // Born in June 48 years and some months before today: 48 on the application date (the first of this month).
  const applicationDate = `${today.slice(0, 7)}-01`;
  const certificateEnds = shift(today, 40);

  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Wojciech', lastName: 'Orzekany', pesel: makePesel(year - 49, 6, 10, 4417) });
  const certificates = page.getByRole('region', { name: 'Orzeczenia' });
  await expect(certificates).toContainText('Brak orzeczeń w karcie osoby.');
  await expect(certificates).toContainText('48 lat — wiek emerytalny (65 lat) jeszcze nie osiągnięty');

  // The application and the interview: alone, a pension of 600,00 zł.
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await typeDate(page, 'Data wpływu wniosku', applicationDate);
  await page.getByRole('checkbox', { name: 'Zasiłek stały', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  const caseHeading = page.getByRole('heading', { level: 1, name: /^GOPS\.8311\.\d+\.\d{4}$/ });
  await expect(caseHeading).toBeVisible();
  const caseRef = (await caseHeading.textContent())!;

  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  const incomes = page.getByRole('region', { name: 'Dochody: Wojciech Orzekany' });
  await incomes.getByRole('button', { name: '+ Dochód' }).click();
  await incomes.getByRole('textbox', { name: 'Rodzaj dochodu' }).click();
  await page.getByRole('option', { name: 'Emerytura' }).click();
  await incomes.getByRole('textbox', { name: 'Przychód brutto' }).fill('600');
  const panel = page.getByRole('region', { name: 'Wyliczenie na bieżąco' });
  const refused = panel.getByRole('region', { name: /^Zasiłek stały: nie przysługuje/ });
  await expect(refused).toContainText(
    'Zasiłek stały nie przysługuje: wnioskodawca nie osiągnął wieku emerytalnego (65 lat) i nie ma ważnego orzeczenia',
  );
  await refused.getByRole('button', { name: 'Jak to policzono' }).click();
  await expect(refused.getByText('48 lat < 65 lat')).toBeVisible();
  await page.getByLabel('Ustalenia z wywiadu').fill('Mieszka sam, leczy się na serce; orzeczenia jeszcze nie ma.');
  await page.getByRole('button', { name: /^Zapisz wywiad/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: caseRef })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Zasiłek stały: nie przysługuje/ })).toBeVisible();

  // The certificate of total incapacity, added on the person's file with the keyboard.
  await page.getByRole('link', { name: 'Wojciech Orzekany' }).first().click();
  await certificates.getByRole('button', { name: 'Dodaj orzeczenie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj orzeczenie' });
  // The kind opens focused: typing filters the list, ↓ and Enter choose.
  const kind = dialog.getByRole('textbox', { name: 'Rodzaj orzeczenia' });
  await expect(kind).toBeFocused();
  await kind.pressSequentially('całkowita');
  // ↓ before the filtered list is there picks nothing (the text stays, the value does not): wait for the option.
  await expect(page.getByRole('option', { name: 'całkowita niezdolność do pracy' })).toBeVisible();
  await kind.press('ArrowDown');
  await kind.press('Enter');
  await expect(kind).toHaveValue('całkowita niezdolność do pracy');
  const issuer = dialog.getByRole('textbox', { name: 'Kto wydał' });
  await issuer.pressSequentially('ZUS');
  await expect(page.getByRole('option', { name: 'ZUS', exact: true })).toBeVisible();
  await issuer.press('ArrowDown');
  await issuer.press('Enter');
  await expect(issuer).toHaveValue('ZUS');
  await typeDate(page, 'Data wydania', shift(applicationDate, -300));
  // Saving without an end date names what is missing.
  await dialog.getByRole('button', { name: 'Dodaj orzeczenie' }).click();
  await expect(dialog.getByText('Podaj, do kiedy orzeczenie jest ważne, albo zaznacz „na stałe”.')).toBeVisible();
  await typeDate(page, 'Ważne do (ostatni dzień)', certificateEnds);
  await dialog.getByLabel('Numer orzeczenia').fill('ZUS/118/2025');
  await dialog.getByLabel('Numer orzeczenia').press('Enter');
  await expect(dialog).toBeHidden();
  const row = certificates.getByRole('row').filter({ hasText: 'całkowita niezdolność do pracy' });
  await expect(row).toContainText('uprawnia do zasiłku stałego');
  await expect(row).toContainText(pl(certificateEnds));
  await expect(row).toContainText('ZUS/118/2025');
  await certificates.scrollIntoViewIfNeeded();
  await screenshot(page, 'person-certificates');

  // The updated interview computes 713,00 zł and says until when the benefit may run.
  await page.getByRole('link', { name: caseRef }).first().click();
  await page.getByRole('link', { name: 'Aktualizuj wywiad' }).click();
  const granted = page.getByRole('region', { name: 'Wyliczenie na bieżąco' }).getByRole('region', { name: /^Zasiłek stały: przysługuje/ });
  await expect(granted).toContainText(/Kwota miesięczna:\s*713,00\szł/);
  await expect(granted).toContainText('orzeczenie o całkowitej niezdolności do pracy — ZUS');
  await expect(granted).toContainText(new RegExp(`Najdłużej do \\(koniec ważności orzeczenia\\):\\s*${pl(certificateEnds).replace(/\./g, '\\.')}`));
  await page.getByRole('button', { name: /^Zapisz aktualizację wywiadu/ }).click();
  await expect(page.getByRole('region', { name: /^Zasiłek stały: przysługuje/ })).toContainText(/713,00\szł/);
  await screenshot(page, 'case-permanent-allowance-on-certificate');
});
