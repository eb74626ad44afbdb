import { describe, expect, it } from 'vitest';
import {
  computeHouseholdIncome,
  excludedIncomeKinds,
  type HouseholdIncomeInput,
  incomeKinds,
  incomeMonthFor,
  incomePerPerson,
} from '../../../shared/domain/income';
import { plain, row2022, row2025 } from './legal-parameter-rows.fixture';

const single = (overrides: Partial<HouseholdIncomeInput> = {}): HouseholdIncomeInput => ({
  incomeMonth: '2025-02',
  livesAlone: true,
  members: 1,
  row: row2025,
  incomes: [],
  ...overrides,
});

describe('net income = gross − tax − contributions − alimony paid', () => {
  it('a single person: 800,00 − 40,00 − 62,00 − 98,00 = 600,00 zł', () => {
    const result = computeHouseholdIncome(
      single({
        incomes: [{ personId: 1, kind: 'employment', gross: 80_000, tax: 4_000, healthContribution: 6_200, socialContribution: 9_800 }],
      }),
    );
    expect(result.householdIncome).toBe(60_000);
    expect(result.perPersonIncome).toBe(60_000);
    expect(plain(result.trace.steps[0]!.formula)).toBe(
      '800,00 zł − 40,00 zł podatku − 62,00 zł składki zdrowotnej − 98,00 zł składek społecznych',
    );
    expect(result.trace.parameters?.source).toBe('Dz.U. 2024 poz. 1044');
    expect(result.trace.title).toBe('Dochód osoby samotnie gospodarującej za luty 2025');
  });

  it('a household of 4: excluded kinds count 0 and are marked; alimony paid is deducted', () => {
    // 2500,00 − 100,00 − 180,00 − 300,00 = 1920,00 (person 1) + 280,00 family benefits (person 2)
    // − 200,00 alimony paid by person 1 = 2000,00; 800+ twice and a zasiłek celowy count 0.
    // Per person 2000,00 ÷ 4 = 500,00. Own incomes: person 1 1920,00 − 200,00 = 1720,00; person 2 280,00.
    const result = computeHouseholdIncome({
      incomeMonth: '2025-02',
      livesAlone: false,
      members: 4,
      row: row2025,
      incomes: [
        { personId: 1, kind: 'employment', gross: 250_000, tax: 10_000, healthContribution: 18_000, socialContribution: 30_000 },
        { personId: 2, kind: 'familyBenefits', gross: 28_000 },
        { personId: 3, kind: 'childRearingBenefit', gross: 80_000 },
        { personId: 4, kind: 'childRearingBenefit', gross: 80_000 },
        { personId: 2, kind: 'purposeAllowance', gross: 30_000, description: 'opał' },
      ],
      alimonyPaid: [{ personId: 1, amount: 20_000 }],
    });
    expect(result.householdIncome).toBe(200_000);
    expect(result.perPersonIncome).toBe(50_000);
    expect(result.byPerson).toEqual([
      { personId: 1, income: 172_000 },
      { personId: 2, income: 28_000 },
      { personId: 3, income: 0 },
      { personId: 4, income: 0 },
    ]);
    expect(result.items.map((item) => [item.treatment, item.counted])).toEqual([
      ['counted', 192_000],
      ['counted', 28_000],
      ['excluded', 0],
      ['excluded', 0],
      ['excluded', 0],
      ['alimonyPaid', -20_000],
    ]);
    const excludedStep = result.trace.steps[4]!;
    expect(excludedStep.label).toBe('Zasiłek celowy — opał');
    expect(excludedStep.value).toBe(0);
    expect(excludedStep.note).toBe('Nie wlicza się do dochodu (art. 8 u.p.s.): zasiłek celowy.');
    const total = result.trace.steps.find((step) => step.label === 'Dochód gospodarstwa domowego')!;
    expect(plain(total.formula)).toBe('1 920,00 zł + 280,00 zł − 200,00 zł');
    const perPerson = result.trace.steps.find((step) => step.label === 'Dochód na osobę w gospodarstwie domowym')!;
    expect(plain(perPerson.formula)).toBe('2 000,00 zł ÷ 4');
    expect(perPerson.value).toBe(50_000);
  });

  it('the excluded kinds are the list of DOMAIN.md §4, as data with Polish labels', () => {
    expect(excludedIncomeKinds).toEqual([
      'purposeAllowance',
      'oneOffSocialPayment',
      'pupilMaterialAid',
      'benefitInKind',
      'sociallyUsefulWork',
      'childRearingBenefit',
    ]);
    expect(incomeKinds.childRearingBenefit.label).toBe('Świadczenie wychowawcze (800+)');
    for (const kind of excludedIncomeKinds) {
      const result = computeHouseholdIncome(single({ incomes: [{ personId: 1, kind, gross: 50_000 }] }));
      expect(result.householdIncome).toBe(0);
    }
  });

  it('alimony paid above the income gives 0, never a negative income, and says so', () => {
    const result = computeHouseholdIncome(
      single({ incomes: [{ personId: 1, kind: 'retirementPension', gross: 30_000 }], alimonyPaid: [{ personId: 1, amount: 50_000 }] }),
    );
    expect(result.householdIncome).toBe(0);
    expect(result.byPerson).toEqual([{ personId: 1, income: 0 }]);
    expect(result.trace.steps.at(-1)!.note).toBe('Alimenty świadczone przewyższają dochody: dochód przyjmuje się jako 0,00 zł.');
  });

  it('refuses impossible input in Polish', () => {
    expect(() => computeHouseholdIncome(single({ members: 2 }))).toThrow('Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.');
    expect(() =>
      computeHouseholdIncome(single({ incomes: [{ personId: 1, kind: 'employment', gross: 10_000, tax: 20_000 }] })),
    ).toThrow('Wynagrodzenie ze stosunku pracy: podatek i składki nie mogą być wyższe niż przychód.');
    expect(() => computeHouseholdIncome(single({ incomes: [{ personId: 1, kind: 'employment', gross: -1 }] }))).toThrow(/ujemna/);
    expect(() => computeHouseholdIncome(single({ incomeMonth: '2025-13' }))).toThrow(/RRRR-MM/);
  });
});

