import { z } from 'zod';
import { plural } from '../domain/plural';
import { normalizePostalCode } from '../domain/address';

/** The contract's own small types, with Polish messages that a person can act on. */

export const id = z.number().int().positive();

/** Text a person typed: trimmed, and required unless it is optional; an empty optional text becomes null. */
export const requiredText = (max: number, emptyMessage: string) =>
  z
    .string({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(max, `Najwyżej ${plural(max, 'znak', 'znaki', 'znaków')}.`);

export const optionalText = (max: number) =>
  z
    .string()
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

/** "22424" and "22 424" are taken as 22-424; anything else that is not NN-NNN is refused. */
export const postalCode = z
  .string({ error: 'Podaj kod pocztowy.' })
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

export const phone = z
  .string()
  .trim()
  .regex(/^(\+?[\d\s-]{7,20})?$/, 'Numer telefonu może zawierać tylko cyfry, spacje, myślniki i znak + na początku.')
  .nullish()
  .transform((value) => (value ? value : null));

export const empty = z.object({}).strict();
