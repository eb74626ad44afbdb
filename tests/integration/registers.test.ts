import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { NRB, signDecision } from './fixtures/decisions-support';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';
import { pageTexts } from '../unit/documents/pdf-text';

/**
 * The registers on a small office known by heart (clock from 10.03.2025):
 * - Jan Kowalski, Sitno, household of two with Łucja Kowalska; case A (zasiłek stały, worker "tester", 10.03.2025),
 *   decided: 10.03–31.05.2025 in cash, paid on the June cash list (III 506,00, IV 713,00, V 713,00 = 1 932,00 zł);
 * - Żaneta Łęcka-Źrebiec, Łabunie; case B (zasiłek celowy, worker Ewa Wójcik, 03.02.2025), still registered, its
 *   decision due on 03.03.2025; later a zasiłek celowy (zdarzenie losowe) 1 000,00 zł by transfer: its June transfer
 *   list stays a draft;
 * - Łucja Kowalska, Sitno, no case of her own; Cezary Zieliński, Tyszowce, case C closed.
 */

let t: TestCore;
let director: string;
let workerEwa = 0;
const ids = { jan: 0, lucja: 0, zaneta: 0, cezary: 0, caseA: 0, caseB: 0, caseC: 0 };

const decode = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const csvLines = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n');

async function person(first: string, last: string, pesel: string, locality: string) {
  const address = { locality, houseNumber: '7', postalCode: '22-424', postTown: locality };
  return (await t.api.call('persons.create', personWithPesel(first, last, pesel, { confirmedNotDuplicate: true, address }))).id;
}

