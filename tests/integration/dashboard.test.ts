import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { addMonthsToMonth } from '../../shared/domain/calendar';
import type { BenefitKind } from '../../shared/domain/cases';
import { insertUser } from '../../db/repositories/users';
import { signDecision } from './fixtures/decisions-support';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * The Pulpit on an office whose every figure is counted by hand below. Today is Friday 20.06.2025. Two social workers:
 * Ewa Nowak and Marek Wójcik. Cash on the 10th; classifications as the defaults (85216 zasiłek stały, 85214 the rest).
 *
 * L  Lena Mazur (Ewa): applied 01.10.2024, interviewed that day, posiłek granted 01.10.2024–31.12.2025. The interview
 *    update was due 01.04.2025: LATE INTERVIEW. Decided, a 2024 application.
 * K  Karol Lis (Marek): applied 04.11.2024, never interviewed: LATE INTERVIEW and LATE DECISION. Registered, 2024.
 * A  Jan Kowalski (Ewa): applied 10.03.2025, zasiłek stały 713,00 zł from 10.03 to 31.07.2025 (March 506,00 zł):
 *    decided, the benefit ENDS IN JULY. April list: III 506,00 + IV 713,00; June list: V 713,00 + VI 713,00.
 * B  Bogdan Wiśniewski (Ewa): applied 10.03.2025, zasiłek okresowy 300,00 zł 01.04–30.06.2025: decided, ENDS IN JUNE.
 *    April list: IV 300,00; June list: V 300,00 and VI 300,00 — VI left uncollected at the cash desk (not paid).
 * D  Anna Dąbrowska (Marek): applied 10.03.2025, zasiłek celowy 250,00 zł on 15.04.2025: decided. April list: 250,00.
 * C  Cezary Zieliński (Marek): applied 10.03.2025, the application withdrawn 12.03.2025: closed.
 * E  Edward Nowicki (Ewa): applied 05.05.2025, no interview (due 23.05), no decision (due 05.06): LATE INTERVIEW and
 *    LATE DECISION. Registered.
 * H  Halina Zając (Marek): applied 12.05.2025, interviewed 13.05; the decision was due 12.06: LATE DECISION.
 * G  Grzegorz Kamiński (Marek): applied 16.06.2025, interviewed that day; decision due 16.07: not late.
 * A July list is prepared but not approved: its money is not paid.
 *
 * Paid in 2025 (approved lists, holding their month): April 85216 1 219,00 (2 lines), 85214 550,00 (2 lines);
 * June 85216 1 426,00 (2 lines), 85214 300,00 (1 line). Year 3 495,00 zł, 7 lines.
 */

let t: TestCore;
let director: string;
const worker = { ewa: 0, marek: 0 };
const caseOf = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'G' | 'H' | 'K' | 'L', number>;

async function person(first: string, last: string, pesel: string) {
  return (await t.api.call('persons.create', personWithPesel(first, last, pesel, { confirmedNotDuplicate: true }))).id;
}

function interview(personId: number, workerId: number, day: string, proposedPeriodicAmount: number | null = null): MethodInput<'interviews.save'>['interview'] {
  return {
    interviewDate: day,
    workerUserId: workerId,
    livesAlone: true,
    incomeMonth: addMonthsToMonth(day.slice(0, 7), -1),
    members: [{ personId, relation: 'head' }],
    incomes: [{ personId, kind: 'retirementPension', gross: 60_000 }],
    alimonyPaid: [],
    farms: [],
    findings: 'Wywiad przeprowadzony w miejscu zamieszkania strony.',
    proposedPeriodicAmount,
  };
}

async function openCase(personId: number, workerId: number, day: string, benefits: BenefitKind[], interviewed: string | null, proposed: number | null = null) {
  const created = await t.api.call('cases.create', { applicantPersonId: personId, applicationDate: day, benefits, reasons: ['poverty'], workerUserId: workerId });
  if (interviewed) await t.api.call('interviews.save', { caseId: created.id, interview: interview(personId, workerId, interviewed, proposed) });
  return created.id;
}

