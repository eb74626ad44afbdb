import type { DecisionSummary } from '../../shared/contract/decisions';
import { benefitKinds, type BenefitKind } from '../../shared/domain/cases';
import { decisionKinds, type DecisionKind, type DecisionState } from '../../shared/domain/decisions';
import { formatDate } from '../common/format';

/** Badge colours of a decision's states: grey while drafted, orange while it waits for the signature. */
export const decisionStateColor: Record<DecisionState, string> = {
  draft: 'gray',
  submitted: 'orange',
  signed: 'blue',
  delivered: 'indigo',
  final: 'teal',
};

/** Help whose amount the worker sets in the draft; the others take it from the computation or have none. */
const typedAmountBenefits: readonly BenefitKind[] = [
  'purposeAllowance',
  'eventPurposeAllowance',
  'specialPurposeAllowance',
  'returnableAid',
  'economicIndependence',
  'funeral',
];

export function amountIsTyped(kind: DecisionKind, benefit: BenefitKind): boolean {
  return (kind === 'grant' || kind === 'change') && typedAmountBenefits.includes(benefit);
}

/** "Decyzja nr 1/8311/2026" once signed, "Projekt decyzji" before. */
export function decisionTitle(decisionNumber: string | null): string {
  return decisionNumber ? `Decyzja nr ${decisionNumber}` : 'Projekt decyzji';
}

/** "przyznająca — Zasiłek stały". */
export function kindAndBenefit(kind: DecisionKind, benefit: BenefitKind): string {
  return `${decisionKinds[kind].label} — ${benefitKinds[benefit].label}`;
}

/** "od 10.03.2026 na czas nieokreślony", "od 01.04.2026 do 30.06.2026", "" when the decision has no period. */
export function periodText(from: string | null, until: string | null, indefinite = false): string {
  if (!from && !until) return '';
  const start = from ? `od ${formatDate(from)}` : '';
  const end = until ? `do ${formatDate(until)}` : indefinite ? 'na czas nieokreślony' : '';
  return [start, end].filter(Boolean).join(' ');
}

/** The period a listed decision acts for: the signed one's, nothing for a draft (its period may still change). */
export function summaryPeriod(decision: Pick<DecisionSummary, 'effectiveFrom' | 'effectiveUntil' | 'benefit' | 'kind'>): string {
  return periodText(decision.effectiveFrom, decision.effectiveUntil, decision.kind === 'grant' && decision.benefit === 'permanentAllowance');
}
