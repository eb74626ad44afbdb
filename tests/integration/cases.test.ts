import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, type TestCore } from './helpers';
import { decideCase } from './fixtures/decisions-support';

let t: TestCore;
let workerId: number;

beforeEach(async () => {
  t = await createTestCore(); // the clock stands at 10.03.2025, 10:00 in Poland
  await t.api.call('settings.updateOffice', OFFICE);
  workerId = (await t.api.call('auth.me', {})).id;
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const rows = (table: string) => (t.core.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function newPerson(pesel: string = PESEL.jan1944M, first = 'Jan', last = 'Kowalski') {
  return (await t.api.call('persons.create', personWithPesel(first, last, pesel))).id;
}

function application(applicantPersonId: number, extra: Partial<MethodInput<'cases.create'>> = {}): MethodInput<'cases.create'> {
  return {
    applicantPersonId,
    applicationDate: '2025-03-10',
    benefits: ['permanentAllowance'],
    reasons: ['poverty', 'disability'],
    workerUserId: workerId,
    ...extra,
  };
}

/** An interview of a person living alone with a pension of `pension` grosze in February 2025. */
function aloneWithPension(personId: number, pension: number, extra: Partial<MethodInput<'interviews.save'>['interview']> = {}) {
  return {
    interviewDate: '2025-03-10',
    workerUserId: workerId,
    livesAlone: true,
    incomeMonth: '2025-02',
    members: [{ personId, relation: 'head' as const }],
    incomes: [{ personId, kind: 'retirementPension' as const, gross: pension }],
    alimonyPaid: [],
    farms: [],
    findings: 'Mieszka sam, dom drewniany, ogrzewanie piecem.',
    ...extra,
  };
}

describe('registering an application', () => {
  it('gives a case reference unit.JRWA.number.year, numbered per symbol and restarting each year', async () => {
    const jan = await newPerson();
    const first = await t.api.call('cases.create', application(jan));
    expect(first).toMatchObject({ caseRef: 'GOPS.8311.1.2025', status: 'registered', applicationDate: '2025-03-10' });
    expect((await t.api.call('cases.create', application(jan))).caseRef).toBe('GOPS.8311.2.2025');

    // The office sets its own unit and a symbol for care services: that symbol has its own numbering.
    await t.api.call('settings.updateOffice', { ...OFFICE, caseRefUnit: 'OPS', caseRefSymbols: { careServices: '8312' } });
    expect((await t.api.call('cases.create', application(jan, { benefits: ['careServices'] }))).caseRef).toBe('OPS.8312.1.2025');
    expect((await t.api.call('cases.create', application(jan))).caseRef).toBe('OPS.8311.3.2025');

    await t.moveClockTo('2026-01-02T08:00:00Z');
    expect((await t.api.call('cases.create', application(jan))).caseRef).toBe('OPS.8311.1.2026');
  });

  it('shows the statutory deadlines: interview in 14 working days, decision in a month (two if complex)', async () => {
    const jan = await newPerson();
    const simple = await t.api.call('cases.create', application(jan));
    // 10.03.2025 (Monday) + 14 working days = 28.03.2025 (Friday); + 1 month = 10.04.2025 (Thursday).
    expect(simple.deadlines).toEqual({ interviewDue: '2025-03-28', decisionDue: '2025-04-10', interviewUpdateDue: null });
    const complex = await t.api.call('cases.create', application(jan, { complex: true }));
    expect(complex.deadlines.decisionDue).toBe('2025-05-12'); // 10.05.2025 is a Saturday → Monday 12.05
  });

  it('is recorded in the audit log with the reference', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    const log = await t.api.call('audit.list', { kind: 'case.create' });
    expect(log.entries[0]?.summary).toContain(created.caseRef);
    expect(log.entries[0]?.personId).toBe(jan);
  });

  it.each([
    ['no benefit', { benefits: [] }, 'benefits'],
    ['no reason', { reasons: [] }, 'reasons'],
    ['an unknown benefit', { benefits: ['lottery'] }, 'benefits'],
    ['an impossible date', { applicationDate: '2025-02-30' }, 'applicationDate'],
    ['a date in the future', { applicationDate: '2025-03-11' }, 'applicationDate'],
  ])('refuses %s with a Polish message at the field, and saves nothing', async (_label, change, field) => {
    const jan = await newPerson();
    const error = expectError(await t.invoke('cases.create', { ...application(jan), ...change }), 'VALIDATION');
    expect(error.issues?.some((issue) => issue.path[0] === field), JSON.stringify(error)).toBe(true);
    expect(rows('cases')).toBe(0);
    expect(rows('case_ref_counters')).toBe(0);
  });

  it('refuses a worker who is not a social worker', async () => {
    const jan = await newPerson();
    const accountant = await t.loginAs(['accountant'], 'ksiegowa');
    const accountantId = ((await t.invokeWith(accountant, 'auth.me', {})) as { value: { id: number } }).value.id;
    expectError(await t.invoke('cases.create', application(jan, { workerUserId: accountantId })), 'VALIDATION');
    expect(rows('cases')).toBe(0);
  });
});

describe('the household interview', () => {
  it('computes the benefit with its trace and moves the case to "po wywiadzie"', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    const saved = await t.api.call('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 60_000) });
    const permanent = saved.computation.benefits[0]!;
    expect(permanent).toMatchObject({ benefit: 'permanentAllowance', eligible: true, amount: 71_300, healthContribution: 6_417 });
    expect(permanent.firstMonth?.amount).toBe(50_600); // 713,00 zł from 10 March: ÷ 31 × 22
    expect(saved.computation.thresholdCitation).toBe('kryterium 1010 zł dla osoby samotnie gospodarującej — Dz.U. 2024 poz. 1044, od 1.01.2025');

    const reloaded = await t.api.call('cases.get', { id: created.id });
    expect(reloaded.status).toBe('interviewDone');
    expect(reloaded.deadlines.interviewDue).toBeNull();
    expect(reloaded.currentInterview?.computation.benefits[0]?.amount).toBe(71_300);
  });

  it('previews the computation as the worker types, without saving anything', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan, { benefits: ['permanentAllowance', 'periodicAllowance'] }));
    const before = rows('audit_log');
    const preview = await t.api.call('interviews.preview', { caseId: created.id, interview: aloneWithPension(jan, 60_000) });
    expect(preview.benefits.map((b) => [b.benefit, b.eligible])).toEqual([
      ['permanentAllowance', true],
      ['periodicAllowance', true],
    ]);
    expect(rows('interviews')).toBe(0);
    expect(rows('audit_log')).toBe(before);
  });

  it('an update is a new interview; the earlier one stays exactly as it was', async () => {
    const jan = await newPerson();
    const anna = await newPerson(PESEL.f1955, 'Anna', 'Kowalska');
    const created = await t.api.call('cases.create', application(jan));
    const first = await t.api.call('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 60_000) });

    await t.moveClockTo('2025-03-20T09:00:00Z');
    const second = await t.api.call('interviews.save', {
      caseId: created.id,
      supersedesId: first.id,
      interview: aloneWithPension(jan, 60_000, {
        interviewDate: '2025-03-20',
        livesAlone: false,
        members: [
          { personId: jan, relation: 'head' },
          { personId: anna, relation: 'spouse' },
        ],
        incomes: [
          { personId: jan, kind: 'retirementPension', gross: 60_000 },
          { personId: anna, kind: 'retirementPension', gross: 90_000 },
        ],
      }),
    });
    expect(second.supersedesId).toBe(first.id);
    // 2 people, 1500,00 zł: 750,00 zł per person; own income 600,00 < 823,00 → 1069,90 − 750,00 = 319,90 zł.
    expect(second.computation.benefits[0]?.amount).toBe(31_990);

    const earlier = await t.api.call('interviews.get', { id: first.id });
    expect(earlier).toMatchObject({ current: false, livesAlone: true, members: [{ personId: jan }] });
    expect(earlier.computation.benefits[0]?.amount).toBe(71_300);
    const detail = await t.api.call('cases.get', { id: created.id });
    expect(detail.interviews.map((entry) => [entry.id, entry.current])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
  });

  it('refuses an update of an interview that is no longer the newest', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    const first = await t.api.call('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 60_000) });
    await t.api.call('interviews.save', { caseId: created.id, supersedesId: first.id, interview: aloneWithPension(jan, 50_000) });
    expectError(await t.invoke('interviews.save', { caseId: created.id, supersedesId: first.id, interview: aloneWithPension(jan, 40_000) }), 'CONFLICT');
    expectError(await t.invoke('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 40_000) }), 'CONFLICT');
    expect(rows('interviews')).toBe(2);
  });

  it('a saved interview cannot be changed or deleted, even with SQL', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    await t.api.call('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 60_000) });
    const sqlite = t.core.database.sqlite;
    expect(() => sqlite.prepare("UPDATE interviews SET findings = 'inne'").run()).toThrow(/nie zmienia się/);
    expect(() => sqlite.prepare('DELETE FROM interviews').run()).toThrow(/nie usuwa się/);
    expect(() => sqlite.prepare('UPDATE interview_incomes SET gross = 1').run()).toThrow(/nie zmienia się/);
    expect(() => sqlite.prepare('DELETE FROM interview_incomes').run()).toThrow(/nie usuwa się/);
    expect(() => sqlite.prepare('DELETE FROM interview_members').run()).toThrow(/nie usuwa się/);
  });

  describe('bad input is refused at the contract with a Polish message, and nothing is half-saved', () => {
    const cases: [string, (jan: number) => Record<string, unknown>, string][] = [
      ['a negative amount', (jan) => ({ incomes: [{ personId: jan, kind: 'employment', gross: -100 }] }), 'nie może być ujemna'],
      ['a fractional grosz', (jan) => ({ incomes: [{ personId: jan, kind: 'employment', gross: 100.5 }] }), 'pełnych groszach'],
      ['deductions above the gross', (jan) => ({ incomes: [{ personId: jan, kind: 'employment', gross: 100, tax: 200 }] }), 'nie mogą być wyższe'],
      ['an income month in the future', () => ({ incomeMonth: '2025-04' }), 'z przyszłości'],
      ['an income month the act does not allow', () => ({ incomeMonth: '2024-12' }), 'miesiąca poprzedzającego'],
      ['an impossible interview date', () => ({ interviewDate: '2025-02-29' }), 'nie istnieje'],
      ['an interview date in the future', () => ({ interviewDate: '2025-03-11' }), 'z przyszłości'],
      ['an interview before the application', () => ({ interviewDate: '2025-03-09' }), 'wcześniejszy niż wpływ'],
      ['an applicant missing from the household', () => ({ members: [{ personId: 999_999, relation: 'head' }], incomes: [] }), ''],
      ['an income of someone outside the household', () => ({ incomes: [{ personId: 424242, kind: 'employment', gross: 100 }] }), 'tylko osoba z gospodarstwa'],
      ['a farm area with 5 decimal places', (jan) => ({ farms: [{ personId: jan, hectares: 1.23456 }] }), '4 miejsca'],
    ];
    it.each(cases)('%s', async (_label, change, message) => {
      const jan = await newPerson();
      const created = await t.api.call('cases.create', application(jan));
      const before = { interviews: rows('interviews'), incomes: rows('interview_incomes'), audit: rows('audit_log') };
      const error = expectError(
        await t.invoke('interviews.save', { caseId: created.id, supersedesId: null, interview: { ...aloneWithPension(jan, 60_000), ...change(jan) } }),
        'VALIDATION',
      );
      const everything = [error.message, ...(error.issues ?? []).map((issue) => issue.message)].join(' | ');
      expect(everything).toContain(message);
      expect({ interviews: rows('interviews'), incomes: rows('interview_incomes'), audit: rows('audit_log') }).toEqual(before);
      expect((await t.api.call('cases.get', { id: created.id })).status).toBe('registered');
    });

    it('an applicant left out of the household names the applicant', async () => {
      const jan = await newPerson();
      const anna = await newPerson(PESEL.f1955, 'Anna', 'Kowalska');
      const created = await t.api.call('cases.create', application(jan));
      const error = expectError(
        await t.invoke('interviews.save', {
          caseId: created.id,
          supersedesId: null,
          interview: { ...aloneWithPension(anna, 60_000) },
        }),
        'VALIDATION',
      );
      expect(error.message).toContain('Wnioskodawca');
      expect(rows('interviews')).toBe(0);
    });
  });
});

describe('the state of a case', () => {
  it('registered → after interview → decided → closed, each step checked', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    // A decision comes only after an interview (art. 106 ust. 4 u.p.s.).
    const early = expectError(await t.invoke('decisions.createDraft', { caseId: created.id, kind: 'grant', benefit: 'permanentAllowance' }), 'CONFLICT');
    expect(early.message).toContain('art. 106 ust. 4');

    await t.api.call('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 60_000) });
    // The signed decision decides the case: from its day, with the benefit's end.
    const decided = await decideCase(t, created.id, '2025-08-31');
    expect(decided).toMatchObject({ status: 'decided', decidedOn: '2025-03-10', benefitUntil: '2025-08-31' });
    expect(decided.deadlines).toEqual({ interviewDue: null, decisionDue: null, interviewUpdateDue: '2025-09-10' });

    // A decided application is not edited: a new request is a new application.
    expectError(
      await t.invoke('cases.update', { id: created.id, version: decided.version, case: { benefits: ['periodicAllowance'], reasons: ['poverty'], workerUserId: workerId } }),
      'CONFLICT',
    );
    const closed = await t.api.call('cases.close', { id: created.id, version: decided.version, closedOn: '2025-03-10', reason: 'Świadczenie przyznane, sprawa do akt' });
    expect(closed.status).toBe('closed');
    expectError(await t.invoke('interviews.save', { caseId: created.id, supersedesId: null, interview: aloneWithPension(jan, 1) }), 'CONFLICT');
  });

  it('an edit made on a stale copy is refused, not merged silently', async () => {
    const jan = await newPerson();
    const created = await t.api.call('cases.create', application(jan));
    const change = { benefits: ['periodicAllowance' as const], reasons: ['unemployment' as const], workerUserId: workerId, complex: true };
    const updated = await t.api.call('cases.update', { id: created.id, version: created.version, case: change });
    expect(updated).toMatchObject({ benefits: ['periodicAllowance'], reasons: ['unemployment'], complex: true });
    expect(updated.deadlines.decisionDue).toBe('2025-05-12');
    expectError(await t.invoke('cases.update', { id: created.id, version: created.version, case: change }), 'CONFLICT');
  });

  it('lists open cases, mine or the office, found by reference or name', async () => {
    const jan = await newPerson();
    const anna = await newPerson(PESEL.f1955, 'Anna', 'Żółć');
    const janCase = await t.api.call('cases.create', application(jan));
    await t.api.call('cases.create', application(anna));
    const other = await t.loginAs(['socialWorker'], 'druga');
    const mineOfOther = (await t.invokeWith(other, 'cases.list', { scope: 'mine' })) as { ok: true; value: { items: unknown[] } };
    expect(mineOfOther.value.items).toEqual([]);
    expect((await t.api.call('cases.list', { query: 'zolc' })).items.map((item) => item.applicantName)).toEqual(['Anna Żółć']);
    expect((await t.api.call('cases.list', { query: janCase.caseRef })).items.map((item) => item.id)).toEqual([janCase.id]);
    expect((await t.api.call('cases.list', { scope: 'mine' })).items).toHaveLength(2);
  });
});
