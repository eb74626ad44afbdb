import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderOfficialDocument } from '../../electron/core/documents/official-document-pdf';
import { loadPdfFonts } from '../../electron/core/documents/fonts';
import { FONTS_FOLDER } from '../../db/testing';
import type { OfficialDocument } from '../../shared/domain/official-document';
import { bodyText, expectInOrder, pageTexts } from '../unit/documents/pdf-text';
import { caseWithInterview, interviewOf, signDecision, TRANSFER } from './fixtures/decisions-support';
import { createTestCore, expectError, PESEL, personWithPesel, type TestCore } from './helpers';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const rows = (sql: string) => (t.core.database.sqlite.prepare(sql).get() as { n: number }).n;
const sha = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
const pdfText = async (id: number) => bodyText(await pageTexts(Buffer.from((await t.api.call('decisions.pdf', { id })).base64, 'base64')), null);

describe('a decision granting zasiłek stały, from the case to the signed PDF', () => {
  it('fills itself from the case, names what is missing, and is numbered and frozen at signing', async () => {
    const { caseId } = await caseWithInterview(t);
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'grant', benefit: 'permanentAllowance' });
    // Living alone, pension 600,00: 130 % × 1010,00 − 600,00 = 713,00; from 10 March: 713,00 ÷ 31 × 22 = 506,00.
    expect(draft).toMatchObject({ state: 'draft', amount: 71_300, firstMonth: { from: '2025-03-10', to: '2025-03-31', amount: 50_600 }, decisionNumber: null });
    expect(draft.fields.periodFrom).toBe('2025-03-10');
    expect(draft.fields.factualReasons).toContain('Utrzymuje się z emerytury');
    // Without a payment method the ruling is incomplete: the check says so, and submitting is refused with it.
    expect(draft.check.find((item) => item.element === 'rozstrzygnięcie')).toMatchObject({ ok: false, message: 'Wybierz sposób wypłaty (przelew, kasa, przekaz pocztowy).' });
    const refused = expectError(await t.invoke('decisions.submit', { id: draft.id, version: draft.version }), 'VALIDATION');
    expect(refused.message).toContain('rozstrzygnięcie — Wybierz sposób wypłaty');

    const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...TRANSFER } });
    expect(updated.check.every((item) => item.ok)).toBe(true);
    const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });
    expect(submitted.state).toBe('submitted');
    const signed = await t.api.call('decisions.sign', { id: submitted.id, version: submitted.version });
    expect(signed).toMatchObject({ state: 'signed', decisionNumber: '1/8311/2025', issuedOn: '2025-03-10', amount: 71_300, effectiveFrom: '2025-03-10', effectiveUntil: null });
    expect(signed.pdfSha256).toMatch(/^[0-9a-f]{64}$/);

    // The case follows its decision.
    const decidedCase = await t.api.call('cases.get', { id: caseId });
    expect(decidedCase).toMatchObject({ status: 'decided', decidedOn: '2025-03-10' });

    const text = await pdfText(signed.id);
    expectInOrder(text, [
      'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      'Sitno, dnia 10.03.2025 r.',
      'GOPS.8311.1.2025',
      'Jan Kowalski',
      'DECYZJA nr 1/8311/2025',
      'o przyznaniu zasiłku stałego',
      'Na podstawie art. 104 ustawy z dnia 14 czerwca 1960 r. — Kodeks postępowania administracyjnego (Dz.U. 2024 poz. 572)',
      'art. 37 ust. 1 w związku z art. 7 pkt 1 i 6, art. 8, art. 106 ust. 1 i 3 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz.U. 2025 poz. 1214)',
      'orzekam:',
      'Przyznać stronie zasiłek stały w kwocie 713,00 zł (słownie: siedemset trzynaście złotych 00/100) miesięcznie od 10.03.2025 r. na czas nieokreślony.',
      'Za okres od 10.03.2025 r. do 31.03.2025 r. świadczenie wynosi 506,00 zł (słownie: pięćset sześć złotych 00/100).',
      'przelewem na rachunek bankowy nr 50 1090 1014 0000 0000 1234 5678, do 10. dnia każdego miesiąca.',
      'Uzasadnienie',
      'W dniu 10.03.2025 r. strona złożyła wniosek o przyznanie zasiłku stałego.',
      'Utrzymuje się z emerytury.',
      'kryterium 1010 zł dla osoby samotnie gospodarującej — Dz.U. 2024 poz. 1044, od 1.01.2025',
      '130% × 1 010,00 zł',
      'Pouczenie',
      'odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Sitnie w terminie 14 dni od dnia jej doręczenia',
      'zrzec się prawa do wniesienia odwołania',
      'z up. Wójta Gminy Sitno',
      'Kierownik Gminnego Ośrodka Pomocy Społecznej',
      'Otrzymują:',
      'a/a',
    ]);
    expect(text).not.toContain('PROJEKT');
  });

  it('prints a draft with the PROJEKT mark and no number', async () => {
    const { caseId } = await caseWithInterview(t);
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'grant', benefit: 'permanentAllowance' });
    const pages = await pageTexts(Buffer.from((await t.api.call('decisions.pdf', { id: draft.id })).base64, 'base64'));
    expect(pages.join(' ')).toContain('PROJEKT');
    expect(pages.join(' ')).toContain('DECYZJA nr ……………');
    const printed = await t.api.call('audit.list', { kind: 'decision.print' });
    expect(printed.entries[0]?.summary).toContain('Wydrukowano: projekt decyzji');
  });
});

