import { z } from 'zod';
import { benefitKindKeys, helpReasonKeys } from '../domain/cases';
import { mrpips03ColumnKeys, mrpips03ReasonColumnKeys, mrpips03Rows } from '../domain/reports/mrpips03-form';
import { id } from './common';

const file = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

const reportPeriod = z.object({
  year: z.number({ error: 'Podaj rok.' }).int('Podaj rok.').min(2000, 'Podaj rok od 2000.').max(2100, 'Podaj rok do 2100.'),
  half: z.enum(['H1', 'year'], { error: 'Wybierz I półrocze albo rok.' }),
  /**
   * Localities of the gmina that are towns (not "wieś"); left out: the office's setting (settings.townLocalities).
   * An empty list: every locality counts as countryside.
   */
  townLocalities: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
});

const benefitCells = z.object({
  persons: z.number().int(),
  /** Grosze. */
  amount: z.number().int(),
  benefits: z.number().int(),
  families: z.number().int(),
  personsInFamilies: z.number().int(),
});
const reasonCells = z.object({
  families: z.number().int(),
  familiesRural: z.number().int(),
  personsInFamilies: z.number().int(),
  personsInFamiliesRural: z.number().int(),
});

export const mrpips03Report = z.object({
  year: z.number().int(),
  half: z.enum(['H1', 'year']),
  formYear: z.number().int(),
  from: z.string(),
  to: z.string(),
  rows: z.array(z.object({ key: z.string(), number: z.string(), label: z.string(), sub: z.boolean(), cells: benefitCells })),
  reasons: z.array(z.object({ key: z.enum(helpReasonKeys), number: z.string(), label: z.string(), cells: reasonCells })),
});
export type Mrpips03Report = z.output<typeof mrpips03Report>;

/** One thing standing behind a figure: a grant, a paid benefit month, or a month of help in kind. */
export const mrpips03Item = z.object({
  what: z.enum(['grant', 'payment', 'helpInKind']),
  caseId: id,
  caseRef: z.string(),
  personId: id,
  personName: z.string(),
  decisionId: id,
  decisionNumber: z.string(),
  benefit: z.enum(benefitKindKeys),
  /** 'YYYY-MM' of a paid month or a month of help in kind; null for a grant. */
  month: z.string().nullable(),
  /** Grosze: the paid amount, or the grant's monthly (once-paid) amount; null for help in kind. */
  amount: z.number().int().nullable(),
  /** The family it is counted in: its persons (the key of "liczba rodzin"). */
  familyPersonIds: z.array(z.number().int()),
  rural: z.boolean(),
});
export type Mrpips03Item = z.output<typeof mrpips03Item>;

export const mrpips03CheckKinds = {
  decisionWithoutPayments: 'Decyzja bez wypłat w okresie',
  paymentWithoutFinalDecision: 'Wypłata bez ostatecznej decyzji',
  personWithoutFamily: 'Osoba bez rodziny (brak składu gospodarstwa w wywiadzie)',
  classificationUnset: 'Świadczenie bez ustawionej klasyfikacji budżetowej',
} as const;
export type Mrpips03CheckKind = keyof typeof mrpips03CheckKinds;

export const mrpips03Check = z.object({
  kind: z.enum(Object.keys(mrpips03CheckKinds) as [Mrpips03CheckKind, ...Mrpips03CheckKind[]]),
  message: z.string(),
  caseId: id.nullable(),
  caseRef: z.string().nullable(),
  personId: id.nullable(),
  personName: z.string().nullable(),
  decisionId: id.nullable(),
  decisionNumber: z.string().nullable(),
});
export type Mrpips03Check = z.output<typeof mrpips03Check>;

const rowKeys = mrpips03Rows.map((row) => row.key) as [string, ...string[]];

export const reportsContract = {
  'reports.mrpips03': {
    summary: 'Sprawozdanie MRPiPS-03 za I półrocze albo rok, policzone z decyzji i wypłat',
    input: reportPeriod,
    output: mrpips03Report,
  },
  'reports.mrpips03Cell': {
    summary: 'Co stoi za liczbą sprawozdania MRPiPS-03: decyzje, osoby i wypłaty',
    input: reportPeriod.extend({
      section: z.enum(['benefits', 'reasons']).default('benefits'),
      row: z.union([z.enum(rowKeys), z.enum(helpReasonKeys)], { error: 'Nie ma takiego wiersza sprawozdania.' }),
      column: z.union([z.enum(mrpips03ColumnKeys), z.enum(mrpips03ReasonColumnKeys)], { error: 'Nie ma takiej kolumny sprawozdania.' }),
    }),
    output: z.object({ value: z.number().int(), items: z.array(mrpips03Item) }),
  },
  'reports.mrpips03Checks': {
    summary: 'Sprawdź przed wysłaniem: co może uczynić sprawozdanie MRPiPS-03 błędnym',
    input: reportPeriod,
    output: z.object({ items: z.array(mrpips03Check) }),
  },
  'reports.mrpips03Export': {
    summary: 'Sprawozdanie MRPiPS-03 jako PDF (układ formularza) albo CSV',
    input: reportPeriod.extend({ format: z.enum(['pdf', 'csv']) }),
    output: file,
  },
} as const;
