import { and, asc, between, count, desc, eq, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, paymentLines, paymentLists, persons, users } from '../schema';

/**
 * The director's view, counted in SQL. Each figure and the list behind it are read with the same condition
 * (one function builds it), so a count and its drill-down cannot disagree.
 */

/**
 * Money paid in the months `fromMonth`–`toMonth`: lines of approved lists that hold their benefit month (paid or not
 * marked yet; a line returned by the bank or left uncollected holds nothing and is paid again on a later list).
 * The list's month (payment_lists_month) picks the lists; their lines come by payment_lines_list.
 */
function paidWhere(fromMonth: string, toMonth: string, classification: string | null): SQL {
  return and(
    eq(paymentLists.status, 'approved'),
    between(paymentLists.month, fromMonth, toMonth),
    eq(paymentLines.holdsMonth, 1),
    classification === null ? undefined : eq(paymentLines.classification, classification),
  )!;
}

export interface PaidGroup {
  month: string;
  classification: string;
  amount: number;
  lines: number;
}

export function paidByMonthAndClassification(db: Db, fromMonth: string, toMonth: string): PaidGroup[] {
  return db
    .select({ month: paymentLists.month, classification: paymentLines.classification, amount: sql<number>`${sum(paymentLines.amount)}`.mapWith(Number), lines: count() })
    .from(paymentLists)
    .innerJoin(paymentLines, eq(paymentLines.listId, paymentLists.id))
    .where(paidWhere(fromMonth, toMonth, null))
    .groupBy(paymentLists.month, paymentLines.classification)
    .orderBy(asc(paymentLists.month), asc(paymentLines.classification))
    .all();
}

export function paidLines(db: Db, fromMonth: string, toMonth: string, classification: string | null) {
  return db
    .select({
      lineId: paymentLines.id,
      caseId: paymentLines.caseId,
      caseRef: cases.caseRef,
      personId: paymentLines.personId,
      personName: paymentLines.recipientName,
      benefit: paymentLines.benefit,
      month: paymentLines.month,
      listMonth: paymentLists.month,
      amount: paymentLines.amount,
      classification: paymentLines.classification,
      decisionNumber: paymentLines.decisionNumber,
    })
    .from(paymentLists)
    .innerJoin(paymentLines, eq(paymentLines.listId, paymentLists.id))
    .innerJoin(cases, eq(cases.id, paymentLines.caseId))
    .where(paidWhere(fromMonth, toMonth, classification))
    .orderBy(asc(paymentLists.month), asc(paymentLines.classification), asc(paymentLines.recipientName), asc(paymentLines.month), asc(paymentLines.id))
    .all();
}

/** Cases whose application reached the office from `fromDay` to `toDay` (the case starts then, k.p.a. art. 61 § 3). */
const appliedWithin = (fromDay: string, toDay: string) => between(cases.applicationDate, fromDay, toDay);

export function casesByState(db: Db, fromDay: string, toDay: string): { status: (typeof cases.$inferSelect)['status']; count: number }[] {
  return db.select({ status: cases.status, count: count() }).from(cases).where(appliedWithin(fromDay, toDay)).groupBy(cases.status).all();
}

const caseColumns = {
  caseId: cases.id,
  caseRef: cases.caseRef,
  personId: cases.applicantPersonId,
  firstName: persons.firstName,
  lastName: persons.lastName,
  workerName: users.fullName,
  status: cases.status,
  applicationDate: cases.applicationDate,
  benefitUntil: cases.benefitUntil,
};

function casesWhere(db: Db, condition: SQL) {
  return db
    .select(caseColumns)
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .innerJoin(users, eq(users.id, cases.workerUserId))
    .where(condition);
}

export function casesOfState(db: Db, fromDay: string, toDay: string, status: (typeof cases.$inferSelect)['status']) {
  // The newest applications first: the director looks for what came in lately.
  return casesWhere(db, and(appliedWithin(fromDay, toDay), eq(cases.status, status))!)
    .orderBy(desc(cases.applicationDate), desc(cases.id))
    .all();
}

/**
 * Decided cases whose benefit ends from `fromDay` to `toDay` (the worklist's "kończy się świadczenie": a case follows
 * its decisions, so benefit_until is the last day of its grants or the day before a revocation). cases_status_benefit_until.
 */
const benefitEndingWithin = (fromDay: string, toDay: string) => and(eq(cases.status, 'decided'), between(cases.benefitUntil, fromDay, toDay))!;

export function countBenefitsEnding(db: Db, fromDay: string, toDay: string): number {
  return db.select({ count: count() }).from(cases).where(benefitEndingWithin(fromDay, toDay)).get()?.count ?? 0;
}

export function casesWithBenefitEnding(db: Db, fromDay: string, toDay: string) {
  return casesWhere(db, benefitEndingWithin(fromDay, toDay))
    .orderBy(asc(cases.benefitUntil), asc(cases.id))
    .all();
}
