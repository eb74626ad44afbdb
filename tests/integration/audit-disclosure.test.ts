import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { helpReasons } from '../../shared/domain/cases';
import { formatMoney } from '../../shared/domain/money';
import { certificateKinds } from '../../shared/domain/certificates';
import { pageTexts } from '../unit/documents/pdf-text';
import { caseWithInterview, NRB, signDecision, TRANSFER } from './fixtures/decisions-support';
import { expectOk } from './auth-helpers';
import { createTestCore, PESEL, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * Audit without disclosure: over a register with persons, cases, interviews (incomes), decisions, certificates,
 * bank accounts and payments, the administrator's audit log (the list, the CSV and the PDF) tells who did what
 * to which record and when, and holds none of the values the test typed; the director reads them all.
 */
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const ADDRESS = { locality: 'Zawadówka', street: 'Jarzębinowa', houseNumber: '17A', flatNumber: '3', postalCode: '22-417', postTown: 'Wólka Łabuńska' };
const OTHER_NRB = '27114020040000300201355387';
const SETTINGS = {
  payerName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
  payerAddress: 'Sitno 1, 22-424 Sitno',
  payerAccount: '61 1090 1014 0000 0712 1981 2874',
  bankName: 'Bank Spółdzielczy w Sitnie',
  bankFileVariant: 'windows-1250',
  defaultPayDay: 10,
} as const;

/** Everything the test types about people: none of it may reach the administrator. */
const SECRETS = [
  // Names, PESEL numbers, the address, the phone.
  'Bożydar', 'Wąchocki', 'Wąchocka', 'Zenobia', 'Gżegżółka', PESEL.m1980, PESEL.f1985, '80011501237', 'Zawadówka', 'Jarzębinowa', 'Wólka Łabuńska', '22-417', '600 700 812',
  // Reasons for help (codes and their Polish names), notes, findings of the interview, the income.
  'poverty', 'longIllness', helpReasons.poverty.label, helpReasons.longIllness.label, 'Notatka-poufna-o-nałogu', 'Piec-kaflowy-pęknięty', '61234', '612,34',
  // The certificate, the bank accounts, the amounts paid.
  'ORZ-77/2024', certificateKinds.severeDisability.label, 'severeDisability', NRB, OTHER_NRB, '1234 5678', '0135 5387',
];

async function buildRegister() {
  const worker = (await t.api.call('auth.me', {})).id;
  const bozydar = await t.api.call('persons.create', personWithPesel('Bożydar', 'Wąchocki', PESEL.m1980, { address: ADDRESS, phone: '600 700 812' }));
  await t.api.call('persons.get', { id: bozydar.id });
  await t.api.call('persons.update', { id: bozydar.id, version: bozydar.version, person: personWithPesel('Bożydar', 'Wąchocki-Gżegżółka', PESEL.m1980, { address: ADDRESS, phone: '600 700 812' }) });
  const zenobia = await t.api.call('persons.create', personWithPesel('Zenobia', 'Wąchocka', PESEL.f1985, { address: ADDRESS }));
  await t.api.call('persons.addCertificate', {
    personId: zenobia.id,
    certificate: { kind: 'severeDisability', issuer: 'countyBoard', issuedOn: '2024-05-01', permanent: true, number: 'ORZ-77/2024', notes: 'Notatka-poufna-o-nałogu' },
  });
  await t.api.call('persons.addBankAccount', { personId: zenobia.id, nrb: OTHER_NRB });
  const zenobiaCase = await t.api.call('cases.create', {
    applicantPersonId: zenobia.id,
    applicationDate: '2025-03-10',
    benefits: ['purposeAllowance'],
    reasons: ['poverty', 'longIllness'],
    workerUserId: worker,
    notes: 'Notatka-poufna-o-nałogu',
  });
  await t.api.call('cases.get', { id: zenobiaCase.id });

  // An 80-year-old with a pension of 612,34 zł, granted zasiłek stały by transfer, paid on the March list.
  const { caseId, personId } = await caseWithInterview(t, { name: ['Bożydar', 'Wąchocki'], pesel: PESEL.jan1944M, pension: 61_234 });
  const interview = (await t.api.call('cases.get', { id: caseId })).currentInterview!;
  await t.api.call('interviews.save', {
    caseId,
    supersedesId: interview.id,
    interview: { ...interviewInput(personId, worker), findings: 'Piec-kaflowy-pęknięty, dach przecieka.' },
  });
  const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, { ...TRANSFER, periodUntil: '2025-05-31' });
  await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-10' });
  await t.api.call('decisions.pdf', { id: signed.id });
  await t.api.call('payments.updateSettings', SETTINGS);
  const draft = await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' });
  const director = await t.loginAs(['director'], 'kierownik');
  expectOk(await t.invokeWith(director, 'payments.approve', { id: draft.id, version: draft.version }));
  // The amount paid is a value too: "616,66 zł" as printed, and in grosze.
  SECRETS.push(formatMoney(draft.total).replace(/\s*zł$/, ''), String(draft.total));
  return { bozydar, zenobia, zenobiaCase, caseId };
}