describe('zasiłek stały on a certificate', () => {
  it('runs at most until the certificate ends: the draft starts with that end and a later one is refused before signing', async () => {
    await caseWithInterview(t); // the office's settings
    const workerId = (await t.api.call('auth.me', {})).id;
    // Born 15.01.1980: 45 years old, so zasiłek stały is due only on his certificate of total incapacity.
    const piotr = (await t.api.call('persons.create', personWithPesel('Piotr', 'Nowak', PESEL.m1980))).id;
    await t.api.call('persons.addCertificate', {
      personId: piotr,
      certificate: { kind: 'totalIncapacityForWork', issuer: 'zus', issuedOn: '2024-06-01', validUntil: '2025-09-30', number: 'ZUS/2024/118' },
    });
    const created = await t.api.call('cases.create', { applicantPersonId: piotr, applicationDate: '2025-03-10', benefits: ['permanentAllowance'], reasons: ['disability'], workerUserId: workerId });
    await t.api.call('interviews.save', { caseId: created.id, interview: interviewOf(piotr, workerId, 60_000, null) });

    const draft = await t.api.call('decisions.createDraft', { caseId: created.id, kind: 'grant', benefit: 'permanentAllowance' });
    expect(draft.fields.periodUntil).toBe('2025-09-30');
    for (const periodUntil of [null, '2025-12-31']) {
      const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: (await t.api.call('decisions.get', { id: draft.id })).version, fields: { ...draft.fields, ...TRANSFER, periodUntil } });
      expect(updated.check.find((item) => item.element === 'rozstrzygnięcie')?.message).toBe(
        'Zasiłek stały przysługuje najdłużej do końca ważności orzeczenia (30.09.2025 r.): ustaw koniec okresu nie później.',
      );
      expectError(await t.invoke('decisions.submit', { id: updated.id, version: updated.version }), 'VALIDATION');
    }
    const current = await t.api.call('decisions.get', { id: draft.id });
    const fine = await t.api.call('decisions.updateDraft', { id: draft.id, version: current.version, fields: { ...draft.fields, ...TRANSFER, periodUntil: '2025-09-30' } });
    expect(fine.check.every((item) => item.ok)).toBe(true);
  });
});