describe('income per person and the income month', () => {
  it('income per person is rounded half-up to the grosz', () => {
    expect(incomePerPerson(100_000, 3)).toBe(33_333); // 333,333… → 333,33
    expect(incomePerPerson(100_001, 2)).toBe(50_001); // 500,005 → 500,01
    expect(incomePerPerson(329_201, 4)).toBe(82_300); // 823,0025 → 823,00
  });

  it('the income month is the month before the application, or the application month after a lost income', () => {
    expect(incomeMonthFor('2025-03-10')).toBe('2025-02');
    expect(incomeMonthFor('2025-01-15')).toBe('2024-12');
    expect(incomeMonthFor('2025-03-10', true)).toBe('2025-03');
  });
});

describe('a farm: hectares przeliczeniowe × the 1 ha amount of the row', () => {
  const farm = (hectares: number, row = row2025) =>
    computeHouseholdIncome(single({ row, farms: [{ personId: 1, hectares }] }));

  it('0,99 ha and 0,9999 ha are not counted at all, and the trace says why', () => {
    const result = farm(0.99);
    expect(result.householdIncome).toBe(0);
    expect(result.items[0]!.treatment).toBe('farmBelowOneHectare');
    expect(plain(result.trace.steps[0]!.formula)).toBe('0,9900 ha < 1 ha przeliczeniowego');
    expect(result.trace.steps[0]!.note).toBe('Gospodarstwo rolne poniżej 1 ha przeliczeniowego — nie wlicza się do dochodu (art. 8 u.p.s.).');
    expect(farm(0.9999).householdIncome).toBe(0);
  });

  it('1,00 ha × 459,00 zł = 459,00 zł; 3,5 ha × 459,00 zł = 1606,50 zł (2025)', () => {
    expect(farm(1).householdIncome).toBe(45_900);
    expect(farm(3.5).householdIncome).toBe(160_650);
    expect(plain(farm(3.5).trace.steps[0]!.formula)).toBe('3,5000 ha × 459,00 zł');
  });

  it('the amount follows the row: 3,5 ha × 345,00 zł = 1207,50 zł (2022)', () => {
    expect(farm(3.5, row2022).householdIncome).toBe(120_750);
  });

  it('four decimal places, rounded half-up to the grosz: 1,2345 ha × 459,00 zł = 566,6355 zł → 566,64 zł', () => {
    expect(farm(1.2345).householdIncome).toBe(56_664);
  });

  it('refuses more precision than a tax notice has', () => {
    expect(() => farm(1.23456)).toThrow(/4 miejscami po przecinku/);
    expect(() => farm(-1)).toThrow(/hektarach przeliczeniowych/);
  });
});

