import { z } from 'zod';
import { benefitKindKeys } from '../domain/cases';
import { paymentMethodKeys } from '../domain/decisions';
import { isValidNrb, normaliseNrb } from '../domain/nrb';
import { bankFileVariantKeys, budgetClassificationKeys } from '../domain/payment-settings';
import { id, isoDate } from './common';

const month = z.string({ error: 'Podaj miesiąc.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Miesiąc ma postać RRRR-MM.');
const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, message).max(max, `Najwyżej ${max} znaków.`);
const file = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
const versioned = { id, version: z.number().int() };

/** The payer on lists and bank files, the bank file's variant, and the budget classification per benefit. */
export const paymentSettingsInput = z.object({
  payerName: text(140, 'Podaj nazwę płatnika (ośrodka).'),
  payerAddress: text(140, 'Podaj adres płatnika.'),
  payerAccount: z
    .string({ error: 'Podaj numer rachunku ośrodka.' })
    .trim()
    .refine((value) => isValidNrb(value), 'Numer rachunku ośrodka (NRB) jest błędny: sprawdź 26 cyfr.')
    .transform(normaliseNrb),
  bankName: text(140, 'Podaj nazwę banku ośrodka.'),
  bankFileVariant: z.enum(bankFileVariantKeys, { error: 'Wybierz wariant pliku dla banku.' }),
  defaultPayDay: z.number({ error: 'Podaj dzień miesiąca.' }).int('Podaj dzień miesiąca.').min(1, 'Dzień od 1 do 28.').max(28, 'Dzień od 1 do 28.'),
  classifications: z.partialRecord(z.enum(benefitKindKeys), z.enum(budgetClassificationKeys, { error: 'Wybierz rozdział klasyfikacji.' })).default({}),
});
export type PaymentSettingsInput = z.input<typeof paymentSettingsInput>;

export const paymentSettings = z.object({
  configured: z.boolean(),
  payerName: z.string(),
  payerAddress: z.string(),
  payerAccount: z.string(),
  bankName: z.string(),
  bankFileVariant: z.enum(bankFileVariantKeys),
  defaultPayDay: z.number().int(),
  /** Every benefit with its classification in effect (the office's own or the default). */
  classifications: z.record(z.enum(benefitKindKeys), z.enum(budgetClassificationKeys)),
});
export type PaymentSettings = z.output<typeof paymentSettings>;

export const lineOutcomeKeys = ['paid', 'notCollected', 'returned'] as const;
export type LineOutcome = (typeof lineOutcomeKeys)[number];

export const monthStateKeys = ['paid', 'approved', 'draft', 'payable', 'waiting', 'future'] as const;

export const scheduleMonth = z.object({
  month: z.string(),
  from: z.string(),
  to: z.string(),
  amount: z.number().int(),
  classification: z.string(),
  state: z.enum(monthStateKeys),
  /** The list the month is (or was last) on, with the outcome. */
  listId: id.nullable(),
  listLabel: z.string().nullable(),
  outcome: z.enum(lineOutcomeKeys).nullable(),
  outcomeOn: z.string().nullable(),
  executableFrom: z.string().nullable(),
});
export type ScheduleMonthOut = z.output<typeof scheduleMonth>;

export const benefitSchedule = z.object({
  grantDecisionId: id,
  decisionNumber: z.string(),
  benefit: z.enum(benefitKindKeys),
  method: z.enum(paymentMethodKeys).nullable(),
  months: z.array(scheduleMonth),
});

export const paymentLine = z.object({
  id,
  lp: z.number().int(),
  caseId: id,
  personId: id,
  benefit: z.enum(benefitKindKeys),
  month: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  amount: z.number().int(),
  classification: z.string(),
  recipientName: z.string(),
  recipientAddress: z.string(),
  recipientId: z.string(),
  decisionNumber: z.string(),
  bankAccount: z.string().nullable(),
  title: z.string(),
  outcome: z.enum(lineOutcomeKeys).nullable(),
  outcomeOn: z.string().nullable(),
  history: z.array(z.object({ outcome: z.enum(lineOutcomeKeys).nullable(), outcomeOn: z.string().nullable(), note: z.string().nullable(), userName: z.string(), at: z.string() })),
  version: z.number().int(),
});
export type PaymentLineOut = z.output<typeof paymentLine>;

