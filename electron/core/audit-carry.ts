import type { Db, DatabaseHandle } from '../../db/open';
import { appendAudit, auditSince, CARRIED_DETAIL, carriedOrigin, registerAuditKey, type AuditRow, type CarriedOrigin } from '../../db/repositories/audit';
import { recordAudit, type AuditEvent } from './audit';
import type { Clock, SessionUser } from './context';

/**
 * A restore never erases who did what. Before the data is replaced, the entries of the live log written since
 * the restored copy's moment are read (the tail); after, in one transaction on the restored data, those it does
 * not hold already are appended through the keyed chain — their own time, user and text, marked as carried
 * over with the original entry's number, time and hash — and then the entry of the restore itself. The same
 * holds for the undo of a restore: what was done between the restore and the undo stays, and the entries the
 * restore had carried are not doubled (their originals are back).
 */

/** Entries this much older than the copy's moment are read too: a backup's time is taken after its snapshot. */
const MARGIN_MS = 60 * 60 * 1000;

/** The entries of the log being replaced, from `since`; rows null when that log could not be read. */
export interface AuditTail {
  since: string;
  rows: AuditRow[] | null;
}

/** Where the tail starts for data that comes from `moment` (the backup's or the safety copy's creation). */
export function tailStart(moment: string | Date): string {
  return new Date(new Date(moment).getTime() - MARGIN_MS).toISOString();
}

export function readAuditTail(db: Db, since: string): AuditTail {
  return { since, rows: auditSince(db, since) };
}

const originOf = (row: AuditRow): CarriedOrigin => carriedOrigin(row.details) ?? { id: row.id, at: row.at, hash: row.hash };
const identity = (origin: CarriedOrigin) => `${origin.id}:${origin.hash}`;

function parsedDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    const parsed = JSON.parse(details) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
  } catch {
    return { text: details };
  }
}

/** Appends the tail's entries the restored log does not hold (by their original); returns how many. */
export function carryAuditEntries(tx: Db, tail: AuditTail): number {
  if (!tail.rows) return 0;
  const present = new Set(auditSince(tx, tail.since).map((row) => identity(originOf(row))));
  let carried = 0;
  for (const row of tail.rows) {
    const origin = originOf(row);
    if (present.has(identity(origin))) continue;
    const again = carriedOrigin(row.details) !== null;
    appendAudit(tx, {
      at: row.at,
      userId: row.userId,
      userName: row.userName,
      kind: row.kind,
      personId: row.personId,
      summary: again ? row.summary : `${row.summary} (wpis nr ${origin.id} przeniesiony po przywróceniu danych)`,
      details: { ...parsedDetails(row.details), [CARRIED_DETAIL]: origin },
      pc: row.pcId !== null ? { id: row.pcId, name: row.pcName ?? '' } : null,
    });
    present.add(identity(origin));
    carried += 1;
  }
  return carried;
}

/**
 * On the new data, in the caller's transaction: the carried entries, then the restore's (or undo's) own entry,
 * which says how many were carried (or that the replaced log could not be read, and where it is kept).
 */
export function recordReplacement(tx: Db, clock: Clock, tail: AuditTail, user: SessionUser | null, event: AuditEvent): void {
  const carried = carryAuditEntries(tx, tail);
  const note = tail.rows
    ? carried > 0
      ? ` (przeniesiono wpisy dziennika z okresu po kopii: ${carried})`
      : ''
    : ' (dziennika zastąpionych danych nie dało się odczytać: pozostał w kopii bezpieczeństwa)';
  recordAudit(tx, { user }, clock, {
    ...event,
    summary: event.summary + note,
    details: { ...event.details, carriedEntries: carried, replacedLogReadable: tail.rows !== null },
  });
}

/**
 * The log of a database the program does not hold open (recovery mode, the command line): read from its file
 * before the swap, written to the new file after it, each time opened once with `open` and closed again.
 */
export function logOfClosedDatabase(open: () => DatabaseHandle, auditKey: Buffer) {
  return {
    /** Rows null when the database does not open (often the very reason for the restore). */
    readTail(since: string): AuditTail {
      try {
        const handle = open();
        try {
          return readAuditTail(handle.db, since);
        } finally {
          handle.close();
        }
      } catch {
        return { since, rows: null };
      }
    },
    /** Runs `write` in one transaction on the (new) database, with the audit-chain key. */
    write(write: (tx: Db) => void): void {
      const handle = open();
      try {
        registerAuditKey(handle.sqlite, auditKey);
        handle.db.transaction(write);
      } finally {
        handle.close();
      }
    },
  };
}