describe('a signed decision is frozen', () => {
  it('refuses every change through the contract and audits the attempt; SQL cannot change or delete it', async () => {
    const { caseId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    const attempts: [string, unknown][] = [
      ['decisions.updateDraft', { id: signed.id, version: signed.version, fields: { ...signed.fields, payDay: 20 } }],
      ['decisions.returnToDraft', { id: signed.id, version: signed.version }],
      ['decisions.discard', { id: signed.id, version: signed.version }],
      ['decisions.sign', { id: signed.id, version: signed.version }],
    ];
    for (const [method, input] of attempts) {
      const error = expectError(await t.invoke(method, input), 'CONFLICT');
      expect(error.message).toContain('Podpisanej decyzji nie można zmienić');
    }
    const refusals = await t.api.call('audit.list', { kind: 'decision.refused' });
    expect(refusals.entries).toHaveLength(4);
    expect(refusals.entries.map((entry) => entry.summary).join(' ')).toContain('decyzja nr 1/8311/2025 jest podpisana');

    const sqlite = t.core.database.sqlite;
    expect(() => sqlite.prepare('UPDATE decisions SET monthly_amount = 99900 WHERE id = ?').run(signed.id)).toThrow(/Podpisanej decyzji nie można zmienić/);
    expect(() => sqlite.prepare("UPDATE decisions SET snapshot = '{}' WHERE id = ?").run(signed.id)).toThrow(/Podpisanej decyzji nie można zmienić/);
    expect(() => sqlite.prepare('DELETE FROM decisions WHERE id = ?').run(signed.id)).toThrow(/Podpisanej decyzji nie można usunąć/);
    expect((await t.api.call('decisions.get', { id: signed.id })).amount).toBe(71_300);
  });

  it('reprints byte for byte after the person, the case and the figures changed; the snapshot renders to the same bytes', async () => {
    const { caseId, personId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    const first = await t.api.call('decisions.pdf', { id: signed.id });
    expect(sha(first.base64)).toBe(signed.pdfSha256);

    const person = await t.api.call('persons.get', { id: personId });
    await t.api.call('persons.update', { id: personId, version: person.version, person: { firstName: 'Janusz', lastName: 'Nowakowski', pesel: PESEL.jan1944M, address: { locality: 'Bródek', houseNumber: '3', postalCode: '22-424', postTown: 'Sitno' } } });
    await t.api.call('legalParameters.add', {
      validFrom: '2028-01-01',
      singleThreshold: 120_000,
      perPersonThreshold: 95_000,
      permanentAllowanceMax: 140_000,
      permanentAllowanceMin: 10_000,
      permanentAllowanceThresholdPercent: 130,
      hectareAmount: 50_000,
      periodicAllowanceMinimum: 2_000,
      source: 'Dz.U. 2027 poz. 1',
    });
    await t.api.call('settings.updateOffice', { ...(await t.api.call('settings.getOffice', {})), directorName: 'Inna Osoba' } as never);

    const reprint = await t.api.call('decisions.pdf', { id: signed.id });
    expect(sha(reprint.base64)).toBe(signed.pdfSha256);
    const text = await pdfText(signed.id);
    expect(text).toContain('Jan Kowalski');
    expect(text).not.toContain('Nowakowski');

    // The frozen document alone makes the same file again: the PDF is a function of the snapshot.
    const snapshot = JSON.parse((t.core.database.sqlite.prepare('SELECT snapshot FROM decisions WHERE id = ?').get(signed.id) as { snapshot: string }).snapshot) as { document: OfficialDocument };
    const again = await renderOfficialDocument(snapshot.document, loadPdfFonts(FONTS_FOLDER));
    expect(createHash('sha256').update(again).digest('hex')).toBe(signed.pdfSha256);
    expect(text).toContain(`skrót treści SHA-256: ${signed.contentHash!.slice(0, 16)}`);
  });
});

describe('numbers', () => {
  it('stay gap-free when drafts are thrown away and when two decisions are signed at the same moment', async () => {
    const first = await caseWithInterview(t);
    const second = await caseWithInterview(t, { name: ['Adam', 'Zieliński'], pesel: '50031573112' }); // born 1950, a man
    const third = await caseWithInterview(t, { name: ['Ewa', 'Lis'], pesel: PESEL.f1955 });

    const thrownAway = await t.api.call('decisions.createDraft', { caseId: first.caseId, kind: 'grant', benefit: 'permanentAllowance' });
    await t.api.call('decisions.discard', { id: thrownAway.id, version: thrownAway.version });
    expect((await t.api.call('audit.list', { kind: 'decision.discard' })).entries).toHaveLength(1);

    const one = await signDecision(t, { caseId: first.caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    expect(one.decisionNumber).toBe('1/8311/2025');

    const submit = async (caseId: number) => {
      const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'grant', benefit: 'permanentAllowance' });
      const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...TRANSFER } });
      return t.api.call('decisions.submit', { id: updated.id, version: updated.version });
    };
    const [a, b] = [await submit(second.caseId), await submit(third.caseId)];
    const both = await Promise.all([
      t.api.call('decisions.sign', { id: a.id, version: a.version }),
      t.api.call('decisions.sign', { id: b.id, version: b.version }),
    ]);
    expect(both.map((decision) => decision.decisionNumber).sort()).toEqual(['2/8311/2025', '3/8311/2025']);
    // Each PDF carries its own number.
    for (const decision of both) expect(await pdfText(decision.id)).toContain(`DECYZJA nr ${decision.decisionNumber}`);
    expect(rows('SELECT count(*) AS n FROM decisions WHERE status = \'signed\'')).toBe(3);

    // A new year starts again from 1.
    await t.moveClockTo('2026-01-05T09:00:00Z');
    const nextYear = await caseWithInterview(t, { name: ['Olga', 'Wrona'], pesel: PESEL.f1985 });
    const draft = await t.api.call('decisions.createDraft', { caseId: nextYear.caseId, kind: 'refusal', benefit: 'permanentAllowance' });
    const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, factualReasons: 'Strona nie osiągnęła wieku emerytalnego i nie ma orzeczenia o niezdolności do pracy.' } });
    const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });
    expect((await t.api.call('decisions.sign', { id: submitted.id, version: submitted.version })).decisionNumber).toBe('1/8311/2026');
  });
});

