import { createHash, createHmac } from 'node:crypto';
import type Database from 'better-sqlite3';
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
  /** The PC of the office network the call came from; absent for the main PC itself. */
  pc?: { id: number; name: string } | null;
}

/** The hash of the first entry's predecessor. */
export const AUDIT_GENESIS = '0'.repeat(64);

/**
 * Every column but the hash itself, the id and the previous hash included, as the text that is hashed. The PC of
 * the office network is appended only when there is one, so the entries of the main PC (and all written before
 * the office network) hash as they always did, and an entry's PC cannot be changed or removed unnoticed.
 */
function canonicalEntry(row: Omit<AuditRow, 'hash'>): string {
  const columns: unknown[] = [
    row.id,
    row.at,
    row.userId,
    row.userName,
    row.kind,
    row.personId,
    row.summary,
    row.details,
    row.prevHash,
  ];
  if (row.pcId !== null || row.pcName !== null) columns.push(row.pcId, row.pcName);
  return JSON.stringify(columns);
}

/** The plain SHA-256 of an entry: how entries were chained before the keyed chain (anyone can recompute it). */
export function auditEntryHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(row), 'utf8').digest('hex');
}

/**
 * A keyed entry's hash column: this prefix, the key's id (16 hex digits, an HMAC of a fixed text: it names the key
 * without revealing it) and HMAC-SHA-256 under the audit-chain key of this data folder (secret-keys.ts). The key is
 * never in the database: it is given to the connection as an SQL function (registerAuditKey), so that every
 * transaction on that connection can sign without passing it around.
 */
export const KEYED_HASH_PREFIX = 'hmac-sha256:';
const KEYED_HASH = /^hmac-sha256:([0-9a-f]{16}):[0-9a-f]{64}$/;
const MAC_FUNCTION = 'ostoja_audit_mac';

/** The id a keyed hash names its key by. */
export function auditKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('ostoja-audit-key-id', 'utf8').digest('hex').slice(0, 16);
}

/** Gives this connection the audit-chain key: from now on every entry it appends is keyed. */
export function registerAuditKey(sqlite: Database.Database, key: Buffer): void {
  if (key.length < 32) throw new Error('Klucz łańcucha dziennika musi mieć co najmniej 32 bajty.');
  const secret = Buffer.from(key);
  const keyId = auditKeyId(secret);
  sqlite.function(MAC_FUNCTION, { deterministic: true }, (text: unknown) =>
    `${keyId}:${createHmac('sha256', secret).update(String(text), 'utf8').digest('hex')}`,
  );
}

/** The keyed hash of an entry on this connection, or null when the connection has no key. */
function keyedHash(db: Db, row: Omit<AuditRow, 'hash'>): string | null {
  try {
    const result = db.get<{ mac: string }>(sql`SELECT ${sql.raw(MAC_FUNCTION)}(${canonicalEntry(row)}) AS mac`);
    return KEYED_HASH_PREFIX + result.mac;
  } catch (error) {
    if (error instanceof Error && error.message.includes('no such function')) return null;
    throw error;
  }
}

function lastSequence(db: Db): number {
  const row = db.get<{ seq: number } | undefined>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  return row?.seq ?? 0;
}

/** Appends one entry, chained to the last. Call it inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: NewAuditEntry): AuditRow {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const { pc, ...fields } = entry;
  const row = {
    id: lastSequence(db) + 1,
    ...fields,
    details: entry.details ? JSON.stringify(entry.details) : null,
    prevHash: last?.hash ?? AUDIT_GENESIS,
    pcId: pc?.id ?? null,
    pcName: pc?.name ?? null,
  };
  return db
    .insert(auditLog)
    .values({ ...row, hash: keyedHash(db, row) ?? auditEntryHash(row) })
    .returning()
    .get();
}

/** details.carriedOver of an entry carried into restored data (electron/core/audit-carry.ts): its original. */
export const CARRIED_DETAIL = 'carriedOver';

export interface CarriedOrigin {
  id: number;
  at: string;
  hash: string;
}

/** The original entry a carried entry copies, or null for an entry first written in this log. */
export function carriedOrigin(details: string | null): CarriedOrigin | null {
  // Cheap test first: the check reads every entry, and almost none is carried.
  if (!details || !details.includes(`"${CARRIED_DETAIL}"`)) return null;
  try {
    const origin = (JSON.parse(details) as Record<string, unknown>)[CARRIED_DETAIL] as Partial<CarriedOrigin> | null | undefined;
    if (typeof origin?.id !== 'number' || typeof origin.at !== 'string' || typeof origin.hash !== 'string') return null;
    return { id: origin.id, at: origin.at, hash: origin.hash };
  } catch {
    return null;
  }
}

