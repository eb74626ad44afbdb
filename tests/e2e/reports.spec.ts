import { expect as baseExpect, test, type Page } from '@playwright/test';
import { addDays, monthOf } from '../../shared/domain/calendar';
import { E2E_TOKEN, logIn, makePesel, programNow, screenshot, warsawDate } from './helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * The director follows a figure to the case behind it and comes back to the same figure: in MRPiPS-03 (a cell of the
 * form) and on the Pulpit (a count of cases). The suite's other specs share the office, so the figures hold their
 * cases too: this spec makes its own case and finds it by its own name.
 */

async function call<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const session = await page.evaluate(() => sessionStorage.getItem('ostoja.session'));
  const response = await page.request.post(`/api/invoke/${method}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}`, 'X-Ostoja-Session': session ?? '' }, data: input });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** An 82-year-old man living alone on a small pension: applied three days ago, interviewed, zasiłek stały granted and delivered today. */
async function decidedCase(page: Page, today: string): Promise<string> {
  const person = await call<{ id: number }>(page, 'persons.create', {
    firstName: 'Teofil',
    lastName: 'Sprawozdawczy',
    pesel: makePesel(1943, 9, 27, 7311),
    address: { locality: 'Zwiartów', houseNumber: '14', postalCode: '22-424', postTown: 'Sitno' },
    confirmedNotDuplicate: true,
  });
  const [worker] = await call<{ id: number }[]>(page, 'cases.workers', {});
  const applicationDate = addDays(today, -3);
  const created = await call<{ id: number; caseRef: string }>(page, 'cases.create', { applicantPersonId: person.id, applicationDate, benefits: ['permanentAllowance'], reasons: ['poverty', 'disability'], workerUserId: worker!.id });
  await call(page, 'interviews.save', {
    caseId: created.id,
    interview: {
      interviewDate: applicationDate,
      workerUserId: worker!.id,
      livesAlone: true,
      incomeMonth: monthOf(addDays(`${monthOf(applicationDate)}-01`, -1)),
      members: [{ personId: person.id, relation: 'head' }],
      incomes: [{ personId: person.id, kind: 'retirementPension', gross: 55_000 }],
      alimonyPaid: [],
      farms: [],
      findings: 'Mieszka sam w domu po rodzicach, utrzymuje się z niskiej emerytury.',
      proposedPeriodicAmount: null,
    },
  });
  const draft = await call<{ id: number; version: number; fields: Record<string, unknown> }>(page, 'decisions.createDraft', { caseId: created.id, kind: 'grant', benefit: 'permanentAllowance' });
  const updated = await call<{ id: number; version: number }>(page, 'decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, paymentMethod: 'cash', payDay: 10 } });
  const submitted = await call<{ id: number; version: number }>(page, 'decisions.submit', { id: updated.id, version: updated.version });
  const signed = await call<{ id: number; version: number }>(page, 'decisions.sign', { id: submitted.id, version: submitted.version });
  await call(page, 'decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: today });
  return created.caseRef;
}

test('the director: a cell of MRPiPS-03 and a number of the Pulpit open their cases, and back returns to the same figure', async ({ page }) => {
  test.setTimeout(240_000);
  const today = warsawDate(await programNow(page));
  const year = today.slice(0, 4);
  await logIn(page, 'director', '/');
  // The Pulpit is the director's first screen.
  const nav = page.getByRole('navigation', { name: 'Obszary programu' });
  await expect(nav.getByRole('link').first()).toHaveText(/Pulpit/);
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  const caseRef = await decidedCase(page, today);

  // MRPiPS-03 for the whole of this year: the persons granted zasiłek stały.
  await nav.getByRole('link', { name: /Sprawozdanie MRPiPS-03/ }).click();
  await page.getByRole('textbox', { name: 'Rok' }).click();
  await page.getByRole('option', { name: year, exact: true }).click();
  await page.getByRole('radio', { name: 'Cały rok' }).check({ force: true });
  await page.getByRole('button', { name: /^Zasiłki stałe — Liczba osób, którym decyzją przyznano świadczenie: \d+$/ }).click();
  const cell = page.getByRole('table', { name: 'Co stoi za liczbą' });
  const ours = cell.getByRole('row').filter({ hasText: 'Teofil Sprawozdawczy' });
  await expect(ours).toHaveCount(1);
  await ours.getByRole('link', { name: caseRef }).click();
  await expect(page.getByRole('heading', { name: caseRef, level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sprawozdanie MRPiPS-03' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rok' })).toHaveValue(year);
  await expect(page.getByRole('heading', { name: /^Zasiłki stałe — Liczba osób, którym decyzją przyznano świadczenie: \d+$/ })).toBeVisible();
  await expect(cell.getByRole('row').filter({ hasText: 'Teofil Sprawozdawczy' })).toHaveCount(1);

  // The Pulpit: this year's decided cases open their list; the case and back again.
  await nav.getByRole('link', { name: /Pulpit/ }).click();
  await expect(page.getByRole('heading', { name: `Sprawy z wnioskiem w ${year} r. — stan na dziś` })).toBeVisible();
  await screenshot(page, 'pulpit');
  await page.getByRole('button', { name: /^Sprawy w stanie „Rozstrzygnięta”: \d+$/ }).click();
  const list = page.getByRole('region', { name: 'Co stoi za liczbą' });
  await expect(list.getByRole('heading', { name: `Sprawy z wnioskiem w ${year} r. — rozstrzygnięta` })).toBeVisible();
  const row = list.getByRole('row').filter({ hasText: 'Teofil Sprawozdawczy' });
  await expect(row).toHaveCount(1);
  await screenshot(page, 'pulpit-lista');
  await row.getByRole('link', { name: caseRef }).click();
  await expect(page.getByRole('heading', { name: caseRef, level: 1 })).toBeVisible();
  await page.goBack();
  await expect(list.getByRole('heading', { name: `Sprawy z wnioskiem w ${year} r. — rozstrzygnięta` })).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: 'Teofil Sprawozdawczy' })).toHaveCount(1);
});