describe('many decisions as one PDF', () => {
  it('merges them in the order chosen, tells its progress while it runs, and is audited', async () => {
    const ids: number[] = [];
    for (const [name, pesel] of [[['Jan', 'Kowalski'], PESEL.jan1944M], [['Ewa', 'Lis'], PESEL.f1955], [['Adam', 'Zieliński'], '50031573112']] as const) {
      const { caseId } = await caseWithInterview(t, { name: [...name] as [string, string], pesel });
      ids.push((await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER)).id);
    }
    let finished = false;
    const printing = t.api.call('decisions.pdfMany', { ids: [ids[2]!, ids[0]!, ids[1]!] }).finally(() => (finished = true));
    const seen: { step: string; done: number; total: number }[] = [];
    // The screen asks every half second; here every few milliseconds, each time after a turn of the event loop.
    for (let poll = 0; poll < 2_000 && !finished; poll += 1) {
      const progress = await t.api.call('decisions.batchProgress', {});
      if (progress) seen.push(progress);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const merged = await printing;
    expect(merged.count).toBe(3);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((progress) => progress.total === 3)).toBe(true);
    expect(seen.map((progress) => progress.step)).toContain('Łączenie w jeden plik');
    expect(await t.api.call('decisions.batchProgress', {})).toBeNull();

    const pages = await pageTexts(Buffer.from(merged.base64, 'base64'));
    const firstPages = pages.filter((page) => page.includes('DECYZJA nr'));
    expect(firstPages.map((page) => /DECYZJA nr (\S+)/.exec(page)![1])).toEqual(['3/8311/2025', '1/8311/2025', '2/8311/2025']);
    const audit = await t.api.call('audit.list', { kind: 'decision.print' });
    expect(audit.entries[0]?.summary).toBe('Wydrukowano razem 3 decyzje: 3/8311/2025, 1/8311/2025, 2/8311/2025');
  });
});

