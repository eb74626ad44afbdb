import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { appendAudit } from '../../db/repositories/audit';
import { expectInOrder, pageTexts } from '../unit/documents/pdf-text';
import { expectOk } from './auth-helpers';
import { createTestCore, expectError, PESEL, personWithPesel, type TestCore } from './helpers';

/** The audit log as a director reads it: collapsed openings over the contract, the case filter, print and export. */
let t: TestCore;
let ewa: string;
let jan: number;
let maria: number;
let caseId: number;
let caseRef: string;
const MINUTE = 60_000;

beforeAll(async () => {
  // 10:00 in Warsaw (CET) on 10 March 2025.
  t = await createTestCore({ start: '2025-03-10T09:00:00.000Z' });
  ewa = await t.loginAs(['socialWorker'], 'ewa');
  jan = (await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M))).id;
  maria = (await t.api.call('persons.create', personWithPesel('Maria', 'Wiśniewska', PESEL.f1955))).id;
  const worker = expectOk<{ id: number }>(await t.invoke('auth.me', {})).id;
  const created = await t.api.call('cases.create', {
    applicantPersonId: jan,
    applicationDate: '2025-03-10',
    benefits: ['purposeAllowance'],
    reasons: ['poverty'],
    workerUserId: worker,
  });
  caseId = created.id;
  caseRef = created.caseRef;
  // Ewa opens Jan's file five times between 10:02 and 10:09; the tester opens Maria's meanwhile and the case twice.
  for (const minute of [2, 3, 5, 8, 9]) {
    await t.moveClockTo(new Date(Date.parse('2025-03-10T09:00:00.000Z') + minute * MINUTE).toISOString());
    expectOk(await t.invokeWith(ewa, 'persons.get', { id: jan }));
    if (minute === 3) await t.api.call('persons.get', { id: maria });
    if (minute === 5 || minute === 8) await t.api.call('cases.get', { id: caseId });
  }
});
afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const kinds = (entries: AuditEntry[]) => entries.map((entry) => [entry.kind, entry.repeated?.count ?? 1]);

describe('audit.list with collapseReads', () => {
  it('shows the five openings as one line with their numbers and times; without it, five lines', async () => {
    const collapsed = await t.api.call('audit.list', { personId: jan, collapseReads: true });
    expect(kinds(collapsed.entries)).toEqual([
      ['person.view', 5],
      ['case.view', 2],
      ['case.create', 1],
      ['person.create', 1],
    ]);
    const line = collapsed.entries[0]!;
    expect(line.at).toBe('2025-03-10T09:09:00.000Z');
    expect(line.repeated).toEqual({ count: 5, firstAt: '2025-03-10T09:02:00.000Z', ids: expect.any(Array) });
    expect(line.repeated!.ids).toHaveLength(5);
    expect(line.repeated!.ids[0]).toBe(line.id);
    expect(collapsed.subject).toEqual({ personName: 'Jan Kowalski', caseRef: null });

    const plain = await t.api.call('audit.list', { personId: jan });
    expect(plain.entries.filter((entry) => entry.kind === 'person.view')).toHaveLength(5);
    expect(plain.entries.every((entry) => entry.repeated === undefined)).toBe(true);
  });

  it('pages by nextBeforeId: every entry once, with one line a page', async () => {
    const all = (await t.api.call('audit.list', { limit: 500 })).entries.map((entry) => entry.id);
    const seen: number[] = [];
    let beforeId: number | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await t.api.call('audit.list', { collapseReads: true, limit: 1, ...(beforeId ? { beforeId } : {}) });
      for (const entry of page.entries) seen.push(...(entry.repeated?.ids ?? [entry.id]));
      if (!page.more) {
        expect(page.nextBeforeId).toBeNull();
        break;
      }
      beforeId = page.nextBeforeId!;
    }
    expect([...seen].sort((a, b) => b - a)).toEqual(all);
  });

  it('a jump to a number is a page before the next number', async () => {
    const target = (await t.api.call('audit.list', { kind: 'case.create' })).entries[0]!.id;
    const page = await t.api.call('audit.list', { beforeId: target + 1, limit: 2 });
    expect(page.entries[0]!.id).toBe(target);
  });
});

