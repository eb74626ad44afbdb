import type { CaseDetail } from '../../shared/contract/cases';
import type { DecisionSummary } from '../../shared/contract/decisions';
import { benefitKinds, type BenefitKind } from '../../shared/domain/cases';
import { benefitWording, decisionKinds, runsOverPeriod, type DecisionKind } from '../../shared/domain/decisions';
import { formatDate } from '../common/format';

export interface DecisionOption {
  value: string;
  label: string;
  kind: DecisionKind;
  benefit: BenefitKind;
  refersToDecisionId: number | null;
}

const SIGNED_STATES = new Set(['signed', 'delivered', 'final']);

/**
 * The decisions a case may get next: a grant or a refusal of each benefit asked for and not yet answered, and a
 * change, suspension or revocation of each benefit still running on a signed grant or change (the newest one).
 */
export function decisionOptions(detail: CaseDetail, decisions: DecisionSummary[], today: string): DecisionOption[] {
  const options: DecisionOption[] = [];
  const answered = new Set(decisions.filter((entry) => entry.kind === 'grant' || entry.kind === 'refusal').map((entry) => entry.benefit));
  for (const benefit of detail.benefits) {
    if (answered.has(benefit)) continue;
    for (const kind of ['grant', 'refusal'] as const) {
      options.push({ value: `${kind}:${benefit}`, label: `${benefitKinds[benefit].label} — decyzja ${decisionKinds[kind].label}`, kind, benefit, refersToDecisionId: null });
    }
  }
  const signed = decisions.filter((entry) => SIGNED_STATES.has(entry.state) && entry.decisionNumber);
  // Only help that runs over a period is suspended or revoked; only the amount of a monthly allowance is changed.
  const benefits = [...new Set(signed.map((entry) => entry.benefit))].filter(runsOverPeriod);
  for (const benefit of benefits) {
    const ofBenefit = signed.filter((entry) => entry.benefit === benefit).sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.id - b.id);
    const latest = ofBenefit.at(-1);
    if (!latest || (latest.kind !== 'grant' && latest.kind !== 'change')) continue;
    if (latest.effectiveUntil && latest.effectiveUntil < today) continue;
    const kinds = benefitWording[benefit].money === 'monthly' ? (['change', 'suspension', 'revocation'] as const) : (['suspension', 'revocation'] as const);
    for (const kind of kinds) {
      options.push({
        value: `${kind}:${benefit}:${latest.id}`,
        label: `${benefitKinds[benefit].label} — decyzja ${decisionKinds[kind].label} (do decyzji nr ${latest.decisionNumber} z ${formatDate(latest.issuedOn)})`,
        kind,
        benefit,
        refersToDecisionId: latest.id,
      });
    }
  }
  return options;
}

/** The option to start from: a refusal where the computation says the benefit is not due, else the first one. */
export function suggestedOption(options: DecisionOption[], detail: CaseDetail): string | null {
  const notDue = detail.currentInterview?.computation.benefits.find((entry) => entry.eligible === false && options.some((option) => option.benefit === entry.benefit));
  if (notDue) return options.find((option) => option.benefit === notDue.benefit && option.kind === 'refusal')?.value ?? null;
  return options[0]?.value ?? null;
}
