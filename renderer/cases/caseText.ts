import { addDays, isWorkingDay } from '../../shared/domain/calendar';
import { benefitKinds, helpReasons, type BenefitKind, type CaseStatus, type HelpReason } from '../../shared/domain/cases';

/** Badge colours of the case statuses: blue waits for the interview, orange for the decision. */
export const statusColor: Record<CaseStatus, string> = {
  registered: 'blue',
  interviewDone: 'orange',
  decided: 'teal',
  closed: 'gray',
};

/** "Zasiłek stały (art. 37)" — how the benefits are listed on the case screens. */
export function benefitWithArticle(kind: BenefitKind): string {
  return `${benefitKinds[kind].label} (art. ${benefitKinds[kind].article})`;
}

/** "pkt 1 — ubóstwo". */
export function reasonWithPoint(reason: HelpReason): string {
  return `pkt ${helpReasons[reason].point} — ${helpReasons[reason].label}`;
}

/** Today on this computer as ISO YYYY-MM-DD (the office works in Polish time, as the computer does). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysUntil(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}
