import { assertNonNegativeGrosze, formatMoney, percentOf } from '../money';
import { type ComputationTrace, formatPercent, startTrace } from '../trace';

/**
 * The health insurance contribution the gmina pays for a zasiłek stały recipient with no other insurance
 * (DOMAIN.md §5): 9 % of the allowance paid for the month (for a part of a month, of that part). The rate is a
 * parameter with the statutory default so that a change of the rate is not a code change.
 * Rounding: half-up to the grosz (9 % of 100,50 zł = 9,045 zł → 9,05 zł).
 */

export const DEFAULT_HEALTH_CONTRIBUTION_PERCENT = 9;

export function healthContribution(
  allowance: number,
  ratePercent: number = DEFAULT_HEALTH_CONTRIBUTION_PERCENT,
): { amount: number; trace: ComputationTrace } {
  assertNonNegativeGrosze(allowance, 'Zasiłek stały');
  const amount = percentOf(allowance, ratePercent, 'halfUp');
  const trace = startTrace(
    'Składka na ubezpieczenie zdrowotne od zasiłku stałego',
    'ustawa o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych',
    null,
  );
  trace.input('Zasiłek stały', allowance, 'grosze');
  trace.input('Stopa składki', ratePercent, 'percent');
  trace.step(
    'Składka zdrowotna',
    `${formatPercent(ratePercent)} × ${formatMoney(allowance)}`,
    amount,
    'grosze',
    percentOf(allowance, ratePercent, 'down') !== percentOf(allowance, ratePercent, 'up')
      ? 'Zaokrąglono do pełnego grosza (od 0,5 grosza w górę).'
      : undefined,
  );
  return { amount, trace: trace.finish('Składka zdrowotna', amount, 'grosze') };
}