/** Every entry written at `since` or later, in the log's order. */
export function auditSince(db: Db, since: string): AuditRow[] {
  return db.select().from(auditLog).where(gte(auditLog.at, since)).orderBy(asc(auditLog.id)).all();
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

/** The chain's head as a backup recorded it (manifest.auditHead), with how to name that backup. */
export interface AuditAnchor {
  id: number;
  hash: string;
  /** e.g. "z 01.12.2026 (ostoja-2026-12-01-1030.ostoja-backup)". */
  label: string;
  /** When the backup was made (ISO, UTC). */
  createdAt: string;
}

/**
 * A restore (or its undo) replaces the log with another copy's: the backups made between that copy's last entry
 * and the restore belong to the timeline it replaced, and are not held against the log. The restore entry is
 * keyed, so nobody without the key makes one up. The entries carried over from the replaced log (which stand
 * between that copy's last entry and the restore entry) do not move the start of that window, and a carried
 * restore entry replaced nothing in this log.
 */
const REPLACING_KINDS = new Set(['backup.restore', 'backup.undoRestore']);

/** The append-only triggers of migration 0003, by name. */
export const AUDIT_TRIGGERS: Record<string, string> = {
  audit_log_no_update:
    "CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać.'); END",
  audit_log_no_delete:
    "CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać.'); END",
};

/** The append-only triggers that are not in the database now. */
export function missingAuditTriggers(db: Db): string[] {
  const present = new Set(
    db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`).map((row) => row.name),
  );
  return Object.keys(AUDIT_TRIGGERS).filter((name) => !present.has(name));
}

/** Puts back the append-only triggers someone dropped; returns their names (none: nothing was missing). */
export function restoreAuditTriggers(db: Db): string[] {
  const missing = missingAuditTriggers(db);
  for (const name of missing) db.run(sql.raw(AUDIT_TRIGGERS[name]!));
  return missing;
}

/** What details.triggersRestored of a start's entry says (electron/core/audit-chain.ts writes it). */
export const TRIGGERS_RESTORED_DETAIL = 'triggersRestored';

/**
 * Walks the whole chain in order. A changed entry fails its own hash; a removed entry leaves a gap in the
 * numbering and a broken link; an entry slipped in by hand fails its hash or its link; removed last entries
 * show against SQLite's own record of the highest number ever given and against the heads the backups keep.
 * From the first keyed entry on, every entry must carry a MAC under this connection's key: a plain hash after
 * it, or a MAC made with another key, is an entry written or rewritten outside the program. The entries before
 * the first keyed one (written by older versions) are checked by their plain hash only.
 */
export function verifyAuditChain(db: Db, anchors: readonly AuditAnchor[] = []): { checked: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  const anchorIds = new Set(anchors.map((anchor) => anchor.id));
  const hashesAtAnchors = new Map<number, string>();
  let previousHash = AUDIT_GENESIS;
  let expectedId = 1;
  let checked = 0;
  let firstKeyed: number | null = null;
  let lastId = 0;
  let previousAt = '';
  let thisKeySeen = false;
  const otherKey = { open: false, from: 0, to: 0 };
  const flushOtherKey = () => {
    if (!otherKey.open) return;
    const { from, to } = otherKey;
    problems.push({
      entryId: from,
      message: `${from === to ? `Wpisu nr ${from}` : `Wpisów nr ${from}–${to}`} ten komputer nie może sprawdzić: podpisano je kluczem dziennika innego komputera (dane przeniesione z kopii na nowy komputer) albo przepisano poza programem.`,
    });
    otherKey.open = false;
  };
  const replaced: { after: string; until: string }[] = [];
  for (const row of db.select().from(auditLog).orderBy(asc(auditLog.id)).all()) {
    checked++;
    const carried = carriedOrigin(row.details) !== null;
    if (REPLACING_KINDS.has(row.kind) && !carried) replaced.push({ after: previousAt, until: row.at });
    if (!carried) previousAt = row.at;
    lastId = row.id;
    if (anchorIds.has(row.id)) hashesAtAnchors.set(row.id, row.hash);
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
    const keyId = KEYED_HASH.exec(row.hash)?.[1];
    const expected = row.hash.startsWith(KEYED_HASH_PREFIX) ? keyedHash(db, row) : null;
    if (keyId && expected && keyId !== KEYED_HASH.exec(expected)?.[1] && !thisKeySeen) {
      // Signed by another computer's key (a backup restored on a new PC): this one cannot check it.
      if (!otherKey.open) Object.assign(otherKey, { open: true, from: row.id });
      otherKey.to = row.id;
    } else {
      flushOtherKey();
    }
    if (otherKey.open && otherKey.to === row.id) {
      firstKeyed ??= row.id;
    } else if (row.hash.startsWith(KEYED_HASH_PREFIX)) {
      firstKeyed ??= row.id;
      if (keyId && expected && keyId === KEYED_HASH.exec(expected)?.[1]) thisKeySeen = true;
      if (expected === null) {
        problems.push({ entryId: row.id, message: `Wpisu nr ${row.id} nie można sprawdzić: program nie ma klucza dziennika tego komputera.` });
      } else if (expected !== row.hash) {
        problems.push({
          entryId: row.id,
          message: `Wpis nr ${row.id} zmieniono albo dopisano poza programem: jego podpis kluczem dziennika się nie zgadza.`,
        });
      }
    } else if (firstKeyed !== null) {
      problems.push({
        entryId: row.id,
        message: `Wpis nr ${row.id} dopisano albo przepisano poza programem: nie ma podpisu kluczem dziennika, który mają wpisy od nr ${firstKeyed}.`,
      });
    } else if (auditEntryHash(row) !== row.hash) {
      problems.push({ entryId: row.id, message: `Treść wpisu nr ${row.id} została zmieniona albo wpis dopisano poza programem.` });
    }
    const restored = triggersRestoredIn(row.kind, row.details);
    if (restored) {
      problems.push({
        entryId: row.id,
        message: `Przy uruchomieniu programu (${row.at.slice(0, 10)}) brakowało zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (${restored.join(', ')}): ktoś je usunął poza programem; przywrócono je (wpis nr ${row.id}).`,
      });
    }
    previousHash = row.hash;
    expectedId = row.id + 1;
  }
  flushOtherKey();
  const highestGiven = lastSequence(db);
  if (highestGiven >= expectedId) {
    problems.push({
      entryId: highestGiven,
      message: `Brakuje ostatnich wpisów (nr ${expectedId}–${highestGiven}): zostały usunięte.`,
    });
  }
  for (const anchor of anchors) {
    if (replaced.some(({ after, until }) => anchor.createdAt > after && anchor.createdAt <= until)) continue;
    if (anchor.id > lastId) {
      problems.push({
        entryId: anchor.id,
        message:
          checked === 0
            ? `Dziennik jest pusty, a kopia zapasowa ${anchor.label} zawiera wpisy do nr ${anchor.id}: usunięto wszystkie wpisy.`
            : `Dziennik kończy się na wpisie nr ${lastId}, a kopia zapasowa ${anchor.label} zawiera wpisy do nr ${anchor.id}: wpisy nr ${lastId + 1}–${anchor.id} usunięto.`,
      });
      continue;
    }
    const hash = hashesAtAnchors.get(anchor.id);
    if (hash === undefined) {
      problems.push({ entryId: anchor.id, message: `Brakuje wpisu nr ${anchor.id}, który zawiera kopia zapasowa ${anchor.label}: usunięto go.` });
    } else if (hash !== anchor.hash) {
      problems.push({
        entryId: anchor.id,
        message: `Wpis nr ${anchor.id} różni się od wpisu zapisanego w kopii zapasowej ${anchor.label}: dziennik do tego miejsca przepisano.`,
      });
    }
  }
  const missing = missingAuditTriggers(db);
  if (missing.length) {
    problems.push({
      entryId: lastId,
      message: `Brakuje zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (${missing.join(', ')}): ktoś je usunął z bazy; program przywróci je przy następnym uruchomieniu.`,
    });
  }
  return { checked, problems };
}

function triggersRestoredIn(kind: string, details: string | null): string[] | null {
  if (kind !== 'audit.verify' || !details) return null;
  try {
    const value = (JSON.parse(details) as Record<string, unknown>)[TRIGGERS_RESTORED_DETAIL];
    return Array.isArray(value) && value.length ? value.map(String) : null;
  } catch {
    return null;
  }
}

/** Everyone who has an entry, with the name they had in their latest one. */
export function auditUsers(db: Db): { id: number; fullName: string }[] {
  return db.all<{ id: number; fullName: string }>(
    sql`SELECT user_id AS id, user_name AS fullName FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log WHERE user_id IS NOT NULL GROUP BY user_id) ORDER BY user_name`,
  );
}
