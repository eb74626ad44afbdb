import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { bodyText, pageTexts } from '../unit/documents/pdf-text';
import { caseWithInterview, NRB, signDecision, TRANSFER } from './fixtures/decisions-support';
import { createTestCore, expectError, TEST_PASSWORD, type TestCore } from './helpers';

let t: TestCore;
let director: string;

beforeEach(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
  director = await t.loginAs(['director'], 'kierownik');
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const SETTINGS = {
  payerName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
  payerAddress: 'Sitno 1, 22-424 Sitno',
  payerAccount: '61 1090 1014 0000 0712 1981 2874',
  bankName: 'Bank Spółdzielczy w Sitnie',
  bankFileVariant: 'windows-1250',
  defaultPayDay: 10,
} as const;

/** The worked case: zasiłek stały 713,00 zł from 10 March to 31 May 2025, by transfer, delivered on 12 March. */
async function grantedTo31May(method: 'transfer' | 'cash' = 'transfer') {
  const { caseId, personId } = await caseWithInterview(t);
  const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, { ...(method === 'transfer' ? TRANSFER : { paymentMethod: 'cash', payDay: 10 }), periodUntil: '2025-05-31' });
  await t.moveClockTo('2025-03-12T10:00:00+01:00');
  await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-12' });
  return { caseId, personId, grant: await t.api.call('decisions.get', { id: signed.id }) };
}

async function approveAsDirector(list: MethodOutput<'payments.getList'>) {
  // The clock may have moved since the director's last call: the idle screen locks, so unlock it as a person would.
  await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
  const answer = await t.invokeWith(director, 'payments.approve', { id: list.id, version: list.version });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as MethodOutput<'payments.approve'>;
}

describe('the schedule of a signed decision', () => {
  it('713,00 zł from 10 March to 31 May gives 506,00 + 713,00 + 713,00 zł, payable once the decision is delivered', async () => {
    const { caseId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, { ...TRANSFER, periodUntil: '2025-05-31' });
    const before = await t.api.call('payments.schedule', { caseId });
    expect(before).toHaveLength(1);
    expect(before[0]!.months.map((month) => [month.month, month.amount, month.state, month.classification])).toEqual([
      ['2025-03', 50_600, 'waiting', '85216'],
      ['2025-04', 71_300, 'waiting', '85216'],
      ['2025-05', 71_300, 'waiting', '85216'],
    ]);
    await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-10' });
    const after = await t.api.call('payments.schedule', { caseId });
    // Granted in full (art. 130 § 4 k.p.a.): executable from delivery; April and May are months still to come.
    expect(after[0]!.months.map((month) => month.state)).toEqual(['payable', 'future', 'future']);
  });
});

