import { z } from 'zod';
import { benefitKindKeys, caseStatusKeys } from '../domain/cases';
import { paymentMethodKeys } from '../domain/decisions';
import { budgetClassificationKeys } from '../domain/payment-settings';
import { id, isoDate, text } from './common';

/**
 * Registers ("Rejestry"): persons, cases and payments as filterable tables, paged in the core (an office keeps tens
 * of thousands of persons), printed to PDF and exported to CSV as Polish Excel opens it.
 */

const file = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
const month = z.string({ error: 'Podaj miesiąc.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Miesiąc ma postać RRRR-MM.');
const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);
const query = text().trim().max(100, 'Najwyżej 100 znaków.').default('');
const direction = z.enum(['asc', 'desc']).default('asc');
const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200, 'Najwyżej 200 wierszy na stronie.').default(50),
};

/** A printout holds at most this many rows (a PDF of 30,000 persons helps nobody); the CSV has no limit. */
export const PRINT_ROW_LIMIT = 5000;

export const personsRegisterFilter = z.object({
  /** A part of the name, PESEL, address or phone, as the person search reads it. */
  query,
  locality: orNull(text().trim().max(200)),
  hasOpenCase: orNull(z.enum(['yes', 'no'])),
});
export const personsRegisterSortKeys = ['name', 'birthDate', 'locality', 'openCases'] as const;
const personsSort = z.object({ column: z.enum(personsRegisterSortKeys).default('name'), direction }).default({ column: 'name', direction: 'asc' });

export const personsRegisterRow = z.object({
  id,
  name: z.string(),
  pesel: z.string().nullable(),
  birthDate: z.string(),
  address: z.string(),
  locality: z.string(),
  /** The persons of the household the person belongs to (null: in no household). */
  householdSize: z.number().int().nullable(),
  openCases: z.number().int(),
});
export type PersonsRegisterRow = z.output<typeof personsRegisterRow>;

export const casesRegisterFilter = z
  .object({
    query,
    /** 'open': any state but closed. */
    status: orNull(z.enum([...caseStatusKeys, 'open'])),
    workerUserId: orNull(id),
    benefit: orNull(z.enum(benefitKindKeys)),
    /** The application date, inclusive. */
    from: orNull(isoDate),
    to: orNull(isoDate),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: 'Data „od” jest późniejsza niż data „do”.', path: ['to'] });
export const casesRegisterSortKeys = ['caseRef', 'applicant', 'applicationDate', 'status', 'worker'] as const;
const casesSort = z.object({ column: z.enum(casesRegisterSortKeys).default('applicationDate'), direction }).default({ column: 'applicationDate', direction: 'desc' });

export const casesRegisterRow = z.object({
  id,
  caseRef: z.string(),
  applicantName: z.string(),
  benefits: z.array(z.enum(benefitKindKeys)),
  status: z.enum(caseStatusKeys),
  applicationDate: z.string(),
  workerName: z.string(),
  /** The decision's deadline while the case waits for one (k.p.a. art. 35); null once decided or closed. */
  decisionDue: z.string().nullable(),
});
export type CasesRegisterRow = z.output<typeof casesRegisterRow>;

export const paymentListStates = ['draft', 'approved', 'discarded'] as const;
export const paymentsRegisterFilter = z
  .object({
    /** The benefit month, inclusive. */
    fromMonth: orNull(month),
    toMonth: orNull(month),
    classification: orNull(z.enum(budgetClassificationKeys)),
    method: orNull(z.enum(paymentMethodKeys)),
    /** null: drafts and approved lists (a discarded draft paid nothing). */
    listState: orNull(z.enum(paymentListStates)),
  })
  .refine((filter) => !filter.fromMonth || !filter.toMonth || filter.fromMonth <= filter.toMonth, { message: 'Miesiąc „od” jest późniejszy niż miesiąc „do”.', path: ['toMonth'] });
export const paymentsRegisterSortKeys = ['month', 'person', 'amount', 'classification', 'list'] as const;
const paymentsSort = z.object({ column: z.enum(paymentsRegisterSortKeys).default('month'), direction }).default({ column: 'month', direction: 'asc' });

export const paymentsRegisterRow = z.object({
  id,
  month: z.string(),
  personId: id,
  personName: z.string(),
  benefit: z.enum(benefitKindKeys),
  classification: z.string(),
  /** Grosze. */
  amount: z.number().int(),
  method: z.enum(paymentMethodKeys),
  listId: id,
  listYear: z.number().int().nullable(),
  listNumber: z.number().int().nullable(),
  listState: z.enum(paymentListStates),
  outcome: z.enum(['paid', 'notCollected', 'returned']).nullable(),
});
export type PaymentsRegisterRow = z.output<typeof paymentsRegisterRow>;

const exportFormat = z.enum(['pdf', 'csv'], { error: 'Wybierz PDF albo CSV.' });

export const registersContract = {
  'registers.localities': {
    summary: 'Miejscowości zamieszkania osób w rejestrze (do filtra)',
    input: z.object({}),
    output: z.object({ items: z.array(z.string()) }),
  },
  'registers.persons': {
    summary: 'Rejestr osób: strona tabeli z filtrami',
    input: z.object({ filter: personsRegisterFilter, sort: personsSort, ...page }),
    output: z.object({ items: z.array(personsRegisterRow), total: z.number().int() }),
  },
  'registers.personsExport': {
    summary: 'Rejestr osób jako PDF albo CSV',
    input: z.object({ filter: personsRegisterFilter, sort: personsSort, format: exportFormat }),
    output: file,
  },
  'registers.cases': {
    summary: 'Rejestr spraw: strona tabeli z filtrami',
    input: z.object({ filter: casesRegisterFilter, sort: casesSort, ...page }),
    output: z.object({ items: z.array(casesRegisterRow), total: z.number().int() }),
  },
  'registers.casesExport': {
    summary: 'Rejestr spraw jako PDF albo CSV',
    input: z.object({ filter: casesRegisterFilter, sort: casesSort, format: exportFormat }),
    output: file,
  },
  'registers.payments': {
    summary: 'Rejestr wypłat: strona tabeli z filtrami i sumą',
    input: z.object({ filter: paymentsRegisterFilter, sort: paymentsSort, ...page }),
    output: z.object({ items: z.array(paymentsRegisterRow), total: z.number().int(), sum: z.number().int() }),
  },
  'registers.paymentsExport': {
    summary: 'Rejestr wypłat jako PDF albo CSV',
    input: z.object({ filter: paymentsRegisterFilter, sort: paymentsSort, format: exportFormat }),
    output: file,
  },
} as const;
