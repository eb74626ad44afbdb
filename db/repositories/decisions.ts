import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { caseLetters, cases, decisionNumberCounters, decisions, persons, users } from '../schema';

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type CaseLetterRow = typeof caseLetters.$inferSelect;

export function insertDecision(db: Db, row: NewDecisionRow): DecisionRow {
  return db.insert(decisions).values(row).returning().get();
}

export function getDecisionRow(db: Db, id: number): DecisionRow | undefined {
  return db.select().from(decisions).where(eq(decisions.id, id)).get();
}

/** Updates only when nobody changed the decision since `version` was read; undefined means someone did. */
export function updateDecisionIfVersion(db: Db, id: number, version: number, changes: Partial<NewDecisionRow>): DecisionRow | undefined {
  return db
    .update(decisions)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(decisions.id, id), eq(decisions.version, version)))
    .returning()
    .get();
}

export function deleteDraftDecision(db: Db, id: number, version: number): boolean {
  return (
    db
      .delete(decisions)
      .where(and(eq(decisions.id, id), eq(decisions.version, version), inArray(decisions.status, ['draft', 'submitted'])))
      .run().changes === 1
  );
}

export function listCaseDecisions(db: Db, caseId: number): DecisionRow[] {
  return db.select().from(decisions).where(eq(decisions.caseId, caseId)).orderBy(asc(decisions.id)).all();
}

/** Signed decisions that act on the given one (changes, suspensions, revocations). */
export function listDecisionsActingOn(db: Db, decisionId: number): DecisionRow[] {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.refersToDecisionId, decisionId), eq(decisions.status, 'signed')))
    .orderBy(asc(decisions.id))
    .all();
}

/** The number the next signature would take for a JRWA symbol and year (read, not taken). */
export function peekNextDecisionNumber(db: Db, symbol: string, year: number): number {
  const row = db
    .select({ lastNumber: decisionNumberCounters.lastNumber })
    .from(decisionNumberCounters)
    .where(and(eq(decisionNumberCounters.symbol, symbol), eq(decisionNumberCounters.year, year)))
    .get();
  return (row?.lastNumber ?? 0) + 1;
}

/** Takes the next number (call inside the signing transaction): gap-free, since only a signature takes one. */
export function takeNextDecisionNumber(db: Db, symbol: string, year: number): number {
  return db
    .insert(decisionNumberCounters)
    .values({ symbol, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [decisionNumberCounters.symbol, decisionNumberCounters.year],
      set: { lastNumber: sql`${decisionNumberCounters.lastNumber} + 1` },
    })
    .returning()
    .get().lastNumber;
}

export interface RegisterQuery {
  year: number;
  kind: DecisionRow['kind'] | null;
  workerUserId: number | null;
  /** Normalised tokens matched against the party's search text and the case reference. */
  tokens: string[];
}

/**
 * The register of a year: signed decisions by their number, then the year's drafts and decisions awaiting a
 * signature (by when they were made). One query with the party's and the workers' names.
 */
export function listRegister(db: Db, query: RegisterQuery) {
  const yearStart = `${query.year}-01-01`;
  const nextYearStart = `${query.year + 1}-01-01`;
  const conditions: SQL[] = [
    sql`(${decisions.registerYear} = ${query.year} OR (${decisions.registerYear} IS NULL AND ${decisions.createdAt} >= ${yearStart} AND ${decisions.createdAt} < ${nextYearStart}))`,
  ];
  if (query.kind) conditions.push(eq(decisions.kind, query.kind));
  if (query.workerUserId) conditions.push(eq(decisions.preparedByUserId, query.workerUserId));
  for (const token of query.tokens) {
    conditions.push(sql`(lower(${cases.caseRef}) LIKE ${`%${token}%`} OR ${persons.searchText} LIKE ${`%${token}%`})`);
  }
  return db
    .select({
      decision: {
        id: decisions.id,
        caseId: decisions.caseId,
        kind: decisions.kind,
        benefit: decisions.benefit,
        status: decisions.status,
        decisionNumber: decisions.decisionNumber,
        issuedOn: decisions.issuedOn,
        monthlyAmount: decisions.monthlyAmount,
        effectiveFrom: decisions.effectiveFrom,
        effectiveUntil: decisions.effectiveUntil,
        deliveredOn: decisions.deliveredOn,
        appealWaivedOn: decisions.appealWaivedOn,
        fields: decisions.fields,
        registerNumber: decisions.registerNumber,
      },
      caseRef: cases.caseRef,
      partyFirstName: persons.firstName,
      partyLastName: persons.lastName,
      preparedByName: users.fullName,
      signedByName: sql<string | null>`(SELECT full_name FROM users s WHERE s.id = ${decisions.signedByUserId})`,
    })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .innerJoin(users, eq(users.id, decisions.preparedByUserId))
    .where(and(...conditions))
    .orderBy(sql`${decisions.registerNumber} IS NULL`, asc(decisions.registerSymbol), asc(decisions.registerNumber), desc(decisions.id))
    .all();
}

export function insertCaseLetter(db: Db, row: typeof caseLetters.$inferInsert): CaseLetterRow {
  return db.insert(caseLetters).values(row).returning().get();
}

export function getCaseLetter(db: Db, id: number): CaseLetterRow | undefined {
  return db.select().from(caseLetters).where(eq(caseLetters.id, id)).get();
}

export function listCaseLetters(db: Db, caseId: number) {
  return db
    .select({ id: caseLetters.id, kind: caseLetters.kind, issuedOn: caseLetters.issuedOn, createdByName: users.fullName })
    .from(caseLetters)
    .innerJoin(users, eq(users.id, caseLetters.createdByUserId))
    .where(eq(caseLetters.caseId, caseId))
    .orderBy(asc(caseLetters.id))
    .all();
}
