import { z } from 'zod';
import { benefitKindKeys, caseStatusKeys } from '../domain/cases';
import { id } from './common';

/**
 * The director's view ("Pulpit"): the month and the year at a glance, every figure with the list behind it.
 * - money paid: the lines of approved payment lists that hold their benefit month (paid, or not marked yet; not
 *   returned by the bank, not left uncollected), by the list's month and the line's budget classification;
 * - cases by state: the cases whose application reached the office in the year, by their state today;
 * - late decisions and interviews: the worklist's deadlines passed today, per social worker;
 * - benefits ending: decided cases whose benefit ends in the month after the chosen one.
 */

const month = z.string({ error: 'Podaj miesiąc.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Miesiąc ma postać RRRR-MM.');
const year = z.number({ error: 'Podaj rok.' }).int('Podaj rok.').min(2000, 'Podaj rok od 2000.').max(2100, 'Podaj rok do 2100.');
const classification = z.string().trim().min(1, 'Podaj klasyfikację budżetową.').max(20, 'Klasyfikacja budżetowa ma najwyżej 20 znaków.');

export const dashboardOverview = z.object({
  /** The chosen month 'YYYY-MM' and its year; today in Poland by the program's clock. */
  month: z.string(),
  year: z.number().int(),
  today: z.string(),
  /** The month after the chosen one: benefits ending in it. */
  nextMonth: z.string(),
  paid: z.object({
    /** Twelve months of the year, each with grosze per classification (only those with money) and the total. */
    months: z.array(z.object({ month: z.string(), total: z.number().int(), lines: z.number().int(), byClassification: z.record(z.string(), z.number().int()) })),
    /** Classifications paid in the year, in order. */
    classifications: z.array(z.string()),
    yearTotal: z.number().int(),
    yearLines: z.number().int(),
  }),
  casesByState: z.array(z.object({ status: z.enum(caseStatusKeys), count: z.number().int() })),
  late: z.object({
    decisions: z.number().int(),
    interviews: z.number().int(),
    byWorker: z.array(z.object({ workerId: id, workerName: z.string(), decisions: z.number().int(), interviews: z.number().int() })),
  }),
  benefitsEnding: z.number().int(),
});
export type DashboardOverview = z.output<typeof dashboardOverview>;

/** Which figure's list to open. */
export const dashboardFigure = z.discriminatedUnion(
  'figure',
  [
    z
      .object({
        figure: z.literal('paid'),
        year,
        /** One month of the year, or null for the whole year. */
        month: month.nullable().default(null),
        /** One classification, or null for all. */
        classification: classification.nullable().default(null),
      })
      .refine((input) => input.month === null || input.month.startsWith(String(input.year)), { message: 'Miesiąc musi należeć do wybranego roku.', path: ['month'] }),
    z.object({ figure: z.literal('casesByState'), year, status: z.enum(caseStatusKeys, { error: 'Nie ma takiego stanu sprawy.' }) }),
    z.object({
      figure: z.literal('late'),
      what: z.enum(['decision', 'interview'], { error: 'Wybierz decyzje albo wywiady.' }),
      /** One worker, or null for the whole office. */
      workerId: id.nullable().default(null),
    }),
    z.object({ figure: z.literal('benefitsEnding'), month }),
  ],
  { error: 'Nie ma takiej liczby na pulpicie.' },
);
export type DashboardFigure = z.input<typeof dashboardFigure>;

export const dashboardPaymentItem = z.object({
  lineId: id,
  caseId: id,
  caseRef: z.string(),
  personId: id,
  personName: z.string(),
  benefit: z.enum(benefitKindKeys),
  /** The benefit month 'YYYY-MM' the line pays, and the month of the list it was paid on. */
  month: z.string(),
  listMonth: z.string(),
  amount: z.number().int(),
  classification: z.string(),
  decisionNumber: z.string(),
});
export type DashboardPaymentItem = z.output<typeof dashboardPaymentItem>;

export const dashboardCaseItem = z.object({
  caseId: id,
  caseRef: z.string(),
  personId: id,
  personName: z.string(),
  workerName: z.string(),
  /** The case's state (null on a late deadline's list, whose note says what the case waits for). */
  status: z.enum(caseStatusKeys).nullable(),
  /** The date that matters for the figure: the application, the deadline passed, or the benefit's last day. */
  date: z.string().nullable(),
  /** A plain Polish line: what the date is (the worklist's description for a late deadline). */
  note: z.string(),
});
export type DashboardCaseItem = z.output<typeof dashboardCaseItem>;

export const dashboardContract = {
  'dashboard.overview': {
    summary: 'Pulpit kierownika: wypłaty roku według klasyfikacji budżetowej, sprawy według stanu, terminy po czasie, świadczenia kończące się',
    input: z.object({ month: month.optional() }),
    output: dashboardOverview,
  },
  'dashboard.items': {
    summary: 'Co stoi za liczbą pulpitu: pozycje list wypłat albo sprawy',
    input: dashboardFigure,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('payments'), total: z.number().int(), items: z.array(dashboardPaymentItem) }),
      z.object({ kind: z.literal('cases'), items: z.array(dashboardCaseItem) }),
    ]),
  },
} as const;