describe('the monthly run, approval by a second person, and no month paid twice', () => {
  it('gathers the payable months into a draft that the one who prepared it may not approve; approved, it is numbered and frozen', async () => {
    const { caseId } = await grantedTo31May();
    await t.api.call('payments.updateSettings', SETTINGS);
    // A pay day already gone is refused at its field (the clock says 12 March).
    const past = expectError(await t.invoke('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-10' }), 'VALIDATION');
    expect(past.issues).toEqual([{ path: ['payOn'], message: 'Dzień wypłaty nie może być wcześniejszy niż dziś (12.03.2025).' }]);
    const draft = await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' });
    expect(draft).toMatchObject({ status: 'draft', lineCount: 1, total: 50_600 });
    expect(draft.lines[0]).toMatchObject({ recipientName: 'Jan Kowalski', amount: 50_600, bankAccount: NRB, month: '2025-03', periodFrom: '2025-03-10', classification: '85216', decisionNumber: '1/8311/2025' });

    // The tester prepared it (and is a director too): refused all the same.
    const own = expectError(await t.invoke('payments.approve', { id: draft.id, version: draft.version }), 'FORBIDDEN');
    expect(own.message).toBe('Listę zatwierdza do wypłaty inna osoba niż ta, która ją sporządziła.');
    // An accountant who did not prepare it may not approve either: approving is the director's.
    const accountant = await t.loginAs(['accountant'], 'ksiegowa2');
    expectError(await t.invokeWith(accountant, 'payments.approve', { id: draft.id, version: draft.version }), 'FORBIDDEN');

    const approved = await approveAsDirector(draft);
    expect(approved).toMatchObject({ status: 'approved', label: 'Lista przelewów nr 1/2025', approvedByName: 'Test director' });
    const schedule = await t.api.call('payments.schedule', { caseId });
    expect(schedule[0]!.months[0]).toMatchObject({ state: 'approved', listLabel: 'Lista przelewów nr 1/2025' });

    // Frozen: the database itself refuses a change of an approved list or of its lines.
    expect(() => t.core.database.sqlite.prepare('UPDATE payment_lines SET amount = 1 WHERE list_id = ?').run(approved.id)).toThrow(/Pozycji zatwierdzonej listy/);
    expect(() => t.core.database.sqlite.prepare('DELETE FROM payment_lists WHERE id = ?').run(approved.id)).toThrow(/Zatwierdzonej listy/);

    // The bank file of the approved list: one transfer, its count and total to compare with the bank's screen.
    const bank = await t.api.call('payments.bankFile', { id: approved.id });
    expect(bank).toMatchObject({ count: 1, total: 50_600, variant: 'Elixir-O, Windows-1250, z polskimi znakami, data realizacji 14.03.2025', fileName: 'przelewy-1-2025-elixir-windows-1250.txt' });

    // The next run of March finds nothing left to pay.
    const again = await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' });
    expect(again.lineCount).toBe(0);
  });

  it('the database holds a benefit month on one approved list only, whatever the screens did', async () => {
    await grantedTo31May();
    const first = await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' });
    // Another draft with the same benefit month (as two accountants preparing at the same moment would make).
    const sqlite = t.core.database.sqlite;
    const listId = Number(sqlite.prepare("INSERT INTO payment_lists (month, method, pay_on, status, prepared_by_user_id, created_at, updated_at) SELECT month, method, pay_on, 'draft', prepared_by_user_id, created_at, updated_at FROM payment_lists WHERE id = ?").run(first.id).lastInsertRowid);
    sqlite.prepare("INSERT INTO payment_lines (list_id, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title) SELECT ?, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title FROM payment_lines WHERE list_id = ?").run(listId, first.id);
    sqlite.prepare('UPDATE payment_lists SET line_count = 1, total = 50600 WHERE id = ?').run(listId);
    await approveAsDirector(first);
    const second = await t.api.call('payments.getList', { id: listId });
    await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
    const refused = expectError(await t.invokeWith(director, 'payments.approve', { id: second.id, version: second.version }), 'CONFLICT');
    expect(refused.message).toContain('jest już na innej zatwierdzonej liście');
    expect((sqlite.prepare('SELECT count(*) AS n FROM payment_lines WHERE holds_month = 1').get() as { n: number }).n).toBe(1);
    expect((await t.api.call('payments.getList', { id: listId })).status).toBe('draft');
  });

  it('a returned transfer goes to a later list; every mark keeps its history and is audited', async () => {
    const { personId } = await grantedTo31May();
    const march = await approveAsDirector(await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' }));
    await t.moveClockTo('2025-03-17T10:00:00+01:00');
    const returned = await t.api.call('payments.mark', { listId: march.id, lineIds: [march.lines[0]!.id], outcome: 'returned', outcomeOn: '2025-03-17', note: 'Rachunek zamknięty' });
    expect(returned.lines[0]).toMatchObject({ outcome: 'returned', outcomeOn: '2025-03-17' });
    expect(returned.lines[0]!.history).toEqual([expect.objectContaining({ outcome: 'returned', note: 'Rachunek zamknięty', userName: 'Test socialWorker director accountant administrator' })]);
    // A transfer is never "not collected"; a date in the future is refused.
    expectError(await t.invoke('payments.mark', { listId: march.id, lineIds: [march.lines[0]!.id], outcome: 'notCollected', outcomeOn: '2025-03-17' }), 'VALIDATION');
    expectError(await t.invoke('payments.mark', { listId: march.id, lineIds: [march.lines[0]!.id], outcome: 'paid', outcomeOn: '2025-03-18' }), 'VALIDATION');

    await t.moveClockTo('2025-04-05T10:00:00+02:00');
    const april = await t.api.call('payments.prepare', { month: '2025-04', method: 'transfer', payOn: '2025-04-10' });
    expect(april.lines.map((line) => [line.month, line.amount])).toEqual([
      ['2025-03', 50_600],
      ['2025-04', 71_300],
    ]);
    expect(april.total).toBe(121_900);
    await approveAsDirector(april);
    const history = await t.api.call('payments.personHistory', { personId });
    expect(history.map((line) => [line.month, line.listLabel, line.outcome])).toEqual([
      ['2025-04', 'Lista przelewów nr 2/2025', null],
      ['2025-03', 'Lista przelewów nr 2/2025', null],
      ['2025-03', 'Lista przelewów nr 1/2025', 'returned'],
    ]);
    // Correcting the March mark back to paid would pay March twice: the database says no.
    const twice = expectError(await t.invoke('payments.mark', { listId: march.id, lineIds: [march.lines[0]!.id], outcome: 'paid', outcomeOn: '2025-04-05' }), 'CONFLICT');
    expect(twice.message).toContain('inną zatwierdzoną listę');
    const audit = await t.api.call('audit.list', { kind: 'payment.mark' });
    expect(audit.entries.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a change or revocation acts only on months not yet paid (ex nunc)', () => {
  async function revokeFromMay(caseId: number, grantId: number) {
    const draft = await t.api.call('decisions.createDraft', { caseId, kind: 'revocation', benefit: 'permanentAllowance', refersToDecisionId: grantId });
    const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, periodFrom: '2025-05-01', factualReasons: 'Strona podjęła zatrudnienie.' } });
    const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });
    return t.invoke('decisions.sign', { id: submitted.id, version: submitted.version });
  }

  it('a revocation from May removes May when May is unpaid', async () => {
    const { caseId, grant } = await grantedTo31May();
    await approveAsDirector(await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' }));
    await t.moveClockTo('2025-04-08T10:00:00+02:00');
    await approveAsDirector(await t.api.call('payments.prepare', { month: '2025-04', method: 'transfer', payOn: '2025-04-10' }));
    await t.moveClockTo('2025-04-20T10:00:00+02:00');
    const signed = await revokeFromMay(caseId, grant.id);
    expect(signed.ok).toBe(true);
    const schedule = await t.api.call('payments.schedule', { caseId });
    expect(schedule[0]!.months.map((month) => [month.month, month.amount])).toEqual([
      ['2025-03', 50_600],
      ['2025-04', 71_300],
    ]);
  });

  it('is refused when May is already on an approved list', async () => {
    const { caseId, grant } = await grantedTo31May();
    await t.moveClockTo('2025-04-25T10:00:00+02:00');
    // Paid in advance: the May run (with March and April, left unpaid until now) approved on 25 April.
    const may = await approveAsDirector(await t.api.call('payments.prepare', { month: '2025-05', method: 'transfer', payOn: '2025-05-09' }));
    expect(may.lines.map((line) => line.month)).toEqual(['2025-03', '2025-04', '2025-05']);
    const refused = await revokeFromMay(caseId, grant.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.message).toContain('Świadczenie za maj 2025 jest już na zatwierdzonej liście (Lista przelewów nr 1/2025)');
      expect(refused.error.message).toContain('wskaż dzień od 01.06.2025');
    }
  });

  it('a list prepared before a change is refused at approval as out of date', async () => {
    const { caseId, grant } = await grantedTo31May();
    await t.moveClockTo('2025-04-25T10:00:00+02:00');
    const draft = await t.api.call('payments.prepare', { month: '2025-05', method: 'transfer', payOn: '2025-05-09' });
    const signed = await revokeFromMay(caseId, grant.id);
    expect(signed.ok).toBe(true);
    await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
    const stale = expectError(await t.invokeWith(director, 'payments.approve', { id: draft.id, version: draft.version }), 'CONFLICT');
    expect(stale.message).toContain('Lista jest nieaktualna');
    expect(stale.message).toContain('Jan Kowalski, maj 2025');
  });
});