function interviewInput(personId: number, worker: number) {
  return {
    interviewDate: '2025-03-10',
    workerUserId: worker,
    livesAlone: true,
    incomeMonth: '2025-02',
    members: [{ personId, relation: 'head' as const }],
    incomes: [{ personId, kind: 'retirementPension' as const, gross: 61_234 }],
    alimonyPaid: [],
    farms: [],
    findings: '',
    proposedPeriodicAmount: null,
  };
}

function leaks(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret));
}

async function exportText(token: string, filter: Record<string, unknown>): Promise<{ csv: string; pdf: string }> {
  const csv = expectOk<MethodOutput<'audit.export'>>(await t.invokeWith(token, 'audit.export', { filter, format: 'csv' }));
  const pdf = expectOk<MethodOutput<'audit.export'>>(await t.invokeWith(token, 'audit.export', { filter, format: 'pdf' }));
  return { csv: Buffer.from(csv.base64, 'base64').toString('utf8'), pdf: (await pageTexts(Buffer.from(pdf.base64, 'base64'))).join('\n') };
}

describe('the administrator reads who did what to which record, and no values', { timeout: 120_000 }, () => {
  it('the whole list, a person\u2019s and a case\u2019s history, the CSV and the PDF hold none of the values typed; the director\u2019s hold them', async () => {
    const { bozydar, zenobia, zenobiaCase } = await buildRegister();
    expect(SECRETS.length).toBe(30);
    const admin = await t.loginAs(['administrator'], 'informatyk');
    const director = await t.loginAs(['director'], 'kierownik2');

    const all = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(admin, 'audit.list', { limit: 500 }));
    expect(all.entries.length).toBeGreaterThan(20);
    expect(leaks(JSON.stringify(all))).toEqual([]);

    // Who, what, which record and when are all there.
    const update = all.entries.find((entry) => entry.kind === 'person.update')!;
    expect(update).toMatchObject({
      userName: expect.stringContaining('Test'),
      personId: bozydar.id,
      personName: `osoba nr ${bozydar.id}`,
      summary: `Zmiana danych osoby — osoba nr ${bozydar.id} (szczegóły widzi kierownik)`,
      details: { fields: ['lastName'] },
      withheld: true,
    });
    const caseView = all.entries.find((entry) => entry.kind === 'case.view' && entry.details?.caseId === zenobiaCase.id)!;
    expect(caseView.summary).toBe(`Otwarcie sprawy — osoba nr ${zenobia.id}, sprawa nr ${zenobiaCase.id} (szczegóły widzi kierownik)`);
    // Entries about the program itself stay whole: the administrator's own work.
    expect(all.entries.find((entry) => entry.kind === 'payment.settings')).toMatchObject({ summary: 'Zmieniono ustawienia wypłat' });
    expect(all.entries.find((entry) => entry.kind === 'auth.login' && entry.userName === 'Test director')?.withheld).toBeUndefined();

    const history = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(admin, 'audit.list', { personId: zenobia.id, limit: 500 }));
    expect(history.subject).toEqual({ personName: `osoba nr ${zenobia.id}`, caseRef: null });
    expect(leaks(JSON.stringify(history))).toEqual([]);
    const caseHistory = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(admin, 'audit.list', { caseId: zenobiaCase.id, limit: 500 }));
    expect(caseHistory.subject).toEqual({ personName: null, caseRef: `sprawa nr ${zenobiaCase.id}` });
    expect(leaks(JSON.stringify(caseHistory))).toEqual([]);

    const whole = await exportText(admin, {});
    expect(leaks(whole.csv)).toEqual([]);
    expect(leaks(whole.pdf)).toEqual([]);
    expect(whole.csv).toContain('zmienione lub zapisane pola: nazwisko');
    const narrowed = await exportText(admin, { personId: zenobia.id });
    expect(leaks(narrowed.csv)).toEqual([]);
    expect(leaks(narrowed.pdf)).toEqual([]);
    expect(narrowed.pdf).toContain(`Osoba: osoba nr ${zenobia.id}`);

    // The export of a person's history by the director names her; the administrator reads it withheld.
    await exportText(director, { personId: zenobia.id });
    const afterExports = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(admin, 'audit.list', { kind: 'audit.export', limit: 50 }));
    expect(leaks(JSON.stringify(afterExports))).toEqual([]);

    // The director reads everything: names, PESEL, address, reasons, notes, income per person, accounts, amounts.
    await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
    const full = JSON.stringify(expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(director, 'audit.list', { limit: 500 })));
    for (const secret of ['Bożydar', 'Wąchocki-Gżegżółka', PESEL.m1980, 'Zawadówka', 'longIllness', 'Notatka-poufna-o-nałogu', 'ORZ-77/2024', SECRETS.at(-2)!]) {
      expect(full).toContain(secret);
    }
    expect(full).not.toContain('"withheld"');
    const directorCsv = (await exportText(director, {})).csv;
    expect(directorCsv).toContain('Wąchocki-Gżegżółka');
  });
});

