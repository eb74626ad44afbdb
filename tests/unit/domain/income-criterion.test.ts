import { describe, expect, it } from 'vitest';
import { incomeCriterion } from '../../../shared/domain/benefits/income-criterion';
import { plain, row2025 } from './legal-parameter-rows.fixture';

// 2025: single threshold 1010,00 zł; per person 823,00 zł; family of 4: 4 × 823,00 = 3292,00 zł.
const alone = (householdIncome: number) => ({ livesAlone: true, members: 1, householdIncome });
const family = (members: number, householdIncome: number, ownIncome: number | null = null) => ({
  livesAlone: false,
  members,
  householdIncome,
  ownIncome,
});

describe('at or below the threshold (art. 8 ust. 1), zasiłek stały strictly below (art. 37 ust. 1)', () => {
  it('a single person exactly at the threshold: okresowy and celowy yes, stały no', () => {
    expect(incomeCriterion('periodicAllowance', alone(101_000), row2025).eligible).toBe(true);
    expect(incomeCriterion('purposeAllowance', alone(101_000), row2025).eligible).toBe(true);
    const permanent = incomeCriterion('permanentAllowance', alone(101_000), row2025);
    expect(permanent.eligible).toBe(false);
    expect(plain(permanent.reason)).toBe(
      'Dochód osoby samotnie gospodarującej (1 010,00 zł) nie jest niższy od kryterium dochodowego (1 010,00 zł).',
    );
    expect(plain(permanent.trace.steps[0]!.formula)).toBe('1 010,00 zł ≥ 1 010,00 zł');
  });

  it('one grosz above the threshold: no okresowy', () => {
    const result = incomeCriterion('periodicAllowance', alone(101_001), row2025);
    expect(result.eligible).toBe(false);
    expect(plain(result.reason)).toBe('Dochód osoby samotnie gospodarującej (1 010,01 zł) przekracza kryterium dochodowe (1 010,00 zł).');
  });

  it('one grosz below: stały too', () => {
    expect(incomeCriterion('permanentAllowance', alone(100_999), row2025).eligible).toBe(true);
  });

  it('a household of 4 exactly at 3292,00 zł (823,00 per person): okresowy yes, stały no', () => {
    const periodic = incomeCriterion('periodicAllowance', family(4, 329_200), row2025);
    expect(periodic.eligible).toBe(true);
    expect(plain(periodic.reason)).toBe(
      'Dochód na osobę w rodzinie (823,00 zł) nie przekracza kryterium dochodowego na osobę w rodzinie (823,00 zł).',
    );
    expect(plain(periodic.trace.steps[0]!.formula)).toBe('3 292,00 zł ÷ 4 = 823,00 zł ≤ 823,00 zł');
    expect(incomeCriterion('permanentAllowance', family(4, 329_200, 0), row2025).eligible).toBe(false);
  });

  it('is decided exactly, not on the rounded income per person', () => {
    // 3292,01 ÷ 4 = 823,0025 → printed 823,00, but 3292,01 > 3292,00: not eligible.
    const above = incomeCriterion('periodicAllowance', family(4, 329_201), row2025);
    expect(above.eligible).toBe(false);
    expect(plain(above.trace.steps[0]!.formula)).toBe('3 292,01 zł > 4 × 823,00 zł = 3 292,00 zł');
    expect(plain(above.trace.steps[0]!.note)).toBe(
      'Dochód na osobę 3 292,01 zł ÷ 4 = 823,00 zł po zaokrągleniu do grosza; z kryterium porównuje się go bez zaokrąglenia.',
    );
    // 3291,99 ÷ 4 = 822,9975 → printed 823,00, but 3291,99 < 3292,00: stały is possible.
    expect(incomeCriterion('permanentAllowance', family(4, 329_199, 0), row2025).eligible).toBe(true);
  });

  it('stały in a household needs the own income strictly below as well', () => {
    // 2 persons, 1000,00 zł: 500,00 per person < 823,00, but own income 823,00 is not below 823,00.
    const result = incomeCriterion('permanentAllowance', family(2, 100_000, 82_300), row2025);
    expect(result.eligible).toBe(false);
    expect(plain(result.reason)).toBe('Dochód własny (823,00 zł) nie jest niższy od kryterium dochodowego na osobę w rodzinie (823,00 zł).');
    expect(incomeCriterion('permanentAllowance', family(2, 100_000, 82_299), row2025).eligible).toBe(true);
    expect(() => incomeCriterion('permanentAllowance', family(2, 100_000), row2025)).toThrow(/dochód własny/);
  });

  it('specjalny zasiłek celowy is for income above the threshold, at most the threshold', () => {
    const single = incomeCriterion('specialPurposeAllowance', alone(101_001), row2025);
    expect([single.eligible, single.maximum]).toEqual([true, 101_000]);
    expect(incomeCriterion('specialPurposeAllowance', alone(101_000), row2025).eligible).toBe(false);
    const household = incomeCriterion('specialPurposeAllowance', family(4, 400_000), row2025);
    expect([household.eligible, household.maximum]).toEqual([true, 329_200]); // 4 × 823,00
  });

  it('the art. 40 allowance does not look at income', () => {
    expect(incomeCriterion('eventPurposeAllowance', alone(1_000_000), row2025).eligible).toBe(true);
  });
});

describe('reasons never compare a rounded figure', () => {
  it('an inexact income per person is stated as the family against the family threshold', () => {
    expect(plain(incomeCriterion('periodicAllowance', family(4, 329_201), row2025).reason)).toBe(
      'Dochód rodziny (3 292,01 zł) przekracza kryterium dochodowe rodziny (4 × 823,00 zł = 3 292,00 zł).',
    );
    expect(plain(incomeCriterion('permanentAllowance', family(4, 329_199, 0), row2025).reason)).toBe(
      'Dochód własny (0,00 zł) jest niższy od kryterium dochodowego na osobę w rodzinie (823,00 zł); ' +
        'dochód rodziny (3 291,99 zł) jest niższy od kryterium dochodowego rodziny (4 × 823,00 zł = 3 292,00 zł).',
    );
  });

  it('both conditions of stały failing are both named', () => {
    expect(plain(incomeCriterion('permanentAllowance', family(4, 329_200, 90_000), row2025).reason)).toBe(
      'Dochód własny (900,00 zł) nie jest niższy od kryterium dochodowego na osobę w rodzinie (823,00 zł). ' +
        'Dochód na osobę w rodzinie (823,00 zł) nie jest niższy od kryterium dochodowego na osobę w rodzinie (823,00 zł).',
    );
  });
});