async function approve(list: MethodOutput<'payments.prepare'>) {
  await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
  const answer = await t.invokeWith(director, 'payments.approve', { id: list.id, version: list.version });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as MethodOutput<'payments.approve'>;
}

async function deliver(id: number, on: string) {
  const decision = await t.api.call('decisions.get', { id });
  await t.api.call('decisions.recordDelivery', { id, version: decision.version, deliveredOn: on });
}

const CASH = { paymentMethod: 'cash', payDay: 10 } as const;

beforeAll(async () => {
  t = await createTestCore({ start: '2024-10-01T08:00:00.000Z' });
  director = await t.loginAs(['director'], 'kierownik');
  await t.api.call('settings.updateOffice', { ...OFFICE, decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' } });
  const now = t.clock.now().toISOString();
  const staff = (login: string, fullName: string) => insertUser(t.core.database.db, { login, fullName, roles: ['socialWorker'], passwordHash: 'nie-loguje-się', createdAt: now, updatedAt: now }).id;
  worker.ewa = staff('ewa', 'Ewa Nowak');
  worker.marek = staff('marek', 'Marek Wójcik');

  const lena = await person('Lena', 'Mazur', PESEL.anna2002F);
  caseOf.L = await openCase(lena, worker.ewa, '2024-10-01', ['meals'], '2024-10-01');
  await signDecision(t, { caseId: caseOf.L, kind: 'grant', benefit: 'meals' }, { periodFrom: '2024-10-01', periodUntil: '2025-12-31', purpose: 'jeden gorący posiłek dziennie' });

  await t.moveClockTo('2024-11-04T09:00:00.000Z');
  caseOf.K = await openCase(await person('Karol', 'Lis', PESEL.m1988), worker.marek, '2024-11-04', ['purposeAllowance'], null);

  await t.moveClockTo('2025-03-10T09:00:00.000Z');
  const jan = await person('Jan', 'Kowalski', PESEL.jan1944M);
  caseOf.A = await openCase(jan, worker.ewa, '2025-03-10', ['permanentAllowance'], '2025-03-10');
  const grantA = await signDecision(t, { caseId: caseOf.A, kind: 'grant', benefit: 'permanentAllowance' }, { ...CASH, periodFrom: '2025-03-10', periodUntil: '2025-07-31' });
  const bogdan = await person('Bogdan', 'Wiśniewski', PESEL.m1960);
  caseOf.B = await openCase(bogdan, worker.ewa, '2025-03-10', ['periodicAllowance'], '2025-03-10', 30_000);
  const grantB = await signDecision(t, { caseId: caseOf.B, kind: 'grant', benefit: 'periodicAllowance' }, { ...CASH, periodFrom: '2025-04-01', periodUntil: '2025-06-30' });
  const anna = await person('Anna', 'Dąbrowska', PESEL.f1985);
  caseOf.D = await openCase(anna, worker.marek, '2025-03-10', ['purposeAllowance'], '2025-03-10');
  const grantD = await signDecision(t, { caseId: caseOf.D, kind: 'grant', benefit: 'purposeAllowance' }, { ...CASH, periodFrom: '2025-04-15', amount: 25_000, purpose: 'zakup opału' });
  caseOf.C = await openCase(await person('Cezary', 'Zieliński', PESEL.m1975), worker.marek, '2025-03-10', ['periodicAllowance'], null);

  await t.moveClockTo('2025-03-12T09:00:00.000Z');
  for (const grant of [grantA, grantB, grantD]) await deliver(grant.id, '2025-03-12');
  const cCase = await t.api.call('cases.get', { id: caseOf.C });
  await t.api.call('cases.close', { id: caseOf.C, version: cCase.version, closedOn: '2025-03-12', reason: 'Wycofanie wniosku przez stronę' });

  await t.moveClockTo('2025-04-05T08:00:00.000Z');
  const april = await approve(await t.api.call('payments.prepare', { month: '2025-04', method: 'cash', payOn: '2025-04-10' }));
  expect(april.lines.map((line) => [line.caseId, line.month, line.amount]).sort()).toEqual(
    [
      [caseOf.A, '2025-03', 50_600],
      [caseOf.A, '2025-04', 71_300],
      [caseOf.B, '2025-04', 30_000],
      [caseOf.D, '2025-04', 25_000],
    ].sort(),
  );

  await t.moveClockTo('2025-05-05T08:00:00.000Z');
  caseOf.E = await openCase(await person('Edward', 'Nowicki', PESEL.m1980), worker.ewa, '2025-05-05', ['periodicAllowance'], null);
  await t.moveClockTo('2025-05-13T08:00:00.000Z');
  caseOf.H = await openCase(await person('Halina', 'Zając', PESEL.f1955), worker.marek, '2025-05-12', ['purposeAllowance'], '2025-05-13');
  await t.moveClockTo('2025-06-16T08:00:00.000Z');
  caseOf.G = await openCase(await person('Grzegorz', 'Kamiński', PESEL.m2005), worker.marek, '2025-06-16', ['purposeAllowance'], '2025-06-16');

  await t.moveClockTo('2025-06-20T08:00:00.000Z');
  const june = await approve(await t.api.call('payments.prepare', { month: '2025-06', method: 'cash', payOn: '2025-06-20' }));
  expect(june.lines.map((line) => [line.caseId, line.month, line.amount]).sort()).toEqual(
    [
      [caseOf.A, '2025-05', 71_300],
      [caseOf.A, '2025-06', 71_300],
      [caseOf.B, '2025-05', 30_000],
      [caseOf.B, '2025-06', 30_000],
    ].sort(),
  );
  const bJune = june.lines.find((line) => line.caseId === caseOf.B && line.month === '2025-06')!;
  await t.api.call('payments.mark', { listId: june.id, lineIds: [bJune.id], outcome: 'notCollected', outcomeOn: '2025-06-20' });
  const july = await t.api.call('payments.prepare', { month: '2025-07', method: 'cash', payOn: '2025-07-10' });
  expect(july.status).toBe('draft');
  expect(july.lineCount).toBeGreaterThan(0);
}, 240_000);

afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const caseIds = (letters: (keyof typeof caseOf)[]) => letters.map((letter) => caseOf[letter]).sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the Pulpit of June 2025', () => {
  it('money paid per month and budget classification, cases by state, late deadlines per worker, benefits ending next month', async () => {
    const view = await t.api.call('dashboard.overview', {});
    expect(view).toMatchObject({ month: '2025-06', year: 2025, today: '2025-06-20', nextMonth: '2025-07' });
    expect(view.paid.months.map((entry) => entry.month)).toEqual(Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, '0')}`));
    const withMoney = view.paid.months.filter((entry) => entry.total > 0).map((entry) => [entry.month, entry.byClassification, entry.total, entry.lines]);
    expect(withMoney).toEqual([
      ['2025-04', { '85214': 55_000, '85216': 121_900 }, 176_900, 4],
      ['2025-06', { '85214': 30_000, '85216': 142_600 }, 172_600, 3],
    ]);
    expect(view.paid).toMatchObject({ classifications: ['85214', '85216'], yearTotal: 349_500, yearLines: 7 });
    expect(view.casesByState).toEqual([
      { status: 'registered', count: 1 }, // E
      { status: 'interviewDone', count: 2 }, // G, H
      { status: 'decided', count: 3 }, // A, B, D
      { status: 'closed', count: 1 }, // C
    ]);
    expect(view.late).toEqual({
      decisions: 3, // E, H, K
      interviews: 3, // E, K, L (the update)
      byWorker: [
        { workerId: worker.ewa, workerName: 'Ewa Nowak', decisions: 1, interviews: 2 },
        { workerId: worker.marek, workerName: 'Marek Wójcik', decisions: 2, interviews: 1 },
      ],
    });
    expect(view.benefitsEnding).toBe(1); // A, until 31.07.2025
  });

  it('another month and another year: the chosen month moves the benefits ending, the year the money and the cases', async () => {
    const may = await t.api.call('dashboard.overview', { month: '2025-05' });
    expect(may).toMatchObject({ month: '2025-05', nextMonth: '2025-06', benefitsEnding: 1 }); // B, until 30.06.2025
    expect(may.paid.yearTotal).toBe(349_500);
    const last = await t.api.call('dashboard.overview', { month: '2024-11' });
    expect(last).toMatchObject({ year: 2024, nextMonth: '2024-12', benefitsEnding: 0, paid: { yearTotal: 0, yearLines: 0, classifications: [] } });
    expect(last.casesByState).toEqual([
      { status: 'registered', count: 1 }, // K
      { status: 'interviewDone', count: 0 },
      { status: 'decided', count: 1 }, // L
      { status: 'closed', count: 0 },
    ]);
    // Late is today's: the same whichever month is chosen.
    expect(last.late).toEqual((await t.api.call('dashboard.overview', {})).late);
  });
});

describe('every figure opens exactly what it counts', () => {
  it('a bar (a month and a classification), a month, a classification over the year and the year: the lines and their sum', async () => {
    const view = await t.api.call('dashboard.overview', {});
    for (const entry of view.paid.months) {
      const month = await t.api.call('dashboard.items', { figure: 'paid', year: 2025, month: entry.month });
      if (month.kind !== 'payments') throw new Error('payments expected');
      expect([entry.month, month.total, month.items.length]).toEqual([entry.month, entry.total, entry.lines]);
      for (const [classification, amount] of Object.entries(entry.byClassification)) {
        const bar = await t.api.call('dashboard.items', { figure: 'paid', year: 2025, month: entry.month, classification });
        if (bar.kind !== 'payments') throw new Error('payments expected');
        expect([entry.month, classification, bar.total]).toEqual([entry.month, classification, amount]);
        expect(bar.items.reduce((sum, item) => sum + item.amount, 0)).toBe(amount);
        expect(bar.items.every((item) => item.classification === classification && item.listMonth === entry.month)).toBe(true);
      }
    }
    const aprilStały = await t.api.call('dashboard.items', { figure: 'paid', year: 2025, month: '2025-04', classification: '85216' });
    if (aprilStały.kind !== 'payments') throw new Error('payments expected');
    expect(aprilStały.items.map((item) => [item.caseId, item.personName, item.benefit, item.month, item.amount])).toEqual([
      [caseOf.A, 'Jan Kowalski', 'permanentAllowance', '2025-03', 50_600],
      [caseOf.A, 'Jan Kowalski', 'permanentAllowance', '2025-04', 71_300],
    ]);
    const juneOther = await t.api.call('dashboard.items', { figure: 'paid', year: 2025, month: '2025-06', classification: '85214' });
    if (juneOther.kind !== 'payments') throw new Error('payments expected');
    // B's June was left uncollected: only May is paid on the June list.
    expect(juneOther.items.map((item) => [item.caseId, item.month, item.amount])).toEqual([[caseOf.B, '2025-05', 30_000]]);
    const year = await t.api.call('dashboard.items', { figure: 'paid', year: 2025 });
    if (year.kind !== 'payments') throw new Error('payments expected');
    expect([year.total, year.items.length]).toEqual([349_500, 7]);
    expect(sorted([...new Set(year.items.map((item) => item.caseId))])).toEqual(caseIds(['A', 'B', 'D']));
    const other = await t.api.call('dashboard.items', { figure: 'paid', year: 2025, classification: '85214' });
    if (other.kind !== 'payments') throw new Error('payments expected');
    expect([other.total, other.items.length]).toEqual([85_000, 3]);
  });

  it('each state lists its cases, each opening its case', async () => {
    const expected = { registered: ['E'], interviewDone: ['G', 'H'], decided: ['A', 'B', 'D'], closed: ['C'] } as const;
    for (const [status, letters] of Object.entries(expected)) {
      const list = await t.api.call('dashboard.items', { figure: 'casesByState', year: 2025, status: status as keyof typeof expected });
      if (list.kind !== 'cases') throw new Error('cases expected');
      expect([status, sorted(list.items.map((item) => item.caseId))]).toEqual([status, caseIds([...letters])]);
      expect(list.items.every((item) => item.status === status)).toBe(true);
    }
    const lastYear = await t.api.call('dashboard.items', { figure: 'casesByState', year: 2024, status: 'decided' });
    expect(lastYear.kind === 'cases' && lastYear.items.map((item) => [item.caseId, item.personName, item.workerName])).toEqual([[caseOf.L, 'Lena Mazur', 'Ewa Nowak']]);
  });

  it('late decisions and interviews, of the office and of each worker, with the deadline passed', async () => {
    const expected = {
      decision: { office: ['E', 'H', 'K'], ewa: ['E'], marek: ['H', 'K'] },
      interview: { office: ['E', 'K', 'L'], ewa: ['E', 'L'], marek: ['K'] },
    } as const;
    for (const what of ['decision', 'interview'] as const) {
      for (const [who, letters] of Object.entries(expected[what])) {
        const workerId = who === 'office' ? null : worker[who as 'ewa' | 'marek'];
        const list = await t.api.call('dashboard.items', { figure: 'late', what, workerId });
        if (list.kind !== 'cases') throw new Error('cases expected');
        expect([what, who, sorted(list.items.map((item) => item.caseId))]).toEqual([what, who, caseIds([...letters])]);
        expect(list.items.every((item) => item.date! < '2025-06-20')).toBe(true);
      }
    }
    const late = await t.api.call('dashboard.items', { figure: 'late', what: 'decision', workerId: worker.ewa });
    expect(late.kind === 'cases' && late.items[0]).toMatchObject({ caseId: caseOf.E, personName: 'Edward Nowicki', workerName: 'Ewa Nowak', date: '2025-06-05' });
  });

  it('benefits ending in the next month', async () => {
    const july = await t.api.call('dashboard.items', { figure: 'benefitsEnding', month: '2025-07' });
    expect(july.kind === 'cases' && july.items.map((item) => [item.caseId, item.date])).toEqual([[caseOf.A, '2025-07-31']]);
    const june = await t.api.call('dashboard.items', { figure: 'benefitsEnding', month: '2025-06' });
    expect(june.kind === 'cases' && june.items.map((item) => [item.caseId, item.date])).toEqual([[caseOf.B, '2025-06-30']]);
  });
});

describe('who may see the Pulpit', () => {
  it('a social worker and an accountant are refused; a deputy sees it while authorised', async () => {
    for (const roles of [['socialWorker'], ['accountant']] as const) {
      const token = await t.loginAs([...roles]);
      expectError(await t.invokeWith(token, 'dashboard.overview', {}), 'FORBIDDEN');
      expectError(await t.invokeWith(token, 'dashboard.items', { figure: 'paid', year: 2025 }), 'FORBIDDEN');
    }
    const deputy = await t.loginAs(['socialWorker'], 'zastepca');
    expectError(await t.invokeWith(deputy, 'dashboard.overview', {}), 'FORBIDDEN');
    const deputyId = ((await t.invokeWith(deputy, 'auth.me', {})) as { value: { id: number } }).value.id;
    await t.invokeWith(director, 'auth.unlock', { password: TEST_PASSWORD });
    const authorised = await t.invokeWith(director, 'users.authoriseDeputy', { userId: deputyId, until: '2025-06-30' });
    expect(authorised.ok).toBe(true);
    const seen = await t.invokeWith(deputy, 'dashboard.overview', {});
    expect(seen.ok && (seen.value as MethodOutput<'dashboard.overview'>).paid.yearTotal).toBe(349_500);
  });

  it('a wrong figure or month is refused with a Polish message', async () => {
    expect(expectError(await t.invoke('dashboard.overview', { month: '2025-13' }), 'VALIDATION').message).toContain('RRRR-MM');
    expect(expectError(await t.invoke('dashboard.items', { figure: 'paid', year: 2025, month: '2024-06' }), 'VALIDATION').message).toContain('wybranego roku');
    expectError(await t.invoke('dashboard.items', { figure: 'everything' }), 'VALIDATION');
  });
});
