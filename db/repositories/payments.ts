import { and, asc, desc, eq, getTableColumns, gte, inArray, isNotNull, lte, or, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { decisions, officeSettings, paymentLineEvents, paymentLines, paymentLists, users } from '../schema';
import { readTownLocalities, TOWN_LOCALITIES_KEY } from './settings';

export type PaymentListRow = typeof paymentLists.$inferSelect;
export type PaymentLineRow = typeof paymentLines.$inferSelect;
export type NewPaymentLineRow = typeof paymentLines.$inferInsert;
type DecisionRow = typeof decisions.$inferSelect;

/** A decision as the payments read it: everything but the stored PDF and snapshot (large, and never needed here). */
export type PlanDecisionRow = Omit<DecisionRow, 'pdf' | 'snapshot'>;
const { pdf: _pdf, snapshot: _snapshot, ...planColumns } = getTableColumns(decisions);

export function decisionsByIds(db: Db, ids: number[]): PlanDecisionRow[] {
  const rows: PlanDecisionRow[] = [];
  for (let start = 0; start < ids.length; start += 500) rows.push(...db.select(planColumns).from(decisions).where(inArray(decisions.id, ids.slice(start, start + 500))).all());
  return rows;
}

/**
 * Signed money grants that may pay something from `fromDay` to `toDay` (optionally of one case). `startsWithin`:
 * only those whose first day lies in the range — help paid once pays in that month and never later, so ten years
 * of zasiłki celowe (open-ended in the table) are not read for every run.
 */
export function signedGrants(db: Db, range: { fromDay: string; toDay: string; startsWithin?: boolean } | null, caseId: number | null, benefits: readonly string[]): PlanDecisionRow[] {
  if (benefits.length === 0) return [];
  const conditions = [eq(decisions.kind, 'grant'), eq(decisions.status, 'signed'), inArray(decisions.benefit, [...benefits]), isNotNull(decisions.effectiveFrom)];
  if (caseId !== null) conditions.push(eq(decisions.caseId, caseId));
  if (range) {
    conditions.push(lte(decisions.effectiveFrom, range.toDay));
    conditions.push(range.startsWithin ? gte(decisions.effectiveFrom, range.fromDay) : or(isNull(decisions.effectiveUntil), gte(decisions.effectiveUntil, range.fromDay))!);
  }
  return db.select(planColumns).from(decisions).where(and(...conditions)).orderBy(asc(decisions.id)).all();
}

/** Every signed change, suspension and revocation of the given cases, in signing order. */
export function signedActs(db: Db, caseIds: number[]): PlanDecisionRow[] {
  if (caseIds.length === 0) return [];
  const rows: PlanDecisionRow[] = [];
  // SQLite limits bound parameters; a run over thousands of cases asks in chunks.
  for (let start = 0; start < caseIds.length; start += 500) {
    rows.push(
      ...db
        .select(planColumns)
        .from(decisions)
        .where(and(inArray(decisions.caseId, caseIds.slice(start, start + 500)), eq(decisions.status, 'signed'), inArray(decisions.kind, ['change', 'suspension', 'revocation'])))
        .all(),
    );
  }
  return rows.sort((a, b) => (a.signedAt! < b.signedAt! ? -1 : a.signedAt! > b.signedAt! ? 1 : a.id - b.id));
}

/**
 * The benefit months from `fromMonth` on that a run may not take again: held by an approved line, or on a draft
 * (with the draft's id). Only the keys are read: a ten-year office has a hundred thousand lines.
 */
export function monthsTaken(db: Db, grantIds: number[], fromMonth: string): { grantDecisionId: number; month: string; holdsMonth: number; listId: number; listStatus: string }[] {
  const result = [];
  for (let start = 0; start < grantIds.length; start += 500) {
    result.push(
      ...db
        .select({ grantDecisionId: paymentLines.grantDecisionId, month: paymentLines.month, holdsMonth: paymentLines.holdsMonth, listId: paymentLines.listId, listStatus: paymentLists.status })
        .from(paymentLines)
        .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
        .where(and(inArray(paymentLines.grantDecisionId, grantIds.slice(start, start + 500)), gte(paymentLines.month, fromMonth), or(eq(paymentLines.holdsMonth, 1), eq(paymentLists.status, 'draft'))))
        .all(),
    );
  }
  return result;
}

/** Lines of the given grants (of any list still standing: drafts and approved), newest list last. */
export function linesOfGrants(db: Db, grantIds: number[]): (PaymentLineRow & { listStatus: string; listYear: number | null; listNumber: number | null; listMonth: string; listMethod: string })[] {
  const result = [];
  for (let start = 0; start < grantIds.length; start += 500) {
    result.push(
      ...db
        .select({ line: paymentLines, listStatus: paymentLists.status, listYear: paymentLists.year, listNumber: paymentLists.number, listMonth: paymentLists.month, listMethod: paymentLists.method })
        .from(paymentLines)
        .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
        .where(and(inArray(paymentLines.grantDecisionId, grantIds.slice(start, start + 500)), inArray(paymentLists.status, ['draft', 'approved'])))
        .orderBy(asc(paymentLines.id))
        .all()
        .map((row) => ({ ...row.line, listStatus: row.listStatus, listYear: row.listYear, listNumber: row.listNumber, listMonth: row.listMonth, listMethod: row.listMethod })),
    );
  }
  return result;
}

export function getList(db: Db, id: number): PaymentListRow | undefined {
  return db.select().from(paymentLists).where(eq(paymentLists.id, id)).get();
}

export function openDraft(db: Db, month: string, method: string): PaymentListRow | undefined {
  return db.select().from(paymentLists).where(and(eq(paymentLists.month, month), eq(paymentLists.method, method as 'cash'), eq(paymentLists.status, 'draft'))).get();
}

export function listsOfYear(db: Db, year: number): PaymentListRow[] {
  return db
    .select()
    .from(paymentLists)
    .where(and(sql`substr(${paymentLists.month}, 1, 4) = ${String(year)}`, inArray(paymentLists.status, ['draft', 'approved'])))
    .orderBy(desc(paymentLists.month), asc(paymentLists.id))
    .all();
}

export function linesOfList(db: Db, listId: number): PaymentLineRow[] {
  return db.select().from(paymentLines).where(eq(paymentLines.listId, listId)).orderBy(asc(paymentLines.id)).all();
}

export function approvedLinesOfMonth(db: Db, month: string): (PaymentLineRow & { method: string })[] {
  return db
    .select({ line: paymentLines, method: paymentLists.method })
    .from(paymentLines)
    .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
    .where(and(eq(paymentLists.month, month), eq(paymentLists.status, 'approved')))
    .orderBy(asc(paymentLines.id))
    .all()
    .map((row) => ({ ...row.line, method: row.method }));
}

export function linesOfPerson(db: Db, personId: number) {
  return db
    .select({ line: paymentLines, list: paymentLists })
    .from(paymentLines)
    .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
    .where(and(eq(paymentLines.personId, personId), eq(paymentLists.status, 'approved')))
    .orderBy(desc(paymentLines.month), desc(paymentLines.id))
    .all();
}

export function eventsOfLines(db: Db, lineIds: number[]) {
  if (lineIds.length === 0) return [];
  const result = [];
  for (let start = 0; start < lineIds.length; start += 500) {
    result.push(
      ...db
        .select({ event: paymentLineEvents, userName: users.fullName })
        .from(paymentLineEvents)
        .innerJoin(users, eq(users.id, paymentLineEvents.userId))
        .where(inArray(paymentLineEvents.lineId, lineIds.slice(start, start + 500)))
        .orderBy(asc(paymentLineEvents.id))
        .all(),
    );
  }
  return result;
}

export function nextListNumber(db: Db, year: number): number {
  const row = db.select({ last: sql<number | null>`max(${paymentLists.number})` }).from(paymentLists).where(eq(paymentLists.year, year)).get();
  return (row?.last ?? 0) + 1;
}

export function readPaymentSettings(db: Db): Record<string, unknown> | null {
  return db.select({ value: officeSettings.paymentSettings }).from(officeSettings).where(eq(officeSettings.id, 1)).get()?.value ?? null;
}

export function writePaymentSettings(db: Db, value: Record<string, unknown>, at: string): boolean {
  // The same JSON keeps the towns of the report (settings.ts): they stay as they were.
  const towns = readTownLocalities(db);
  return db.update(officeSettings).set({ paymentSettings: { ...value, [TOWN_LOCALITIES_KEY]: towns }, updatedAt: at }).where(eq(officeSettings.id, 1)).run().changes === 1;
}

export { paymentLines, paymentLists, paymentLineEvents };
