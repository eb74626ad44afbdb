import { describe, expect, it } from 'vitest';
import { healthContribution } from '../../../shared/domain/benefits/health-contribution';
import { plain } from './legal-parameter-rows.fixture';

describe('health contribution: 9 % of the zasiłek stały, half-up to the grosz', () => {
  it.each([
    [71_300, 6_417], // 713,00 × 9 % = 64,17
    [122_900, 11_061], // 1229,00 × 9 % = 110,61
    [50_600, 4_554], // 506,00 × 9 % = 45,54
    [10_050, 905], // 100,50 × 9 % = 9,045 → 9,05
    [10_049, 904], // 100,49 × 9 % = 9,0441 → 9,04
    [0, 0],
  ])('%i gr → %i gr', (allowance, contribution) => {
    expect(healthContribution(allowance).amount).toBe(contribution);
  });

  it('traces the formula and notes the rounding', () => {
    const result = healthContribution(10_050);
    expect(plain(result.trace.steps[0]!.formula)).toBe('9% × 100,50 zł');
    expect(result.trace.steps[0]!.note).toBe('Zaokrąglono do pełnego grosza (od 0,5 grosza w górę).');
  });
});
