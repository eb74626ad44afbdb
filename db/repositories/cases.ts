import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { caseRefCounters, cases, persons, users } from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;

/** The next number for a JRWA symbol in a year: numbering restarts each year (call inside the transaction). */
export function takeNextCaseNumber(db: Db, symbol: string, year: number): number {
  const row = db
    .insert(caseRefCounters)
    .values({ symbol, year, lastNumber: 1 })
    .onConflictDoUpdate({ target: [caseRefCounters.symbol, caseRefCounters.year], set: { lastNumber: sql`${caseRefCounters.lastNumber} + 1` } })
    .returning()
    .get();
  return row.lastNumber;
}

export function insertCase(db: Db, row: NewCaseRow): CaseRow {
  return db.insert(cases).values(row).returning().get();
}

export function getCaseRow(db: Db, id: number): CaseRow | undefined {
  return db.select().from(cases).where(eq(cases.id, id)).get();
}

/** Updates only when nobody changed the case since `version` was read; undefined means someone did. */
export function updateCaseIfVersion(db: Db, id: number, version: number, changes: Partial<NewCaseRow>): CaseRow | undefined {
  return db
    .update(cases)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning()
    .get();
}

/** Sets the status without a version check: the system's own step (an interview saved moves the case on). */
export function setCaseStatus(db: Db, id: number, status: CaseRow['status'], updatedAt: string): void {
  db.update(cases).set({ status, updatedAt, version: sql`${cases.version} + 1` }).where(eq(cases.id, id)).run();
}

export const OPEN_STATUSES = ['registered', 'interviewDone', 'decided'] as const;

export interface CaseListFilter {
  workerUserId?: number;
  statuses?: readonly CaseRow['status'][];
  /** Normalised tokens matched against the reference and the applicant's search text. */
  tokens?: string[];
  applicantPersonId?: number;
  /** The beginning of a case reference as typed ("GOPS.8311.15"), compared without letter case. */
  refPrefix?: string;
}

/** Cases with the applicant's and worker's names, newest application first. */
export function listCases(db: Db, filter: CaseListFilter, limit: number) {
  const conditions: SQL[] = [];
  if (filter.workerUserId) conditions.push(eq(cases.workerUserId, filter.workerUserId));
  if (filter.statuses) conditions.push(inArray(cases.status, [...filter.statuses]));
  if (filter.applicantPersonId) conditions.push(eq(cases.applicantPersonId, filter.applicantPersonId));
  if (filter.refPrefix) conditions.push(sql`lower(${cases.caseRef}) LIKE ${`${filter.refPrefix.toLowerCase().replace(/[%_]/g, '')}%`}`);
  for (const token of filter.tokens ?? []) {
    conditions.push(sql`(lower(${cases.caseRef}) LIKE ${`%${token}%`} OR ${persons.searchText} LIKE ${`%${token}%`})`);
  }
  return db
    .select({
      case: cases,
      applicantFirstName: persons.firstName,
      applicantLastName: persons.lastName,
      workerName: users.fullName,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .innerJoin(users, eq(users.id, cases.workerUserId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(cases.applicationDate), desc(cases.id))
    .limit(limit)
    .all();
}
