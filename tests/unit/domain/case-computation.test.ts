import { describe, expect, it } from 'vitest';
import { computeCase, thresholdCitation, type CaseComputationInput } from '../../../shared/domain/case-computation';
import { AppError } from '../../../shared/errors';
import { allRows, plain, row2025 } from './legal-parameter-rows.fixture';

const APPLICANT = 1;

/** A woman of 70 in 2025: past the retirement age, so zasiłek stały turns on income alone in these examples. */
const RETIRED_WOMAN = { sex: 'F', birthDate: '1955-01-20', certificates: [] } as const;

/** A case of one person living alone; each test changes what it is about. */
function single(overrides: Partial<CaseComputationInput> = {}): CaseComputationInput {
  return {
    applicationDate: '2025-03-01',
    benefits: ['permanentAllowance'],
    applicantPersonId: APPLICANT,
    applicant: RETIRED_WOMAN,
    livesAlone: true,
    memberPersonIds: [APPLICANT],
    incomeMonth: '2025-02',
    incomes: [],
    alimonyPaid: [],
    farms: [],
    rows: allRows,
    periodicMinPercent: 50,
    ...overrides,
  };
}

/** A household of `members` people (ids 1..n, the applicant is 1). */
function household(members: number, overrides: Partial<CaseComputationInput> = {}): CaseComputationInput {
  return single({ livesAlone: false, memberPersonIds: Array.from({ length: members }, (_, i) => i + 1), ...overrides });
}

const pension = (grosze: number, personId = APPLICANT) => ({ personId, kind: 'retirementPension' as const, gross: grosze });

function benefit(result: ReturnType<typeof computeCase>, kind: string) {
  const found = result.benefits.find((entry) => entry.benefit === kind);
  if (!found) throw new Error(`no ${kind} in the result`);
  return found;
}

describe('the worked examples of DOMAIN.md §5, through the whole case computation', () => {
  it('single 2025, income 600,00 zł: zasiłek stały 1313,00 − 600,00 = 713,00 zł', () => {
    const result = computeCase(single({ incomes: [pension(60_000)] }));
    const permanent = benefit(result, 'permanentAllowance');
    expect(permanent.eligible).toBe(true);
    expect(permanent.amount).toBe(71_300);
    expect(result.income.householdIncome).toBe(60_000);
    // The traces: first the inability to work (here age), then the 130 % step with the figures of the 2025 row.
    expect(permanent.traces.map((trace) => trace.title).slice(0, 2)).toEqual([
      'Całkowita niezdolność do pracy z powodu wieku lub niepełnosprawności',
      'Wysokość zasiłku stałego',
    ]);
    const steps = permanent.traces[1]!.steps.map((step) => plain(step.formula));
    expect(steps).toContain('130% × 1 010,00 zł');
    expect(steps).toContain('1 313,00 zł − 600,00 zł');
  });

  it('single 2025 with no income: the cap, 1229,00 zł', () => {
    expect(benefit(computeCase(single()), 'permanentAllowance').amount).toBe(122_900);
  });

  it('713,00 zł from 10 March: 713,00 ÷ 31 × 22 = 506,00 zł for March, and 9 % health contribution of the month', () => {
    const permanent = benefit(computeCase(single({ applicationDate: '2025-03-10', incomes: [pension(60_000)] })), 'permanentAllowance');
    expect(permanent.firstMonth).toMatchObject({ from: '2025-03-10', to: '2025-03-31', amount: 50_600 });
    expect(permanent.healthContribution).toBe(6_417); // 9 % × 713,00 = 64,17 zł
  });

  it('household of 4, income 2000,00 zł: zasiłek okresowy band 646,00–1292,00 zł', () => {
    const result = computeCase(household(4, { benefits: ['periodicAllowance'], incomes: [pension(200_000)] }));
    const periodic = benefit(result, 'periodicAllowance');
    expect(periodic).toMatchObject({ eligible: true, minimum: 64_600, maximum: 129_200, amount: null, problem: null });
    expect(result.income.perPersonIncome).toBe(50_000);
  });
});

