import { addDays, appealDeadline } from './calendar';
import type { BenefitKind } from './cases';

/**
 * Administrative decisions (DOMAIN.md §7, k.p.a. art. 104–108, u.p.s. art. 106): their kinds, how the ruling names
 * a benefit, and when a decision becomes final. Pure, for the core, the screens and the documents alike.
 */

export const decisionKinds = {
  grant: { label: 'przyznająca', title: 'o przyznaniu' },
  refusal: { label: 'odmowna', title: 'o odmowie przyznania' },
  change: { label: 'zmieniająca', title: 'o zmianie decyzji w sprawie' },
  suspension: { label: 'wstrzymująca', title: 'o wstrzymaniu' },
  revocation: { label: 'uchylająca', title: 'o uchyleniu decyzji w sprawie' },
} as const;
export type DecisionKind = keyof typeof decisionKinds;
export const decisionKindKeys = Object.keys(decisionKinds) as [DecisionKind, ...DecisionKind[]];

/** Kinds that act on an earlier signed decision of a running benefit (u.p.s. art. 106 ust. 5, art. 11 ust. 2). */
export const ACTS_ON_EARLIER: readonly DecisionKind[] = ['change', 'suspension', 'revocation'];

/**
 * How a decision names each benefit: what is granted (accusative, "Przyznać stronie zasiłek stały"), and the
 * genitive for refusals and titles ("o odmowie przyznania zasiłku stałego"). `money`: paid monthly or once;
 * `monthly`: paid per month for a period (art. 106 ust. 3: the first month partial).
 */
export const benefitWording: Record<BenefitKind, { accusative: string; genitive: string; money: 'monthly' | 'once' | null }> = {
  permanentAllowance: { accusative: 'zasiłek stały', genitive: 'zasiłku stałego', money: 'monthly' },
  periodicAllowance: { accusative: 'zasiłek okresowy', genitive: 'zasiłku okresowego', money: 'monthly' },
  purposeAllowance: { accusative: 'zasiłek celowy', genitive: 'zasiłku celowego', money: 'once' },
  eventPurposeAllowance: {
    accusative: 'zasiłek celowy w związku ze zdarzeniem losowym',
    genitive: 'zasiłku celowego w związku ze zdarzeniem losowym',
    money: 'once',
  },
  specialPurposeAllowance: { accusative: 'specjalny zasiłek celowy', genitive: 'specjalnego zasiłku celowego', money: 'once' },
  returnableAid: { accusative: 'pomoc pod warunkiem zwrotu', genitive: 'pomocy pod warunkiem zwrotu', money: 'once' },
  economicIndependence: {
    accusative: 'pomoc w usamodzielnieniu ekonomicznym',
    genitive: 'pomocy w usamodzielnieniu ekonomicznym',
    money: 'once',
  },
  funeral: { accusative: 'pomoc w formie sprawienia pogrzebu', genitive: 'pomocy w formie sprawienia pogrzebu', money: null },
  shelter: { accusative: 'pomoc w formie schronienia', genitive: 'pomocy w formie schronienia', money: null },
  meals: { accusative: 'pomoc w formie posiłku', genitive: 'pomocy w formie posiłku', money: null },
  clothing: { accusative: 'pomoc w formie niezbędnego ubrania', genitive: 'pomocy w formie niezbędnego ubrania', money: null },
  careServices: { accusative: 'pomoc w formie usług opiekuńczych', genitive: 'pomocy w formie usług opiekuńczych', money: null },
  careHome: {
    accusative: 'skierowanie do domu pomocy społecznej',
    genitive: 'skierowania do domu pomocy społecznej',
    money: null,
  },
};

/** Help that runs over a period (paid monthly or given for weeks), which a later decision may suspend or revoke. */
export function runsOverPeriod(benefit: BenefitKind): boolean {
  return benefitWording[benefit].money === 'monthly' || benefit === 'careServices' || benefit === 'meals' || benefit === 'shelter';
}

export const paymentMethods = {
  transfer: 'przelewem na rachunek bankowy',
  cash: 'w kasie',
  postalOrder: 'przekazem pocztowym',
} as const;
export type PaymentMethod = keyof typeof paymentMethods;
export const paymentMethodKeys = Object.keys(paymentMethods) as [PaymentMethod, ...PaymentMethod[]];

export const decisionStatuses = {
  draft: 'Projekt',
  submitted: 'Do podpisu',
  signed: 'Podpisana',
  delivered: 'Doręczona',
  final: 'Ostateczna',
} as const;
export type DecisionState = keyof typeof decisionStatuses;
export const decisionStateKeys = Object.keys(decisionStatuses) as [DecisionState, ...DecisionState[]];

export interface DecisionProgress {
  status: 'draft' | 'submitted' | 'signed';
  deliveredOn: string | null;
  appealWaivedOn: string | null;
}

/**
 * When a decision becomes final (ostateczna): the day after the 14-day appeal period from delivery ends (k.p.a.
 * art. 129 § 2, moved off Saturdays and holidays by art. 57 § 4), or the day the party's waiver of the appeal
 * reached the office (art. 127a § 2). Null while it is not delivered.
 */
export function finalFrom(progress: DecisionProgress): string | null {
  if (progress.status !== 'signed') return null;
  if (progress.appealWaivedOn) return progress.appealWaivedOn;
  if (progress.deliveredOn) return addDays(appealDeadline(progress.deliveredOn), 1);
  return null;
}

/** Where a decision stands on a day: a signed one is delivered, then final once the appeal period ran out. */
export function decisionState(progress: DecisionProgress, today: string): DecisionState {
  if (progress.status !== 'signed') return progress.status;
  const final = finalFrom(progress);
  if (final && today >= final) return 'final';
  return progress.deliveredOn || progress.appealWaivedOn ? 'delivered' : 'signed';
}

/** "15/8311/2026": the register number, its JRWA symbol and the year. */
export function formatDecisionNumber(number: number, symbol: string, year: number): string {
  return `${number}/${symbol}/${year}`;
}
