import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { WorklistItem, WorklistKind } from '../../../shared/contract/worklist';
import {
  addDays,
  addMonthsToMonth,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  formatDatePl,
  monthOf,
  publicHolidays,
} from '../../../shared/domain/calendar';
import { decisionDueDate, interviewDueDate, interviewUpdateDueDate, type BenefitKind } from '../../../shared/domain/cases';
import type { Db } from '../../../db/open';
import { certificatesEndingForRunningBenefits } from '../../../db/repositories/certificates';
import { casesAwaitingDecision, casesWithRunningBenefit, type WorklistCaseRow } from '../../../db/repositories/worklist';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';
import { certificateEndingItem } from './worklist-certificates';

/** How far ahead the worklist looks for benefits ending and interviews to update. */
export const WORKLIST_HORIZON_DAYS = 30;
/** How far ahead it looks for certificates ending under a running benefit: time to get a new one issued. */
export const CERTIFICATE_HORIZON_DAYS = 60;

/** Working days d with from < d ≤ to (from ≤ to), by whole weeks and the year's holidays, not day by day. */
function workingDaysAfter(from: string, to: string): number {
  const days = daysBetween(from, to);
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let offset = weeks * 7 + 1; offset <= days; offset++) {
    if (dayOfWeek(addDays(from, offset)) <= 5) count++;
  }
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of publicHolidays(year)) {
      if (holiday.date > from && holiday.date <= to && dayOfWeek(holiday.date) <= 5) count--;
    }
  }
  return count;
}

/**
 * Working days from today to the deadline: 0 when it ends today, negative when it has passed. A deadline passed
 * only by a weekend is still one day late: "late" must never read as "0 days left".
 */
export function workingDaysLeft(today: string, dueDate: string): number {
  if (dueDate >= today) return workingDaysAfter(today, dueDate);
  return -Math.max(1, workingDaysAfter(dueDate, today));
}

function item(row: WorklistCaseRow, kind: WorklistKind, fields: Pick<WorklistItem, 'dueDate' | 'late' | 'daysLeft' | 'description'>): WorklistItem {
  return {
    kind,
    caseId: row.id,
    caseRef: row.caseRef,
    personId: row.personId,
    personName: `${row.personFirstName} ${row.personLastName}`,
    workerId: row.workerId,
    workerName: row.workerName,
    benefits: row.benefits as BenefitKind[],
    ...fields,
  };
}

/** The rules of DOMAIN.md §6 applied to one case on one day: what is due, by when, and why. */
export function worklistItemsFor(row: WorklistCaseRow, today: string): WorklistItem[] {
  const items: WorklistItem[] = [];
  const horizon = addDays(today, WORKLIST_HORIZON_DAYS);
  const applied = formatDatePl(row.applicationDate);

  if (row.status === 'registered') {
    const due = interviewDueDate(row.applicationDate);
    const late = today > due;
    items.push(
      item(row, 'interviewDue', {
        dueDate: due,
        late,
        daysLeft: workingDaysLeft(today, due),
        description: `Wywiad w ciągu 14 dni roboczych od wpływu wniosku (${applied}) — do ${formatDatePl(due)}${late ? '. Termin minął.' : ''}`,
      }),
    );
  }

  if (row.status === 'registered' || row.status === 'interviewDone') {
    const due = decisionDueDate(row.applicationDate, row.complex);
    const late = today > due;
    const period = row.complex ? '2 miesięcy (sprawa szczególnie skomplikowana)' : '1 miesiąca';
    items.push(
      item(row, 'decisionDue', {
        dueDate: due,
        late,
        daysLeft: daysBetween(today, due),
        description:
          `Decyzja w ciągu ${period} od wpływu wniosku (${applied}), art. 35 k.p.a. — do ${formatDatePl(due)}` +
          (late ? '. Termin minął: zawiadom stronę o nowym terminie (art. 36 k.p.a.).' : ''),
      }),
    );
  }

  if (row.status === 'decided' && row.benefitUntil && row.benefitUntil >= today) {
    if (row.lastInterviewDate) {
      const due = interviewUpdateDueDate(row.lastInterviewDate);
      // An update falling after the benefit ends is not needed: a new application brings a new interview.
      if (due <= horizon && due <= row.benefitUntil) {
        const late = today > due;
        items.push(
          item(row, 'interviewUpdate', {
            dueDate: due,
            late,
            daysLeft: daysBetween(today, due),
            description:
              `Aktualizacja wywiadu co najmniej co 6 miesięcy, gdy świadczenie trwa (ostatni wywiad ${formatDatePl(row.lastInterviewDate)}) — do ${formatDatePl(due)}` +
              (late ? '. Termin minął.' : ''),
          }),
        );
      }
    }
    if (row.benefitUntil <= horizon) {
      items.push(
        item(row, 'benefitEnding', {
          dueDate: row.benefitUntil,
          late: false,
          daysLeft: daysBetween(today, row.benefitUntil),
          description:
            `Świadczenie przyznane${row.decidedOn ? ` decyzją z ${formatDatePl(row.decidedOn)}` : ''} do ${formatDatePl(row.benefitUntil)}` +
            ' — sprawdź, czy strona potrzebuje dalszej pomocy (nowy wniosek, wywiad).',
        }),
      );
    }
  }
  return items;
}

const kindOrder: Record<WorklistKind, number> = { interviewDue: 0, decisionDue: 1, interviewUpdate: 2, benefitEnding: 3, certificateExpiring: 4 };

/** Late first, then the nearest deadline; on the same day in the order of the procedure. */
function compareItems(a: WorklistItem, b: WorklistItem): number {
  if (a.late !== b.late) return a.late ? -1 : 1;
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind];
  return a.caseRef.localeCompare(b.caseRef, 'pl', { numeric: true });
}

/**
 * The deadlines of the cases (interviews, decisions, updates, benefits ending) on a day, of one worker or of the
 * whole office. The director's view counts its late decisions and interviews from these same items.
 */
export function caseDeadlineItems(db: Db, today: string, workerUserId?: number): WorklistItem[] {
  const horizon = addDays(today, WORKLIST_HORIZON_DAYS);
  // An update due by the horizon follows an interview at least 6 months earlier: its month is at the latest
  // the horizon's month less six (a deadline in months only ever moves later, art. 57 § 3 and § 4).
  const lastInterviewOnOrBefore = endOfMonth(`${addMonthsToMonth(monthOf(horizon), -6)}-01`);
  return [...casesAwaitingDecision(db, workerUserId), ...casesWithRunningBenefit(db, { today, endingBy: horizon, lastInterviewOnOrBefore }, workerUserId)].flatMap((row) =>
    worklistItemsFor(row, today),
  );
}

export function createWorklistService(db: Db, clock: Clock) {
  return {
    get(input: ParsedInput<'worklist.get'>, ctx: RequestContext): MethodOutput<'worklist.get'> {
      const today = todayInPoland(clock);
      const workerUserId = input.scope === 'mine' ? ctx.user!.id : undefined;
      const { deadlines, certificates } = db.transaction((tx) => ({
        deadlines: caseDeadlineItems(tx, today, workerUserId),
        certificates: certificatesEndingForRunningBenefits(tx, { today, endingBy: addDays(today, CERTIFICATE_HORIZON_DAYS) }, workerUserId),
      }));
      const items = [...deadlines, ...certificates.map((row) => certificateEndingItem(row, today))];
      return { today, items: items.sort(compareItems) };
    },
  };
}
