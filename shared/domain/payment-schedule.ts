import { addDays, addMonthsToMonth, daysBetween, daysInMonth, endOfMonth, monthOf } from './calendar';
import type { DecisionKind } from './decisions';
import { mulDiv } from './money';

/**
 * The months a signed money decision pays (DOMAIN.md §5, u.p.s. art. 106): a monthly benefit runs per calendar
 * month, a part of a month is paid as amount ÷ days in that month × days covered (rounded half-up, once per
 * stretch); a benefit paid once is one payment in the month it is granted from. Later signed decisions acting on it
 * (change, suspension, revocation) rewrite it from their day on, never before (art. 106 ust. 5: ex nunc).
 * Pure: the core, the screens and the tests use the same arithmetic.
 */

export interface ScheduleDecision {
  id: number;
  kind: DecisionKind;
  /** The first day it acts on (grant: the benefit's first day). */
  effectiveFrom: string;
  /** The last day (grant: of the benefit; suspension: of the pause); null: indefinitely. */
  effectiveUntil: string | null;
  /** Grant and change: the monthly (or once-paid) amount in grosze. */
  monthlyAmount: number | null;
  /** The day from which the decision may be executed (k.p.a. art. 130); null: not yet. */
  executableFrom: string | null;
}

export interface ScheduleMonth {
  /** 'YYYY-MM' */
  month: string;
  /** The first and last day paid in this month. */
  from: string;
  to: string;
  amount: number;
  /** The decision whose amount is paid at the month's end (the grant, or the last change acting on it). */
  decisionId: number;
  /** The day from which the month may be paid: every decision that shapes it must be executable. */
  executableFrom: string | null;
}

interface Stretch {
  from: string;
  /** null: open-ended. */
  to: string | null;
  amount: number;
  decision: ScheduleDecision;
}

/** Cuts the stretches at `day`: what lies before stays, what lies from `day` on is handed to `replace`. */
function rewriteFrom(stretches: Stretch[], day: string, until: string | null, replace: (part: Stretch) => Stretch | null): Stretch[] {
  const result: Stretch[] = [];
  for (const stretch of stretches) {
    const endsBefore = stretch.to !== null && stretch.to < day;
    const startsAfter = until !== null && stretch.from > until;
    if (endsBefore || startsAfter) {
      result.push(stretch);
      continue;
    }
    if (stretch.from < day) result.push({ ...stretch, to: addDays(day, -1) });
    const from = stretch.from < day ? day : stretch.from;
    const to = until === null ? stretch.to : stretch.to === null || stretch.to > until ? until : stretch.to;
    const changed = replace({ ...stretch, from, to });
    if (changed) result.push(changed);
    if (until !== null && (stretch.to === null || stretch.to > until)) result.push({ ...stretch, from: addDays(until, 1) });
  }
  return result;
}

/** The stretches of days with their amount after the grant and every later act, in the order they were signed. */
export function benefitStretches(grant: ScheduleDecision, acts: ScheduleDecision[]): Stretch[] {
  let stretches: Stretch[] = [{ from: grant.effectiveFrom, to: grant.effectiveUntil, amount: grant.monthlyAmount ?? 0, decision: grant }];
  for (const act of acts) {
    if (act.kind === 'change') {
      stretches = rewriteFrom(stretches, act.effectiveFrom, null, (part) => ({ ...part, amount: act.monthlyAmount ?? part.amount, decision: act }));
    } else if (act.kind === 'suspension') {
      stretches = rewriteFrom(stretches, act.effectiveFrom, act.effectiveUntil, () => null);
    } else if (act.kind === 'revocation') {
      stretches = rewriteFrom(stretches, act.effectiveFrom, null, () => null);
    }
  }
  return stretches;
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}

/** A stretch's share of one month: the whole amount for the whole month, otherwise in proportion to its days. */
function shareOfMonth(stretch: Stretch, from: string, to: string): number {
  const days = daysInMonth(from);
  const covered = daysBetween(from, to) + 1;
  return covered === days ? stretch.amount : mulDiv(stretch.amount, covered, days, 'halfUp');
}

/**
 * The months of a monthly benefit up to and including `lastMonth` (an indefinite benefit has no end of its own).
 * Example (DOMAIN.md §5): 713,00 zł from 10 March to 31 May → 506,00 + 713,00 + 713,00 zł.
 */
export function monthlySchedule(grant: ScheduleDecision, acts: ScheduleDecision[], lastMonth: string): ScheduleMonth[] {
  const stretches = benefitStretches(grant, acts);
  const byMonth = new Map<string, ScheduleMonth>();
  for (const stretch of stretches) {
    const lastDay = stretch.to ?? endOfMonth(`${lastMonth}-01`);
    for (let month = monthOf(stretch.from); month <= monthOf(lastDay) && month <= lastMonth; month = addMonthsToMonth(month, 1)) {
      const from = month === monthOf(stretch.from) ? stretch.from : `${month}-01`;
      const to = month === monthOf(lastDay) ? lastDay : endOfMonth(`${month}-01`);
      const share = shareOfMonth(stretch, from, to);
      const entry = byMonth.get(month);
      if (!entry) {
        byMonth.set(month, { month, from, to, amount: share, decisionId: stretch.decision.id, executableFrom: stretch.decision.executableFrom });
      } else {
        entry.from = entry.from < from ? entry.from : from;
        entry.to = entry.to > to ? entry.to : to;
        entry.amount += share;
        if (to >= entry.to) entry.decisionId = stretch.decision.id;
        entry.executableFrom = laterOf(entry.executableFrom, stretch.decision.executableFrom);
      }
    }
  }
  return [...byMonth.values()].filter((entry) => entry.amount > 0).sort((a, b) => a.month.localeCompare(b.month));
}

/** Help paid once (zasiłek celowy…): one payment in the month it is granted from, unless revoked before it is paid. */
export function onceSchedule(grant: ScheduleDecision, acts: ScheduleDecision[]): ScheduleMonth[] {
  if (grant.monthlyAmount === null || grant.monthlyAmount <= 0) return [];
  if (acts.some((act) => act.kind === 'revocation' || act.kind === 'suspension')) return [];
  const day = grant.effectiveFrom;
  return [{ month: monthOf(day), from: day, to: day, amount: grant.monthlyAmount, decisionId: grant.id, executableFrom: grant.executableFrom }];
}
