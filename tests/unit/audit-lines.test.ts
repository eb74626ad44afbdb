import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../db/repositories/audit';
import { collectLines } from '../../electron/core/services/audit-lines';
import { repeatedText } from '../../shared/domain/audit-text';

const ANNA = 1;
const EWA = 2;
const JAN = 10;
const MARIA = 11;

/** Rows are written oldest first with their minute of 10 March 2025 (UTC), and read newest first as the log is. */
function log(...entries: [minute: number, userId: number, kind: string, personId: number | null, summary?: string][]): AuditRow[] {
  return entries
    .map(([minute, userId, kind, personId, summary], index) => ({
      id: index + 1,
      at: new Date(Date.UTC(2025, 2, 10, 9, 0) + minute * 60_000).toISOString(),
      userId,
      userName: `user ${userId}`,
      kind,
      personId,
      summary: summary ?? kind,
      details: null,
      prevHash: '',
      hash: '',
      pcId: null,
      pcName: null,
    }))
    .reverse();
}

/** Each line as its ids, newest first. */
const shape = (rows: AuditRow[], limit: number, collapse = true) => collectLines(rows, limit, collapse).lines.map((line) => line.ids);

describe('repeated openings collapse into one line; changes never do', () => {
  it('five openings of one file by one user in seven minutes are one line with the first and last time', () => {
    const rows = log([2, ANNA, 'person.view', JAN], [3, ANNA, 'person.view', JAN], [5, ANNA, 'person.view', JAN], [8, ANNA, 'person.view', JAN], [9, ANNA, 'person.view', JAN]);
    const { lines, more } = collectLines(rows, 100, true);
    expect(lines.map((line) => line.ids)).toEqual([[5, 4, 3, 2, 1]]);
    expect(more).toBe(false);
    expect(repeatedText(lines[0]!.ids.length, lines[0]!.firstAt, lines[0]!.row.at)).toBe('otwarto 5 razy, 10:02–10:09');
  });

  it('without collapsing every opening is its own line', () => {
    const rows = log([2, ANNA, 'person.view', JAN], [3, ANNA, 'person.view', JAN]);
    expect(shape(rows, 100, false)).toEqual([[2], [1]]);
  });

  it('another user, another person or another kind of record are separate lines; others’ entries in between do not split', () => {
    const rows = log(
      [0, ANNA, 'person.view', JAN],
      [1, EWA, 'person.view', JAN],
      [2, ANNA, 'person.view', MARIA],
      [3, ANNA, 'case.view', JAN],
      [4, EWA, 'person.update', MARIA],
      [5, ANNA, 'person.view', JAN],
    );
    expect(shape(rows, 100)).toEqual([[6, 1], [5], [4], [3], [2]]);
  });

  it('the file and the history shown beside it (both person.view) are told apart by their summary', () => {
    const rows = log(
      [0, ANNA, 'person.view', JAN, 'Otwarto kartę osoby: Jan'],
      [0, ANNA, 'person.view', JAN, 'Wyświetlono historię osoby: Jan'],
      [1, ANNA, 'person.view', JAN, 'Otwarto kartę osoby: Jan'],
      [1, ANNA, 'person.view', JAN, 'Wyświetlono historię osoby: Jan'],
    );
    expect(shape(rows, 100)).toEqual([[4, 2], [3, 1]]);
  });

  it('an opening more than ten minutes before the line’s latest starts a new line', () => {
    const rows = log([0, ANNA, 'person.view', JAN], [1, ANNA, 'person.view', JAN], [6, ANNA, 'person.view', JAN], [10, ANNA, 'person.view', JAN], [11, ANNA, 'person.view', JAN]);
    expect(shape(rows, 100)).toEqual([[5, 4, 3, 2], [1]]);
  });

  it('a change by the same user to the person ends the line: openings before and after it stay apart', () => {
    const rows = log(
      [0, ANNA, 'person.view', JAN],
      [1, ANNA, 'person.view', JAN],
      [2, ANNA, 'person.update', JAN],
      [3, ANNA, 'person.view', JAN],
      [4, ANNA, 'person.view', JAN],
    );
    expect(shape(rows, 100)).toEqual([[5, 4], [3], [2, 1]]);
  });

  it('entries of no user (failed logins) and changes are never collapsed', () => {
    const rows = log([0, ANNA, 'person.update', JAN], [1, ANNA, 'person.update', JAN]);
    expect(shape(rows, 100)).toEqual([[2], [1]]);
  });
});

describe('pages of lines: every row on exactly one page, in order', () => {
  // A busy morning: two users opening the same files over and over, changes between.
  const rows = log(
    ...Array.from({ length: 60 }, (_, index): [number, number, string, number] => [
      index,
      index % 3 === 0 ? EWA : ANNA,
      index % 7 === 0 ? 'person.update' : index % 5 === 0 ? 'case.view' : 'person.view',
      index % 4 === 0 ? MARIA : JAN,
    ]),
  );

  for (const limit of [1, 2, 3, 7, 100]) {
    it(`with ${limit} lines a page`, () => {
      const seen: number[] = [];
      let beforeId = Infinity;
      let pages = 0;
      for (;;) {
        const page = collectLines(
          rows.filter((row) => row.id < beforeId),
          limit,
          true,
        );
        pages++;
        for (const line of page.lines) seen.push(...line.ids);
        if (page.more) expect(page.lines.length).toBeGreaterThanOrEqual(limit);
        if (!page.more) break;
        beforeId = page.lowestId!;
        expect(pages).toBeLessThan(100);
      }
      expect([...seen].sort((a, b) => b - a)).toEqual(rows.map((row) => row.id));
      expect(new Set(seen).size).toBe(rows.length);
      if (limit === 100) expect(pages).toBe(1);
    });
  }

  it('a page takes on the openings that join its last line, and stops at the first row that does not', () => {
    const busy = log([0, ANNA, 'person.view', JAN], [1, ANNA, 'person.view', JAN], [2, EWA, 'person.view', MARIA], [3, ANNA, 'person.view', JAN]);
    const page = collectLines(busy, 1, true);
    expect(page.lines.map((line) => line.ids)).toEqual([[4]]);
    expect(page.more).toBe(true);
    expect(page.lowestId).toBe(4);
    const adjoining = log([0, ANNA, 'person.view', JAN], [1, ANNA, 'person.view', JAN], [2, EWA, 'person.view', MARIA]);
    const second = collectLines(adjoining, 1, true);
    expect(second.lines.map((line) => line.ids)).toEqual([[3]]);
    const joined = collectLines(log([0, EWA, 'person.view', MARIA], [1, ANNA, 'person.view', JAN], [2, ANNA, 'person.view', JAN]), 1, true);
    expect(joined.lines.map((line) => line.ids)).toEqual([[3, 2]]);
    expect(joined.lowestId).toBe(2);
    expect(joined.more).toBe(true);
  });
});

describe('the time span in words', () => {
  it('names the day again only when the openings cross midnight (Polish time)', () => {
    expect(repeatedText(2, '2025-03-10T22:58:00.000Z', '2025-03-10T23:03:00.000Z')).toBe('otwarto 2 razy, 10.03.2025, 23:58 – 11.03.2025, 00:03');
    // Summer time: 08:05 UTC is 10:05 in Warsaw.
    expect(repeatedText(3, '2025-07-01T08:05:00.000Z', '2025-07-01T08:09:00.000Z')).toBe('otwarto 3 razy, 10:05–10:09');
    expect(repeatedText(2, '2025-07-01T08:05:10.000Z', '2025-07-01T08:05:50.000Z')).toBe('otwarto 2 razy o 10:05');
  });
});
