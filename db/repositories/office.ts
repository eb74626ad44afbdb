import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../open';
import { officeChanges, officePcs } from '../schema';

export type OfficePcRow = typeof officePcs.$inferSelect;

export function insertOfficePc(db: Db, pc: { name: string; keyHash: string; pairedAt: string }): OfficePcRow {
  return db.insert(officePcs).values(pc).returning().get();
}

export function getOfficePc(db: Db, id: number): OfficePcRow | undefined {
  return db.select().from(officePcs).where(eq(officePcs.id, id)).get();
}

/** The PCs paired now (removed ones are kept for the audit, not listed). */
export function listActiveOfficePcs(db: Db): OfficePcRow[] {
  return db.select().from(officePcs).where(isNull(officePcs.removedAt)).orderBy(asc(officePcs.id)).all();
}

export function markOfficePcRemoved(db: Db, id: number, at: string, userId: number): void {
  db.update(officePcs).set({ removedAt: at, removedByUserId: userId }).where(eq(officePcs.id, id)).run();
}

export function touchOfficePc(db: Db, id: number, at: string): void {
  db.update(officePcs).set({ lastSeenAt: at }).where(eq(officePcs.id, id)).run();
}

/**
 * Records, in the transaction of a change, that the change with this id was applied for this PC. The same id in
 * two transactions of one call (a call that writes twice) is recorded once.
 */
export function markChangeApplied(db: Db, pcId: number, changeId: string, at: string): void {
  db.insert(officeChanges).values({ pcId, changeId, at }).onConflictDoNothing().run();
}

/** The record of an applied change: its answer, or null when none was stored (the program stopped first). */
export function getAppliedChange(db: Db, pcId: number, changeId: string): { answer: string | null } | undefined {
  return db
    .select({ answer: officeChanges.answer })
    .from(officeChanges)
    .where(and(eq(officeChanges.pcId, pcId), eq(officeChanges.changeId, changeId)))
    .get();
}

/** Stores the answer of an applied change; returns false when the call changed nothing (no record to complete). */
export function storeChangeAnswer(db: Db, pcId: number, changeId: string, answer: string | null): boolean {
  const result = db
    .update(officeChanges)
    .set({ answer })
    .where(and(eq(officeChanges.pcId, pcId), eq(officeChanges.changeId, changeId)))
    .run();
  return result.changes > 0;
}

/** Forgets the changes recorded before `before` (a client resends within minutes, not weeks). */
export function pruneAppliedChanges(db: Db, before: string): void {
  db.delete(officeChanges).where(lt(officeChanges.at, before)).run();
}
