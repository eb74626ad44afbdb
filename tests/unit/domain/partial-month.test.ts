import { describe, expect, it } from 'vitest';
import { partialMonthAmount } from '../../../shared/domain/benefits/partial-month';
import { plain } from './legal-parameter-rows.fixture';

describe('a benefit for part of a month (art. 106 ust. 3): amount ÷ days × days covered, half-up', () => {
  it('DOMAIN.md §5: 713,00 zł from 10 March → 713,00 ÷ 31 × 22 = 506,00 zł', () => {
    const result = partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-10' });
    expect([result.amount, result.daysInMonth, result.daysCovered]).toEqual([50_600, 31, 22]);
    expect(plain(result.trace.steps.at(-1)!.formula)).toBe('713,00 zł ÷ 31 × 22');
    expect(result.trace.steps.at(-1)!.note).toBeUndefined(); // exact, nothing rounded
  });

  it('28 days: from 10.02.2025 = 19 days; 71 300 × 19 ÷ 28 = 48 382,14 gr → 483,82 zł', () => {
    const result = partialMonthAmount({ monthlyAmount: 71_300, from: '2025-02-10' });
    expect([result.amount, result.daysInMonth, result.daysCovered]).toEqual([48_382, 28, 19]);
    expect(result.trace.steps.at(-1)!.note).toBe('Zaokrąglono do pełnego grosza (od 0,5 grosza w górę).');
  });

  it('29 days: from 10.02.2024 = 20 days; 71 300 × 20 ÷ 29 = 49 172,41 gr → 491,72 zł', () => {
    const result = partialMonthAmount({ monthlyAmount: 71_300, from: '2024-02-10' });
    expect([result.amount, result.daysInMonth, result.daysCovered]).toEqual([49_172, 29, 20]);
  });

  it('30 days: from 10.04.2025 = 21 days; 71 300 × 21 ÷ 30 = 49 910 gr = 499,10 zł', () => {
    const result = partialMonthAmount({ monthlyAmount: 71_300, from: '2025-04-10' });
    expect([result.amount, result.daysInMonth, result.daysCovered]).toEqual([49_910, 30, 21]);
  });

  it('a half grosz goes up: 100,02 zł from 22.02.2025 = 7 days; 10 002 × 7 ÷ 28 = 2500,5 gr → 25,01 zł', () => {
    expect(partialMonthAmount({ monthlyAmount: 10_002, from: '2025-02-22' }).amount).toBe(2_501);
  });

  it('the whole month is the whole amount; the last day alone is one day', () => {
    expect(partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-01' }).amount).toBe(71_300);
    expect(partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-31' }).amount).toBe(2_300); // 71 300 ÷ 31
  });

  it('a period ending mid-month: 1–15 March = 15 days; 71 300 × 15 ÷ 31 = 34 500 gr = 345,00 zł', () => {
    expect(partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-01', to: '2025-03-15' }).amount).toBe(34_500);
  });

  it('refuses a period across months or backwards', () => {
    expect(() => partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-10', to: '2025-04-05' })).toThrow(
      'Część miesiąca liczy się w obrębie jednego miesiąca kalendarzowego.',
    );
    expect(() => partialMonthAmount({ monthlyAmount: 71_300, from: '2025-03-10', to: '2025-03-09' })).toThrow(
      'Koniec okresu nie może być wcześniejszy niż jego początek.',
    );
  });
});
