import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import type { BenefitKind, HelpReason } from '../../shared/domain/cases';
import { mrpips03ColumnKeys, mrpips03ReasonColumnKeys, mrpips03Rows, type Mrpips03Half } from '../../shared/domain/reports/mrpips03-form';
import { bodyText, pageTexts } from '../unit/documents/pdf-text';
import { NRB, signDecision } from './fixtures/decisions-support';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * MRPiPS-03 on a seeded office whose every figure is counted by hand below. The office (all signed by the tester,
 * who is the director; cash on the 10th unless said otherwise):
 *
 * A  Jan Kowalski, 80, alone, pension 600,00, Sitno. Reasons: ubóstwo + długotrwała choroba (a person with two
 *    reasons). Zasiłek stały 713,00 zł from 10.03.2025 (mid-month: 713,00 ÷ 31 × 22 = 506,00) to 31.05.2025.
 *    Paid: III 506,00, IV 713,00, V 713,00 = 1 932,00 zł, 3 benefits.
 * B  Bogdan Wiśniewski, alone, pension 600,00, Sitno. Reason: bezrobocie. Zasiłek okresowy 300,00 zł from 01.04 to
 *    31.08.2025, CHANGED from 01.05 to 400,00 zł (a new interview). Paid: IV 300,00, V–VI 2 × 400,00 (H1: 1 100,00,
 *    3 benefits); VII–VIII 2 × 400,00 on the September list (year: 1 900,00, 5 benefits).
 * C  Cezary Zieliński, alone, no income, Sitno. Reason: ubóstwo. Zasiłek okresowy 600,00 zł from 01.04 to
 *    31.12.2025, REVOKED from 01.06. Paid: IV 600,00 and V 600,00 — May left uncollected at the cash desk on the
 *    June list and paid again on the September list (one benefit month, counted once) = 1 200,00, 2 benefits.
 * D  A FAMILY OF THREE in Tyszowce (a town: not "na wsi"): Anna Dąbrowska (applicant), her husband and son. Reasons:
 *    ubóstwo + ochrona macierzyństwa. Two kinds of help: zasiłek celowy 250,00 zł on 15.04.2025 (paid, 1 benefit)
 *    and posiłek (help in kind) from 10.03 to 30.09.2025 (H1: III–VI = 4 benefits; year: III–IX = 7; no amount).
 * F  Zofia Lewandowska, alone, Sitno. Reason: zdarzenie losowe. Zasiłek celowy (zdarzenie losowe) 1 000,00 zł from
 *    20.08.2025, granted 20.08 by transfer and never put on a list (year only: a person granted, nothing paid).
 */

let t: TestCore;
let director: string;
const caseOf: Record<'A' | 'B' | 'C' | 'D' | 'F', number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
const decisionOf: Record<string, number> = {};

interface Member {
  personId: number;
  relation: 'head' | 'spouse' | 'child';
}

async function person(first: string, last: string, pesel: string, locality = 'Sitno') {
  return (await t.api.call('persons.create', personWithPesel(first, last, pesel, { confirmedNotDuplicate: true, address: { locality, houseNumber: '3', postalCode: '22-424', postTown: locality } }))).id;
}

function interview(members: Member[], incomes: MethodInput<'interviews.save'>['interview']['incomes'], proposedPeriodicAmount: number | null, interviewDate: string, workerId: number) {
  return {
    interviewDate,
    workerUserId: workerId,
    livesAlone: members.length === 1,
    incomeMonth: `${interviewDate.slice(0, 4)}-${String(Number(interviewDate.slice(5, 7)) - 1).padStart(2, '0')}`,
    members,
    incomes,
    alimonyPaid: [],
    farms: [],
    findings: 'Wywiad przeprowadzony w miejscu zamieszkania strony.',
    proposedPeriodicAmount,
  };
}

