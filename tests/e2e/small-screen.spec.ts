import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addPersonThroughUi, logIn, makePesel, programNow, warsawDate } from './helpers';

/**
 * The office's screen is 1366×768: nothing cut or covered there. The live computation scrolls with the page, the
 * relation names are whole, a calendar opens on its button and lies over no field, a notification leaves the
 * user's name visible, and each screen is photographed at that size for a person to look at.
 */

const pl = (isoDate: string) => isoDate.split('-').reverse().join('.');
const SHOTS = path.join(process.cwd(), 'tests', 'e2e', 'screenshots');

/** What the worker sees in the window, not the whole page. */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not on screen: ${locator.toString()}`);
  return found;
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('at 1366×768: the person, the case, the interview with its live computation and the worklist fit', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, 'socialWorker');

  // The person: saved, the notification does not cover the user's name in the header.
  await addPersonThroughUi(page, { firstName: 'Halina', lastName: 'Ekranowa', pesel: makePesel(1962, 9, 14, 7304) });
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Zapisano' });
  await expect(notice).toBeVisible();
  expect(overlap(await box(notice), await box(page.getByRole('button', { name: 'Konto: Ewa Pracowita' })))).toBe(false);
  await page.getByRole('button', { name: 'Utwórz gospodarstwo (ta osoba jako głowa)' }).click();
  await expect(page.getByText('Utworzono gospodarstwo domowe')).toBeVisible();
  await shot(page, 'small-person');

  // The case.
  await page.getByRole('link', { name: 'Nowy wniosek' }).click();
  await page.getByLabel('Data wpływu wniosku').fill(pl(warsawDate(await programNow(page))));
  await page.getByRole('checkbox', { name: 'Zasiłek okresowy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pkt 1 — ubóstwo' }).check();
  await page.getByRole('button', { name: /Zarejestruj wniosek/ }).click();
  await expect(page.getByText('Termin wywiadu (14 dni roboczych)')).toBeVisible();
  await expect(page.getByText(/zostało 14 dni roboczych/)).toBeVisible();
  await shot(page, 'small-case');

  // The interview.
  await page.getByRole('link', { name: 'Przeprowadź wywiad' }).click();
  await expect(page.getByRole('heading', { name: 'Wywiad środowiskowy', exact: true })).toBeVisible();

  // A click into the date to type opens no calendar; its button does, under the field, over nothing.
  const interviewDate = page.getByLabel('Data wywiadu');
  await interviewDate.click();
  await expect(page.locator('.mantine-DatePicker-month')).toHaveCount(0);
  await interviewDate.locator('xpath=..').getByRole('button', { name: 'Otwórz kalendarz' }).click();
  const calendar = page.locator('.mantine-DatePicker-month');
  await expect(calendar).toBeVisible();
  await expect(interviewDate).toBeFocused();
  for (const field of [page.getByRole('textbox', { name: 'Wywiad przeprowadził(a)' }), page.getByRole('textbox', { name: 'Miesiąc, z którego liczy się dochód' })]) {
    expect(overlap(await box(calendar), await box(field))).toBe(false);
  }
  await shot(page, 'small-interview-calendar');
  await interviewDate.press('Escape');
  await expect(calendar).toHaveCount(0);

  // The relation names are whole in their field.
  const relation = page.getByRole('textbox', { name: 'Stopień pokrewieństwa: Halina Ekranowa' });
  await expect(relation).toHaveValue('Głowa gospodarstwa');
  await relation.scrollIntoViewIfNeeded();
  await shot(page, 'small-interview-household');
  expect(await relation.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  await relation.click();
  const spouse = page.getByRole('option', { name: 'Małżonek / małżonka' });
  expect(await spouse.evaluate((option) => option.scrollWidth <= option.clientWidth)).toBe(true);
  await page.getByRole('heading', { name: 'Skład gospodarstwa domowego' }).click();
  await expect(spouse).toBeHidden();

  // The live computation has no scroll of its own; the page scrolls, and the panel's end stays in the window.
  const panel = page.getByRole('region', { name: 'Wyliczenie na bieżąco' });
  await expect(panel).toContainText(/przysługuje/i);
  const ownScroll = await panel.evaluate((element: HTMLElement) => {
    for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return true;
    }
    return false;
  });
  expect(ownScroll).toBe(false);
  await shot(page, 'small-interview');
  await page.getByLabel('Ustalenia z wywiadu').scrollIntoViewIfNeeded();
  const panelBox = await box(panel);
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(768);
  await shot(page, 'small-interview-scrolled');

  // The worklist: the interview's deadline written as on the case.
  await page.getByLabel('Ustalenia z wywiadu').press('Escape');
  const question = page.getByRole('dialog', { name: 'Porzucić wpisane dane?' });
  if (await question.isVisible()) await question.getByRole('button', { name: 'Porzuć' }).click();
  await page.getByRole('navigation', { name: 'Obszary programu' }).getByRole('link', { name: /Do zrobienia/ }).click();
  // Both of her deadlines, the interview's and the decision's, in working days as on the case.
  const rows = page.getByRole('row').filter({ hasText: 'Halina Ekranowa' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'zostało 14 dni roboczych' })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(/zosta(ło|ły) \d+ dni robocz/);
  await shot(page, 'small-worklist');
});
