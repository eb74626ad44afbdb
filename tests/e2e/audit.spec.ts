import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, moveClockTo, programNow, screenshot, USERS, warsawDate } from './helpers';

const pl = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const MINUTE = 60_000;

/** Opens the person's file again, as a worker coming back to it would. */
async function reopenFile(page: Page, personId: string, name: string) {
  await page.evaluate(() => (window.location.hash = '#/osoby'));
  await page.getByRole('heading', { level: 1, name: /Osoby/ }).waitFor();
  await page.evaluate((id) => (window.location.hash = `#/osoby/${id}`), personId);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

test('the director reads a person’s and a case’s history with repeated openings as one line, jumps to an entry by number, prints and exports it', async ({ page }) => {
  test.setTimeout(180_000); // two people log in (deliberately slow password hashes), a case, a PDF and a CSV, on a busy machine
  await page.setViewportSize({ width: 1366, height: 768 });
  const today = warsawDate(await programNow(page));

  // The worker registers Zofia, her application, and comes back to her file three times within a few minutes.
  await logIn(page, 'socialWorker');
  await addPersonThroughUi(page, { firstName: 'Zofia', lastName: 'Sadowska', pesel: makePesel(1948, 4, 2, 4421) });
  const personId = /#\/osoby\/(\d+)$/.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await page.getByLabel('Data wpływu wniosku').fill(pl(today));
  await page.getByLabel('Data wpływu wniosku').press('Tab');
  await page.getByRole('checkbox', { name: 'Zasiłek celowy', exact: true }).check();
  const poverty = page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' });
  await poverty.check();
  await poverty.press('Enter');
  const caseHeading = page.getByRole('heading', { level: 1, name: /^GOPS\.\d+\.\d+\.\d{4}$/ });
  await expect(caseHeading).toBeVisible();
  const caseRef = (await caseHeading.textContent())!;
  // Only those who may read the log see the link to it.
  await expect(page.getByRole('link', { name: 'Historia w dzienniku' })).toHaveCount(0);
  for (let visit = 1; visit <= 3; visit++) {
    await moveClockTo(page, new Date((await programNow(page)).getTime() + MINUTE));
    await reopenFile(page, personId, 'Zofia Sadowska');
  }
  await page.getByRole('button', { name: `Konto: ${USERS.socialWorker.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();

  // The director goes from Zofia's file to its history in the log.
  await page.getByLabel('Login').fill(USERS.director.login);
  await page.getByLabel('Hasło').fill(USERS.director.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('button', { name: `Konto: ${USERS.director.fullName}` }).waitFor();
  await page.evaluate((id) => (window.location.hash = `#/osoby/${id}`), personId);
  await page.getByRole('link', { name: 'Historia w dzienniku' }).click();
  await expect(page.getByText('Osoba: Zofia Sadowska')).toBeVisible();

  // Each of the worker's openings is its own line when the lines are not joined: two before the application
  // (after saving the file, and on the new application's page), three when she came back.
  const joined = page.getByRole('switch', { name: 'Łącz powtórzone otwarcia' });
  await expect(joined).toBeChecked();
  const workersOpenings = page.getByRole('row').filter({ hasText: 'Otwarto kartę osoby: Zofia Sadowska' }).filter({ hasText: USERS.socialWorker.fullName });
  await joined.uncheck({ force: true });
  await expect(workersOpenings).toHaveCount(5);
  // Joined, her visits are one line each side of the application she registered (a change is never hidden).
  await joined.check({ force: true });
  await expect(workersOpenings).toHaveCount(2);
  await expect(workersOpenings.first()).toContainText(/otwarto 3 razy, \d{2}:\d{2}–\d{2}:\d{2} \(wpisy nr \d+, \d+, \d+\)/);
  await expect(workersOpenings.last()).toContainText(/otwarto 2 razy/);
  await expect(page.getByRole('row').filter({ hasText: 'Otwarcie karty osoby' }).filter({ hasText: USERS.director.fullName })).toHaveCount(2);
  await screenshot(page, 'audit-person-history');

  // The entry of the application is found by its number, as the check would name it.
  const registered = page.getByRole('row').filter({ hasText: `Zarejestrowano wniosek ${caseRef}` });
  const number = (await registered.getByRole('cell').first().textContent())!.trim();
  await page.getByLabel('Wpis nr').fill(number);
  await page.getByLabel('Wpis nr').press('Enter');
  await expect(page.getByText(`Wpis nr ${number} jest zaznaczony na początku listy`)).toBeVisible();
  await expect(page.locator('tr[aria-current="true"]')).toContainText(`Zarejestrowano wniosek ${caseRef}`);
  await expect(page.locator('tr[aria-current="true"]')).toBeInViewport();
  await page.getByRole('button', { name: 'Pokaż najnowsze wpisy' }).click();
  await expect(page.getByText(`Wpis nr ${number} jest zaznaczony`)).toHaveCount(0);

  // The case chosen by search: its own entries only.
  await page.getByRole('button', { name: 'Wybierz sprawę…' }).click();
  await page.getByRole('dialog').getByLabel('Sprawa').fill('sadowska');
  await page.getByRole('dialog').getByRole('button', { name: new RegExp(caseRef.replace(/\./g, '\\.')) }).click();
  await expect(page.getByText(`Sprawa: ${caseRef}`)).toBeVisible();
  await expect(registered).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Otwarto kartę osoby' })).toHaveCount(0);
  await screenshot(page, 'audit-case-history');

  // Exported for Excel: the file as Polish offices open it, and the export is itself in the log.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksport do Excela (CSV)' }).click();
  const csv = fs.readFileSync((await (await download).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.subarray(3).toString('utf8');
  expect(csvText.split('\r\n')[0]).toContain('"Nr wpisu";"Data";"Godzina";"Użytkownik";"Komputer";"Rodzaj"');
  expect(csvText).toContain(`"${number}";"${pl(today)}";`);
  await page.getByRole('button', { name: 'Usuń filtr sprawy' }).click();
  await expect(page.getByRole('row').nth(1)).toContainText(`Wyeksportowano dziennik zdarzeń (CSV, 2 wiersze): Sprawa: ${caseRef}`);

  // Printed: the same lines in a PDF previewed in the program.
  await page.evaluate((id) => (window.location.hash = `#/dziennik?osoba=${id}`), personId);
  await page.getByRole('button', { name: 'Drukuj (PDF)' }).click();
  const preview = page.getByRole('dialog', { name: 'Dziennik zdarzeń — wydruk' });
  const pdfDownload = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Pobierz PDF' }).click();
  const pdf = fs.readFileSync((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/audit-print.pdf', pdf);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row').nth(1)).toContainText('Wydrukowano dziennik zdarzeń (PDF');

  // After a check the list shows the check itself at the top, without reloading the page.
  await page.getByRole('button', { name: 'Usuń filtr osoby' }).click();
  await page.getByRole('button', { name: 'Sprawdź spójność dziennika' }).click();
  await expect(page.getByText('Dziennik jest nienaruszony')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText('Sprawdzenie dziennika');
  await screenshot(page, 'audit-checked');
});