describe('role changes and passwords given are shown to the director', () => {
  it('the director reads who changed whose roles (before and after) and who gave whom a new password; the administrator may not give himself a role', async () => {
    const admin = await t.loginAs(['administrator'], 'informatyk');
    const director = await t.loginAs(['director'], 'kierownik');
    const ewa = expectOk<MethodOutput<'users.create'>>(
      await t.invokeWith(admin, 'users.create', { login: 'ewa', fullName: 'Ewa Pracowita', roles: ['accountant'], password: 'Pogodny-zegar-nad-Wieprzem-7' }),
    );
    expectOk(await t.invokeWith(admin, 'users.update', { id: ewa.id, fullName: ewa.fullName, roles: ['accountant', 'socialWorker'], active: true }));
    expectOk(await t.invokeWith(admin, 'users.resetPassword', { id: ewa.id, password: 'Sosnowy-las-pod-Sitnem-9' }));
    const me = expectOk<{ id: number; fullName: string }>(await t.invokeWith(admin, 'auth.me', {}));
    const own = await t.invokeWith(admin, 'users.update', { id: me.id, fullName: me.fullName, roles: ['administrator', 'socialWorker'], active: true });
    expect(own).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const updates = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(director, 'audit.list', { kind: 'user.update', limit: 10 }));
    expect(updates.entries).toHaveLength(1);
    expect(updates.entries[0]).toMatchObject({
      userName: 'Test administrator',
      summary: 'Zmieniono użytkownika Ewa Pracowita (ewa)',
      details: { userId: ewa.id, changes: { roles: { before: 'Księgowa / kasjer', after: 'Księgowa / kasjer, Pracownik socjalny' } } },
    });
    expect(updates.entries[0]!.withheld).toBeUndefined();
    const resets = expectOk<MethodOutput<'audit.list'>>(await t.invokeWith(director, 'audit.list', { kind: 'user.resetPassword', limit: 10 }));
    expect(resets.entries.map((entry) => [entry.userName, entry.summary])).toEqual([['Test administrator', 'Nadano nowe hasło użytkownikowi Ewa Pracowita (ewa)']]);
  });
});