describe('the register of decisions', () => {
  it('filters a year by kind, state and person, and exports CSV as Polish Excel opens it and PDF, both audited', async () => {
    const jan = await caseWithInterview(t);
    const ewa = await caseWithInterview(t, { name: ['Ewa', 'Lis'], pesel: PESEL.f1955 });
    const grant = await signDecision(t, { caseId: jan.caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    await signDecision(t, { caseId: ewa.caseId, kind: 'refusal', benefit: 'permanentAllowance' }, { factualReasons: 'Strona ma wystarczające dochody.' });
    const draft = await t.api.call('decisions.createDraft', { caseId: ewa.caseId, kind: 'grant', benefit: 'permanentAllowance' }).catch(() => null);
    expect(draft).toBeNull(); // refused already: a new request is a new application

    const all = await t.api.call('decisions.register', { year: 2025 });
    expect(all.items.map((item) => item.decisionNumber)).toEqual(['1/8311/2025', '2/8311/2025']);
    expect((await t.api.call('decisions.register', { year: 2025, kind: 'refusal' })).items.map((item) => item.partyName)).toEqual(['Ewa Lis']);
    expect((await t.api.call('decisions.register', { year: 2025, query: 'kowal' })).items.map((item) => item.decisionNumber)).toEqual(['1/8311/2025']);
    expect((await t.api.call('decisions.register', { year: 2024 })).total).toBe(0);

    await t.api.call('decisions.recordDelivery', { id: grant.id, version: grant.version, deliveredOn: '2025-03-10', appealWaivedOn: '2025-03-10' });
    expect((await t.api.call('decisions.register', { year: 2025, state: 'final' })).items.map((item) => item.decisionNumber)).toEqual(['1/8311/2025']);
    expect((await t.api.call('decisions.register', { year: 2025, state: 'signed' })).items.map((item) => item.decisionNumber)).toEqual(['2/8311/2025']);

    const csv = Buffer.from((await t.api.call('decisions.registerExport', { filter: { year: 2025 }, format: 'csv' })).base64, 'base64');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('"Nr decyzji";"Data wydania";"Znak sprawy";"Strona";"Rodzaj";"Świadczenie";"Kwota (zł)";"Okres";"Stan";"Ostateczna od";"Przygotował";"Podpisał"');
    expect(lines[1]).toContain('"1/8311/2025";"10.03.2025";"GOPS.8311.1.2025";"Jan Kowalski";"przyznająca";"Zasiłek stały";"713,00"');
    const pdf = await t.api.call('decisions.registerExport', { filter: { year: 2025 }, format: 'pdf' });
    expect((await pageTexts(Buffer.from(pdf.base64, 'base64'))).join(' ')).toContain('Rejestr decyzji — 2025');
    const audit = await t.api.call('audit.list', { kind: 'decision.export' });
    expect(audit.entries.map((entry) => entry.summary)).toEqual(['Wyeksportowano rejestr decyzji 2025 (PDF, 2 poz.)', 'Wyeksportowano rejestr decyzji 2025 (CSV, 2 poz.)']);
  });
});

describe('bad input is refused in Polish with nothing written', () => {
  it('signing without the director role, or twice; delivery before signing; a change of a benefit that is not running', async () => {
    const { caseId } = await caseWithInterview(t);
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'grant', benefit: 'permanentAllowance' });
    const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...TRANSFER } });
    const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });

    const worker = await t.loginAs(['socialWorker']);
    const forbidden = expectError(await t.invokeWith(worker, 'decisions.sign', { id: submitted.id, version: submitted.version }), 'FORBIDDEN');
    expect(forbidden.message).toBe('Twoja rola nie pozwala na tę czynność.');
    expect(rows("SELECT count(*) AS n FROM decisions WHERE status = 'signed'")).toBe(0);
    expect(rows('SELECT count(*) AS n FROM decision_number_counters')).toBe(0);

    // A change decision for a benefit that is not running (the grant is not signed yet).
    const change = expectError(await t.invoke('decisions.createDraft', { caseId, kind: 'change', benefit: 'permanentAllowance', refersToDecisionId: submitted.id }), 'VALIDATION');
    expect(change.message).toContain('Świadczenie nie trwa');

    const signed = await t.api.call('decisions.sign', { id: submitted.id, version: submitted.version });
    expectError(await t.invoke('decisions.sign', { id: signed.id, version: signed.version }), 'CONFLICT');
    expect(rows('SELECT last_number AS n FROM decision_number_counters')).toBe(1);

    const early = expectError(await t.invoke('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-09' }), 'VALIDATION');
    expect(early.message).toBe('Decyzji nie można doręczyć przed jej wydaniem (10.03.2025).');
    const future = expectError(await t.invoke('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-20' }), 'VALIDATION');
    expect(future.message).toBe('Data doręczenia nie może być z przyszłości.');
    expect((await t.api.call('decisions.get', { id: signed.id })).deliveredOn).toBeNull();

    const wrongNrb = expectError(await t.invoke('decisions.updateDraft', { id: 999, version: 1, fields: { bankAccount: '12 3456' } }), 'VALIDATION');
    expect(wrongNrb.message).toContain('Numer rachunku (NRB) jest błędny');
  });

  it('a deputy authorised by the director signs in the director\'s name with their own name; without the authorisation they may not', async () => {
    const { caseId } = await caseWithInterview(t);
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'grant', benefit: 'permanentAllowance' });
    const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...TRANSFER } });
    const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });
    const deputyToken = await t.loginAs(['socialWorker'], 'zastepca');
    const deputy = (await t.api.call('users.list', {})).find((user) => user.login === 'zastepca')!;
    expectError(await t.invokeWith(deputyToken, 'decisions.sign', { id: submitted.id, version: submitted.version }), 'FORBIDDEN');
    await t.api.call('users.authoriseDeputy', { userId: deputy.id, until: '2025-03-31' });
    const signed = await t.invokeWith(deputyToken, 'decisions.sign', { id: submitted.id, version: submitted.version });
    expect(signed.ok).toBe(true);
    const text = await pdfText(submitted.id);
    expect(text).toContain('Zastępca kierownika');
  });
});

