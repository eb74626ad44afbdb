import { z } from 'zod';
import { plural } from '../domain/plural';
import { normalizePostalCode } from '../domain/address';

/** The contract's own small types, with Polish messages that a person can act on. */

/**
 * Characters nobody types on purpose and nobody sees: NUL and other control characters (tab and line breaks
 * stay), the soft hyphen, zero-width spaces and joiners, the byte-order mark, and the direction controls
 * (LRM, RLM, LRE…RLO, LRI…PDI, ALM) that can make a name read backwards on the screen. They are removed, so
 * that "Kowal\u200Bski" is Kowalski and the duplicate check finds him.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
/** Spaces that look like a space (no-break, figure, narrow no-break) are a space. */
const SPACE_LIKE = /[\u00A0\u2007\u202F]/g;

/** Text as stored: invisible and direction-control characters and NUL removed, odd spaces made plain, NFC. */
export function cleanText(value: string): string {
  return value.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').normalize('NFC');
}

/**
 * Every string of a call's input, however deep, made clean before the contract reads it: the router does this
 * once for every method, so no text field can slip past (object keys are the contract's own and stay).
 */
export function cleanInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  // No input of the contract nests this deep: what does is refused by the contract as it is.
  if (depth > 32) return value;
  if (Array.isArray(value)) return value.map((item) => cleanInput(item, depth + 1));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanInput(item, depth + 1)]));
  }
  return value;
}

/** A string that is cleaned (cleanText) before it is trimmed and measured: the base of every typed text. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanText);

export const id = z.number().int().positive();

/** Text a person typed: trimmed, and required unless it is optional; an empty optional text becomes null. */
export const requiredText = (max: number, emptyMessage: string) =>
  text({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(max, `Najwyżej ${plural(max, 'znak', 'znaki', 'znaków')}.`);

export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Najwyżej ${plural(max, 'znak', 'znaki', 'znaków')}.`)
    .nullish()
    .transform((value) => (value ? value : null));

/** A calendar date as ISO YYYY-MM-DD that exists. */
export const isoDate = z
  .string({ error: 'Podaj datę.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Data ma postać RRRR-MM-DD.', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'Taka data nie istnieje.');

export const isoDateTime = z.string();

/** The earliest birth date the program takes: older dates are typing mistakes (1000 for 2000). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** A birth date: a real day, not before 1900 (not after today is checked by the core, which knows today). */
export const birthDate = isoDate.refine((value) => value >= EARLIEST_BIRTH_DATE, 'Data urodzenia nie może być wcześniejsza niż 01.01.1900.');

/** "22424" and "22 424" are taken as 22-424; anything else that is not NN-NNN is refused. */
export const postalCode = text({ error: 'Podaj kod pocztowy.' })
  .trim()
  .min(1, 'Podaj kod pocztowy.')
  .transform(normalizePostalCode)
  .pipe(z.string().regex(/^\d{2}-\d{3}$/, 'Kod pocztowy ma postać NN-NNN, np. 22-424.'));

export const address = z.object(
  {
  locality: requiredText(100, 'Podaj miejscowość.'),
  street: optionalText(100),
  houseNumber: requiredText(20, 'Podaj numer domu.'),
  flatNumber: optionalText(20),
  postalCode,
  postTown: requiredText(100, 'Podaj pocztę (miejscowość w adresie pocztowym).'),
  },
  { error: 'Podaj adres zamieszkania.' },
);

export const addressOut = z.object({
  locality: z.string(),
  street: z.string().nullable(),
  houseNumber: z.string(),
  flatNumber: z.string().nullable(),
  postalCode: z.string(),
  postTown: z.string(),
});

export const phone = text()
  .trim()
  .regex(/^(\+?[\d\s-]{7,20})?$/, 'Numer telefonu może zawierać tylko cyfry, spacje, myślniki i znak + na początku.')
  .nullish()
  .transform((value) => (value ? value : null));

export const empty = z.object({}).strict();
