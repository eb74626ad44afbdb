import { z } from 'zod';
import { benefitKindKeys, DEFAULT_CASE_REF_UNIT } from '../domain/cases';
import { decisionTextKeys } from '../domain/decision-texts';
import { postalCode, requiredText, optionalText, text } from './common';

/** Office settings: who the organ is and who signs. Citations of consolidated texts belong here too, later. */
export const officeSettingsInput = z.object({
  gminaName: requiredText(80, 'Podaj nazwę gminy, np. Sitno.'),
  officeName: requiredText(160, 'Podaj pełną nazwę ośrodka.'),
  street: optionalText(100),
  houseNumber: requiredText(20, 'Podaj numer budynku.'),
  postalCode,
  town: requiredText(80, 'Podaj miejscowość.'),
  phone: optionalText(40),
  email: z
    .string()
    .trim()
    .max(120)
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'To nie wygląda na adres e-mail.')
    .nullish()
    .transform((value) => (value ? value : null)),
  directorName: requiredText(120, 'Podaj imię i nazwisko kierownika.'),
  directorTitle: requiredText(160, 'Podaj stanowisko kierownika.'),
  /** The screen locks after this many minutes without use; unlocking needs the password. */
  lockAfterMinutes: z
    .number({ error: 'Podaj liczbę minut.' })
    .int('Podaj pełne minuty.')
    .min(1, 'Najkrócej 1 minuta.')
    .max(120, 'Najdłużej 120 minut.')
    .default(10),
  /** The gmina council's resolution may raise the lowest zasiłek okresowy above 50 % of the shortfall. */
  periodicAllowanceMinPercent: z
    .number({ error: 'Podaj procent.' })
    .int('Podaj pełny procent.')
    .min(50, 'Ustawa wymaga co najmniej 50%.')
    .max(100, 'Najwyżej 100%.')
    .default(50),
  /** The unit part of case references (GOPS in GOPS.8311.15.2025). */
  caseRefUnit: z
    .string()
    .trim()
    .regex(/^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż0-9-]{1,20}$/, 'Oznaczenie komórki: litery, cyfry lub myślnik, bez kropek i spacji (np. GOPS).')
    .default(DEFAULT_CASE_REF_UNIT),
  /** JRWA symbol per kind of help; kinds left out use the default symbol. */
  caseRefSymbols: z
    .partialRecord(
      z.enum(benefitKindKeys),
      z.string().trim().regex(/^[0-9A-Za-z-]{1,12}$/, 'Symbol JRWA: cyfry (np. 8311), bez kropek i spacji.'),
    )
    .default({}),
  /** Texts printed in decisions (shared/domain/decision-texts.ts); a key left empty takes the default. */
  decisionTexts: z.partialRecord(z.enum(decisionTextKeys), z.string().trim().max(2000, 'Najwyżej 2000 znaków.')).default({}),
});
export type OfficeSettingsInput = z.input<typeof officeSettingsInput>;

export const officeSettings = z.object({
  configured: z.boolean(),
  gminaName: z.string(),
  officeName: z.string(),
  street: z.string().nullable(),
  houseNumber: z.string(),
  postalCode: z.string(),
  town: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  directorName: z.string(),
  directorTitle: z.string(),
  lockAfterMinutes: z.number().int(),
  periodicAllowanceMinPercent: z.number().int(),
  caseRefUnit: z.string(),
  caseRefSymbols: z.record(z.string(), z.string()),
  /** The decision texts in effect: the office's own, and the defaults for the rest. */
  decisionTexts: z.record(z.enum(decisionTextKeys), z.string()),
  updatedAt: z.string().nullable(),
});
export type OfficeSettings = z.output<typeof officeSettings>;

/**
 * The localities of the gmina that are towns: MRPiPS-03 counts every family living elsewhere as "na wsi". Most gminas
 * served by a GOPS are wholly rural, so the list is usually empty.
 */
export const townLocalitiesInput = z.object({
  items: z
    .array(text().trim().min(1, 'Podaj nazwę miejscowości.').max(200, 'Najwyżej 200 znaków.'))
    .max(200, 'Najwyżej 200 miejscowości.')
    .refine((items) => new Set(items.map((item) => item.toLocaleLowerCase('pl'))).size === items.length, 'Każdą miejscowość podaj raz.'),
});

export const settingsContract = {
  'settings.getOffice': {
    summary: 'Dane urzędu: gmina, ośrodek, adres, kierownik',
    input: z.object({}),
    output: officeSettings,
  },
  'settings.updateOffice': {
    summary: 'Zmiana danych urzędu',
    input: officeSettingsInput,
    output: officeSettings,
  },
  'settings.townLocalities': {
    summary: 'Miejscowości gminy będące miastami (w MRPiPS-03 pozostałe to wieś)',
    input: z.object({}),
    output: z.object({ items: z.array(z.string()) }),
  },
  'settings.updateTownLocalities': {
    summary: 'Zmiana listy miejscowości będących miastami',
    input: townLocalitiesInput,
    output: z.object({ items: z.array(z.string()) }),
  },
} as const;
