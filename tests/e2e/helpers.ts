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
} as const;
export type E2EUser = keyof typeof USERS;

/** Opens the program as a person would: the address printed by browser mode, then a screen by its route. */
export async function openApp(page: Page, route = '/osoby'): Promise<void> {
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
