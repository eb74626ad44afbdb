import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { DashboardCaseItem } from '../../../shared/contract/dashboard';
import { addMonthsToMonth, endOfMonth, formatDatePl } from '../../../shared/domain/calendar';
import { caseStatusKeys, type BenefitKind } from '../../../shared/domain/cases';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { casesByState, casesOfState, casesWithBenefitEnding, countBenefitsEnding, paidByMonthAndClassification, paidLines } from '../../../db/repositories/dashboard';
import type { WorklistItem } from '../../../shared/contract/worklist';
import type { Clock } from '../context';
import { todayInPoland } from '../roles';
import { caseDeadlineItems } from './worklist';

/** The worklist's kinds that count as an interview or a decision on the Pulpit. */
const lateKinds = { decision: ['decisionDue'], interview: ['interviewDue', 'interviewUpdate'] } as const;

const yearRange = (year: number) => ({ fromDay: `${year}-01-01`, toDay: `${year}-12-31`, fromMonth: `${year}-01`, toMonth: `${year}-12` });
const monthRange = (month: string) => ({ fromDay: `${month}-01`, toDay: endOfMonth(`${month}-01`) });

/** Of the worklist's deadlines (its own rules, never re-derived here), those of decisions or interviews passed today. */
function lateOf(deadlines: WorklistItem[], what: 'decision' | 'interview'): WorklistItem[] {
  const kinds: readonly string[] = lateKinds[what];
  return deadlines.filter((item) => item.late && kinds.includes(item.kind));
}

/** The director's view ("Pulpit"): what the month and the year look like, and what stands behind each figure. */
export function createDashboardService(db: Db, clock: Clock) {
  return {
    overview(input: ParsedInput<'dashboard.overview'>): MethodOutput<'dashboard.overview'> {
      const today = todayInPoland(clock);
      const month = input.month ?? today.slice(0, 7);
      const year = Number(month.slice(0, 4));
      const nextMonth = addMonthsToMonth(month, 1);
      const range = yearRange(year);
      // One read transaction: every figure of the screen from the same state of the database.
      return db.transaction((tx) => {
        const groups = paidByMonthAndClassification(tx, range.fromMonth, range.toMonth);
        const months = Array.from({ length: 12 }, (_, index) => ({ month: `${year}-${String(index + 1).padStart(2, '0')}`, total: 0, lines: 0, byClassification: {} as Record<string, number> }));
        for (const group of groups) {
          const entry = months[Number(group.month.slice(5, 7)) - 1]!;
          entry.byClassification[group.classification] = group.amount;
          entry.total += group.amount;
          entry.lines += group.lines;
        }
        const states = new Map(casesByState(tx, range.fromDay, range.toDay).map((row) => [row.status, row.count]));

        const byWorker = new Map<number, { workerId: number; workerName: string; decisions: number; interviews: number }>();
        const late = { decisions: 0, interviews: 0 };
        // The office's deadlines are read once (the longest part of the screen) and split here.
        const deadlines = caseDeadlineItems(tx, today);
        for (const what of ['decision', 'interview'] as const) {
          for (const item of lateOf(deadlines, what)) {
            const worker = byWorker.get(item.workerId) ?? { workerId: item.workerId, workerName: item.workerName, decisions: 0, interviews: 0 };
            worker[what === 'decision' ? 'decisions' : 'interviews'] += 1;
            late[what === 'decision' ? 'decisions' : 'interviews'] += 1;
            byWorker.set(item.workerId, worker);
          }
        }
        const ending = monthRange(nextMonth);
        return {
          month,
          year,
          today,
          nextMonth,
          paid: {
            months,
            classifications: [...new Set(groups.map((group) => group.classification))].sort(),
            yearTotal: months.reduce((total, entry) => total + entry.total, 0),
            yearLines: months.reduce((total, entry) => total + entry.lines, 0),
          },
          casesByState: caseStatusKeys.map((status) => ({ status, count: states.get(status) ?? 0 })),
          late: { ...late, byWorker: [...byWorker.values()].sort((a, b) => a.workerName.localeCompare(b.workerName, 'pl')) },
          benefitsEnding: countBenefitsEnding(tx, ending.fromDay, ending.toDay),
        };
      });
    },

    items(input: ParsedInput<'dashboard.items'>): MethodOutput<'dashboard.items'> {
      switch (input.figure) {
        case 'paid': {
          const range = input.month ? { fromMonth: input.month, toMonth: input.month } : yearRange(input.year);
          const items = paidLines(db, range.fromMonth, range.toMonth, input.classification).map((line) => ({ ...line, benefit: line.benefit as BenefitKind }));
          return { kind: 'payments', total: items.reduce((total, item) => total + item.amount, 0), items };
        }
        case 'casesByState': {
          const range = yearRange(input.year);
          const items = casesOfState(db, range.fromDay, range.toDay, input.status).map(
            (row): DashboardCaseItem => ({ ...caseItem(row), date: row.applicationDate, note: `Wniosek z ${formatDatePl(row.applicationDate)}` }),
          );
          return { kind: 'cases', items };
        }
        case 'late': {
          const today = todayInPoland(clock);
          const items = lateOf(caseDeadlineItems(db, today), input.what)
            .filter((item) => input.workerId === null || item.workerId === input.workerId)
            .sort((a, b) => (a.dueDate !== b.dueDate ? (a.dueDate < b.dueDate ? -1 : 1) : a.caseId - b.caseId));
          return {
            kind: 'cases',
            items: items.map((item) => ({
              caseId: item.caseId,
              caseRef: item.caseRef,
              personId: item.personId,
              personName: item.personName,
              workerName: item.workerName,
              // The deadline says where the case stands (waiting for an interview, a decision or an update).
              status: null,
              date: item.dueDate,
              note: item.description,
            })),
          };
        }
        case 'benefitsEnding': {
          const range = monthRange(input.month);
          const items = casesWithBenefitEnding(db, range.fromDay, range.toDay).map(
            (row): DashboardCaseItem => ({ ...caseItem(row), date: row.benefitUntil, note: `Świadczenie do ${formatDatePl(row.benefitUntil!)}` }),
          );
          return { kind: 'cases', items };
        }
        default:
          throw new AppError('VALIDATION', 'Nie ma takiej liczby na pulpicie.');
      }
    },
  };
}

function caseItem(row: { caseId: number; caseRef: string; personId: number; firstName: string; lastName: string; workerName: string; status: DashboardCaseItem['status'] }) {
  return { caseId: row.caseId, caseRef: row.caseRef, personId: row.personId, personName: `${row.firstName} ${row.lastName}`, workerName: row.workerName, status: row.status };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