beforeAll(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
  director = await t.loginAs(['director'], 'kierownik');
  await t.api.call('settings.updateOffice', { ...OFFICE, decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' } });
  const tester = (await t.api.call('auth.me', {})).id;
  await t.loginAs(['socialWorker'], 'ewa');
  workerEwa = (await t.api.call('cases.workers', {})).find((worker) => worker.fullName === 'Test socialWorker')!.id;

  ids.jan = await person('Jan', 'Kowalski', PESEL.jan1944M, 'Sitno');
  ids.lucja = await person('Łucja', 'Kowalska', PESEL.f1955, 'Sitno');
  ids.zaneta = await person('Żaneta', 'Łęcka-Źrebiec', PESEL.f1985, 'Łabunie');
  ids.cezary = await person('Cezary', 'Zieliński', PESEL.m1975, 'Tyszowce');
  const household = await t.api.call('households.create', { headPersonId: ids.jan });
  await t.api.call('households.addMember', { householdId: household.id, personId: ids.lucja, relation: 'spouse' });

  ids.caseA = (await t.api.call('cases.create', { applicantPersonId: ids.jan, applicationDate: '2025-03-10', benefits: ['permanentAllowance'], reasons: ['poverty'], workerUserId: tester })).id;
  await t.api.call('interviews.save', {
    caseId: ids.caseA,
    interview: {
      interviewDate: '2025-03-10',
      workerUserId: tester,
      livesAlone: true,
      incomeMonth: '2025-02',
      members: [{ personId: ids.jan, relation: 'head' }],
      incomes: [{ personId: ids.jan, kind: 'retirementPension', gross: 60_000 }],
      alimonyPaid: [],
      farms: [],
      findings: 'Strona mieszka sama.',
      proposedPeriodicAmount: null,
    },
  });
  const grantA = await signDecision(t, { caseId: ids.caseA, kind: 'grant', benefit: 'permanentAllowance' }, { paymentMethod: 'cash', payDay: 10, periodFrom: '2025-03-10', periodUntil: '2025-05-31' });
  ids.caseB = (await t.api.call('cases.create', { applicantPersonId: ids.zaneta, applicationDate: '2025-02-03', benefits: ['purposeAllowance'], reasons: ['poverty'], workerUserId: workerEwa })).id;
  ids.caseC = (await t.api.call('cases.create', { applicantPersonId: ids.cezary, applicationDate: '2025-03-01', benefits: ['meals'], reasons: ['poverty'], workerUserId: tester })).id;
  const caseC = await t.api.call('cases.get', { id: ids.caseC });
  await t.api.call('cases.close', { id: ids.caseC, version: caseC.version, closedOn: '2025-03-10', reason: 'Wniosek wycofany.' });

  // Żaneta's random-event allowance, by transfer (a case of its own, decided at once).
  const caseE = (await t.api.call('cases.create', { applicantPersonId: ids.zaneta, applicationDate: '2025-03-10', benefits: ['eventPurposeAllowance'], reasons: ['randomEvent'], workerUserId: tester })).id;
  await t.api.call('interviews.save', {
    caseId: caseE,
    interview: {
      interviewDate: '2025-03-10',
      workerUserId: tester,
      livesAlone: true,
      incomeMonth: '2025-02',
      members: [{ personId: ids.zaneta, relation: 'head' }],
      incomes: [],
      alimonyPaid: [],
      farms: [],
      findings: 'Nawałnica zerwała dach.',
      proposedPeriodicAmount: null,
    },
  });
  const grantE = await signDecision(t, { caseId: caseE, kind: 'grant', benefit: 'eventPurposeAllowance' }, { paymentMethod: 'transfer', bankAccount: NRB, payDay: 10, periodFrom: '2025-03-20', amount: 100_000, purpose: 'naprawa dachu' });
  await t.moveClockTo('2025-03-12T10:00:00+01:00');
  for (const id of [grantA.id, grantE.id]) {
    const decision = await t.api.call('decisions.get', { id });
    await t.api.call('decisions.recordDelivery', { id, version: decision.version, deliveredOn: '2025-03-12' });
  }

  await t.moveClockTo('2025-06-20T10:00:00+02:00');
  const cash = await t.api.call('payments.prepare', { month: '2025-06', method: 'cash', payOn: '2025-06-25' });
  await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
  const approved = await t.invokeWith(director, 'payments.approve', { id: cash.id, version: cash.version });
  if (!approved.ok) throw new Error(approved.error.message);
  await t.api.call('payments.prepare', { month: '2025-06', method: 'transfer', payOn: '2025-06-25' });
}, 240_000);

afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

type Persons = MethodOutput<'registers.persons'>;
const names = (page: { items: { name?: string; applicantName?: string; personName?: string }[] }) => page.items.map((row) => row.name ?? row.applicantName ?? row.personName);

describe('the persons register', () => {
  const all: MethodInput<'registers.persons'>['filter'] = { query: '', locality: null, hasOpenCase: null };

  it('lists every person by name, with household and open cases', async () => {
    const page: Persons = await t.api.call('registers.persons', { filter: all });
    expect(page.total).toBe(4);
    expect(page.items.map((row) => [row.name, row.pesel, row.birthDate, row.householdSize, row.openCases])).toEqual([
      ['Kowalska Łucja', PESEL.f1955, '1955-07-07', 2, 0],
      ['Kowalski Jan', PESEL.jan1944M, '1944-05-14', 2, 1],
      ['Łęcka-Źrebiec Żaneta', PESEL.f1985, '1985-07-22', null, 2],
      ['Zieliński Cezary', PESEL.m1975, '1975-03-03', null, 0],
    ]);
    expect(page.items[2]!.address).toBe('Łabunie 7, 22-424 Łabunie');
  });

  it('keeps exactly the rows of each filter', async () => {
    expect(names(await t.api.call('registers.persons', { filter: { ...all, locality: 'Sitno' } }))).toEqual(['Kowalska Łucja', 'Kowalski Jan']);
    expect(names(await t.api.call('registers.persons', { filter: { ...all, hasOpenCase: 'yes' } }))).toEqual(['Kowalski Jan', 'Łęcka-Źrebiec Żaneta']);
    expect(names(await t.api.call('registers.persons', { filter: { ...all, hasOpenCase: 'no' } }))).toEqual(['Kowalska Łucja', 'Zieliński Cezary']);
    // Without Polish letters, as people type.
    expect(names(await t.api.call('registers.persons', { filter: { ...all, query: 'zaneta lecka' } }))).toEqual(['Łęcka-Źrebiec Żaneta']);
    expect(names(await t.api.call('registers.persons', { filter: { query: 'kowal', locality: 'Sitno', hasOpenCase: 'yes' } }))).toEqual(['Kowalski Jan']);
    expect((await t.api.call('registers.localities', {})).items).toEqual(['Łabunie', 'Sitno', 'Tyszowce']);
  });

  it('pages and sorts in the core', async () => {
    const second = await t.api.call('registers.persons', { filter: all, sort: { column: 'birthDate', direction: 'desc' }, offset: 1, limit: 2 });
    expect(second.total).toBe(4);
    expect(names(second)).toEqual(['Zieliński Cezary', 'Kowalska Łucja']);
    const byCases = await t.api.call('registers.persons', { filter: all, sort: { column: 'openCases', direction: 'desc' }, limit: 1 });
    expect(names(byCases)).toEqual(['Łęcka-Źrebiec Żaneta']);
  });

  it('exports CSV that Polish Excel opens: BOM, semicolons, CRLF, Polish letters, PESEL kept as text', async () => {
    const bytes = decode(await t.api.call('registers.personsExport', { filter: { ...all, locality: 'Łabunie' }, format: 'csv' }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/);
    expect(csvLines(bytes)).toEqual([
      'Nazwisko i imię;PESEL;Data urodzenia;Adres;Gospodarstwo (osób);Otwarte sprawy',
      `Łęcka-Źrebiec Żaneta;"=""${PESEL.f1985}""";22.07.1985;Łabunie 7, 22-424 Łabunie;;2`,
      '',
    ]);
  });

  it('prints the filtered register on landscape A4 with the filter named, and audits it without the person', async () => {
    const file = await t.api.call('registers.personsExport', { filter: { ...all, query: 'Kowalski', hasOpenCase: 'yes' }, format: 'pdf' });
    expect(file.fileName).toBe('rejestr-osob-2025-06-20.pdf');
    const [page] = await pageTexts(decode(file));
    expect(page).toContain('Rejestr osób');
    expect(page).toContain('Stan na 20.06.2025 · pozycji: 1');
    expect(page).toContain('Filtr: szukano „Kowalski”; z otwartą sprawą');
    expect(page).toContain('Kowalski Jan');
    expect(page).not.toContain('Łucja');
    const entry = (await t.api.call('audit.list', { kind: 'register.print', limit: 5 }));
    expect(entry.entries[0]!.summary).toBe('Wydrukowano rejestr osób (PDF, 1 pozycja)');
    expect(JSON.stringify(entry.entries[0]!.details)).not.toMatch(/Kowalski|Jan|44051401359/);
    expect(entry.entries[0]!.details).toEqual({ register: 'persons', format: 'pdf', count: 1, filter: { locality: null, hasOpenCase: 'yes', textSearch: true } });
  });
});

describe('the cases register', () => {
  const all: MethodInput<'registers.cases'>['filter'] = { query: '', status: null, workerUserId: null, benefit: null, from: null, to: null };

  it('lists the cases with state, worker and the decision deadline while one is awaited', async () => {
    const page = await t.api.call('registers.cases', { filter: all, sort: { column: 'applicationDate', direction: 'asc' } });
    expect(page.total).toBe(4);
    expect(page.items.map((row) => [row.applicantName, row.benefits, row.status, row.applicationDate, row.decisionDue])).toEqual([
      ['Łęcka-Źrebiec Żaneta', ['purposeAllowance'], 'registered', '2025-02-03', '2025-03-03'],
      ['Zieliński Cezary', ['meals'], 'closed', '2025-03-01', null],
      ['Kowalski Jan', ['permanentAllowance'], 'decided', '2025-03-10', null],
      ['Łęcka-Źrebiec Żaneta', ['eventPurposeAllowance'], 'decided', '2025-03-10', null],
    ]);
  });

  it('keeps exactly the rows of each filter', async () => {
    const of = async (filter: Partial<typeof all>) => (await t.api.call('registers.cases', { filter: { ...all, ...filter }, sort: { column: 'caseRef', direction: 'asc' } })).items.map((row) => row.id);
    expect(await of({ status: 'open' })).toEqual(expect.arrayContaining([ids.caseA, ids.caseB]));
    expect(await of({ status: 'open' })).toHaveLength(3);
    expect(await of({ status: 'closed' })).toEqual([ids.caseC]);
    expect(await of({ workerUserId: workerEwa })).toEqual([ids.caseB]);
    expect(await of({ benefit: 'permanentAllowance' })).toEqual([ids.caseA]);
    expect(await of({ from: '2025-03-01', to: '2025-03-09' })).toEqual([ids.caseC]);
    expect(await of({ query: 'lecka', benefit: 'purposeAllowance' })).toEqual([ids.caseB]);
  });

  it('refuses a date range that ends before it starts', async () => {
    const error = expectError(await t.invoke('registers.cases', { filter: { ...all, from: '2025-04-01', to: '2025-03-01' } }), 'VALIDATION');
    expect(error.issues?.[0]?.message).toBe('Data „od” jest późniejsza niż data „do”.');
  });

  it('exports and prints with the worker named in the filter', async () => {
    const csv = csvLines(decode(await t.api.call('registers.casesExport', { filter: { ...all, workerUserId: workerEwa }, format: 'csv' })));
    expect(csv[0]).toBe('Znak sprawy;Wnioskodawca;Forma pomocy;Stan;Data wpływu;Pracownik;Termin decyzji');
    expect(csv[1]).toMatch(/^GOPS\.\d+\.\d+\.2025;Łęcka-Źrebiec Żaneta;Zasiłek celowy;Zarejestrowana;03\.02\.2025;Test socialWorker;03\.03\.2025$/);
    const [page] = await pageTexts(decode(await t.api.call('registers.casesExport', { filter: { ...all, workerUserId: workerEwa, from: '2025-01-01' }, format: 'pdf' })));
    expect(page).toContain('Filtr: pracownik: Test socialWorker; wpływ od 01.01.2025');
    expect(page).toContain('Łęcka-Źrebiec Żaneta');
  });
});

describe('the payments register', () => {
  const all: MethodInput<'registers.payments'>['filter'] = { fromMonth: null, toMonth: null, classification: null, method: null, listState: null };

  it('lists the benefit months of approved lists and drafts, with the sum of all that match', async () => {
    const page = await t.api.call('registers.payments', { filter: all, sort: { column: 'month', direction: 'asc' } });
    expect(page.items.map((row) => [row.month, row.personName, row.benefit, row.classification, row.amount, row.method, row.listState])).toEqual([
      ['2025-03', 'Jan Kowalski', 'permanentAllowance', '85216', 50_600, 'cash', 'approved'],
      ['2025-03', 'Żaneta Łęcka-Źrebiec', 'eventPurposeAllowance', '85214', 100_000, 'transfer', 'draft'],
      ['2025-04', 'Jan Kowalski', 'permanentAllowance', '85216', 71_300, 'cash', 'approved'],
      ['2025-05', 'Jan Kowalski', 'permanentAllowance', '85216', 71_300, 'cash', 'approved'],
    ]);
    expect([page.total, page.sum]).toEqual([4, 293_200]);
    const paged = await t.api.call('registers.payments', { filter: all, limit: 1 });
    expect([paged.items.length, paged.total, paged.sum]).toEqual([1, 4, 293_200]);
  });

  it('keeps exactly the rows of each filter', async () => {
    const of = async (filter: Partial<typeof all>) => {
      const page = await t.api.call('registers.payments', { filter: { ...all, ...filter } });
      return [page.items.map((row) => `${row.month} ${row.amount}`), page.sum];
    };
    expect(await of({ method: 'cash' })).toEqual([['2025-03 50600', '2025-04 71300', '2025-05 71300'], 193_200]);
    expect(await of({ listState: 'draft' })).toEqual([['2025-03 100000'], 100_000]);
    expect(await of({ classification: '85216', fromMonth: '2025-04' })).toEqual([['2025-04 71300', '2025-05 71300'], 142_600]);
    expect(await of({ toMonth: '2025-03', method: 'transfer' })).toEqual([['2025-03 100000'], 100_000]);
    expect(await of({ listState: 'discarded' })).toEqual([[], 0]);
  });

  it('exports amounts with a decimal comma and prints the sum', async () => {
    const csv = csvLines(decode(await t.api.call('registers.paymentsExport', { filter: { ...all, method: 'cash' }, format: 'csv' })));
    expect(csv[0]).toBe('Miesiąc;Osoba;Forma pomocy;Klasyfikacja;Kwota (zł);Sposób;Lista');
    expect(csv[1]).toMatch(/^03\.2025;Jan Kowalski;Zasiłek stały;85216;506,00;kasa;nr \d+\/2025, zatwierdzona$/);
    const pdf = await pageTexts(decode(await t.api.call('registers.paymentsExport', { filter: { ...all, method: 'cash' }, format: 'pdf' })));
    expect(pdf[0]).toContain('Rejestr wypłat');
    expect(pdf[0]).toContain('Filtr: sposób: kasa; listy zatwierdzone i projekty');
    expect(pdf[0]).toMatch(/Razem 3 poz\. 1\s932,00/);
    const audit = (await t.api.call('audit.list', { kind: 'register.export', limit: 1 }));
    expect(audit.entries[0]!.summary).toBe('Wyeksportowano rejestr wypłat (CSV, 3 pozycje)');
  });
});

describe('who may read which register', () => {
  it('refuses the payments register to a social worker and the cases register to the accountant', async () => {
    const worker = await t.loginAs(['socialWorker']);
    const accountant = await t.loginAs(['accountant']);
    const admin = await t.loginAs(['administrator']);
    const filter = { fromMonth: null, toMonth: null, classification: null, method: null, listState: null };
    expectError(await t.invokeWith(worker, 'registers.payments', { filter }), 'FORBIDDEN');
    expectError(await t.invokeWith(worker, 'registers.paymentsExport', { filter, format: 'csv' }), 'FORBIDDEN');
    expectError(await t.invokeWith(accountant, 'registers.cases', { filter: {} }), 'FORBIDDEN');
    expectError(await t.invokeWith(admin, 'registers.persons', { filter: {} }), 'FORBIDDEN');
    expect((await t.invokeWith(accountant, 'registers.payments', { filter })).ok).toBe(true);
    expect((await t.invokeWith(accountant, 'registers.persons', { filter: { query: '' } })).ok).toBe(true);
    expect((await t.invokeWith(worker, 'registers.cases', { filter: {} })).ok).toBe(true);
  });
});
