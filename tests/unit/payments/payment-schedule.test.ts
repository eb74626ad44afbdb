import { describe, expect, it } from 'vitest';
import { monthlySchedule, onceSchedule, type ScheduleDecision } from '../../../shared/domain/payment-schedule';

const grant = (from: string, until: string | null, amount: number, executableFrom: string | null = '2025-03-12'): ScheduleDecision => ({
  id: 1,
  kind: 'grant',
  effectiveFrom: from,
  effectiveUntil: until,
  monthlyAmount: amount,
  executableFrom,
});
const act = (id: number, kind: ScheduleDecision['kind'], from: string, until: string | null, amount: number | null = null): ScheduleDecision => ({
  id,
  kind,
  effectiveFrom: from,
  effectiveUntil: until,
  monthlyAmount: amount,
  executableFrom: '2025-04-02',
});
const amounts = (months: { month: string; amount: number }[]) => months.map((month) => [month.month, month.amount]);

describe('the months a monthly benefit pays (DOMAIN.md §5, art. 106 ust. 3 u.p.s.)', () => {
  it('713,00 zł from 10 March to 31 May: 506,00 + 713,00 + 713,00 zł', () => {
    const months = monthlySchedule(grant('2025-03-10', '2025-05-31', 71_300), [], '2025-12');
    expect(amounts(months)).toEqual([
      ['2025-03', 50_600],
      ['2025-04', 71_300],
      ['2025-05', 71_300],
    ]);
    expect(months[0]).toMatchObject({ from: '2025-03-10', to: '2025-03-31', decisionId: 1, executableFrom: '2025-03-12' });
  });

  it('a benefit ending mid-month pays that month in proportion too (certificate ending on 15 June: 713,00 ÷ 30 × 15)', () => {
    const months = monthlySchedule(grant('2025-04-01', '2025-06-15', 71_300), [], '2025-12');
    expect(amounts(months)).toEqual([
      ['2025-04', 71_300],
      ['2025-05', 71_300],
      ['2025-06', 35_650],
    ]);
  });

  it('an indefinite benefit runs to the month asked for, and February counts its own days (28 in 2025)', () => {
    const months = monthlySchedule(grant('2025-02-15', null, 100_000), [], '2025-04');
    // 1000,00 ÷ 28 × 14 = 500,00 exactly.
    expect(amounts(months)).toEqual([
      ['2025-02', 50_000],
      ['2025-03', 100_000],
      ['2025-04', 100_000],
    ]);
  });

  it('a revocation from May removes May and later months and keeps the earlier ones', () => {
    const months = monthlySchedule(grant('2025-03-10', '2025-05-31', 71_300), [act(2, 'revocation', '2025-05-01', null)], '2025-12');
    expect(amounts(months)).toEqual([
      ['2025-03', 50_600],
      ['2025-04', 71_300],
    ]);
  });

  it('a change from the 16th splits the month between the old and the new amount, each in proportion, and the new decision governs', () => {
    const months = monthlySchedule(grant('2025-03-10', null, 71_300), [act(2, 'change', '2025-04-16', null, 60_000)], '2025-05');
    // April: 713,00 × 15/30 = 356,50 and 600,00 × 15/30 = 300,00.
    expect(amounts(months)).toEqual([
      ['2025-03', 50_600],
      ['2025-04', 65_650],
      ['2025-05', 60_000],
    ]);
    expect(months[1]).toMatchObject({ decisionId: 2, executableFrom: '2025-04-02' });
    expect(months[0]!.executableFrom).toBe('2025-03-12');
  });

  it('a suspension for June pays nothing in June and resumes in July', () => {
    const months = monthlySchedule(grant('2025-05-01', null, 50_000), [act(2, 'suspension', '2025-06-01', '2025-06-30')], '2025-07');
    expect(amounts(months)).toEqual([
      ['2025-05', 50_000],
      ['2025-07', 50_000],
    ]);
  });

  it('a month is not payable while any decision shaping it is not yet executable', () => {
    const months = monthlySchedule(grant('2025-03-01', null, 50_000, null), [], '2025-03');
    expect(months[0]!.executableFrom).toBeNull();
  });
});

describe('help paid once', () => {
  it('is one payment in the month it is granted from, and none once revoked', () => {
    expect(amounts(onceSchedule(grant('2025-03-10', null, 40_000), []))).toEqual([['2025-03', 40_000]]);
    expect(onceSchedule(grant('2025-03-10', null, 40_000), [act(2, 'revocation', '2025-03-20', null)])).toEqual([]);
  });
});
