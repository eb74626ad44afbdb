import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, interviews, persons, users } from '../schema';

/**
 * The rows the worklist is made from. Two queries for the whole office, whatever the size of the register:
 * the statutory deadlines are computed from these rows in the service (they need the holiday calendar).
 */

/** The date of the newest interview of the case (interviews are append-only: the highest id is the current one). */
const lastInterviewDate = sql<string | null>`(SELECT ${interviews.interviewDate} FROM ${interviews} WHERE ${interviews.caseId} = ${cases.id} ORDER BY ${interviews.id} DESC LIMIT 1)`;

const worklistColumns = {
  id: cases.id,
  caseRef: cases.caseRef,
  status: cases.status,
  applicationDate: cases.applicationDate,
  complex: cases.complex,
  benefits: cases.benefits,
  decidedOn: cases.decidedOn,
  benefitUntil: cases.benefitUntil,
  personId: cases.applicantPersonId,
  personFirstName: persons.firstName,
  personLastName: persons.lastName,
  workerId: cases.workerUserId,
  workerName: users.fullName,
};

export interface WorklistCaseRow {
  id: number;
  caseRef: string;
  status: 'registered' | 'interviewDone' | 'decided' | 'closed';
  applicationDate: string;
  complex: boolean;
  benefits: string[];
  decidedOn: string | null;
  benefitUntil: string | null;
  personId: number;
  personFirstName: string;
  personLastName: string;
  workerId: number;
  workerName: string;
  lastInterviewDate: string | null;
}

function withWorker(condition: SQL | undefined, workerUserId: number | undefined): SQL | undefined {
  return workerUserId === undefined ? condition : and(eq(cases.workerUserId, workerUserId), condition);
}

/** Cases still waiting for an interview or a decision: every one of them has a deadline running. */
export function casesAwaitingDecision(db: Db, workerUserId?: number): WorklistCaseRow[] {
  return db
    .select({ ...worklistColumns, lastInterviewDate: sql<string | null>`NULL` })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .innerJoin(users, eq(users.id, cases.workerUserId))
    .where(withWorker(inArray(cases.status, ['registered', 'interviewDone']), workerUserId))
    .all();
}

export interface RunningBenefitWindow {
  /** Today: a benefit that ended before it is no longer running. */
  today: string;
  /** Benefits ending on or before this day are listed. */
  endingBy: string;
  /**
   * Cases whose newest interview is on or before this day may need an update soon. The service passes a day
   * late enough that no due update is missed and checks each deadline exactly; the rest never leave SQLite.
   */
  lastInterviewOnOrBefore: string;
}

/** Decided cases whose benefit still runs and either ends soon or whose interview may be due for an update. */
export function casesWithRunningBenefit(db: Db, window: RunningBenefitWindow, workerUserId?: number): WorklistCaseRow[] {
  return db
    .select({ ...worklistColumns, lastInterviewDate })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .innerJoin(users, eq(users.id, cases.workerUserId))
    .where(
      withWorker(
        and(
          eq(cases.status, 'decided'),
          gte(cases.benefitUntil, window.today),
          or(lte(cases.benefitUntil, window.endingBy), sql`${lastInterviewDate} <= ${window.lastInterviewOnOrBefore}`),
        ),
        workerUserId,
      ),
    )
    .all() as WorklistCaseRow[];
}
