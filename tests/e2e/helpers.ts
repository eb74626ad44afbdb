import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const E2E_TOKEN = 'e2e-token';
const SCREENSHOT_DIR = path.join(process.cwd(), 'tests', 'e2e', 'screenshots');

/** The people of the office, created by first-start.setup.ts through the setup and users screens. */
export const USERS = {
  administrator: { login: 'admin', fullName: 'Tomasz Informatyk', password: 'bardzo-tajne-haslo-1' },
  socialWorker: { login: 'e.pracowita', fullName: 'Ewa Pracowita', password: 'haslo-pracownicy-2' },
  director: { login: 'm.dabrowska', fullName: 'Małgorzata Dąbrowska', password: 'haslo-kierowniczki-3' },
  accountant: { login: 'k.liczydlo', fullName: 'Krystyna Liczydło', password: 'haslo-ksiegowej-4' },
} as const;
export type E2EUser = keyof typeof USERS;

/**
 * The program's clock in the end-to-end suite: browser mode starts with `--test-clock` at this moment (a Monday),
 * whatever the day the suite runs, and the clock then runs on. Tests take dates from `programNow`.
 */
export const E2E_CLOCK_START = '2026-03-16T09:00:00+01:00';

const authorization = { Authorization: `Bearer ${E2E_TOKEN}` };

/** What the program believes "now" is (the host's test clock). */
export async function programNow(page: Page): Promise<Date> {
  const response = await page.request.get('/api/test/clock', { headers: authorization });
  const body = (await response.json()) as { ok: boolean; value: { now: string } };
  if (!body.ok) throw new Error('Browser mode runs without a test clock (--test-clock).');
  return new Date(body.value.now);
}

/** Moves the program's clock and the page's together (e.g. 14 days on, for a decision to become final). */
export async function moveClockTo(page: Page, at: Date): Promise<void> {
  const response = await page.request.post('/api/test/clock', { headers: authorization, data: { at: at.toISOString() } });
  if (!response.ok()) throw new Error(`The test clock refused ${at.toISOString()}`);
  await page.clock.setSystemTime(at);
}

/** The date part of a moment in Warsaw, "2026-03-16". */
export const warsawDate = (moment: Date) => moment.toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });

const pagesWithClock = new WeakSet<Page>();

/**
 * Opens the program as a person would: the address printed by browser mode, then a screen by its route. The
 * page's own clock is set to the program's, so that the screens and the core agree on "today".
 */
export async function openApp(page: Page, route = '/osoby'): Promise<void> {
  if (!pagesWithClock.has(page)) {
    await page.clock.install({ time: await programNow(page) });
    pagesWithClock.add(page);
  }
  await page.goto(`/?token=${E2E_TOKEN}#${route}`);
}

/** Logs in through the login screen (each test has its own browser context, so its own session). */
export async function logIn(page: Page, who: E2EUser, route = '/osoby'): Promise<void> {
  await openApp(page, route);
  await page.getByLabel('Login').fill(USERS[who].login);
  await page.getByLabel('Hasło').fill(USERS[who].password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('button', { name: `Konto: ${USERS[who].fullName}` }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * A valid PESEL for a birth date in the 1900s and a serial number, computed here from the rule in
 * DOMAIN.md §9 (weights 1 3 7 9 1 3 7 9 1 3) so that every test gets its own person.
 */
export function makePesel(year: number, month: number, day: number, serial: number): string {
  const first10 =
    String(year % 100).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(serial).padStart(4, '0');
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(first10[index]), 0);
  return first10 + String((10 - (sum % 10)) % 10);
}

export interface NewPerson {
  firstName: string;
  lastName: string;
  pesel: string;
  locality?: string;
  houseNumber?: string;
  postalCode?: string;
  postTown?: string;
}

/** Fills the "Nowa osoba" form through the UI and saves it with Enter (the page must be logged in). */
export async function addPersonThroughUi(page: Page, person: NewPerson): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/osoby/nowa'));
  await page.getByRole('heading', { name: 'Nowa osoba' }).waitFor();
  await page.getByLabel('Imię').fill(person.firstName);
  await page.getByLabel('Nazwisko').fill(person.lastName);
  await page.getByRole('textbox', { name: 'PESEL' }).fill(person.pesel);
  await page.getByLabel('Miejscowość').fill(person.locality ?? 'Sitno');
  await page.getByLabel('Nr domu').fill(person.houseNumber ?? '12');
  await page.getByLabel('Kod pocztowy').fill(person.postalCode ?? '22-424');
  await page.getByLabel('Poczta').fill(person.postTown ?? 'Sitno');
  await page.getByLabel('Poczta').press('Enter');
  await page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` }).waitFor();
}
