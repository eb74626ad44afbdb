import type { AuditRow } from '../../../db/repositories/audit';

/** Kinds that only record that someone looked at a record: these, and only these, may be collapsed. */
export const READ_KINDS: ReadonlySet<string> = new Set(['person.view', 'case.view']);

/** Openings of the same record by the same user no further apart than this (first to last) make one line. */
export const REPEAT_WINDOW_MS = 10 * 60_000;

/** One line of the log as shown: an entry, or the latest of several openings with the ids of all of them. */
export interface AuditLine {
  row: AuditRow;
  /** Ids of every opening the line stands for, newest first; one id for a plain line. */
  ids: number[];
  firstAt: string;
}

export interface LinesPage {
  lines: AuditLine[];
  /** The id of the oldest row this page consumed: the next page starts below it. */
  lowestId: number | null;
  more: boolean;
}

/**
 * The same record opened by the same user: same kind, person, details (a case, or an interview of it) and
 * summary, which tells the person's file from the history shown beside it (both are person.view).
 */
function readKey(row: AuditRow): string | null {
  if (!READ_KINDS.has(row.kind) || row.userId === null) return null;
  return JSON.stringify([row.userId, row.kind, row.personId, row.details, row.summary]);
}

/**
 * Turns rows read newest first into at least `limit` lines (when there are that many). With `collapse`, an
 * opening joins the line of a later opening of the same record by the same user if it lies within the window;
 * a change the same user made to that person in between ends the line, so changes are never hidden between
 * openings. Other people's entries in between do not.
 *
 * Paging stays exact: a page is an unbroken run of rows (every row of the run is on this page, in one line),
 * and the next page starts below the page's lowest row. Once `limit` lines are there, the page still takes the
 * rows that join a line already on it, and ends at the first row that does not; so a group is cut by a page
 * only where another entry lies between its openings.
 */
export function collectLines(rows: Iterable<AuditRow>, limit: number, collapse: boolean): LinesPage {
  const lines: AuditLine[] = [];
  const open = new Map<string, AuditLine>();
  let lowestId: number | null = null;
  for (const row of rows) {
    const key = collapse ? readKey(row) : null;
    const joined = key === null ? undefined : open.get(key);
    const joins = joined !== undefined && Date.parse(joined.row.at) - Date.parse(row.at) <= REPEAT_WINDOW_MS;
    if (lines.length >= limit && !joins) return { lines, lowestId, more: true };
    lowestId = row.id;
    if (joins) {
      joined.ids.push(row.id);
      joined.firstAt = row.at;
      continue;
    }
    const line: AuditLine = { row, ids: [row.id], firstAt: row.at };
    lines.push(line);
    if (key !== null) open.set(key, line);
    else if (row.userId !== null && row.personId !== null) {
      // A change by this user to this person: later openings (above) stay apart from earlier ones (below).
      for (const [openKey, openLine] of open) {
        if (openLine.row.userId === row.userId && openLine.row.personId === row.personId) open.delete(openKey);
      }
    }
  }
  return { lines, lowestId, more: false };
}
