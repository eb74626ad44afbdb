import { addWorkingDays, deadlineInMonths } from './calendar';
import type { MoneyBenefit } from './benefits/income-criterion';

/**
 * What a case is about (DOMAIN.md §2): the forms of help a person may ask for. `moneyBenefit` links a kind to
 * its calculator; kinds without one are decided on the worker's findings (the program shows only the income
 * criterion for them where the act has one).
 */
export interface BenefitKindInfo {
  label: string;
  /** The article of u.p.s. that grants it, as printed in "art. N u.p.s.". */
  article: string;
  moneyBenefit: MoneyBenefit | null;
  /** Whether the art. 8 income criterion applies at all (it does not for art. 40, 44, and social work). */
  incomeTested: boolean;
}

export const benefitKinds = {
  permanentAllowance: { label: 'Zasiłek stały', article: '37', moneyBenefit: 'permanentAllowance', incomeTested: true },
  periodicAllowance: { label: 'Zasiłek okresowy', article: '38', moneyBenefit: 'periodicAllowance', incomeTested: true },
  purposeAllowance: { label: 'Zasiłek celowy', article: '39', moneyBenefit: 'purposeAllowance', incomeTested: true },
  eventPurposeAllowance: {
    label: 'Zasiłek celowy — zdarzenie losowe, klęska',
    article: '40',
    moneyBenefit: 'eventPurposeAllowance',
    incomeTested: false,
  },
  specialPurposeAllowance: {
    label: 'Specjalny zasiłek celowy',
    article: '41 pkt 1',
    moneyBenefit: 'specialPurposeAllowance',
    incomeTested: true,
  },
  returnableAid: { label: 'Pomoc pod warunkiem zwrotu', article: '41 pkt 2', moneyBenefit: null, incomeTested: false },
  economicIndependence: { label: 'Pomoc w usamodzielnieniu ekonomicznym', article: '43', moneyBenefit: null, incomeTested: true },
  funeral: { label: 'Sprawienie pogrzebu', article: '44', moneyBenefit: null, incomeTested: false },
  shelter: { label: 'Schronienie', article: '48', moneyBenefit: null, incomeTested: false },
  meals: { label: 'Posiłek', article: '48b', moneyBenefit: null, incomeTested: true },
  clothing: { label: 'Niezbędne ubranie', article: '48b', moneyBenefit: null, incomeTested: false },
  careServices: { label: 'Usługi opiekuńcze', article: '50', moneyBenefit: null, incomeTested: false },
  careHome: { label: 'Skierowanie do domu pomocy społecznej', article: '54', moneyBenefit: null, incomeTested: false },
} as const satisfies Record<string, BenefitKindInfo>;

export type BenefitKind = keyof typeof benefitKinds;
export const benefitKindKeys = Object.keys(benefitKinds) as [BenefitKind, ...BenefitKind[]];

/**
 * Reasons for help, art. 7 u.p.s., with the statutory point numbers as printed ("art. 7 pkt 7a"). Point 10 is
 * repealed and so absent; the numbering is kept.
 */
export const helpReasons = {
  poverty: { point: '1', label: 'ubóstwo' },
  orphanhood: { point: '2', label: 'sieroctwo' },
  homelessness: { point: '3', label: 'bezdomność' },
  unemployment: { point: '4', label: 'bezrobocie' },
  disability: { point: '5', label: 'niepełnosprawność' },
  longIllness: { point: '6', label: 'długotrwała lub ciężka choroba' },
  domesticViolence: { point: '7', label: 'przemoc domowa' },
  humanTrafficking: { point: '7a', label: 'potrzeba ochrony ofiar handlu ludźmi' },
  maternity: { point: '8', label: 'potrzeba ochrony macierzyństwa lub wielodzietności' },
  helplessness: {
    point: '9',
    label: 'bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego',
  },
  integrationOfForeigners: { point: '11', label: 'trudności w integracji cudzoziemców' },
  afterPrison: { point: '12', label: 'trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego' },
  addiction: { point: '13', label: 'alkoholizm lub narkomania' },
  randomEvent: { point: '14', label: 'zdarzenie losowe i sytuacja kryzysowa' },
  naturalDisaster: { point: '15', label: 'klęska żywiołowa lub ekologiczna' },
} as const satisfies Record<string, { point: string; label: string }>;

export type HelpReason = keyof typeof helpReasons;
export const helpReasonKeys = Object.keys(helpReasons) as [HelpReason, ...HelpReason[]];

/** The reasons in the order of art. 7, whatever the order they were ticked in. */
export function inStatutoryOrder(reasons: readonly HelpReason[]): HelpReason[] {
  return helpReasonKeys.filter((key) => reasons.includes(key));
}

/** "art. 7 pkt 1, 4 i 6" — the reasons as a decision cites them, in statutory order. */
export function citeReasons(reasons: readonly HelpReason[]): string {
  const points = inStatutoryOrder(reasons).map((key) => helpReasons[key].point);
  if (points.length === 0) return '';
  if (points.length === 1) return `art. 7 pkt ${points[0]}`;
  return `art. 7 pkt ${points.slice(0, -1).join(', ')} i ${points[points.length - 1]}`;
}

export const caseStatuses = {
  registered: 'Zarejestrowana',
  interviewDone: 'Po wywiadzie',
  decided: 'Rozstrzygnięta',
  closed: 'Zakończona',
} as const;
export type CaseStatus = keyof typeof caseStatuses;
export const caseStatusKeys = Object.keys(caseStatuses) as [CaseStatus, ...CaseStatus[]];

/** A case reference `unit.symbol.number.year` (DOMAIN.md §7), e.g. GOPS.8311.15.2025. */
export function formatCaseRef(unit: string, symbol: string, number: number, year: number): string {
  return `${unit}.${symbol}.${number}.${year}`;
}

/** The default JRWA symbol: offices change it per kind of help in the office settings. */
export const DEFAULT_JRWA_SYMBOL = '8311';
export const DEFAULT_CASE_REF_UNIT = 'GOPS';

/**
 * The statutory deadlines of a case (DOMAIN.md §6):
 * - the household interview within 14 working days of the application (the day it reached the office is
 *   not counted);
 * - the decision within one month, two in a complex case (k.p.a. art. 35 § 3), moved off a Saturday or a holiday
 *   (art. 57 § 4);
 * - an interview kept up to date at least every 6 months while a benefit runs.
 */
export function interviewDueDate(applicationDate: string): string {
  return addWorkingDays(applicationDate, 14);
}

export function decisionDueDate(applicationDate: string, complex: boolean): string {
  return deadlineInMonths(applicationDate, complex ? 2 : 1);
}

export function interviewUpdateDueDate(interviewDate: string): string {
  return deadlineInMonths(interviewDate, 6);
}
