import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, type TestCore } from './helpers';

type Review = MethodOutput<'cases.eligibilityReview'>;
type InterviewForm = MethodInput<'interviews.save'>['interview'];

let t: TestCore;
let workerId: number;

beforeEach(async () => {
  t = await createTestCore(); // the clock stands at 10.03.2025, 10:00 in Poland; the 2025-01-01 figures apply
  await t.api.call('settings.updateOffice', OFFICE);
  workerId = (await t.api.call('auth.me', {})).id;
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/** Figures an administrator might enter after a verification of the thresholds (invented for the test). */
const NEW_FIGURES: MethodInput<'legalParameters.add'> = {
  validFrom: '2025-04-01',
  singleThreshold: 110_000,
  perPersonThreshold: 90_000,
  permanentAllowanceMax: 130_000,
  permanentAllowanceMin: 10_000,
  permanentAllowanceThresholdPercent: 130,
  hectareAmount: 45_900,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2025 poz. 9999',
};

async function person(first: string, last: string, pesel: string) {
  return (await t.api.call('persons.create', personWithPesel(first, last, pesel))).id;
}

async function openCase(applicantPersonId: number, benefits: MethodInput<'cases.create'>['benefits'], worker = workerId) {
  return t.api.call('cases.create', {
    applicantPersonId,
    applicationDate: '2025-03-10',
    benefits,
    reasons: ['poverty'],
    workerUserId: worker,
  });
}

function interview(members: InterviewForm['members'], extra: Partial<InterviewForm> = {}): InterviewForm {
  return {
    interviewDate: '2025-03-10',
    workerUserId: workerId,
    livesAlone: members.length === 1,
    incomeMonth: '2025-02',
    members,
    incomes: [],
    alimonyPaid: [],
    farms: [],
    findings: 'Ustalenia wywiadu.',
    ...extra,
  };
}

/**
 * Jan lives alone on a pension of 600,00 zł and asks for zasiłek stały and okresowy (the worker proposes the
 * lowest okresowy, 205,00 zł). The Wiśniewski family of three lives on a wage of 1480,00 zł net, 800+ (not
 * counted) and 2,5 ha przeliczeniowe (2,5 × 459,00 = 1147,50 zł): 2627,50 zł, 875,83 zł a person — above 823 zł.
 */
async function twoCasesWithInterviews() {
  const jan = await person('Jan', 'Kowalski', PESEL.jan1944M);
  const janCase = await openCase(jan, ['permanentAllowance', 'periodicAllowance']);
  const janInterview = await t.api.call('interviews.save', {
    caseId: janCase.id,
    supersedesId: null,
    interview: interview([{ personId: jan, relation: 'head' }], {
      incomes: [{ personId: jan, kind: 'retirementPension', gross: 60_000 }],
      proposedPeriodicAmount: 20_500,
    }),
  });

  const marek = await person('Marek', 'Wiśniewski', PESEL.m1980);
  const ewa = await person('Ewa', 'Wiśniewska', PESEL.f1985);
  const syn = await person('Tomasz', 'Wiśniewski', PESEL.m2005);
  const familyCase = await openCase(marek, ['periodicAllowance', 'purposeAllowance']);
  const familyInterview = await t.api.call('interviews.save', {
    caseId: familyCase.id,
    supersedesId: null,
    interview: interview(
      [
        { personId: marek, relation: 'head' },
        { personId: ewa, relation: 'spouse' },
        { personId: syn, relation: 'child' },
      ],
      {
        incomes: [
          { personId: marek, kind: 'employment', gross: 200_000, tax: 10_000, healthContribution: 15_000, socialContribution: 27_000 },
          { personId: ewa, kind: 'childRearingBenefit', gross: 80_000 },
        ],
        farms: [{ personId: marek, hectares: 2.5 }],
      },
    ),
  });
  return { janCase, janInterview, familyCase, familyInterview };
}

const review = (scope: 'mine' | 'office' = 'office') => t.api.call('cases.eligibilityReview', { scope });
const rowOf = (result: Review, caseId: number) => result.rows.find((row) => row.caseId === caseId)!;

describe('office-wide eligibility review', () => {
  it('gives for each open case what its saved interview computed, while the figures have not changed', async () => {
    const { janCase, janInterview, familyCase, familyInterview } = await twoCasesWithInterviews();
    const result = await review();
    expect(result).toMatchObject({ openCases: 2, computed: 2 });

    expect(rowOf(result, janCase.id)).toEqual({
      caseId: janCase.id,
      caseRef: janCase.caseRef,
      applicantName: 'Jan Kowalski',
      parameterValidFrom: '2025-01-01',
      perPersonIncome: 60_000,
      benefits: [
        // 130 % × 1010,00 − 600,00 = 713,00 zł
        { benefit: 'permanentAllowance', eligible: true, amount: 71_300, minimum: null, maximum: null },
        // shortfall 1010,00 − 600,00 = 410,00 zł: band 205,00–410,00 zł, the proposal 205,00 zł fits
        { benefit: 'periodicAllowance', eligible: true, amount: 20_500, minimum: 20_500, maximum: 41_000 },
      ],
      problem: null,
    });
    expect(rowOf(result, familyCase.id)).toMatchObject({ perPersonIncome: 87_583, problem: null });

    // The same figures as the snapshot each interview keeps.
    for (const saved of [janInterview, familyInterview]) {
      const row = rowOf(result, saved.caseId);
      expect(row.perPersonIncome).toBe(saved.computation.income.perPersonIncome);
      expect(row.benefits).toEqual(
        saved.computation.benefits.map(({ benefit, eligible, amount, minimum, maximum }) => ({ benefit, eligible, amount, minimum, maximum })),
      );
    }
  });

  it('shows the new amounts once new figures are in force, while the saved interviews keep the old ones', async () => {
    const { janCase, janInterview, familyCase } = await twoCasesWithInterviews();
    await t.api.call('legalParameters.add', NEW_FIGURES);

    // Entered ahead of time: not in force yet, nothing changes today.
    expect(rowOf(await review(), janCase.id).parameterValidFrom).toBe('2025-01-01');

    await t.moveClockTo('2025-04-02T08:00:00Z');
    const after = await review();
    expect(rowOf(after, janCase.id)).toMatchObject({
      parameterValidFrom: '2025-04-01',
      benefits: [
        // 130 % × 1100,00 − 600,00 = 830,00 zł
        { benefit: 'permanentAllowance', eligible: true, amount: 83_000 },
        // band 250,00–500,00 zł: the proposed 205,00 zł is now too low, so no amount and a problem to look at
        { benefit: 'periodicAllowance', eligible: true, amount: null, minimum: 25_000, maximum: 50_000 },
      ],
      problem: 'Zasiłek okresowy: kwota zasiłku okresowego nie może być niższa niż 250,00\u00a0zł.',
    });
    // 2627,50 zł for three is now within 3 × 900,00 zł: the family becomes eligible, band 36,25–72,50 zł.
    expect(rowOf(after, familyCase.id).benefits).toEqual([
      { benefit: 'periodicAllowance', eligible: true, amount: null, minimum: 3_625, maximum: 7_250 },
      { benefit: 'purposeAllowance', eligible: true, amount: null, minimum: null, maximum: null },
    ]);

    const saved = await t.api.call('interviews.get', { id: janInterview.id });
    expect(saved.computation.parameters.validFrom).toBe('2025-01-01');
    expect(saved.computation.benefits.map((benefit) => benefit.amount)).toEqual([71_300, 20_500]);
  });

  it('previews figures entered ahead of time for the day asked for, and says which day it computed for', async () => {
    const { janCase } = await twoCasesWithInterviews();
    await t.api.call('legalParameters.add', NEW_FIGURES);
    const today = await review();
    expect(today.asOf).toBe('2025-03-10');
    expect(rowOf(today, janCase.id)).toMatchObject({ parameterValidFrom: '2025-01-01', benefits: [{ amount: 71_300 }, { amount: 20_500 }] });
    const preview = await t.api.call('cases.eligibilityReview', { scope: 'office', asOf: '2025-04-01' });
    expect(preview.asOf).toBe('2025-04-01');
    // 130 % × 1100,00 − 600,00 = 830,00 zł from 1 April, with nothing saved or changed.
    expect(rowOf(preview, janCase.id)).toMatchObject({ parameterValidFrom: '2025-04-01', benefits: [{ amount: 83_000 }, { minimum: 25_000 }] });
    expect(rowOf(await review(), janCase.id).parameterValidFrom).toBe('2025-01-01');
    expectError(await t.invoke('cases.eligibilityReview', { scope: 'office', asOf: '2025-02-30' }), 'VALIDATION');
  });

  it('applies figures entered with today as their first day at once', async () => {
    const { janCase } = await twoCasesWithInterviews();
    // The service takes a row from today (it refuses only a second row for the same day).
    await t.api.call('legalParameters.add', { ...NEW_FIGURES, validFrom: '2025-03-10' });
    expect(rowOf(await review(), janCase.id)).toMatchObject({ parameterValidFrom: '2025-03-10', benefits: [{ amount: 83_000 }, { minimum: 25_000 }] });
  });

  it('lists a case without an interview with nothing computed, and leaves closed cases out', async () => {
    const { familyCase } = await twoCasesWithInterviews();
    const anna = await person('Anna', 'Zielińska', PESEL.anna2002F);
    const waiting = await openCase(anna, ['meals']);
    const closed = await t.api.call('cases.get', { id: familyCase.id });
    await t.api.call('cases.close', { id: closed.id, version: closed.version, closedOn: '2025-03-10', reason: 'Wycofanie wniosku przez stronę' });

    const result = await review();
    expect(result).toMatchObject({ openCases: 2, computed: 1 });
    expect(result.rows.map((row) => row.caseId)).not.toContain(familyCase.id);
    expect(rowOf(result, waiting.id)).toEqual({
      caseId: waiting.id,
      caseRef: waiting.caseRef,
      applicantName: 'Anna Zielińska',
      parameterValidFrom: null,
      perPersonIncome: null,
      benefits: [{ benefit: 'meals', eligible: null, amount: null, minimum: null, maximum: null }],
      problem: null,
    });
  });

  it('computes from the latest interview when the interview was updated', async () => {
    const { janCase, janInterview } = await twoCasesWithInterviews();
    const jan = janInterview.members[0]!.personId;
    await t.api.call('interviews.save', {
      caseId: janCase.id,
      supersedesId: janInterview.id,
      interview: interview([{ personId: jan, relation: 'head' }], { incomes: [{ personId: jan, kind: 'retirementPension', gross: 90_000 }] }),
    });
    // 1313,00 − 900,00 = 413,00 zł; no proposal for okresowy any more: only the band 55,00–110,00 zł
    expect(rowOf(await review(), janCase.id)).toMatchObject({
      perPersonIncome: 90_000,
      benefits: [
        { benefit: 'permanentAllowance', eligible: true, amount: 41_300 },
        { benefit: 'periodicAllowance', eligible: true, amount: null, minimum: 5_500, maximum: 11_000 },
      ],
    });
  });

  it("'mine' shows only the caller's cases; the whole office sees everyone's", async () => {
    const { janCase, familyCase } = await twoCasesWithInterviews();
    const otherToken = await t.loginAs(['socialWorker'], 'pracownik2');
    const otherId = (await t.invokeWith(otherToken, 'auth.me', {})) as { ok: true; value: { id: number } };
    const anna = await person('Anna', 'Zielińska', PESEL.anna2002F);
    const theirs = await openCase(anna, ['meals'], otherId.value.id);

    expect((await review('mine')).rows.map((row) => row.caseId).sort()).toEqual([janCase.id, familyCase.id].sort());
    const asOther = await t.invokeWith(otherToken, 'cases.eligibilityReview', { scope: 'mine' });
    expect(asOther.ok && (asOther.value as Review).rows.map((row) => row.caseId)).toEqual([theirs.id]);
    expect(await review('office')).toMatchObject({ openCases: 3, computed: 2 });
  });

  it('reports a case that cannot be computed on its row and still reviews the others', async () => {
    const { janCase, familyCase } = await twoCasesWithInterviews();
    const anna = await person('Anna', 'Zielińska', PESEL.anna2002F);
    // At 23 she is unable to work only on a certificate (art. 37 ust. 1 u.p.s.).
    await t.api.call('persons.addCertificate', {
      personId: anna,
      certificate: { kind: 'inabilityToLiveIndependently', issuer: 'countyBoard', issuedOn: '2024-09-02', validUntil: '2027-09-30' },
    });
    const annaCase = await openCase(anna, ['permanentAllowance']);
    await t.api.call('interviews.save', { caseId: annaCase.id, supersedesId: null, interview: interview([{ personId: anna, relation: 'head' }]) });
    // A setting damaged outside the program (the settings screen allows only 50–100 %): zasiłek okresowy
    // cannot be computed, so the two cases asking for it show why; the third is computed as usual.
    t.core.database.sqlite.prepare('UPDATE office_settings SET periodic_allowance_min_percent = 40').run();

    const result = await review();
    expect(result).toMatchObject({ openCases: 3, computed: 1 });
    for (const caseId of [janCase.id, familyCase.id]) {
      expect(rowOf(result, caseId)).toMatchObject({
        parameterValidFrom: null,
        perPersonIncome: null,
        problem: 'Minimalny procent zasiłku okresowego wynosi od 50% do 100% (ustawienia ośrodka).',
      });
    }
    // No income, living alone: the cap of 1229,00 zł.
    expect(rowOf(result, annaCase.id)).toMatchObject({ problem: null, benefits: [{ benefit: 'permanentAllowance', eligible: true, amount: 122_900 }] });
  });
});
