import { describe, expect, it } from 'vitest';
import { periodicAllowanceAmountProblem, periodicAllowanceBand } from '../../../shared/domain/benefits/periodic-allowance';
import { parameterRowInForce } from '../../../shared/domain/legal-parameters';
import { allRows, plain, row2018, row2022, row2025 } from './legal-parameter-rows.fixture';

const alone = (householdIncome: number) => ({ livesAlone: true, members: 1, householdIncome });
const family = (members: number, householdIncome: number) => ({ livesAlone: false, members, householdIncome });
const band = (result: ReturnType<typeof periodicAllowanceBand>) => [result.shortfall, result.minimum, result.maximum];

describe('zasiłek okresowy: the band the worker picks from', () => {
  it('DOMAIN.md §5: household of 4, 2000,00 zł → 3292,00 − 2000,00 = 1292,00; band 646,00–1292,00 zł', () => {
    const result = periodicAllowanceBand(family(4, 200_000), row2025);
    expect(band(result)).toEqual([129_200, 64_600, 129_200]);
    expect(plain(result.trace.result.value as string)).toBe('od 646,00 zł do 1 292,00 zł');
    const formulas = result.trace.steps.map((step) => plain(step.formula));
    expect(formulas).toContain('823,00 zł × 4');
    expect(formulas).toContain('3 292,00 zł − 2 000,00 zł');
    expect(formulas).toContain('50% × 1 292,00 zł');
  });

  it('the lowest amount is rounded UP: 3 persons, 2469,00 − 1177,01 = 1291,99; 50 % = 645,995 → 646,00 zł', () => {
    const result = periodicAllowanceBand(family(3, 117_701), row2025);
    expect(band(result)).toEqual([129_199, 64_600, 129_199]);
  });

  it('single, 600,00 zł: 1010,00 − 600,00 = 410,00; band 205,00–410,00 zł', () => {
    expect(band(periodicAllowanceBand(alone(60_000), row2025))).toEqual([41_000, 20_500, 41_000]);
  });

  it('single, no income: shortfall 1010,00, but never above 823,00 zł', () => {
    const result = periodicAllowanceBand(alone(0), row2025);
    expect(band(result)).toEqual([101_000, 50_500, 82_300]);
    expect(result.trace.steps.some((step) => step.note?.includes('nie może przekroczyć kryterium dochodowego na osobę'))).toBe(true);
  });

  it('the 20 zł floor: shortfall 10,00 → 20,00–20,00; shortfall 30,00 → 20,00–30,00', () => {
    expect(band(periodicAllowanceBand(alone(100_000), row2025))).toEqual([1_000, 2_000, 2_000]);
    expect(band(periodicAllowanceBand(alone(98_000), row2025))).toEqual([3_000, 2_000, 3_000]);
  });

  it('income exactly at the threshold is eligible: shortfall 0, band 20,00–20,00 zł', () => {
    expect(band(periodicAllowanceBand(alone(101_000), row2025))).toEqual([0, 2_000, 2_000]);
    expect(band(periodicAllowanceBand(family(4, 329_200), row2025))).toEqual([0, 2_000, 2_000]);
  });

  it('above the threshold: not eligible, no band', () => {
    const result = periodicAllowanceBand(family(4, 329_201), row2025);
    expect([result.eligible, ...band(result)]).toEqual([false, null, null, null]);
  });

  it('the office may raise the percentage: 60 % of 1292,00 = 775,20 zł', () => {
    expect(band(periodicAllowanceBand(family(4, 200_000), row2025, 60))).toEqual([129_200, 77_520, 129_200]);
  });

  it('a raised percentage never passes the single cap: 90 % of 1010,00 = 909,00 > 823,00 → 823,00–823,00', () => {
    expect(band(periodicAllowanceBand(alone(0), row2025, 90))).toEqual([101_000, 82_300, 82_300]);
  });

  it('refuses a percentage below 50 or above 100', () => {
    expect(() => periodicAllowanceBand(alone(0), row2025, 40)).toThrow('Minimalny procent zasiłku okresowego wynosi od 50% do 100% (ustawienia ośrodka).');
    expect(() => periodicAllowanceBand(alone(0), row2025, 101)).toThrow(/od 50% do 100%/);
  });

  it('each period, single with no income', () => {
    // 2018: 701,00; 50 % = 350,50; cap 528,00.  2022: 776,00; 388,00; cap 600,00.
    expect(band(periodicAllowanceBand(alone(0), row2018))).toEqual([70_100, 35_050, 52_800]);
    expect(band(periodicAllowanceBand(alone(0), row2022))).toEqual([77_600, 38_800, 60_000]);
    expect(band(periodicAllowanceBand(alone(0), parameterRowInForce(allRows, '2024-12-31')))).toEqual([77_600, 38_800, 60_000]);
    expect(band(periodicAllowanceBand(alone(0), parameterRowInForce(allRows, '2021-12-31')))).toEqual([70_100, 35_050, 52_800]);
  });
});

describe('periodicAllowanceAmountProblem: the amount the worker typed', () => {
  const result = periodicAllowanceBand(family(4, 200_000), row2025);

  it('accepts the band’s ends and refuses what is outside', () => {
    expect(periodicAllowanceAmountProblem(result, 64_600)).toBeNull();
    expect(periodicAllowanceAmountProblem(result, 129_200)).toBeNull();
    expect(plain(periodicAllowanceAmountProblem(result, 64_599)!)).toBe('Kwota zasiłku okresowego nie może być niższa niż 646,00 zł.');
    expect(plain(periodicAllowanceAmountProblem(result, 129_201)!)).toBe('Kwota zasiłku okresowego nie może być wyższa niż 1 292,00 zł.');
  });

  it('an ineligible household gets the reason', () => {
    const none = periodicAllowanceBand(alone(101_001), row2025);
    expect(plain(periodicAllowanceAmountProblem(none, 2_000)!)).toBe(
      'Zasiłek okresowy nie przysługuje. Dochód osoby samotnie gospodarującej (1 010,01 zł) przekracza kryterium dochodowe (1 010,00 zł).',
    );
  });
});