describe('edge cases derived from the rules', () => {
  it('income exactly at the threshold: zasiłek okresowy yes (≤, band 20,00 zł), zasiłek stały no (strictly below)', () => {
    const result = computeCase(household(2, { benefits: ['periodicAllowance', 'permanentAllowance'], incomes: [pension(164_600)] }));
    expect(benefit(result, 'periodicAllowance')).toMatchObject({ eligible: true, minimum: 2_000, maximum: 2_000 });
    expect(benefit(result, 'permanentAllowance')).toMatchObject({ eligible: false, amount: null });
  });

  it('one grosz above the single threshold: no zasiłek okresowy, a specjalny zasiłek celowy up to the threshold is possible', () => {
    const result = computeCase(single({ benefits: ['periodicAllowance', 'specialPurposeAllowance'], incomes: [pension(101_001)] }));
    expect(benefit(result, 'periodicAllowance').eligible).toBe(false);
    expect(benefit(result, 'specialPurposeAllowance')).toMatchObject({ eligible: true, maximum: 101_000 });
  });

  it('a farm under 1 ha counts 0; over 1 ha counts hectares × 459,00 zł (2025)', () => {
    const under = computeCase(single({ farms: [{ personId: APPLICANT, hectares: 0.9999 }] }));
    expect(under.income.householdIncome).toBe(0);
    const over = computeCase(single({ farms: [{ personId: APPLICANT, hectares: 2 }] }));
    expect(over.income.householdIncome).toBe(91_800); // 2,0000 × 459,00 zł
    expect(benefit(over, 'permanentAllowance').amount).toBe(39_500); // 1313,00 − 918,00
    // 2,5 ha = 1147,50 zł is above the 1010,00 zł threshold: no zasiłek stały at all.
    const above = computeCase(single({ farms: [{ personId: APPLICANT, hectares: 2.5 }] }));
    expect(above.income.householdIncome).toBe(114_750);
    expect(benefit(above, 'permanentAllowance').eligible).toBe(false);
  });

  it('a one-off income above 5 × the threshold is spread over 12 months', () => {
    // 6 060,00 zł received in January 2025 by a person living alone: above 5 × 1010 = 5050 → 505,00 zł a month.
    const result = computeCase(
      single({ incomes: [{ personId: APPLICANT, kind: 'other', gross: 606_000, oneOffReceivedOn: '2025-01-20' }] }),
    );
    expect(result.income.householdIncome).toBe(50_500);
    expect(benefit(result, 'permanentAllowance').amount).toBe(131_300 - 50_500);
  });

  it('excluded kinds (800+, zasiłek celowy) do not count', () => {
    const result = computeCase(
      household(3, {
        benefits: ['periodicAllowance'],
        incomes: [
          { personId: 2, kind: 'childRearingBenefit', gross: 80_000 },
          { personId: 1, kind: 'purposeAllowance', gross: 30_000 },
          { personId: 1, kind: 'employment', gross: 150_000, tax: 10_000, healthContribution: 11_655, socialContribution: 20_565 },
        ],
      }),
    );
    expect(result.income.householdIncome).toBe(150_000 - 10_000 - 11_655 - 20_565);
  });

  it('zasiłek stały in a household is 130 % × per-person threshold − income per person, judged on own income too', () => {
    // 3 people, household income 900,00 zł (the applicant's own 300,00): 1069,90 − 300,00 = 769,90 zł.
    const result = computeCase(household(3, { incomes: [pension(30_000), pension(60_000, 2)] }));
    expect(benefit(result, 'permanentAllowance')).toMatchObject({ eligible: true, amount: 76_990 });
    expect(result.income.applicantIncome).toBe(30_000);
  });

  it.each([
    // month, days in month, first day, days covered, 713,00 zł × covered ÷ days, rounded half-up
    ['February 2025 (28 days)', '2025-02-10', 19, Math.round((71_300 * 19) / 28)],
    ['March 2025 (31 days)', '2025-03-17', 15, Math.round((71_300 * 15) / 31)],
    ['April 2025 (30 days)', '2025-04-16', 15, 35_650],
  ])('a benefit starting mid-month in %s', (_label, from, covered, expected) => {
    const incomeMonth = `${from.slice(0, 5)}${String(Number(from.slice(5, 7)) - 1).padStart(2, '0')}`;
    const permanent = benefit(computeCase(single({ applicationDate: from, incomeMonth, incomes: [pension(60_000)] })), 'permanentAllowance');
    expect(permanent.amount).toBe(71_300);
    expect(permanent.firstMonth?.amount).toBe(expected);
    expect(permanent.firstMonth?.trace.steps.find((step) => step.label === 'Liczba dni objętych świadczeniem')?.value).toBe(covered);
  });

  it('a benefit starting mid-month in February 2024 (29 days), under the 2024 row: 1000,00 zł × 20 ÷ 29 = 689,66 zł', () => {
    const permanent = benefit(computeCase(single({ applicationDate: '2024-02-10', incomeMonth: '2024-01' })), 'permanentAllowance');
    expect(permanent.amount).toBe(100_000); // 130 % × 776,00 = 1008,80 → capped at 1000,00
    expect(permanent.firstMonth?.amount).toBe(68_966);
  });

  it('an application on the 1st has no partial first month', () => {
    expect(benefit(computeCase(single({ incomes: [pension(60_000)] })), 'permanentAllowance').firstMonth).toBeNull();
  });

  it.each([
    ['2019-05-15', '2018-10-01', 50_100], // 100 % × 701,00 − 200,00
    ['2022-06-30', '2022-01-01', 57_600], // 100 % × 776,00 − 200,00
    ['2024-12-31', '2024-01-01', 80_880], // 130 % × 776,00 = 1008,80 − 200,00
    ['2025-01-01', '2025-01-01', 111_300], // 130 % × 1010,00 = 1313,00 − 200,00
  ])('a date in each parameter period (%s) uses the row from %s: zasiłek stały for 200,00 zł income', (applicationDate, validFrom, amount) => {
    const result = computeCase(single({ applicationDate, incomeMonth: applicationDate.slice(0, 7), incomes: [pension(20_000)] }));
    expect(result.parameters.validFrom).toBe(validFrom);
    expect(benefit(result, 'permanentAllowance').amount).toBe(amount);
  });

  it('the periodic amount the worker proposes is checked against the band', () => {
    const input = household(4, { benefits: ['periodicAllowance'], incomes: [pension(200_000)], applicationDate: '2025-03-10' });
    const within = benefit(computeCase({ ...input, proposedPeriodicAmount: 100_000 }), 'periodicAllowance');
    expect(within).toMatchObject({ amount: 100_000, problem: null });
    expect(within.firstMonth?.amount).toBe(Math.round((100_000 * 22) / 31));
    const below = benefit(computeCase({ ...input, proposedPeriodicAmount: 50_000 }), 'periodicAllowance');
    expect(below.amount).toBeNull();
    expect(plain(below.problem ?? '')).toContain('nie może być niższa niż 646,00 zł');
  });

  it('a raised council minimum (70 %) narrows the band', () => {
    const periodic = benefit(
      computeCase(household(4, { benefits: ['periodicAllowance'], incomes: [pension(200_000)], periodicMinPercent: 70 })),
      'periodicAllowance',
    );
    expect(periodic.minimum).toBe(90_440); // 70 % × 1292,00
  });

  it('help granted on the worker findings alone is not judged; income-tested help shows the criterion', () => {
    const result = computeCase(single({ benefits: ['careServices', 'meals', 'eventPurposeAllowance'], incomes: [pension(200_000)] }));
    expect(benefit(result, 'careServices').eligible).toBeNull();
    expect(benefit(result, 'meals').eligible).toBe(false);
    expect(benefit(result, 'eventPurposeAllowance').eligible).toBe(true);
  });
});