describe('the case filter', () => {
  it('shows the case’s own entries and no other entries of the applicant', async () => {
    const { entries, subject } = await t.api.call('audit.list', { caseId });
    expect(kinds(entries)).toEqual([
      ['case.view', 1],
      ['case.view', 1],
      ['case.create', 1],
    ]);
    expect(subject).toEqual({ personName: null, caseRef });
    expect((await t.api.call('audit.list', { caseId: 9999 })).entries).toEqual([]);
  });
});

describe('audit.export', () => {
  it('CSV: UTF-8 with BOM, semicolons, CRLF, Polish headings, dates dd.mm.rrrr and times gg:mm; the export is audited', async () => {
    const file = await t.api.call('audit.export', { filter: { personId: jan, collapseReads: true }, format: 'csv' });
    expect(file).toMatchObject({ fileName: 'dziennik-zdarzen-2025-03-10.csv', mimeType: 'text/csv', count: 4 });
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '"Nr wpisu";"Data";"Godzina";"Użytkownik";"Komputer";"Rodzaj";"Opis";"Zmiany";"Osoba";"Liczba otwarć";"Pierwsze otwarcie";"Numery wpisów"',
    );
    expect(lines[1]).toMatch(/^"\d+";"10\.03\.2025";"10:09";"Test socialWorker";"stanowisko główne";"Otwarcie karty osoby";"Otwarto kartę osoby: Jan Kowalski";"";"Jan Kowalski";"5";"10\.03\.2025, 10:02";"\d+, \d+, \d+, \d+, \d+"$/);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(6);

    const [entry] = (await t.api.call('audit.list', { limit: 1 })).entries;
    expect(entry).toMatchObject({
      kind: 'audit.export',
      personId: jan,
      summary: 'Wyeksportowano dziennik zdarzeń (CSV, 4 wiersze): Osoba: Jan Kowalski',
      details: { format: 'csv', count: 4, filter: { personId: jan, collapseReads: true } },
    });
  });

  it('PDF: the same lines on landscape A4, with the filter in words; printing is audited', async () => {
    const file = await t.api.call('audit.export', { filter: { caseId, collapseReads: true, from: '2025-03-10' }, format: 'pdf' });
    expect(file).toMatchObject({ fileName: 'dziennik-zdarzen-2025-03-10.pdf', mimeType: 'application/pdf', count: 2 });
    const [page] = await pageTexts(Buffer.from(file.base64, 'base64'));
    expectInOrder(page!, [
      'Dziennik zdarzeń',
      `Sprawa: ${caseRef} · od 10.03.2025 · stan na 10.03.2025, 10:09 · wierszy: 2, wpisów: 3`,
      'Nr',
      'Kiedy',
      'Otwarcie sprawy',
      'otwarto 2 razy, 10:05–10:08',
      'Rejestracja wniosku (nowa sprawa)',
      'Strona 1 z 1',
    ]);
    const [entry] = (await t.api.call('audit.list', { limit: 1 })).entries;
    expect(entry).toMatchObject({ kind: 'audit.export', personId: jan, summary: `Wydrukowano dziennik zdarzeń (PDF, 2 wiersze): Sprawa: ${caseRef} · od 10.03.2025` });
  });

  it('a print of more lines than a folder holds is refused in Polish, and nothing is audited', async () => {
    t.core.database.db.transaction((tx) => {
      for (let index = 0; index < 2001; index++) {
        appendAudit(tx, { at: '2025-03-10T09:10:00.000Z', userId: null, userName: null, kind: 'auth.loginFailed', personId: null, summary: 'Nieudane logowanie', details: null });
      }
    });
    const before = t.count('audit_log');
    const error = expectError(await t.invoke('audit.export', { filter: { kind: 'auth.loginFailed' }, format: 'pdf' }), 'VALIDATION');
    expect(error.message).toBe(
      'Wybranych wpisów jest więcej niż 2000 wierszy, ile mieści wydruk. Zawęź daty albo wybierz osobę, sprawę lub użytkownika.',
    );
    expect(t.count('audit_log')).toBe(before);
    expect((await t.api.call('audit.export', { filter: { kind: 'auth.loginFailed' }, format: 'csv' })).count).toBe(2001);
  });
});