describe('the documents', () => {
  it('the cash list prints every line with page totals, the grand total in words and the sign-off lines; printing is audited', async () => {
    await grantedTo31May('cash');
    await t.api.call('payments.updateSettings', SETTINGS);
    const list = await approveAsDirector(await t.api.call('payments.prepare', { month: '2025-03', method: 'cash', payOn: '2025-03-14' }));
    const pdf = await t.api.call('payments.listPdf', { id: list.id });
    const text = bodyText(await pageTexts(Buffer.from(pdf.base64, 'base64')), null);
    for (const needle of ['Lista wypłat w kasie nr 1/2025', 'Jan Kowalski', '506,00', 'Podpis odbiorcy', 'Suma strony: 506,00 zł', 'Z przeniesienia: 0,00 zł', 'pięćset sześć złotych 00/100', 'Sporządził', 'Sprawdzono pod względem merytorycznym', 'Sprawdzono pod względem formalnym i rachunkowym', 'Zatwierdzono do wypłaty', 'Test director', 'Potwierdzenie kasjera', 'art. 100 ust. 1']) {
      expect(text).toContain(needle);
    }
    const audit = await t.api.call('audit.list', { kind: 'payment.print' });
    expect(audit.entries[0]!.summary).toBe('Wydruk: Lista wypłat w kasie nr 1/2025');
  });
});