describe('what cannot be computed is refused with a Polish message', () => {
  function refusal(input: CaseComputationInput): AppError {
    try {
      computeCase(input);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('an applicant missing from the household', () => {
    const error = refusal(household(2, { applicantPersonId: 7 }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Wnioskodawca');
  });

  it('an income of someone outside the household', () => {
    expect(refusal(single({ incomes: [pension(10_000, 5)] })).message).toContain('tylko osoba z gospodarstwa');
  });

  it('living alone with others in the household', () => {
    expect(refusal(single({ memberPersonIds: [1, 2] })).message).toContain('jednoosobowe');
  });

  it('a date before the first parameter row', () => {
    const error = refusal(single({ applicationDate: '2018-09-30', incomeMonth: '2018-08' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('30.09.2018');
  });

  it('deductions above the gross', () => {
    expect(refusal(single({ incomes: [{ personId: 1, kind: 'employment', gross: 1_000, tax: 2_000 }] })).code).toBe('VALIDATION');
  });
});

describe('the threshold citation the case screen shows', () => {
  it('names the amount, the source and the date the row applies from', () => {
    expect(thresholdCitation(row2025, false)).toBe('kryterium 823 zł na osobę w rodzinie — Dz.U. 2024 poz. 1044, od 1.01.2025');
    expect(thresholdCitation(row2025, true)).toBe('kryterium 1010 zł dla osoby samotnie gospodarującej — Dz.U. 2024 poz. 1044, od 1.01.2025');
  });
});
