import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog } from '../schema';

export type AuditRow = typeof auditLog.$inferSelect;

export interface NewAuditEntry {
  at: string;
  userId: number | null;
  userName: string | null;
  kind: string;
  personId: number | null;
  summary: string;
  details: Record<string, unknown> | null;
}

/** The hash of the first entry's predecessor. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** SHA-256 over every column but the hash itself, the id and the previous hash included. */
export function auditEntryHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.id,
    row.at,
    row.userId,
    row.userName,
    row.kind,
    row.personId,
    row.summary,
    row.details,
    row.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function lastSequence(db: Db): number {
  const row = db.get<{ seq: number } | undefined>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  return row?.seq ?? 0;
}

/** Appends one entry, chained to the last. Call it inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: NewAuditEntry): AuditRow {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const row = {
    id: lastSequence(db) + 1,
    ...entry,
    details: entry.details ? JSON.stringify(entry.details) : null,
    prevHash: last?.hash ?? AUDIT_GENESIS,
  };
  return db
    .insert(auditLog)
    .values({ ...row, hash: auditEntryHash(row) })
    .returning()
    .get();
}

export interface AuditFilter {
  personId?: number;
  /** The case's own entries (details.caseId) and prints of several decisions that include one of its decisions. */
  caseId?: number;
  userId?: number;
  kind?: string;
  fromAt?: string;
  toAt?: string;
  beforeId?: number;
}

export function listAudit(db: Db, filter: AuditFilter, limit: number): AuditRow[] {
  const conditions: SQL[] = [];
  if (filter.personId !== undefined) conditions.push(eq(auditLog.personId, filter.personId));
  if (filter.caseId !== undefined) {
    conditions.push(
      sql`(json_extract(${auditLog.details}, '$.caseId') = ${filter.caseId} OR EXISTS (SELECT 1 FROM json_each(${auditLog.details}, '$.decisionIds') AS printed JOIN decisions ON decisions.id = printed.value WHERE decisions.case_id = ${filter.caseId}))`,
    );
  }
  if (filter.userId !== undefined) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.kind !== undefined) conditions.push(eq(auditLog.kind, filter.kind));
  if (filter.fromAt !== undefined) conditions.push(gte(auditLog.at, filter.fromAt));
  if (filter.toAt !== undefined) conditions.push(lte(auditLog.at, filter.toAt));
  if (filter.beforeId !== undefined) conditions.push(lt(auditLog.id, filter.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

export interface ChainProblem {
  entryId: number;
  message: string;
}

/**
 * Walks the whole chain in order. A changed entry fails its own hash; a removed entry leaves a gap in the
 * numbering and a broken link; an entry slipped in by hand fails its hash or its link; removed last entries
 * show against SQLite's own record of the highest number ever given.
 */
export function verifyAuditChain(db: Db): { checked: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let previousHash = AUDIT_GENESIS;
  let expectedId = 1;
  let checked = 0;
  for (const row of db.select().from(auditLog).orderBy(asc(auditLog.id)).all()) {
    checked++;
    if (row.id !== expectedId) {
      problems.push({
        entryId: row.id,
        message:
          row.id > expectedId
            ? `Brakuje wpisów nr ${expectedId}–${row.id - 1}: zostały usunięte.`
            : `Wpis nr ${row.id} ma numer, który już wystąpił.`,
      });
    }
    if (row.prevHash !== previousHash) {
      problems.push({ entryId: row.id, message: `Wpis nr ${row.id} nie łączy się z poprzednim: poprzedni wpis zmieniono lub usunięto.` });
    }
    if (auditEntryHash(row) !== row.hash) {
      problems.push({ entryId: row.id, message: `Treść wpisu nr ${row.id} została zmieniona albo wpis dopisano poza programem.` });
    }
    previousHash = row.hash;
    expectedId = row.id + 1;
  }
  const highestGiven = lastSequence(db);
  if (highestGiven >= expectedId) {
    problems.push({
      entryId: highestGiven,
      message: `Brakuje ostatnich wpisów (nr ${expectedId}–${highestGiven}): zostały usunięte.`,
    });
  }
  return { checked, problems };
}

/** Everyone who has an entry, with the name they had in their latest one. */
export function auditUsers(db: Db): { id: number; fullName: string }[] {
  return db.all<{ id: number; fullName: string }>(
    sql`SELECT user_id AS id, user_name AS fullName FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log WHERE user_id IS NOT NULL GROUP BY user_id) ORDER BY user_name`,
  );
}
