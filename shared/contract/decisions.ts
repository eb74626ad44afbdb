import { z } from 'zod';
import { benefitKindKeys } from '../domain/cases';
import { decisionKindKeys, decisionStateKeys, paymentMethodKeys } from '../domain/decisions';
import { isValidNrb, normaliseNrb } from '../domain/nrb';
import { id, isoDate, optionalText } from './common';
import { grosze } from './cases';

const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, message).max(max, `Najwyżej ${max} znaków.`);

/**
 * What the worker decides in a draft: the period, how and when it is paid, the free texts. Figures of the
 * computation (the amount of zasiłek stały or okresowy, the first partial month) are never typed: the draft takes
 * them from the case. `amount` is for help whose amount the worker sets (zasiłek celowy, funeral costs…).
 */
export const decisionFields = z.object({
  /** Grant: the first day of the benefit (from the application, art. 106 ust. 3); change, suspension, revocation: from when it acts. */
  periodFrom: isoDate.nullable().default(null),
  /** The last day of a benefit granted for a period; null: indefinitely (zasiłek stały) or help given once. */
  periodUntil: isoDate.nullable().default(null),
  paymentMethod: z.enum(paymentMethodKeys, { error: 'Wybierz sposób wypłaty.' }).nullable().default(null),
  bankAccount: z
    .string()
    .trim()
    .refine((value) => value === '' || isValidNrb(value), 'Numer rachunku (NRB) jest błędny: sprawdź 26 cyfr.')
    .transform((value) => (value === '' ? null : normaliseNrb(value)))
    .nullable()
    .default(null),
  payDay: z.number({ error: 'Podaj dzień miesiąca.' }).int('Podaj dzień miesiąca.').min(1, 'Dzień od 1 do 28.').max(28, 'Dzień od 1 do 28.').nullable().default(null),
  amount: grosze('Kwota').nullable().default(null),
  /** Zasiłek celowy: the need it is for ("zakup opału na zimę"); help in kind: its scope ("jeden gorący posiłek dziennie"). */
  purpose: optionalText(500).default(null),
  careServices: z
    .object({
      scope: text(1000, 'Podaj zakres usług opiekuńczych.'),
      hoursPerWeek: z.number({ error: 'Podaj liczbę godzin.' }).min(0.5, 'Podaj liczbę godzin tygodniowo.').max(168, 'Najwyżej 168 godzin tygodniowo.'),
      hourlyCost: grosze('Koszt godziny usług'),
      feePercent: z.number({ error: 'Podaj procent odpłatności.' }).int('Podaj pełny procent.').min(0, 'Od 0%.').max(100, 'Najwyżej 100%.'),
    })
    .nullable()
    .default(null),
  careHome: z
    .object({ homeName: text(300, 'Podaj nazwę domu pomocy społecznej.'), homeAddress: text(300, 'Podaj adres domu pomocy społecznej.') })
    .nullable()
    .default(null),
  /** Art. 108 k.p.a.: the reason for immediate enforceability, or null. */
  immediateEnforceabilityReason: optionalText(1000).default(null),
  /** The factual findings in the worker's words, printed in the reasons before the computation. */
  factualReasons: z.string().trim().max(20_000, 'Najwyżej 20 000 znaków.').default(''),
  /** Art. 107 § 4 k.p.a.: reasons may be left out only when the request is granted in full. */
  omitReasons: z.boolean().default(false),
});
export type DecisionFields = z.output<typeof decisionFields>;
export type DecisionFieldsInput = z.input<typeof decisionFields>;

export const articleCheckItem = z.object({
  element: z.string(),
  ok: z.boolean(),
  /** What is missing, in Polish, when not ok. */
  message: z.string().nullable(),
});

const decisionRef = z.object({ id, decisionNumber: z.string(), issuedOn: z.string(), kind: z.enum(decisionKindKeys) });