async function openCase(applicant: number, benefits: BenefitKind[], reasons: HelpReason[], members: Member[], incomes: MethodInput<'interviews.save'>['interview']['incomes'], proposed: number | null, day: string) {
  const workerId = (await t.api.call('auth.me', {})).id;
  const created = await t.api.call('cases.create', { applicantPersonId: applicant, applicationDate: day, benefits, reasons, workerUserId: workerId });
  await t.api.call('interviews.save', { caseId: created.id, interview: interview(members, incomes, proposed, day, workerId) });
  return created.id;
}

const pension = (personId: number) => [{ personId, kind: 'retirementPension' as const, gross: 60_000 }];
const CASH = { paymentMethod: 'cash', payDay: 10 } as const;

async function deliver(id: number, on: string) {
  const decision = await t.api.call('decisions.get', { id });
  await t.api.call('decisions.recordDelivery', { id, version: decision.version, deliveredOn: on });
}

async function approve(list: MethodOutput<'payments.getList'>) {
  await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
  const answer = await t.invokeWith(director, 'payments.approve', { id: list.id, version: list.version });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as MethodOutput<'payments.approve'>;
}

beforeAll(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
  director = await t.loginAs(['director'], 'kierownik');
  await t.api.call('settings.updateOffice', { ...OFFICE, decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' } });
  const workerId = (await t.api.call('auth.me', {})).id;

  const jan = await person('Jan', 'Kowalski', PESEL.jan1944M);
  caseOf.A = await openCase(jan, ['permanentAllowance'], ['poverty', 'longIllness'], [{ personId: jan, relation: 'head' }], pension(jan), null, '2025-03-10');
  decisionOf.A = (await signDecision(t, { caseId: caseOf.A, kind: 'grant', benefit: 'permanentAllowance' }, { ...CASH, periodFrom: '2025-03-10', periodUntil: '2025-05-31' })).id;

  const bogdan = await person('Bogdan', 'Wiśniewski', PESEL.m1960);
  caseOf.B = await openCase(bogdan, ['periodicAllowance'], ['unemployment'], [{ personId: bogdan, relation: 'head' }], pension(bogdan), 30_000, '2025-03-10');
  decisionOf.B = (await signDecision(t, { caseId: caseOf.B, kind: 'grant', benefit: 'periodicAllowance' }, { ...CASH, periodFrom: '2025-04-01', periodUntil: '2025-08-31' })).id;

  const cezary = await person('Cezary', 'Zieliński', PESEL.m1975);
  caseOf.C = await openCase(cezary, ['periodicAllowance'], ['poverty'], [{ personId: cezary, relation: 'head' }], [], 60_000, '2025-03-10');
  decisionOf.C = (await signDecision(t, { caseId: caseOf.C, kind: 'grant', benefit: 'periodicAllowance' }, { ...CASH, periodFrom: '2025-04-01', periodUntil: '2025-12-31' })).id;

  const anna = await person('Anna', 'Dąbrowska', PESEL.f1985, 'Tyszowce');
  const piotr = await person('Piotr', 'Dąbrowski', PESEL.m1988, 'Tyszowce');
  const syn = await person('Kacper', 'Dąbrowski', PESEL.m2005, 'Tyszowce');
  const family: Member[] = [
    { personId: anna, relation: 'head' },
    { personId: piotr, relation: 'spouse' },
    { personId: syn, relation: 'child' },
  ];
  caseOf.D = await openCase(anna, ['purposeAllowance', 'meals'], ['poverty', 'maternity'], family, [{ personId: piotr, kind: 'employment', gross: 150_000 }], null, '2025-03-10');
  decisionOf.Dpurpose = (await signDecision(t, { caseId: caseOf.D, kind: 'grant', benefit: 'purposeAllowance' }, { ...CASH, periodFrom: '2025-04-15', amount: 25_000, purpose: 'zakup opału' })).id;
  decisionOf.Dmeals = (await signDecision(t, { caseId: caseOf.D, kind: 'grant', benefit: 'meals' }, { periodFrom: '2025-03-10', periodUntil: '2025-09-30', purpose: 'jeden gorący posiłek dziennie' })).id;

  await t.moveClockTo('2025-03-12T10:00:00+01:00');
  for (const id of [decisionOf.A, decisionOf.B, decisionOf.C, decisionOf.Dpurpose, decisionOf.Dmeals]) await deliver(id!, '2025-03-12');

  // B: a new interview (proposed 400,00 zł) and a change from 1 May; C: revoked from 1 June. Both before any list.
  const bCase = await t.api.call('cases.get', { id: caseOf.B });
  await t.api.call('interviews.save', { caseId: caseOf.B, supersedesId: bCase.currentInterview!.id, interview: interview([{ personId: bogdan, relation: 'head' }], pension(bogdan), 40_000, '2025-03-12', workerId) });
  decisionOf.Bchange = (await signDecision(t, { caseId: caseOf.B, kind: 'change', benefit: 'periodicAllowance', refersToDecisionId: decisionOf.B }, { periodFrom: '2025-05-01', factualReasons: 'Zmieniła się sytuacja strony.' })).id;
  decisionOf.Crevocation = (await signDecision(t, { caseId: caseOf.C, kind: 'revocation', benefit: 'periodicAllowance', refersToDecisionId: decisionOf.C }, { periodFrom: '2025-06-01', factualReasons: 'Strona podjęła zatrudnienie.' })).id;
  await deliver(decisionOf.Bchange!, '2025-03-12');
  await deliver(decisionOf.Crevocation!, '2025-03-12');

  // The June cash list: A III–V, B IV–VI, C IV–V, D's zasiłek celowy (IV).
  await t.moveClockTo('2025-06-20T10:00:00+02:00');
  const june = await approve(await t.api.call('payments.prepare', { month: '2025-06', method: 'cash', payOn: '2025-06-25' }));
  expect(june.lines.map((line) => [line.recipientName, line.month, line.amount])).toHaveLength(9);
  await t.moveClockTo('2025-06-30T10:00:00+02:00');
  const cMay = june.lines.find((line) => line.caseId === caseOf.C && line.month === '2025-05')!;
  await t.api.call('payments.mark', { listId: june.id, lineIds: [cMay.id], outcome: 'notCollected', outcomeOn: '2025-06-30' });

  // F: a zasiłek celowy after a random event, granted 20 August, by transfer, never on a list.
  await t.moveClockTo('2025-08-20T10:00:00+02:00');
  const zofia = await person('Zofia', 'Lewandowska', PESEL.f1955);
  caseOf.F = await openCase(zofia, ['eventPurposeAllowance'], ['randomEvent'], [{ personId: zofia, relation: 'head' }], pension(zofia), null, '2025-08-20');
  decisionOf.F = (await signDecision(t, { caseId: caseOf.F, kind: 'grant', benefit: 'eventPurposeAllowance' }, { paymentMethod: 'transfer', bankAccount: NRB, payDay: 10, periodFrom: '2025-08-20', amount: 100_000, purpose: 'naprawa dachu po nawałnicy' })).id;
  await deliver(decisionOf.F!, '2025-08-20');

  // The September cash list: B VII–VIII and C's May again (left uncollected in June).
  await t.moveClockTo('2025-09-05T10:00:00+02:00');
  const september = await approve(await t.api.call('payments.prepare', { month: '2025-09', method: 'cash', payOn: '2025-09-10' }));
  expect(september.lines.map((line) => [line.caseId, line.month, line.amount]).sort()).toEqual(
    [
      [caseOf.B, '2025-07', 40_000],
      [caseOf.B, '2025-08', 40_000],
      [caseOf.C, '2025-05', 60_000],
    ].sort(),
  );
  await t.api.call('payments.updateSettings', {
    payerName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
    payerAddress: 'Sitno 1, 22-424 Sitno',
    payerAccount: '61 1090 1014 0000 0712 1981 2874',
    bankName: 'Bank Spółdzielczy w Sitnie',
    bankFileVariant: 'windows-1250',
    defaultPayDay: 10,
    // Meals and the random-event allowance left without a classification of their own (checked below).
    classifications: { permanentAllowance: '85216', periodicAllowance: '85214', purposeAllowance: '85214' },
  });
}, 240_000);

afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

type Cells = [persons: number, benefits: number, amount: number, families: number, personsInFamilies: number];
const zero: Cells = [0, 0, 0, 0, 0];

/**
 * The hand count. Columns of the forms of help: persons granted, benefits (person × month), amount (grosze), families, persons
 * in families. D's family has 3 persons; everybody else lives alone.
 */
const expected: Record<Mrpips03Half, { rows: Record<string, Cells>; reasons: Partial<Record<HelpReason, [number, number, number, number]>> }> = {
  H1: {
    rows: {
      // persons A, B, C, Anna = 4; amount 1 932,00 + 1 100,00 + 1 200,00 + 250,00 = 4 482,00;
      // benefits 3 (A) + 3 (B) + 2 (C) + 1 (celowy) + 4 (posiłek III–VI) = 13; families 4; persons 1+1+1+3 = 6.
      total: [4, 13, 448_200, 4, 6],
      permanentAllowance: [1, 3, 193_200, 1, 1], // 506,00 + 713,00 + 713,00
      periodicAllowance: [2, 5, 230_000, 2, 2], // B 300,00 + 400,00 + 400,00; C 600,00 + 600,00
      purposeAllowances: [1, 1, 25_000, 1, 3],
      meals: [1, 4, 0, 1, 3],
    },
    reasons: {
      // [families, of them in the countryside, persons in families, of them in the countryside]
      poverty: [3, 2, 5, 2], // A, C (Sitno) and D (Tyszowce, 3 persons)
      longIllness: [1, 1, 1, 1], // A
      unemployment: [1, 1, 1, 1], // B
      maternity: [1, 0, 3, 0], // D
    },
  },
  year: {
    rows: {
      // + F (granted, not paid); B VII–VIII 2 × 400,00 = 800,00; posiłek VII–IX 3 more.
      // amount 4 482,00 + 800,00 = 5 282,00; benefits 13 + 2 + 3 = 18; families 5; persons 6 + 1 = 7.
      total: [5, 18, 528_200, 5, 7],
      permanentAllowance: [1, 3, 193_200, 1, 1],
      periodicAllowance: [2, 7, 310_000, 2, 2], // B 1 900,00 (5) + C 1 200,00 (2)
      purposeAllowances: [2, 1, 25_000, 2, 4], // Anna (paid) + Zofia (granted only)
      eventPurposeAllowance: [1, 0, 0, 1, 1],
      meals: [1, 7, 0, 1, 3],
    },
    reasons: {
      poverty: [3, 2, 5, 2],
      longIllness: [1, 1, 1, 1],
      unemployment: [1, 1, 1, 1],
      maternity: [1, 0, 3, 0],
      randomEvent: [1, 1, 1, 1], // F
    },
  },
};

/** Which cases stand behind each non-empty row (every column of the row names the same cases here). */
const casesOfRow: Record<Mrpips03Half, Record<string, ('A' | 'B' | 'C' | 'D' | 'F')[]>> = {
  H1: { total: ['A', 'B', 'C', 'D'], permanentAllowance: ['A'], periodicAllowance: ['B', 'C'], purposeAllowances: ['D'], meals: ['D'] },
  year: { total: ['A', 'B', 'C', 'D', 'F'], permanentAllowance: ['A'], periodicAllowance: ['B', 'C'], purposeAllowances: ['D', 'F'], eventPurposeAllowance: ['F'], meals: ['D'] },
};
const casesOfReason: Record<Mrpips03Half, Partial<Record<HelpReason, { all: ('A' | 'B' | 'C' | 'D' | 'F')[]; rural: ('A' | 'B' | 'C' | 'D' | 'F')[] }>>> = {
  H1: {
    poverty: { all: ['A', 'C', 'D'], rural: ['A', 'C'] },
    longIllness: { all: ['A'], rural: ['A'] },
    unemployment: { all: ['B'], rural: ['B'] },
    maternity: { all: ['D'], rural: [] },
  },
  year: {
    poverty: { all: ['A', 'C', 'D'], rural: ['A', 'C'] },
    longIllness: { all: ['A'], rural: ['A'] },
    unemployment: { all: ['B'], rural: ['B'] },
    maternity: { all: ['D'], rural: [] },
    randomEvent: { all: ['F'], rural: ['F'] },
  },
};

const PERIOD = { year: 2025, townLocalities: ['Tyszowce'] };
const caseIds = (letters: string[]) => [...new Set(letters.map((letter) => caseOf[letter as keyof typeof caseOf]))].sort((a, b) => a - b);

describe.each(['H1', 'year'] as const)('MRPiPS-03 for %s 2025', (half) => {
  it('every cell of the forms of help and of the reasons equals the hand count', async () => {
    const report = await t.api.call('reports.mrpips03', { ...PERIOD, half });
    expect(report).toMatchObject({ from: '2025-01-01', to: half === 'H1' ? '2025-06-30' : '2025-12-31', formYear: 2025 });
    expect(report.rows.map((row) => row.key)).toEqual(mrpips03Rows.map((row) => row.key));
    for (const row of report.rows) {
      const cells = expected[half].rows[row.key] ?? zero;
      expect([row.key, ...mrpips03ColumnKeys.map((column) => row.cells[column])]).toEqual([row.key, ...cells]);
    }
    for (const row of report.reasons) {
      const cells = expected[half].reasons[row.key] ?? [0, 0, 0, 0];
      expect([row.key, ...mrpips03ReasonColumnKeys.map((column) => row.cells[column])]).toEqual([row.key, ...cells]);
    }
  });

  it('the drill-down of each non-empty cell lists exactly the cases counted in it, and adds up to the figure', async () => {
    const report = await t.api.call('reports.mrpips03', { ...PERIOD, half });
    for (const row of report.rows) {
      for (const column of mrpips03ColumnKeys) {
        const cell = await t.api.call('reports.mrpips03Cell', { ...PERIOD, half, section: 'benefits', row: row.key, column });
        expect(cell.value).toBe(row.cells[column]);
        if (row.cells[column] === 0) {
          expect([row.key, column, cell.items]).toEqual([row.key, column, []]);
          continue;
        }
        const paidOnly = column === 'amount' || column === 'benefits';
        // A benefit column lists what was paid or given (F was granted, never paid: not behind "kwota").
        const letters = (casesOfRow[half][row.key] ?? []).filter((letter) => !(paidOnly && letter === 'F'));
        expect([row.key, column, [...new Set(cell.items.map((item) => item.caseId))].sort((a, b) => a - b)]).toEqual([row.key, column, caseIds(letters)]);
        if (column === 'amount') expect(cell.items.reduce((sum, item) => sum + item.amount!, 0)).toBe(cell.value);
        if (column === 'benefits') expect(new Set(cell.items.map((item) => `${item.personId}|${item.month}|${item.benefit}`)).size).toBe(cell.value);
        if (column === 'persons') expect(new Set(cell.items.map((item) => item.personId)).size).toBe(cell.value);
        for (const item of cell.items) expect(item.decisionNumber).toMatch(/^\d+\/8311\/2025$/);
      }
    }
    for (const row of report.reasons) {
      for (const column of mrpips03ReasonColumnKeys) {
        const cell = await t.api.call('reports.mrpips03Cell', { ...PERIOD, half, section: 'reasons', row: row.key, column });
        expect(cell.value).toBe(row.cells[column]);
        const expectedCases = casesOfReason[half][row.key];
        const letters = expectedCases ? (column.endsWith('Rural') ? expectedCases.rural : expectedCases.all) : [];
        expect([row.key, column, [...new Set(cell.items.map((item) => item.caseId))].sort((a, b) => a - b)]).toEqual([row.key, column, caseIds(letters)]);
      }
    }
  });
});

describe('what stands behind a figure', () => {
  it('the amount of zasiłki okresowe lists every paid month with its decision: the change pays from May, C’s May once', async () => {
    const cell = await t.api.call('reports.mrpips03Cell', { ...PERIOD, half: 'H1', section: 'benefits', row: 'periodicAllowance', column: 'amount' });
    const change = await t.api.call('decisions.get', { id: decisionOf.Bchange! });
    const grantB = await t.api.call('decisions.get', { id: decisionOf.B! });
    expect(cell.items.map((item) => [item.caseId, item.month, item.amount, item.decisionNumber, item.what]).sort()).toEqual(
      [
        [caseOf.B, '2025-04', 30_000, grantB.decisionNumber, 'payment'],
        [caseOf.B, '2025-05', 40_000, change.decisionNumber, 'payment'],
        [caseOf.B, '2025-06', 40_000, change.decisionNumber, 'payment'],
        [caseOf.C, '2025-04', 60_000, expect.any(String), 'payment'],
        [caseOf.C, '2025-05', 60_000, expect.any(String), 'payment'],
      ].sort(),
    );
  });

  it('families are the households of the interviews: D counts three persons, whichever of its benefits', async () => {
    const cell = await t.api.call('reports.mrpips03Cell', { ...PERIOD, half: 'year', section: 'benefits', row: 'total', column: 'personsInFamilies' });
    const ofD = cell.items.filter((item) => item.caseId === caseOf.D);
    expect(ofD.map((item) => item.decisionId).sort()).toEqual([decisionOf.Dpurpose, decisionOf.Dmeals].sort());
    expect(ofD.every((item) => item.familyPersonIds.length === 3 && !item.rural)).toBe(true);
  });
});

describe('Sprawdź przed wysłaniem', () => {
  it('names the grant with nothing paid and the benefits without a classification of their own', async () => {
    const { items } = await t.api.call('reports.mrpips03Checks', { ...PERIOD, half: 'year' });
    expect(items.map((item) => [item.kind, item.caseId])).toEqual([
      ['decisionWithoutPayments', caseOf.F],
      ['classificationUnset', null],
      ['classificationUnset', null],
    ]);
    expect(items[0]!.message).toContain('działa w okresie sprawozdania');
    expect(items.slice(1).map((item) => item.message.split(':')[0]).sort()).toEqual(['Posiłek', 'Zasiłek celowy — zdarzenie losowe, klęska']);
    // The half-year knows nothing of F, and every decision that paid is final.
    const h1 = await t.api.call('reports.mrpips03Checks', { ...PERIOD, half: 'H1' });
    expect(h1.items.map((item) => item.kind)).toEqual(['classificationUnset']);
  });
});

describe('out of the program', () => {
  it('the PDF reads like the form and the CSV opens in Excel; both are audited', async () => {
    const pdf = await t.api.call('reports.mrpips03Export', { ...PERIOD, half: 'H1', format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'mrpips-03-2025-i-polrocze.pdf', mimeType: 'application/pdf' });
    const text = bodyText(await pageTexts(Buffer.from(pdf.base64, 'base64')), null);
    for (const needle of [
      'MRPiPS-03',
      'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      'I półrocze 2025',
      'Formy pomocy i udzielone świadczenia — zadania własne gminy',
      'Liczba osób, którym decyzją przyznano świadczenie',
      'Zasiłki stałe',
      '4 482,00',
      '1 932,00',
      'Powody przyznania pomocy',
      'ubóstwo',
      'w tym na wsi',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(needle);
    }

    const csv = await t.api.call('reports.mrpips03Export', { ...PERIOD, half: 'year', format: 'csv' });
    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines).toContain('"1";"Ogółem (świadczenia przyznane decyzją)";"5";"18";"5282,00";"5";"7"');
    expect(lines).toContain('"1";"ubóstwo";"3";"2";"5";"2"');
    expect(lines).toContain('"2";"Zasiłki stałe";"1";"3";"1932,00";"1";"1"');

    const audit = await t.api.call('audit.list', { kind: 'report.print' });
    expect(audit.entries[0]!.summary).toBe('Wydrukowano sprawozdanie MRPiPS-03 za I półrocze 2025 r. (PDF)');
    const exported = await t.api.call('audit.list', { kind: 'report.export' });
    expect(exported.entries[0]!.summary).toBe('Wyeksportowano sprawozdanie MRPiPS-03 za rok 2025 (CSV)');
  });

  it('is for the director and the accountant, not for a social worker', async () => {
    const worker = await t.loginAs(['socialWorker'], 'pracownik');
    expectError(await t.invokeWith(worker, 'reports.mrpips03', { year: 2025, half: 'H1' }), 'FORBIDDEN');
    const accountant = await t.loginAs(['accountant'], 'ksiegowa');
    const answer = await t.invokeWith(accountant, 'reports.mrpips03', { year: 2025, half: 'H1' });
    expect(answer.ok).toBe(true);
  });
});

describe('Sprawdź przed wysłaniem, on a young decision and a case without a household', () => {
  it('names a month paid before the decision became final, and a person counted as a family of one', async () => {
    const own = await createTestCore(); // 10.03.2025
    try {
      const kierownik = await own.loginAs(['director'], 'kierownik');
      await own.api.call('settings.updateOffice', { ...OFFICE, decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' } });
      const workerId = (await own.api.call('auth.me', {})).id;
      const jan = (await own.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { confirmedNotDuplicate: true }))).id;
      const created = await own.api.call('cases.create', { applicantPersonId: jan, applicationDate: '2025-03-10', benefits: ['permanentAllowance'], reasons: ['poverty'], workerUserId: workerId });
      await own.api.call('interviews.save', { caseId: created.id, interview: interview([{ personId: jan, relation: 'head' }], pension(jan), null, '2025-03-10', workerId) });
      const grant = await signDecision(own, { caseId: created.id, kind: 'grant', benefit: 'permanentAllowance' }, { ...CASH, periodFrom: '2025-03-10', periodUntil: '2025-05-31' });
      await own.moveClockTo('2025-03-12T10:00:00+01:00');
      await own.api.call('decisions.recordDelivery', { id: grant.id, version: grant.version, deliveredOn: '2025-03-12' });
      // Granted in full, so payable from delivery (art. 130 § 4 k.p.a.), but final only after the 14 days for appeal.
      const march = await own.api.call('payments.prepare', { month: '2025-03', method: 'cash', payOn: '2025-03-14' });
      await own.invokeWith(kierownik, 'auth.unlock', { password: TEST_PASSWORD });
      const approved = await own.invokeWith(kierownik, 'payments.approve', { id: march.id, version: march.version });
      expect(approved.ok).toBe(true);
      // A register brought over from elsewhere may hold a case whose interview lists nobody: simulated here by
      // lifting the guard that keeps interviews unchanged.
      const sqlite = own.core.database.sqlite;
      sqlite.exec('DROP TRIGGER interview_members_no_delete');
      sqlite.prepare('DELETE FROM interview_members WHERE interview_id IN (SELECT id FROM interviews WHERE case_id = ?)').run(created.id);

      const { items } = await own.api.call('reports.mrpips03Checks', { year: 2025, half: 'H1' });
      expect(items.map((item) => [item.kind, item.caseId, item.decisionNumber])).toEqual([
        ['paymentWithoutFinalDecision', created.id, grant.decisionNumber],
        ['personWithoutFamily', created.id, grant.decisionNumber],
        ['classificationUnset', null, null],
      ]);
      // Counted all the same: one person, a family of one, March's 506,00 zł.
      const report = await own.api.call('reports.mrpips03', { year: 2025, half: 'H1' });
      expect(report.rows.find((row) => row.key === 'permanentAllowance')!.cells).toEqual({ persons: 1, amount: 50_600, benefits: 1, families: 1, personsInFamilies: 1 });
      // Fourteen days after delivery the decision is final, and the check no longer names it.
      await own.moveClockTo('2025-03-27T10:00:00+01:00');
      const later = await own.api.call('reports.mrpips03Checks', { year: 2025, half: 'H1' });
      expect(later.items.map((item) => item.kind)).toEqual(['personWithoutFamily', 'classificationUnset']);
      expect(own.internalErrors).toEqual([]);
    } finally {
      own.cleanup();
    }
  });
});
