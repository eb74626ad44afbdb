import { expect, test } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

/**
 * The 2025 figures (Dz.U. 2024 poz. 1044), in force for every date from 2025-01-01 until a later row starts
 * (the legal-parameters test adds one only from 2028): 1010 zł for a person living alone, 130 % rule.
 */
const SINGLE_THRESHOLD = 101_000;
const PERMANENT_PERCENT = 130;

/** "713,00 zł" with no-break spaces, as the program prints amounts. */
const zl = (grosze: number) =>
  `${String(Math.trunc(grosze / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${String(grosze % 100).padStart(2, '0')}\u00a0zł`;
/** The same amount as a pattern: the spaces may come out as ordinary or no-break ones. */
const zlPattern = (grosze: number) => zl(grosze).replace(/\u00a0/g, '\\s');
const monthlyAmount = (grosze: number) => new RegExp(`Kwota miesięczna:\\s*${zlPattern(grosze)}`);
const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');

test('an application for zasiłek stały: registered from a person, the interview computes the amount live, the case keeps it', async ({ page }) => {
  // The longest path through the program in one test: registering, interviewing, saving, listing.
  test.slow();
  // The application came on the 10th of the month before the program's today (the suite's test clock).
  const [year, month] = warsawDate(await programNow(page)).split('-').map(Number);
  const now = new Date(year!, month! - 1, 1);
  const applicationDate = iso(new Date(now.getFullYear(), now.getMonth() - 1, 10));
  const daysInMonth = new Date(now.getFullYear(), now.getMonth(), 0).getDate();
  const daysCovered = daysInMonth - 10 + 1;

  // Living alone with a 600,00 zł pension: 130 % × 1010,00 − 600,00 = 713,00 zł (art. 37 u.p.s.).
  const monthly = (SINGLE_THRESHOLD * PERMANENT_PERCENT) / 100 - 60_000;
  expect(monthly).toBe(71_300);
  // From the 10th: monthly ÷ days in month × days covered, half a grosz up (art. 106 ust. 3 u.p.s.).
  const firstMonth = Math.floor((2 * monthly * daysCovered + daysInMonth) / (2 * daysInMonth));

  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Stanisław', lastName: 'Samotny', pesel: makePesel(1950, 3, 15, 7311), locality: 'Bródek' });
  const personId = /#\/osoby\/(\d+)$/.exec(page.url())?.[1];
  expect(personId).toBeDefined();

  // An application always starts from the person's file.
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await expect(page).toHaveURL(new RegExp(`#/sprawy/nowa\\?osoba=${personId}$`));
  await expect(page.getByRole('heading', { name: 'Nowy wniosek' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stanisław Samotny' })).toBeVisible();
  const dateField = page.getByLabel('Data wpływu wniosku');
  await dateField.fill(pl(applicationDate));
  await dateField.press('Tab');
  await page.getByRole('checkbox', { name: 'Zasiłek stały', exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Pracownik socjalny prowadzący sprawę' })).toHaveValue('Ewa Pracowita');

  // Saving without a reason names what is missing, in Polish, next to the list.
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  await expect(page.getByText('Wybierz co najmniej jeden powód udzielenia pomocy (art. 7 u.p.s.).')).toBeVisible();
  const poverty = page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' });
  await poverty.check();
  await screenshot(page, 'case-new');
  // Enter saves, also from a checkbox.
  await poverty.press('Enter');

  const caseHeading = page.getByRole('heading', { level: 1, name: /^GOPS\.8311\.\d+\.\d{4}$/ });
  await expect(caseHeading).toBeVisible();
  const caseRef = (await caseHeading.textContent())!;
  await expect(page.getByText('Zarejestrowana').first()).toBeVisible();
  await expect(page.getByText('art. 7 pkt 1', { exact: true })).toBeVisible();
  await expect(page.getByText(pl(applicationDate), { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  await expect(page.getByRole('heading', { name: 'Wywiad środowiskowy', exact: true })).toBeVisible();
  // Alone in the register: a household of one, so the threshold for a person living alone.
  await expect(page.getByRole('checkbox', { name: 'Osoba samotnie gospodarująca' })).toBeChecked();
  const panel = page.getByRole('region', { name: 'Wyliczenie na bieżąco' });
  const permanent = panel.getByRole('region', { name: /^Zasiłek stały: przysługuje/ });
  // No income yet: the difference is above the highest amount, so the cap applies.
  await expect(permanent).toContainText(monthlyAmount(122_900));

  const incomes = page.getByRole('region', { name: 'Dochody: Stanisław Samotny' });
  await incomes.getByRole('button', { name: '+ Dochód' }).click();
  await incomes.getByRole('textbox', { name: 'Rodzaj dochodu' }).click();
  await page.getByRole('option', { name: 'Emerytura' }).click();
  const gross = incomes.getByRole('textbox', { name: 'Przychód brutto' });
  // Half-typed or wrong amounts are explained next to the field and never sent.
  await gross.fill('600,123');
  await expect(incomes.getByText('Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).')).toBeVisible();
  await gross.fill('600');

  await expect(permanent).toContainText(monthlyAmount(monthly));
  await expect(permanent).toContainText(zl(firstMonth));
  await expect(panel).toContainText('kryterium 1010 zł dla osoby samotnie gospodarującej — Dz.U. 2024 poz. 1044, od 1.01.2025');
  await permanent.getByRole('button', { name: 'Jak to policzono' }).click();
  await expect(permanent.getByText(/^130% × 1\s010,00\szł$/)).toBeVisible();
  await expect(permanent.getByText(`${zl(monthly)} ÷ ${daysInMonth} × ${daysCovered}`)).toBeVisible();
  await expect(panel.getByText('liczę…')).toBeHidden();
  // The panel scrolls on its own beside the form: show its benefit part, with the page at the top.
  await permanent.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'interview-live');

  await page.getByLabel('Ustalenia z wywiadu').fill('Mieszka sam, emeryt, nie jest zdolny do pracy z powodu wieku.');
  await page.getByRole('button', { name: /^Zapisz wywiad/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: caseRef })).toBeVisible();
  await expect(page.getByText('Po wywiadzie').first()).toBeVisible();
  const saved = page.getByRole('region', { name: /^Zasiłek stały: przysługuje/ });
  await expect(saved).toContainText(monthlyAmount(monthly));
  await expect(saved).toContainText(zl(firstMonth));
  await expect(page.getByText(/Dz\.U\. 2024 poz\. 1044/).first()).toBeVisible();
  await saved.getByRole('button', { name: 'Jak to policzono' }).click();
  await expect(saved.getByText(/^130% × 1\s010,00\szł$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dochody: Stanisław Samotny' })).toContainText('Emerytura');
  await expect(page.getByRole('link', { name: 'Aktualizuj wywiad' })).toBeVisible();
  await screenshot(page, 'case-computed');

  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Sprawy/ }).click();
  const row = page.getByRole('row').filter({ hasText: caseRef });
  await expect(row).toContainText('Stanisław Samotny');
  await expect(row).toContainText('Zasiłek stały');
  await expect(row).toContainText('Po wywiadzie');
  await expect(row).toContainText('Ewa Pracowita');
  await screenshot(page, 'cases-list');
  await row.getByRole('link', { name: caseRef }).click();
  await expect(page.getByRole('heading', { level: 1, name: caseRef })).toBeVisible();

  // The decision was due one month after the application (the 10th of this month): the worklist says it is late.
  const nav = page.getByRole('navigation', { name: 'Obszary programu' });
  await nav.getByRole('link', { name: /Do zrobienia/ }).click();
  const due = page.getByRole('row').filter({ hasText: caseRef });
  await expect(due).toContainText('Decyzja');
  await expect(due).toContainText('po terminie');
  await screenshot(page, 'worklist');

  // The office-wide review recomputes the case under today's figures: the same 2025 row, the same amount.
  await nav.getByRole('link', { name: /Przegląd uprawnień/ }).click();
  await page.getByRole('button', { name: 'Przelicz wszystkie otwarte sprawy' }).click();
  const reviewed = page.getByRole('row').filter({ hasText: caseRef });
  await expect(reviewed).toContainText(zl(monthly));
  await screenshot(page, 'eligibility-review');
});