export const decision = z.object({
  id,
  caseId: id,
  caseRef: z.string(),
  partyName: z.string(),
  partyPersonId: id,
  kind: z.enum(decisionKindKeys),
  benefit: z.enum(benefitKindKeys),
  refersTo: decisionRef.nullable(),
  state: z.enum(decisionStateKeys),
  fields: decisionFields,
  /** The amount the computation gives (zasiłek stały, okresowy) or the one the worker set; null for help without money. */
  amount: z.number().int().nullable(),
  firstMonth: z.object({ from: z.string(), to: z.string(), amount: z.number().int() }).nullable(),
  decisionNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  preparedByName: z.string(),
  submittedAt: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  appealWaivedOn: z.string().nullable(),
  /** The last day for an appeal (14 days from delivery, moved off holidays), and the day it is final. */
  appealDeadline: z.string().nullable(),
  finalFrom: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveUntil: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  contentHash: z.string().nullable(),
  /** The k.p.a. art. 107 § 1 check of what the decision would print (empty problems = ready to sign). */
  check: z.array(articleCheckItem),
  /** Later signed decisions that act on this one (changes, suspensions, revocations). */
  actedOnBy: z.array(decisionRef),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.output<typeof decision>;

export const decisionSummary = z.object({
  id,
  caseId: id,
  caseRef: z.string(),
  partyName: z.string(),
  kind: z.enum(decisionKindKeys),
  benefit: z.enum(benefitKindKeys),
  state: z.enum(decisionStateKeys),
  decisionNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  amount: z.number().int().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveUntil: z.string().nullable(),
  preparedByName: z.string(),
  signedByName: z.string().nullable(),
  finalFrom: z.string().nullable(),
});
export type DecisionSummary = z.output<typeof decisionSummary>;

export const registerFilter = z.object({
  year: z.number({ error: 'Podaj rok.' }).int().min(2000, 'Rok od 2000.').max(2100, 'Rok do 2100.'),
  kind: z.enum(decisionKindKeys).nullish().transform((value) => value ?? null),
  state: z.enum(decisionStateKeys).nullish().transform((value) => value ?? null),
  workerUserId: id.nullish().transform((value) => value ?? null),
  /** A part of the party's name or PESEL, or the beginning of a case reference. */
  query: z.string().trim().max(100).default(''),
});

const file = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
const versioned = { id, version: z.number().int() };

export const decisionsContract = {
  'decisions.createDraft': {
    summary: 'Nowy projekt decyzji w sprawie (przyznanie, odmowa, zmiana, wstrzymanie, uchylenie)',
    input: z.object({
      caseId: id,
      kind: z.enum(decisionKindKeys, { error: 'Wybierz rodzaj decyzji.' }),
      benefit: z.enum(benefitKindKeys, { error: 'Wybierz świadczenie.' }),
      refersToDecisionId: id.nullish().transform((value) => value ?? null),
    }),
    output: decision,
  },
  'decisions.get': { summary: 'Decyzja z kontrolą elementów art. 107 k.p.a.', input: z.object({ id }), output: decision },
  'decisions.listForCase': {
    summary: 'Decyzje i pisma w sprawie',
    input: z.object({ caseId: id }),
    output: z.object({
      decisions: z.array(decisionSummary),
      letters: z.array(z.object({ id, kind: z.enum(['delayNotice', 'completionCall']), issuedOn: z.string(), createdByName: z.string() })),
    }),
  },
  'decisions.updateDraft': {
    summary: 'Zmiana projektu decyzji (okres, wypłata, teksty)',
    input: z.object({ ...versioned, fields: decisionFields }),
    output: decision,
  },
  'decisions.submit': { summary: 'Przekazanie projektu do podpisu', input: z.object(versioned), output: decision },
  'decisions.returnToDraft': { summary: 'Zwrot decyzji do poprawy (przed podpisem)', input: z.object(versioned), output: decision },
  'decisions.discard': {
    summary: 'Odrzucenie projektu decyzji (nie zajmuje numeru)',
    input: z.object(versioned),
    output: z.object({ discarded: z.literal(true) }),
  },
  'decisions.sign': {
    summary: 'Podpisanie decyzji przez kierownika lub upoważnionego zastępcę: numer, zamrożenie, PDF',
    input: z.object(versioned),
    output: decision,
  },
  'decisions.recordDelivery': {
    summary: 'Doręczenie decyzji albo zrzeczenie się prawa do odwołania',
    input: z
      .object({
        ...versioned,
        deliveredOn: isoDate.nullish().transform((value) => value ?? null),
        appealWaivedOn: isoDate.nullish().transform((value) => value ?? null),
      })
      .refine((value) => value.deliveredOn || value.appealWaivedOn, {
        message: 'Podaj datę doręczenia albo datę zrzeczenia się odwołania.',
        path: ['deliveredOn'],
      }),
    output: decision,
  },
  'decisions.pdf': { summary: 'PDF decyzji (projekt ze znakiem PROJEKT)', input: z.object({ id }), output: file },
  'decisions.pdfMany': {
    summary: 'Jeden PDF wielu decyzji',
    input: z.object({ ids: z.array(id).min(1, 'Zaznacz co najmniej jedną decyzję.').max(1000, 'Najwyżej 1000 decyzji naraz.') }),
    output: file.extend({ count: z.number().int() }),
  },
  'decisions.batchProgress': {
    summary: 'Postęp drukowania wielu decyzji do jednego PDF (dla paska postępu)',
    input: z.object({}),
    output: z.object({ step: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
  },
  'decisions.register': {
    summary: 'Rejestr decyzji: rok, rodzaj, pracownik, stan, osoba',
    input: registerFilter,
    output: z.object({ items: z.array(decisionSummary), total: z.number().int() }),
  },
  'decisions.registerExport': {
    summary: 'Rejestr decyzji jako PDF albo CSV',
    input: z.object({ filter: registerFilter, format: z.enum(['pdf', 'csv']) }),
    output: file,
  },
  'letters.create': {
    summary: 'Pismo ze sprawy: zawiadomienie o nowym terminie (art. 36 k.p.a.) albo wezwanie do uzupełnienia wniosku (art. 64 § 2 k.p.a.)',
    // One object (not a union) so that every method's input is an object; what each kind needs is checked below.
    input: z
      .object({
        caseId: id,
        kind: z.enum(['delayNotice', 'completionCall'], { error: 'Wybierz rodzaj pisma.' }),
        newDate: isoDate.optional(),
        delayReason: text(2000, 'Podaj przyczynę zwłoki.').optional(),
        missing: text(2000, 'Napisz, czego brakuje we wniosku.').optional(),
        days: z.number({ error: 'Podaj liczbę dni.' }).int().min(7, 'Co najmniej 7 dni (art. 64 § 2 k.p.a.).').max(30, 'Najwyżej 30 dni.').optional(),
      })
      .superRefine((letter, ctx) => {
        const required = (path: 'newDate' | 'delayReason' | 'missing' | 'days', message: string) => {
          if (letter[path] === undefined) ctx.addIssue({ code: 'custom', path: [path], message });
        };
        if (letter.kind === 'delayNotice') {
          required('newDate', 'Podaj nowy termin załatwienia sprawy.');
          required('delayReason', 'Podaj przyczynę zwłoki.');
        } else {
          required('missing', 'Napisz, czego brakuje we wniosku.');
          required('days', 'Podaj liczbę dni.');
        }
      }),
    output: z.object({ id, issuedOn: z.string() }),
  },
  'letters.pdf': { summary: 'PDF pisma ze sprawy', input: z.object({ id }), output: file },
} as const;
