import fs from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { addDays, monthOf } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { plural } from '../../shared/domain/plural';
import { normalised, pageTexts } from '../unit/documents/pdf-text';
import { E2E_TOKEN, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

const expect = baseExpect.configure({ timeout: 15_000 });
const NRB = '50109010140000000012345678';
const OFFICE_NRB = '61109010140000071219812874';

/** The contract as the logged-in user of this page (its session), for the records the test needs before the run. */
async function call<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const session = await page.evaluate(() => sessionStorage.getItem('ostoja.session'));
  const response = await page.request.post(`/api/invoke/${method}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}`, 'X-Ostoja-Session': session ?? '' }, data: input });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** A man past the retirement age, his application, interview and a signed, delivered grant of zasiłek stały. */
async function grantedPermanentAllowance(page: Page, name: [string, string], pesel: string, payment: Record<string, unknown>, today: string) {
  const person = await call<{ id: number }>(page, 'persons.create', { firstName: name[0], lastName: name[1], pesel, address: { locality: 'Bródek', houseNumber: '7', postalCode: '22-424', postTown: 'Sitno' }, confirmedNotDuplicate: true });
  const [worker] = await call<{ id: number }[]>(page, 'cases.workers', {});
  const me = worker!;
  const applicationDate = addDays(today, -3);
  const created = await call<{ id: number }>(page, 'cases.create', { applicantPersonId: person.id, applicationDate, benefits: ['permanentAllowance'], reasons: ['poverty'], workerUserId: me.id });
  const incomeMonth = monthOf(addDays(`${monthOf(applicationDate)}-01`, -1));
  await call(page, 'interviews.save', {
    caseId: created.id,
    interview: { interviewDate: applicationDate, workerUserId: me.id, livesAlone: true, incomeMonth, members: [{ personId: person.id, relation: 'head' }], incomes: [{ personId: person.id, kind: 'retirementPension', gross: 60_000 }], alimonyPaid: [], farms: [], findings: 'Mieszka sam, utrzymuje się z emerytury.', proposedPeriodicAmount: null },
  });
  const draft = await call<{ id: number; version: number; fields: Record<string, unknown> }>(page, 'decisions.createDraft', { caseId: created.id, kind: 'grant', benefit: 'permanentAllowance' });
  const updated = await call<{ id: number; version: number }>(page, 'decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...payment, payDay: 10 } });
  const submitted = await call<{ id: number; version: number }>(page, 'decisions.submit', { id: updated.id, version: updated.version });
  const signed = await call<{ id: number; version: number }>(page, 'decisions.sign', { id: submitted.id, version: submitted.version });
  await call(page, 'decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: today });
}

test('signed decisions → the month’s run by the accountant → approved by the director → the cash list PDF and the bank file', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const today = warsawDate(await programNow(page));
  const month = monthOf(today);

  // The director signs two grants: one paid by transfer, one at the cash desk.
  await logIn(page, 'director', '/wyplaty');
  await grantedPermanentAllowance(page, ['Zdzisław', 'Przelewski'], makePesel(1948, 2, 11, 4517), { paymentMethod: 'transfer', bankAccount: NRB }, today);
  await grantedPermanentAllowance(page, ['Bolesław', 'Gotówkowy'], makePesel(1947, 6, 3, 2231), { paymentMethod: 'cash' }, today);

  // The accountant sets the payer once, then prepares the month's lists.
  const accountantContext = await browser.newContext();
  const accountant = await accountantContext.newPage();
  await logIn(accountant, 'accountant', '/wyplaty');
  await accountant.getByRole('button', { name: 'Ustawienia wypłat' }).click();
  const settings = accountant.getByRole('form', { name: 'Ustawienia wypłat' });
  await settings.getByLabel('Płatnik (nazwa ośrodka)').fill('Gminny Ośrodek Pomocy Społecznej w Sitnie');
  await settings.getByLabel('Adres płatnika').fill('Sitno 1, 22-424 Sitno');
  await settings.getByLabel('Rachunek ośrodka (NRB)').fill(OFFICE_NRB);
  await settings.getByLabel('Bank ośrodka').fill('Bank Spółdzielczy w Sitnie');
  await settings.getByRole('button', { name: 'Zapisz ustawienia wypłat' }).click();
  await expect(settings.getByText('Zapisano.')).toBeVisible();

  const prepare = accountant.getByRole('region', { name: 'Przygotuj listę wypłat' });
  await prepare.getByLabel('Miesiąc (RRRR-MM)').fill(month);
  await prepare.getByText('Kasa', { exact: true }).click();
  await prepare.getByRole('button', { name: 'Przygotuj projekt listy' }).click();
  await expect(accountant.getByRole('heading', { level: 1, name: /^Projekt: lista wypłat w kasie/ })).toBeVisible();
  const cashRows = accountant.getByRole('table', { name: 'Pozycje listy' }).getByRole('row');
  await expect(cashRows.filter({ hasText: 'Bolesław Gotówkowy' })).toBeVisible();
  await expect(cashRows.filter({ hasText: 'Zdzisław Przelewski' })).toHaveCount(0);
  // The one who prepared it is not offered the approval.
  await expect(accountant.getByRole('button', { name: 'Zatwierdź do wypłaty' })).toHaveCount(0);
  await screenshot(accountant, '40-projekt-listy-kasowej');
  const cashUrl = accountant.url();

  await accountant.getByRole('link', { name: '← Wypłaty' }).click();
  await prepare.getByLabel('Miesiąc (RRRR-MM)').fill(month);
  await prepare.getByText('Przelewy', { exact: true }).click();
  await prepare.getByRole('button', { name: 'Przygotuj projekt listy' }).click();
  await expect(accountant.getByRole('heading', { level: 1, name: /^Projekt: lista przelewów/ })).toBeVisible();
  const transferUrl = accountant.url();

  // The director approves both ("Zatwierdzono do wypłaty").
  for (const url of [cashUrl, transferUrl]) {
    await page.goto(url);
    await page.getByRole('button', { name: 'Zatwierdź do wypłaty' }).click();
    await expect(page.getByText('Zatwierdzono do wypłaty', { exact: true })).toBeVisible();
  }
  await screenshot(page, '41-lista-zatwierdzona');

  // The cash list PDF: the line, the totals in figures and words, the sign-off lines with the director's name.
  await page.goto(cashUrl);
  const [cashDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Drukuj listę (PDF)' }).click()]);
  const cashText = normalised((await pageTexts(fs.readFileSync((await cashDownload.path())!))).join(' '));
  // Other specs of the suite share this office, so the lists may hold their benefits too.
  const cashList = await call<{ total: number; label: string; lines: { amount: number; recipientName: string }[] }>(page, 'payments.getList', { id: Number(cashUrl.split('/').pop()) });
  expect(cashList.lines.filter((line) => line.recipientName === 'Bolesław Gotówkowy')).toHaveLength(1);
  for (const needle of [cashList.label, 'Bolesław Gotówkowy', 'Podpis odbiorcy', `Razem do wypłaty: ${formatMoney(cashList.total)}`.replace(/\u00a0/g, ' '), 'Zatwierdzono do wypłaty', 'Małgorzata Dąbrowska', 'Sporządził', 'Krystyna Liczydło']) {
    expect(cashText).toContain(needle);
  }

  // The bank file: a transfer for each line of the list, ours with its account, and the count and total beside it.
  // The accountant's screen still shows the draft the director has just approved elsewhere: open it again.
  await accountant.goto(transferUrl);
  await accountant.reload();
  await expect(accountant.getByText('Zatwierdzono do wypłaty', { exact: true })).toBeVisible();
  const [bankDownload] = await Promise.all([accountant.waitForEvent('download'), accountant.getByRole('button', { name: 'Plik dla banku (Elixir-O)' }).click()]);
  const transferList = await call<{ total: number; lines: { amount: number; recipientName: string }[] }>(accountant, 'payments.getList', { id: Number(transferUrl.split('/').pop()) });
  const count = transferList.lines.length;
  await expect(accountant.getByText(`Zapisano plik: ${plural(count, 'przelew', 'przelewy', 'przelewów')} na ${formatMoney(transferList.total)}`)).toBeVisible();
  const lines = fs.readFileSync((await bankDownload.path())!, 'latin1').split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(count);
  // Text fields are quoted and may hold commas ("Sitno 1, 22-424 Sitno"): split outside the quotes.
  const fields = lines.map((line) => line.match(/"[^"]*"|[^,]+/g)!);
  expect(fields.every((field) => field[0] === '110' && field[5] === `"${OFFICE_NRB}"`)).toBe(true);
  expect(fields.reduce((sum, field) => sum + Number(field[2]), 0)).toBe(transferList.total);
  const ours = fields.find((field) => field[8]!.includes('Zdzis') && field[8]!.includes('Przelewski'));
  expect(ours?.[6]).toBe(`"${NRB}"`);
  expect(Number(ours?.[2])).toBe(transferList.lines.find((line) => line.recipientName === 'Zdzisław Przelewski')!.amount);
  expect(bankDownload.suggestedFilename()).toMatch(/elixir-windows-1250\.txt$/);
  await screenshot(accountant, '42-plik-dla-banku');

  // The case shows the month as on the approved list.
  await page.goto(transferUrl);
  await page.getByRole('link', { name: 'Zdzisław Przelewski' }).click();
  await expect(page.getByRole('region', { name: 'Harmonogram wypłat' }).getByText('Na zatwierdzonej liście').first()).toBeVisible();
  await screenshot(page, '43-harmonogram-w-sprawie');
  await accountantContext.close();
});
