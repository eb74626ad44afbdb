import type { DecisionFields } from '../../../shared/contract/decisions';
import { addMonthsToMonth, endOfMonth } from '../../../shared/domain/calendar';
import { benefitKindKeys, type BenefitKind } from '../../../shared/domain/cases';
import { benefitWording, finalFrom, type PaymentMethod } from '../../../shared/domain/decisions';
import { monthlySchedule, onceSchedule, type ScheduleDecision, type ScheduleMonth } from '../../../shared/domain/payment-schedule';
import type { Db } from '../../../db/open';
import { decisionsByIds, signedActs, signedGrants, type PlanDecisionRow } from '../../../db/repositories/payments';

type DecisionRow = PlanDecisionRow;

/** Benefits paid in money: the only ones with a schedule. */
export const MONEY_BENEFITS = benefitKindKeys.filter((benefit) => benefitWording[benefit].money !== null);
const MONTHLY_BENEFITS = MONEY_BENEFITS.filter((benefit) => benefitWording[benefit].money === 'monthly');

/**
 * From when a signed decision may be executed (DOMAIN.md §6, k.p.a. art. 130): a grant — which Ostoja's decisions
 * state grants the request in full (art. 130 § 4) — and one with an immediate-enforceability clause (art. 108)
 * from delivery; anything else once final. Null: not yet.
 */
export function executableFrom(row: DecisionRow): string | null {
  const fields = row.fields as DecisionFields;
  // The appeal deadline walks the calendar (weekends, holidays): a run over thousands of decisions delivered on a
  // few hundred days computes each day once.
  const key = `${row.kind}|${row.status}|${row.deliveredOn}|${row.appealWaivedOn}|${fields.immediateEnforceabilityReason ? 1 : 0}`;
  let known = executableCache.get(key);
  if (known === undefined) {
    known = computeExecutableFrom(row, fields);
    if (executableCache.size > 50_000) executableCache.clear();
    executableCache.set(key, known);
  }
  return known;
}

const executableCache = new Map<string, string | null>();

function computeExecutableFrom(row: DecisionRow, fields: DecisionFields): string | null {
  const delivered = [row.deliveredOn, row.appealWaivedOn].filter((day): day is string => day !== null).sort()[0] ?? null;
  const early = row.kind === 'grant' || fields.immediateEnforceabilityReason ? delivered : null;
  const final = finalFrom({ status: row.status as 'signed', deliveredOn: row.deliveredOn, appealWaivedOn: row.appealWaivedOn });
  return [early, final].filter((day): day is string => day !== null).sort()[0] ?? null;
}

function asSchedule(row: DecisionRow): ScheduleDecision {
  return {
    id: row.id,
    kind: row.kind,
    effectiveFrom: row.effectiveFrom ?? row.issuedOn!,
    effectiveUntil: row.effectiveUntil,
    monthlyAmount: row.monthlyAmount,
    executableFrom: executableFrom(row),
  };
}

/** One granted money benefit with everything later signed about it, and its months. */
export interface BenefitPlan {
  grant: DecisionRow;
  acts: DecisionRow[];
  months: ScheduleMonth[];
  /** How it is paid and where to, as the latest decision that says so. */
  method: PaymentMethod | null;
  bankAccount: string | null;
  /** The decisions by id (the grant and its acts), for the numbers printed on lines. */
  byId: Map<number, DecisionRow>;
}

/**
 * The grant a change, suspension or revocation finally acts on (a change may refer to an earlier change), looked up
 * through `decisionById` (a map here, the database when a decision is about to be signed).
 */
export function grantIdOf<Row extends Pick<DecisionRow, 'id' | 'kind' | 'refersToDecisionId'>>(act: Row | undefined, decisionById: (id: number) => Row | undefined): number | null {
  let current = act;
  for (let depth = 0; current && depth < 100; depth += 1) {
    if (current.kind === 'grant') return current.id;
    current = current.refersToDecisionId === null ? undefined : decisionById(current.refersToDecisionId);
  }
  return null;
}

export function plansOf(db: Db, grants: DecisionRow[], lastMonth: string): BenefitPlan[] {
  const caseIds = [...new Set(grants.map((grant) => grant.caseId))];
  const acts = signedActs(db, caseIds);
  const byId = new Map<number, DecisionRow>([...grants, ...acts].map((row) => [row.id, row]));
  // A change may refer to a grant outside the range asked for; fetch the missing links of the chains.
  const missing = acts.map((act) => act.refersToDecisionId).filter((id): id is number => id !== null && !byId.has(id));
  if (missing.length > 0) for (const row of decisionsByIds(db, [...new Set(missing)])) byId.set(row.id, row);
  const actsByGrant = new Map<number, DecisionRow[]>();
  for (const act of acts) {
    const root = grantIdOf(act, (id) => byId.get(id));
    if (root === null) continue;
    const own = actsByGrant.get(root);
    if (own) own.push(act);
    else actsByGrant.set(root, [act]);
  }
  return grants.map((grant) => {
    const own = actsByGrant.get(grant.id) ?? [];
    const benefit = grant.benefit as BenefitKind;
    const schedule = benefitWording[benefit].money === 'monthly' ? monthlySchedule(asSchedule(grant), own.map(asSchedule), lastMonth) : onceSchedule(asSchedule(grant), own.map(asSchedule));
    const saying = [grant, ...own].filter((row) => (row.fields as DecisionFields).paymentMethod).at(-1) ?? grant;
    const fields = saying.fields as DecisionFields;
    return {
      grant,
      acts: own,
      months: schedule.filter((month) => month.month <= lastMonth),
      method: fields.paymentMethod,
      bankAccount: fields.bankAccount,
      byId: new Map([grant, ...own].map((row) => [row.id, row])),
    };
  });
}

/** The plans of every money benefit that may pay a month from `firstMonth` to `lastMonth`. */
export function plansForMonths(db: Db, firstMonth: string, lastMonth: string): BenefitPlan[] {
  const range = { fromDay: `${firstMonth}-01`, toDay: endOfMonth(`${lastMonth}-01`) };
  const grants = [
    ...signedGrants(db, range, null, MONTHLY_BENEFITS),
    ...signedGrants(db, { ...range, startsWithin: true }, null, MONEY_BENEFITS.filter((benefit) => benefitWording[benefit].money !== 'monthly')),
  ].sort((a, b) => a.id - b.id);
  return plansOf(db, grants, lastMonth).map((plan) => ({ ...plan, months: plan.months.filter((month) => month.month >= firstMonth) }));
}

/** How far back a monthly run looks for months left unpaid (older arrears are settled one by one, not in bulk). */
export const ARREARS_MONTHS = 12;
export const firstMonthOfRun = (month: string) => addMonthsToMonth(month, -ARREARS_MONTHS);
