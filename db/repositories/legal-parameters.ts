import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { legalParameters } from '../schema';

export type LegalParameterDbRow = typeof legalParameters.$inferSelect;

export function listLegalParameters(db: Db): LegalParameterDbRow[] {
  return db.select().from(legalParameters).orderBy(asc(legalParameters.validFrom)).all();
}

export function getLegalParameterRow(db: Db, id: number): LegalParameterDbRow | undefined {
  return db.select().from(legalParameters).where(eq(legalParameters.id, id)).get();
}

export function findLegalParameterRowByDate(db: Db, validFrom: string): LegalParameterDbRow | undefined {
  return db.select().from(legalParameters).where(eq(legalParameters.validFrom, validFrom)).get();
}

export function insertLegalParameterRow(db: Db, row: typeof legalParameters.$inferInsert): LegalParameterDbRow {
  return db.insert(legalParameters).values(row).returning().get();
}

export function deleteLegalParameterRow(db: Db, id: number): void {
  db.delete(legalParameters).where(eq(legalParameters.id, id)).run();
}