describe('delivery and finality', () => {
  it('is final the day after 14 days from delivery (moved off holidays), or on the day the waiver arrived', async () => {
    const { caseId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    await t.moveClockTo('2025-04-08T08:00:00Z');
    // Delivered Tuesday 8.04.2025: 14 days end on Tuesday 22.04 (Easter Monday was 21.04) → final from 23.04.
    const delivered = await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-04-08' });
    expect(delivered).toMatchObject({ state: 'delivered', appealDeadline: '2025-04-22', finalFrom: '2025-04-23' });
    const again = expectError(await t.invoke('decisions.recordDelivery', { id: signed.id, version: delivered.version, deliveredOn: '2025-04-08' }), 'VALIDATION');
    expect(again.message).toBe('Doręczenie jest już zapisane (08.04.2025).');
    await t.moveClockTo('2025-04-22T20:00:00Z');
    expect((await t.api.call('decisions.get', { id: signed.id })).state).toBe('delivered');
    await t.moveClockTo('2025-04-23T06:00:00Z');
    expect((await t.api.call('decisions.get', { id: signed.id })).state).toBe('final');
  });

  it('a waiver of the appeal makes it final that day', async () => {
    const { caseId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    await t.moveClockTo('2025-03-12T09:00:00Z');
    const delivered = await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-11', appealWaivedOn: '2025-03-12' });
    expect(delivered).toMatchObject({ state: 'final', finalFrom: '2025-03-12' });
  });
});

describe('change and revocation act only forward', () => {
  it('a change takes the amount of the new interview from a day not in the past; a revocation ends the benefit', async () => {
    const { caseId, personId, workerId } = await caseWithInterview(t);
    const grant = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    await t.moveClockTo('2025-05-20T08:00:00Z');
    const current = await t.api.call('cases.get', { id: caseId });
    // The pension went up to 800,00: 1313,00 − 800,00 = 513,00.
    await t.api.call('interviews.save', { caseId, supersedesId: current.currentInterview!.id, interview: interviewOf(personId, workerId, 80_000, null, '2025-05-20') });
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'change', benefit: 'permanentAllowance', refersToDecisionId: grant.id });
    expect(draft.fields.periodFrom).toBe('2025-06-01');
    const past = expectError(await t.invoke('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, periodFrom: '2025-05-01' } }), 'VALIDATION');
    expect(past.message).toContain('działa tylko na przyszłość');
    const completed = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, factualReasons: 'Wzrosła emerytura strony.' } });
    const submitted = await t.api.call('decisions.submit', { id: completed.id, version: completed.version });
    const change = await t.api.call('decisions.sign', { id: submitted.id, version: submitted.version });
    expect(change).toMatchObject({ decisionNumber: '2/8311/2025', amount: 51_300, effectiveFrom: '2025-06-01', refersTo: { id: grant.id } });
    expectInOrder(await pdfText(change.id), [
      'o zmianie decyzji w sprawie zasiłku stałego',
      'art. 106 ust. 5',
      'Zmienić decyzję nr 1/8311/2025 z dnia 10.03.2025 r. przyznającą stronie zasiłek stały w ten sposób, że od dnia 01.06.2025 r. świadczenie przysługuje w kwocie 513,00 zł (słownie: pięćset trzynaście złotych 00/100) miesięcznie.',
      'Wzrosła emerytura strony.',
      'Decyzja działa wyłącznie na przyszłość',
      'zrzec się prawa do wniesienia odwołania',
    ]);
    // The grant was changed: a further decision acts on the change, not on the grant.
    expectError(await t.invoke('decisions.createDraft', { caseId, kind: 'revocation', benefit: 'permanentAllowance', refersToDecisionId: grant.id }), 'VALIDATION');
    const revocation = await signDecision(t, { caseId, kind: 'revocation', benefit: 'permanentAllowance', refersToDecisionId: change.id }, {
      periodFrom: '2025-07-01',
      factualReasons: 'Strona podjęła zatrudnienie.',
    });
    expectInOrder(await pdfText(revocation.id), ['o uchyleniu decyzji w sprawie zasiłku stałego', 'Uchylić od dnia 01.07.2025 r. decyzję nr 2/8311/2025 z dnia 20.05.2025 r. przyznającą stronie zasiłek stały.', 'Strona podjęła zatrudnienie.']);
    expect((await t.api.call('cases.get', { id: caseId })).benefitUntil).toBe('2025-06-30');
    const notRunning = expectError(await t.invoke('decisions.createDraft', { caseId, kind: 'suspension', benefit: 'permanentAllowance', refersToDecisionId: revocation.id }), 'VALIDATION');
    expect(notRunning.message).toContain('Świadczenie nie trwa');
  });
});
