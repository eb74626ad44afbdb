import { z } from 'zod';
import { benefitKindKeys, caseStatusKeys, helpReasonKeys, inStatutoryOrder } from '../domain/cases';
import { householdRelationKeys } from '../domain/household';
import { incomeKindKeys } from '../domain/income';
import { id, isoDate, optionalText } from './common';
import { caseComputation } from './computation';

const benefit = z.enum(benefitKindKeys, { error: 'Wybierz świadczenie z listy.' });
const reason = z.enum(helpReasonKeys, { error: 'Wybierz powód z listy (art. 7 u.p.s.).' });
const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** Amounts a worker types, in grosze: whole, not negative, not absurd. */
export const grosze = (label: string) =>
  z
    .number({ error: `${label}: podaj kwotę.` })
    .int(`${label}: kwota w pełnych groszach.`)
    .min(0, `${label}: kwota nie może być ujemna.`)
    .max(100_000_000, `${label}: kwota jest nierealnie wysoka (ponad milion złotych).`);

const month = z.string({ error: 'Podaj miesiąc.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Miesiąc ma postać RRRR-MM.');

export const caseInput = z.object({
  applicantPersonId: id,
  applicationDate: isoDate,
  benefits: z
    .array(benefit)
    .min(1, 'Wybierz co najmniej jedno świadczenie, o które wnosi strona.')
    .refine(unique, 'Każde świadczenie wybierz tylko raz.'),
  reasons: z
    .array(reason)
    .min(1, 'Wybierz co najmniej jeden powód udzielenia pomocy (art. 7 u.p.s.).')
    .refine(unique, 'Każdy powód wybierz tylko raz.')
    .transform(inStatutoryOrder),
  workerUserId: id,
  complex: z.boolean().default(false),
  incomeLostInApplicationMonth: z.boolean().default(false),
  notes: optionalText(2000),
});
export type CaseInput = z.input<typeof caseInput>;

const memberOut = z.object({
  personId: id,
  fullName: z.string(),
  pesel: z.string().nullable(),
  birthDate: z.string(),
  relation: z.enum(householdRelationKeys),
});

export const interviewInput = z
  .object({
    interviewDate: isoDate,
    workerUserId: id,
    livesAlone: z.boolean(),
    incomeMonth: month,
    members: z
      .array(z.object({ personId: id, relation: z.enum(householdRelationKeys, { error: 'Wybierz stopień pokrewieństwa.' }) }))
      .min(1, 'Gospodarstwo domowe ma co najmniej jedną osobę: wnioskodawcę.')
      .max(30, 'Najwyżej 30 osób w gospodarstwie.'),
    incomes: z
      .array(
        z.object({
          personId: id,
          kind: z.enum(incomeKindKeys, { error: 'Wybierz rodzaj dochodu.' }),
          description: optionalText(200),
          gross: grosze('Przychód'),
          tax: grosze('Podatek').default(0),
          healthContribution: grosze('Składka zdrowotna').default(0),
          socialContribution: grosze('Składki społeczne').default(0),
          oneOffReceivedOn: isoDate.nullish().transform((value) => value ?? null),
        }),
      )
      .max(100),
    alimonyPaid: z.array(z.object({ personId: id, amount: grosze('Alimenty świadczone'), description: optionalText(200) })).max(30),
    farms: z
      .array(
        z.object({
          personId: id,
          hectares: z
            .number({ error: 'Podaj liczbę hektarów przeliczeniowych.' })
            .min(0, 'Powierzchnia nie może być ujemna.')
            .max(10_000, 'Powierzchnia jest nierealnie duża.')
            .refine((value) => Math.abs(value * 10_000 - Math.round(value * 10_000)) < 1e-6, 'Najwyżej 4 miejsca po przecinku.'),
          description: optionalText(200),
        }),
      )
      .max(30),
    findings: z.string().trim().max(20_000, 'Najwyżej 20 000 znaków.').default(''),
    proposedPeriodicAmount: grosze('Proponowana kwota zasiłku okresowego').nullish().transform((value) => value ?? null),
  })
  .superRefine((interview, ctx) => {
    const ids = interview.members.map((member) => member.personId);
    if (!unique(ids)) ctx.addIssue({ code: 'custom', path: ['members'], message: 'Ta sama osoba jest w składzie gospodarstwa dwa razy.' });
    if (interview.livesAlone && interview.members.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['livesAlone'], message: 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.' });
    }
    interview.incomes.forEach((income, index) => {
      if (!ids.includes(income.personId)) {
        ctx.addIssue({ code: 'custom', path: ['incomes', index, 'personId'], message: 'Dochód może mieć tylko osoba z gospodarstwa domowego.' });
      }
      if (income.tax + income.healthContribution + income.socialContribution > income.gross) {
        ctx.addIssue({ code: 'custom', path: ['incomes', index, 'gross'], message: 'Podatek i składki nie mogą być wyższe niż przychód.' });
      }
    });
    interview.alimonyPaid.forEach((alimony, index) => {
      if (!ids.includes(alimony.personId)) {
        ctx.addIssue({ code: 'custom', path: ['alimonyPaid', index, 'personId'], message: 'Alimenty może świadczyć tylko osoba z gospodarstwa domowego.' });
      }
    });
    interview.farms.forEach((farm, index) => {
      if (!ids.includes(farm.personId)) {
        ctx.addIssue({ code: 'custom', path: ['farms', index, 'personId'], message: 'Gospodarstwo rolne może mieć tylko osoba z gospodarstwa domowego.' });
      }
    });
  });
export type InterviewInput = z.input<typeof interviewInput>;

export const interview = z.object({
  id,
  caseId: id,
  supersedesId: z.number().int().nullable(),
  /** False for an interview replaced by a later update. */
  current: z.boolean(),
  interviewDate: z.string(),
  worker: z.object({ id, fullName: z.string() }),
  livesAlone: z.boolean(),
  incomeMonth: z.string(),
  members: z.array(memberOut),
  incomes: z.array(
    z.object({
      personId: id,
      kind: z.enum(incomeKindKeys),
      description: z.string().nullable(),
      gross: z.number().int(),
      tax: z.number().int(),
      healthContribution: z.number().int(),
      socialContribution: z.number().int(),
      oneOffReceivedOn: z.string().nullable(),
    }),
  ),
  alimonyPaid: z.array(z.object({ personId: id, amount: z.number().int(), description: z.string().nullable() })),
  farms: z.array(z.object({ personId: id, hectares: z.number(), description: z.string().nullable() })),
  findings: z.string(),
  proposedPeriodicAmount: z.number().int().nullable(),
  /** What the program computed when the interview was saved, with the parameter row then in force. */
  computation: caseComputation,
  createdAt: z.string(),
  createdByName: z.string(),
});
export type Interview = z.output<typeof interview>;

export const caseDeadlines = z.object({
  /** 14 working days from the application (null once an interview is saved). */
  interviewDue: z.string().nullable(),
  /** One month (two if complex) from the application, moved off holidays (null once decided). */
  decisionDue: z.string().nullable(),
  /** Six months after the last interview while a benefit runs. */
  interviewUpdateDue: z.string().nullable(),
});

export const caseDetail = z.object({
  id,
  caseRef: z.string(),
  status: z.enum(caseStatusKeys),
  applicant: z.object({ id, fullName: z.string(), pesel: z.string().nullable(), birthDate: z.string(), addressLine: z.string() }),
  applicationDate: z.string(),
  benefits: z.array(benefit),
  reasons: z.array(reason),
  worker: z.object({ id, fullName: z.string() }),
  complex: z.boolean(),
  incomeLostInApplicationMonth: z.boolean(),
  notes: z.string().nullable(),
  decidedOn: z.string().nullable(),
  benefitUntil: z.string().nullable(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  deadlines: caseDeadlines,
  currentInterview: interview.nullable(),
  interviews: z.array(z.object({ id, interviewDate: z.string(), workerName: z.string(), createdAt: z.string(), current: z.boolean() })),
  /** The applicant's household as the register has it today: what a new interview starts from. */
  registerHousehold: z.array(memberOut),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.output<typeof caseDetail>;

export const caseSummary = z.object({
  id,
  caseRef: z.string(),
  status: z.enum(caseStatusKeys),
  applicantId: id,
  applicantName: z.string(),
  applicationDate: z.string(),
  benefits: z.array(benefit),
  workerName: z.string(),
  decisionDue: z.string().nullable(),
});
export type CaseSummary = z.output<typeof caseSummary>;

const versioned = { id, version: z.number().int() };

export const casesContract = {
  'cases.create': {
    summary: 'Rejestracja wniosku: nowa sprawa ze znakiem sprawy',
    input: caseInput,
    output: caseDetail,
  },
  'cases.get': {
    summary: 'Sprawa: wniosek, wywiad, dochody, wyliczenie i terminy',
    input: z.object({ id }),
    output: caseDetail,
  },
  'cases.list': {
    summary: 'Lista spraw: moje lub całego ośrodka, otwarte lub wszystkie, szukanie po znaku i nazwisku',
    input: z.object({
      scope: z.enum(['mine', 'office']).default('office'),
      status: z.enum(['open', 'all', ...caseStatusKeys]).default('open'),
      query: z.string().trim().max(100).default(''),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ items: z.array(caseSummary), more: z.boolean() }),
  },
  'cases.update': {
    summary: 'Zmiana danych wniosku przed rozstrzygnięciem (świadczenia, powody, pracownik, sprawa skomplikowana)',
    input: z.object({ ...versioned, case: caseInput.omit({ applicantPersonId: true, applicationDate: true }) }),
    output: caseDetail,
  },
  'cases.close': {
    summary: 'Zakończenie sprawy (np. wycofanie wniosku, koniec świadczenia)',
    input: z.object({
      ...versioned,
      closedOn: isoDate,
      reason: z.string({ error: 'Podaj powód zakończenia sprawy.' }).trim().min(3, 'Podaj powód zakończenia sprawy.').max(500),
    }),
    output: caseDetail,
  },
  'cases.workers': {
    summary: 'Pracownicy socjalni, którym można przydzielić sprawę lub wywiad',
    input: z.object({}),
    output: z.array(z.object({ id, fullName: z.string() })),
  },
  'interviews.preview': {
    summary: 'Wyliczenie dochodu i świadczeń z wywiadu w trakcie wpisywania (bez zapisu)',
    input: z.object({ caseId: id, interview: interviewInput }),
    output: caseComputation,
  },
  'interviews.save': {
    summary: 'Zapis wywiadu środowiskowego; aktualizacja zapisuje nowy wywiad i zachowuje wcześniejszy',
    input: z.object({ caseId: id, supersedesId: id.nullish().transform((value) => value ?? null), interview: interviewInput }),
    output: interview,
  },
  'interviews.get': {
    summary: 'Wywiad środowiskowy (także wcześniejszy, zastąpiony aktualizacją)',
    input: z.object({ id }),
    output: interview,
  },
} as const;

/** One open case in the office-wide eligibility review (e.g. after new thresholds are entered). */
export const eligibilityReviewRow = z.object({
  caseId: id,
  caseRef: z.string(),
  applicantName: z.string(),
  /** Null when the case has no interview yet: nothing to compute from. */
  parameterValidFrom: z.string().nullable(),
  perPersonIncome: z.number().int().nullable(),
  benefits: z.array(z.object({ benefit, eligible: z.boolean().nullable(), amount: z.number().int().nullable(), minimum: z.number().int().nullable(), maximum: z.number().int().nullable() })),
  /** A Polish message when the computation could not be made (e.g. no parameters for the date). */
  problem: z.string().nullable(),
});

export const eligibilityContract = {
  'cases.eligibilityReview': {
    summary: 'Przegląd uprawnień: wyliczenie dla wszystkich otwartych spraw z ostatniego wywiadu i obowiązujących kwot',
    input: z.object({
      scope: z.enum(['mine', 'office']).default('office'),
      /** The day whose figures apply (today when left out): a later day previews thresholds entered ahead of time. */
      asOf: isoDate.optional(),
    }),
    output: z.object({
      rows: z.array(eligibilityReviewRow),
      openCases: z.number().int(),
      computed: z.number().int(),
      /** The day the figures were taken for. */
      asOf: z.string(),
    }),
  },
} as const;
