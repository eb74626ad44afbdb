import fs from 'node:fs';
import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import { addDays, appealDeadline } from '../../shared/domain/calendar';
import { expectInOrder, pageTexts } from '../unit/documents/pdf-text';
import { addPersonThroughUi, logIn, makePesel, moveClockTo, programNow, screenshot, warsawDate } from './helpers';

/** Saving an interview, signing and making PDFs take a few seconds on a slow office computer (and build machine). */
const expect = baseExpect.configure({ timeout: 15_000 });

/** "16.03.2026" from "2026-03-16". */
const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');
const NRB = '50109010140000000012345678';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: fs.readFileSync((await download.path())!) };
}

async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label });
  await field.fill(pl(isoDate));
  await field.press('Tab');
}

test('zasiłek stały from the case to a final decision: drafted by the worker, signed by the director, printed, delivered, final after 14 days', async ({ page, browser }) => {
  // The longest path through the program: two users, five PDFs; the build machines are slow.
  test.setTimeout(240_000);
  const today = warsawDate(await programNow(page));
  const applicationDate = addDays(today, -5);

  // The social worker: a man born in 1950 (past the retirement age), his application and the interview with a pension.
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Kazimierz', lastName: 'Wdowiak', pesel: makePesel(1950, 7, 21, 5173), locality: 'Zamszany' });
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy wniosek' })).toBeVisible();
  await typeDate(page, 'Data wpływu wniosku', applicationDate);
  await page.getByRole('checkbox', { name: 'Zasiłek stały', exact: true }).check();
  const poverty = page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' });
  await poverty.check();
  await poverty.press('Enter');
  const caseHeading = page.getByRole('heading', { level: 1, name: /^GOPS\.8311\.\d+\.\d{4}$/ });
  await expect(caseHeading).toBeVisible();
  const caseRef = (await caseHeading.textContent())!;

  // Before the interview there is nothing to decide on.
  const decisions = page.getByRole('region', { name: 'Decyzje i pisma' });
  await expect(decisions.getByRole('button', { name: 'Przygotuj decyzję' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Odnotuj decyzję' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  const incomes = page.getByRole('region', { name: 'Dochody: Kazimierz Wdowiak' });
  await incomes.getByRole('button', { name: '+ Dochód' }).click();
  await incomes.getByRole('textbox', { name: 'Rodzaj dochodu' }).click();
  await page.getByRole('option', { name: 'Emerytura' }).click();
  await incomes.getByRole('textbox', { name: 'Przychód brutto' }).fill('600');
  await page.getByLabel('Ustalenia z wywiadu').fill('Mieszka sam w domu jednorodzinnym. Utrzymuje się z emerytury. Nie jest zdolny do pracy z powodu wieku.');
  await page.getByRole('button', { name: /^Zapisz wywiad/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: caseRef })).toBeVisible();

  // The call to complete the application (art. 64 § 2): printed from the case and kept on it.
  await decisions.getByRole('button', { name: 'Wezwanie do uzupełnienia wniosku (art. 64 § 2)' }).click();
  const letterDialog = page.getByRole('dialog', { name: 'Wezwanie do uzupełnienia wniosku (art. 64 § 2)' });
  await expect(letterDialog.getByRole('textbox', { name: 'Termin na uzupełnienie (dni od doręczenia)' })).toHaveValue('7');
  await letterDialog.getByRole('button', { name: 'Przygotuj pismo' }).click();
  await expect(letterDialog.getByText('Napisz, czego brakuje we wniosku.')).toBeVisible();
  await letterDialog.getByLabel('Czego brakuje we wniosku').fill('zaświadczenia o wysokości emerytury za ostatni miesiąc');
  await letterDialog.getByRole('button', { name: 'Przygotuj pismo' }).click();
  await expect(letterDialog).toBeHidden();
  const letter = decisions.getByRole('group', { name: /^Wezwanie do uzupełnienia wniosku/ });
  const letterPdf = await downloaded(page, () => letter.getByRole('button', { name: 'Pobierz PDF' }).click());
  expect(letterPdf.download.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await pageTexts(letterPdf.bytes)).join(' ')).toContain('zaświadczenia o wysokości emerytury za ostatni miesiąc');

  // The draft fills itself from the case: 130 % × 1010,00 − 600,00 = 713,00 zł; from the application day, 713,00 ÷ days × days left.
  await decisions.getByRole('button', { name: 'Przygotuj decyzję' }).click();
  const newDecision = page.getByRole('dialog', { name: 'Przygotuj decyzję' });
  await expect(newDecision.getByRole('radio', { name: 'Zasiłek stały — decyzja przyznająca' })).toBeChecked();
  await newDecision.getByRole('button', { name: 'Przygotuj projekt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekt decyzji' })).toBeVisible();
  await expect(page.getByText('o przyznaniu zasiłku stałego')).toBeVisible();
  await expect(page.getByText(/^713,00\szł$/)).toBeVisible();
  await expect(page.getByText(new RegExp(`za pierwszy, niepełny miesiąc \\(${pl(applicationDate).replace(/\./g, '\\.')}`))).toBeVisible();
  const check = page.getByRole('region', { name: 'Elementy decyzji (art. 107 § 1 k.p.a.)' });
  await expect(check).toContainText('rozstrzygnięcie — Wybierz sposób wypłaty (przelew, kasa, przekaz pocztowy).');

  // Submitting an incomplete draft is refused with what is missing.
  await page.getByRole('button', { name: 'Przekaż do podpisu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wybierz sposób wypłaty' }).first()).toBeVisible();

  // A wrong account number is said at the field and nothing typed is lost.
  await page.getByRole('radio', { name: 'przelew na rachunek' }).check();
  const account = page.getByRole('textbox', { name: 'Numer rachunku strony (NRB)' });
  await account.fill('50109010140000000012345679');
  await page.getByRole('textbox', { name: 'Dzień wypłaty (1–28)' }).fill('10');
  await page.getByRole('button', { name: /^Zapisz projekt/ }).click();
  await expect(page.getByText('Numer rachunku (NRB) jest błędny: sprawdź 26 cyfr.')).toBeVisible();
  await expect(account).toHaveValue('50 1090 1014 0000 0000 1234 5679');
  await expect(page.getByRole('button', { name: 'Przekaż do podpisu' })).toBeDisabled();
  await account.fill(NRB);
  await account.press('Tab');
  await expect(account).toHaveValue('50 1090 1014 0000 0000 1234 5678');
  await page.getByRole('button', { name: /^Zapisz projekt/ }).click();
  await expect(page.getByText('Są niezapisane zmiany.')).toBeHidden();
  await expect(check).toContainText('Decyzja ma wszystkie wymagane elementy.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'decision-draft');
  const decisionUrl = page.url();

  await page.getByRole('button', { name: 'Przekaż do podpisu' }).click();
  await expect(page.getByText('Do podpisu', { exact: true }).first()).toBeVisible();
  // A social worker does not sign.
  await expect(page.getByRole('button', { name: 'Podpisz decyzję' })).toHaveCount(0);

  // The director opens it and signs: the decision gets its number and is frozen.
  const director = await (await browser.newContext()).newPage();
  // First the director names the appeal body in the office's decision texts (Dane urzędu → Teksty w decyzjach).
  await logIn(director, 'director', '/ustawienia');
  const texts = director.getByRole('textbox', { name: /^Organ odwoławczy w dopełniaczu/ });
  await expect(texts).toHaveValue('Samorządowego Kolegium Odwoławczego');
  await texts.fill('Samorządowego Kolegium Odwoławczego w Zamościu');
  await director.getByRole('form', { name: 'Dane urzędu' }).getByRole('button', { name: /^Zapisz/ }).click();
  await expect(director.getByText('Dane urzędu zostały zapisane.')).toBeVisible();
  await expect(director.getByRole('heading', { name: 'Teksty w decyzjach' })).toBeVisible();
  await screenshot(director, 'settings-decision-texts');
  await director.evaluate((id) => (window.location.hash = `#/decyzje/${id}`), decisionUrl.split('/').at(-1));
  await expect(director.getByRole('heading', { level: 1, name: 'Projekt decyzji' })).toBeVisible();
  await director.getByRole('button', { name: 'Podpisz decyzję' }).click();
  await director.getByRole('dialog', { name: 'Podpisać decyzję?' }).getByRole('button', { name: 'Podpisz' }).click();
  const signedHeading = director.getByRole('heading', { level: 1, name: /^Decyzja nr \d+\/8311\/\d{4}$/ });
  await expect(signedHeading).toBeVisible();
  const decisionNumber = (await signedHeading.textContent())!.replace('Decyzja nr ', '');
  await expect(director.getByText('Podpisana — nie można jej zmienić; korekta to nowa decyzja')).toBeVisible();
  await expect(director.getByText('Podpisana', { exact: true })).toBeVisible();
  await expect(director.getByRole('button', { name: 'Zapisz projekt' })).toHaveCount(0);

  // Seen inside the program, then downloaded: the text holds every part the law asks for.
  await director.getByRole('button', { name: 'Podgląd' }).click();
  const preview = director.getByRole('dialog', { name: `Decyzja nr ${decisionNumber}` });
  await expect(preview.locator('iframe')).toBeVisible();
  // The browser's PDF viewer draws the pages a moment after the frame appears; nothing on the page tells when.
  await director.waitForTimeout(3000);
  await screenshot(director, 'decision-preview');
  await preview.getByRole('button', { name: 'Zamknij' }).click();
  const pdf = await downloaded(director, () => director.getByRole('button', { name: 'Pobierz PDF' }).click());
  expect(pdf.download.suggestedFilename()).toBe(`decyzja-${decisionNumber.replace(/\//g, '-')}.pdf`);
  const text = (await pageTexts(pdf.bytes)).join(' ');
  expectInOrder(text, [
    `dnia ${pl(today)} r.`,
    caseRef,
    'Kazimierz Wdowiak',
    `DECYZJA nr ${decisionNumber}`,
    'o przyznaniu zasiłku stałego',
    'orzekam:',
    'Przyznać stronie zasiłek stały w kwocie 713,00 zł (słownie: siedemset trzynaście złotych 00/100) miesięcznie',
    '50 1090 1014 0000 0000 1234 5678',
    'Uzasadnienie',
    'Utrzymuje się z emerytury.',
    'Pouczenie',
    'odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu',
    'zrzec się',
    'Małgorzata Dąbrowska',
  ]);
  expect(text).not.toContain('PROJEKT');

  // Delivered today: 14 days for an appeal, then final.
  await director.getByRole('button', { name: 'Zapisz doręczenie' }).click();
  const delivery = director.getByRole('dialog', { name: 'Zapisz doręczenie' });
  await expect(delivery.getByRole('textbox', { name: 'Data doręczenia' })).toHaveValue(pl(today));
  await delivery.getByRole('button', { name: 'Zapisz' }).click();
  await expect(delivery).toBeHidden();
  await expect(director.getByText('Doręczona', { exact: true })).toBeVisible();
  const deadline = appealDeadline(today);
  const finalFrom = addDays(deadline, 1);
  await expect(director.getByText(`do ${pl(deadline)}`)).toBeVisible();
  await director.evaluate(() => window.scrollTo(0, 0));
  await screenshot(director, 'decision-signed');

  // The register lists it; the selected decisions print as one PDF.
  await director.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Rejestr decyzji/ }).click();
  await expect(director.getByRole('heading', { level: 1, name: 'Rejestr decyzji' })).toBeVisible();
  const row = director.getByRole('row').filter({ hasText: decisionNumber });
  await expect(row).toContainText('Kazimierz Wdowiak');
  await expect(row).toContainText('713,00');
  await expect(row).toContainText('Doręczona');
  await director.getByRole('textbox', { name: 'Szukaj' }).fill('Wdowiak');
  await expect(director.getByRole('row')).toHaveCount(2);
  await row.getByRole('checkbox', { name: `Zaznacz decyzję ${decisionNumber}` }).check();
  const merged = await downloaded(director, () => director.getByRole('button', { name: /^Drukuj zaznaczone \(jeden PDF\)/ }).click());
  expect((await pageTexts(merged.bytes)).join(' ')).toContain(`DECYZJA nr ${decisionNumber}`);
  const csv = await downloaded(director, () => director.getByRole('button', { name: 'Eksport CSV' }).click());
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.bytes.toString('utf8')).toContain(decisionNumber);
  await screenshot(director, 'decisions-register');

  // The case shows its decision and the letter.
  await page.goto(decisionUrl);
  await page.getByRole('link', { name: caseRef }).first().click();
  const caseDecisions = page.getByRole('table', { name: 'Decyzje w sprawie' });
  await expect(caseDecisions).toContainText(`nr ${decisionNumber}`);
  await expect(caseDecisions).toContainText('przyznająca');
  await expect(caseDecisions).toContainText('Doręczona');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'case-decisions');

  // Fourteen days on (moved off a Saturday or holiday), the decision is final.
  const now = await programNow(director);
  const later = new Date(Math.max(now.getTime() + 15 * 24 * 3600_000, new Date(`${finalFrom}T09:00:00+02:00`).getTime()));
  await moveClockTo(director, later);
  // Two weeks without work end the session: the worker logs in again and opens the decision.
  const worker = await (await browser.newContext()).newPage();
  await logIn(worker, 'socialWorker', `/decyzje/${decisionUrl.split('/').at(-1)}`);
  await expect(worker.getByRole('heading', { level: 1, name: `Decyzja nr ${decisionNumber}` })).toBeVisible();
  await expect(worker.getByText('Ostateczna', { exact: true })).toBeVisible();
  await expect(worker.getByText(pl(finalFrom), { exact: true })).toBeVisible();
  await expect(worker.getByRole('button', { name: 'Zapisz doręczenie' })).toHaveCount(0);
});