describe('a one-off income above 5 × the threshold is spread over 12 months', () => {
  // Single, 2025: 5 × 1010,00 zł = 5050,00 zł. Income month February 2025.
  const oneOff = (gross: number, receivedOn: string, tax = 0) =>
    computeHouseholdIncome(single({ incomes: [{ personId: 1, kind: 'other', gross, tax, oneOffReceivedOn: receivedOn }] }));

  it('just above the limit, received in the income month: 5050,01 ÷ 12 = 420,834… → 420,83 zł', () => {
    const result = oneOff(505_001, '2025-02-10');
    expect(result.householdIncome).toBe(42_083);
    expect(result.items[0]!.treatment).toBe('spreadOver12Months');
    const limit = result.trace.steps[0]!;
    expect([limit.label, plain(limit.formula), limit.value]).toEqual(['Próg dochodu jednorazowego', '5 × 1 010,00 zł', 505_000]);
    expect(plain(result.trace.steps[1]!.formula)).toBe('5 050,01 zł ÷ 12');
  });

  it('a half grosz of the twelfth goes up: 5050,02 ÷ 12 = 420,835 → 420,84 zł', () => {
    expect(oneOff(505_002, '2025-02-10').householdIncome).toBe(42_084);
  });

  it('the net amount is compared: 6000,00 − 949,99 tax = 5050,01 zł is above the limit', () => {
    expect(oneOff(600_000, '2025-02-10', 94_999).householdIncome).toBe(42_083);
  });

  it('counts in the 12 months from the month it was received: March 2024 … February 2025', () => {
    expect(oneOff(505_001, '2024-03-01').householdIncome).toBe(42_083); // 12th month
    expect(oneOff(505_001, '2024-02-29').householdIncome).toBe(0); // 13th month: over
    expect(oneOff(505_001, '2025-03-01').householdIncome).toBe(0); // received after the income month
  });

  it('exactly at the limit it is not spread: in full in its own month, nothing in another', () => {
    expect(oneOff(505_000, '2025-02-10').householdIncome).toBe(505_000);
    const earlier = oneOff(505_000, '2025-01-31');
    expect(earlier.householdIncome).toBe(0);
    expect(earlier.items[0]!.treatment).toBe('oneOffOtherMonth');
  });

  it('in a household the limit is 5 × the family threshold: 5 × 823,00 × 4 = 16 460,00 zł', () => {
    const household = (gross: number) =>
      computeHouseholdIncome({
        incomeMonth: '2025-02',
        livesAlone: false,
        members: 4,
        row: row2025,
        incomes: [{ personId: 1, kind: 'other', gross, oneOffReceivedOn: '2024-12-05' }],
      });
    expect(household(1_000_000).householdIncome).toBe(0); // 10 000,00 ≤ 16 460,00, received in December
    expect(household(1_646_001).householdIncome).toBe(137_167); // 16 460,01 ÷ 12 = 1371,6675 → 1371,67
  });
});
