import { describe, expect, it } from 'vitest';
import { permanentAllowance } from '../../../shared/domain/benefits/permanent-allowance';
import { parameterRowInForce } from '../../../shared/domain/legal-parameters';
import { allRows, plain, row2018, row2022, row2024, row2025 } from './legal-parameter-rows.fixture';

const alone = (householdIncome: number) => ({ livesAlone: true, members: 1, householdIncome });
const family = (members: number, householdIncome: number, ownIncome: number) => ({
  livesAlone: false,
  members,
  householdIncome,
  ownIncome,
});

describe('zasiłek stały of a person living alone', () => {
  it('DOMAIN.md §5, 2025: income 600,00 → 1313,00 − 600,00 = 713,00 zł', () => {
    const result = permanentAllowance(alone(60_000), row2025);
    expect(result.amount).toBe(71_300);
    const formulas = result.trace.steps.map((step) => plain(step.formula));
    expect(formulas).toContain('130% × 1 010,00 zł');
    expect(formulas).toContain('1 313,00 zł − 600,00 zł');
    expect(result.trace.result).toEqual({ label: 'Zasiłek stały miesięcznie', value: 71_300, unit: 'grosze' });
    expect(result.trace.parameters?.source).toBe('Dz.U. 2024 poz. 1044');
  });

  it('DOMAIN.md §5, 2025: no income → 1313,00 capped at 1229,00 zł, and the cap is noted', () => {
    const result = permanentAllowance(alone(0), row2025);
    expect(result.amount).toBe(122_900);
    expect(plain(result.trace.steps.at(-1)!.note)).toBe('Różnica przekracza kwotę najwyższą: przyznaje się 1 229,00 zł.');
  });

  it('2025: income 1009,99 → 1313,00 − 1009,99 = 303,01 zł; 1010,00 → none', () => {
    expect(permanentAllowance(alone(100_999), row2025).amount).toBe(30_301);
    const none = permanentAllowance(alone(101_000), row2025);
    expect([none.eligible, none.amount]).toEqual([false, null]);
    expect(none.trace.result).toEqual({ label: 'Zasiłek stały przysługuje', value: false, unit: 'yesNo' });
  });

  it('2024 (130 % rule starts): income 600,00 → 1008,80 − 600,00 = 408,80 zł; no income → 1000,00 (cap)', () => {
    expect(permanentAllowance(alone(60_000), row2024).amount).toBe(40_880);
    expect(permanentAllowance(alone(0), row2024).amount).toBe(100_000);
  });

  it('2022 (100 %): income 600,00 → 776,00 − 600,00 = 176,00 zł; no income → 719,00 (cap); 760,00 → 16,00 → 30,00 (min)', () => {
    expect(permanentAllowance(alone(60_000), row2022).amount).toBe(17_600);
    expect(permanentAllowance(alone(0), row2022).amount).toBe(71_900);
    const minimum = permanentAllowance(alone(76_000), row2022);
    expect(minimum.amount).toBe(3_000);
    expect(plain(minimum.trace.steps.at(-1)!.note)).toBe('Różnica jest niższa od kwoty najniższej: przyznaje się 30,00 zł.');
  });

  it('2018 (100 %): income 600,00 → 701,00 − 600,00 = 101,00 zł; no income → 645,00 (cap); 690,00 → 11,00 → 30,00 (min)', () => {
    expect(permanentAllowance(alone(60_000), row2018).amount).toBe(10_100);
    expect(permanentAllowance(alone(0), row2018).amount).toBe(64_500);
    expect(permanentAllowance(alone(69_000), row2018).amount).toBe(3_000);
  });

  it('the day before each period uses the old row', () => {
    const at = (date: string, income: number) => permanentAllowance(alone(income), parameterRowInForce(allRows, date)).amount;
    expect(at('2021-12-31', 0)).toBe(64_500); // 701 → cap 645
    expect(at('2022-01-01', 0)).toBe(71_900); // 776 → cap 719
    expect(at('2023-12-31', 60_000)).toBe(17_600); // 100 %: 776 − 600
    expect(at('2024-01-01', 60_000)).toBe(40_880); // 130 %: 1008,80 − 600
    expect(at('2024-12-31', 0)).toBe(100_000); // 1008,80 → cap 1000
    expect(at('2025-01-01', 0)).toBe(122_900); // 1313 → cap 1229
  });
});

describe('zasiłek stały of a person in a household', () => {
  it('2025, 4 persons, 2000,00 zł: 130 % × 823,00 = 1069,90 − 500,00 = 569,90 zł', () => {
    const result = permanentAllowance(family(4, 200_000, 28_000), row2025);
    expect(result.amount).toBe(56_990);
    expect(result.trace.steps.map((step) => plain(step.formula))).toContain('1 069,90 zł − 500,00 zł');
  });

  it('uses the printed income per person: 2 persons, 1000,01 zł → 500,01 → 1069,90 − 500,01 = 569,89 zł', () => {
    expect(permanentAllowance(family(2, 100_001, 0), row2025).amount).toBe(56_989);
  });

  it('2024: 780,00 − 500,00 = 280,00 zł; 2022: 600,00 − 500,00 = 100,00 zł; 2018: 528,00 − 500,00 = 28,00 → 30,00 zł', () => {
    expect(permanentAllowance(family(4, 200_000, 0), row2024).amount).toBe(28_000);
    expect(permanentAllowance(family(4, 200_000, 0), row2022).amount).toBe(10_000);
    expect(permanentAllowance(family(4, 200_000, 0), row2018).amount).toBe(3_000);
  });

  it('no income at all: 1069,90 zł (below the single cap of 1229,00, which does not apply here)', () => {
    expect(permanentAllowance(family(3, 0, 0), row2025).amount).toBe(106_990);
  });

  it('income per person at the threshold: none', () => {
    expect(permanentAllowance(family(4, 329_200, 0), row2025).amount).toBeNull();
  });
});