export const paymentListSummary = z.object({
  id,
  label: z.string(),
  month: z.string(),
  method: z.enum(paymentMethodKeys),
  payOn: z.string(),
  status: z.enum(['draft', 'approved']),
  lineCount: z.number().int(),
  total: z.number().int(),
  preparedByName: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
});
export type PaymentListSummary = z.output<typeof paymentListSummary>;

export const paymentList = paymentListSummary.extend({
  lines: z.array(paymentLine),
  /** Benefit months that could not be put on the list, with why (e.g. no account number for a transfer). */
  problems: z.array(z.object({ caseId: id, recipientName: z.string(), message: z.string() })),
});
export type PaymentListOut = z.output<typeof paymentList>;

export const paymentsContract = {
  'payments.settings': { summary: 'Ustawienia wypłat: płatnik, bank, wariant pliku, klasyfikacja budżetowa', input: z.object({}), output: paymentSettings },
  'payments.updateSettings': { summary: 'Zmiana ustawień wypłat', input: paymentSettingsInput, output: paymentSettings },
  'payments.schedule': {
    summary: 'Harmonogram wypłat świadczeń w sprawie: miesiące, kwoty i stan każdego',
    input: z.object({ caseId: id }),
    output: z.array(benefitSchedule),
  },
  'payments.personHistory': {
    summary: 'Co wypłacono osobie: kiedy i na której liście',
    input: z.object({ personId: id }),
    output: z.array(paymentLine.extend({ listId: id, listLabel: z.string(), payOn: z.string() })),
  },
  'payments.lists': {
    summary: 'Listy wypłat roku',
    input: z.object({ year: z.number().int().min(2000, 'Rok od 2000.').max(2100, 'Rok do 2100.') }),
    output: z.array(paymentListSummary),
  },
  'payments.prepare': {
    summary: 'Przygotowanie (albo odświeżenie) projektu listy wypłat miesiąca dla jednego sposobu wypłaty',
    input: z.object({ month, method: z.enum(paymentMethodKeys, { error: 'Wybierz sposób wypłaty.' }), payOn: isoDate }),
    output: paymentList,
  },
  'payments.getList': { summary: 'Lista wypłat z pozycjami', input: z.object({ id }), output: paymentList },
  'payments.approve': { summary: 'Zatwierdzenie listy do wypłaty (kierownik albo zastępca; nie ten, kto ją sporządził)', input: z.object(versioned), output: paymentList },
  'payments.discard': { summary: 'Odrzucenie projektu listy wypłat', input: z.object(versioned), output: z.object({ discarded: z.literal(true) }) },
  'payments.listPdf': { summary: 'Lista wypłat (kasowa albo przelewów) jako PDF', input: z.object({ id }), output: file },
  'payments.bankFile': {
    summary: 'Plik Elixir-O zatwierdzonej listy przelewów',
    input: z.object({ id }),
    output: file.extend({ count: z.number().int(), total: z.number().int(), variant: z.string() }),
  },
  'payments.monthSummaryPdf': { summary: 'Zestawienie wypłat miesiąca według klasyfikacji budżetowej', input: z.object({ month }), output: file },
  'payments.healthContributionsPdf': { summary: 'Składki zdrowotne za pobierających zasiłek stały w miesiącu', input: z.object({ month }), output: file },
  'payments.mark': {
    summary: 'Wynik wypłaty pozycji: wypłacono, nie podjęto, zwrócono przez bank (z historią poprawek)',
    input: z.object({
      listId: id,
      lineIds: z.array(id).min(1, 'Zaznacz co najmniej jedną pozycję.').max(5000),
      outcome: z.enum(lineOutcomeKeys, { error: 'Wybierz wynik wypłaty.' }),
      outcomeOn: isoDate,
      note: z.string().trim().max(500, 'Najwyżej 500 znaków.').nullish().transform((value) => (value ? value : null)),
    }),
    output: paymentList,
  },
} as const;
