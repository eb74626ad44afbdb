import { AppError } from '../../errors';
import type { LegalParameterRow } from '../legal-parameters';
import { formatMoney, percentOf } from '../money';
import { type ComputationTrace, formatPercent, startTrace } from '../trace';
import { addSituationInputs, applyIncomeCriterion, type IncomeSituation } from './income-criterion';

/**
 * Zasiłek okresowy (art. 38 u.p.s., DOMAIN.md §5): the worker picks an amount in a band.
 * - shortfall: single threshold − income (a person living alone), per-person threshold × members − household
 *   income (a household);
 * - lowest: `minimumPercent` % of the shortfall — 50 % by the act, an office setting because the gmina council
 *   may raise it — rounded UP to the grosz, because the law says "at least" (50 % of 1291,99 zł = 645,995 zł →
 *   646,00 zł);
 * - highest: the whole shortfall; for a person living alone never more than the per-person threshold;
 * - the 20 zł floor (`periodicAllowanceMinimum` of the row) wins over everything: when the shortfall is smaller,
 *   even 0 (income exactly at the threshold), the band is 20,00–20,00 zł;
 * - if a raised percentage puts the lowest amount above the single person's cap, the cap (statutory) wins and
 *   the band is the cap alone.
 */

export interface PeriodicAllowanceBand {
  eligible: boolean;
  shortfall: number | null;
  minimum: number | null;
  maximum: number | null;
  reason: string;
  trace: ComputationTrace;
}

export const DEFAULT_PERIODIC_MINIMUM_PERCENT = 50;

export function periodicAllowanceBand(
  situation: IncomeSituation,
  row: LegalParameterRow,
  minimumPercent: number = DEFAULT_PERIODIC_MINIMUM_PERCENT,
): PeriodicAllowanceBand {
  if (!Number.isFinite(minimumPercent) || minimumPercent < 50 || minimumPercent > 100) {
    throw new AppError('VALIDATION', 'Minimalny procent zasiłku okresowego wynosi od 50% do 100% (ustawienia ośrodka).');
  }
  const trace = startTrace('Wysokość zasiłku okresowego', 'art. 38 u.p.s.', row);
  addSituationInputs(trace, situation, row);
  trace.input('Minimalny procent różnicy (uchwała rady gminy lub ustawa)', minimumPercent, 'percent');
  const { eligible, reason } = applyIncomeCriterion('periodicAllowance', situation, row, trace);
  if (!eligible) {
    return {
      eligible,
      shortfall: null,
      minimum: null,
      maximum: null,
      reason,
      trace: trace.finish('Zasiłek okresowy przysługuje', false, 'yesNo'),
    };
  }

  const { livesAlone, members, householdIncome } = situation;
  const threshold = livesAlone ? row.singleThreshold : row.perPersonThreshold * members;
  if (!livesAlone) {
    trace.step('Kryterium dochodowe rodziny', `${formatMoney(row.perPersonThreshold)} × ${members}`, threshold, 'grosze');
  }
  const shortfall = threshold - householdIncome;
  trace.step('Różnica między kryterium dochodowym a dochodem', `${formatMoney(threshold)} − ${formatMoney(householdIncome)}`, shortfall, 'grosze');

  let minimum = percentOf(shortfall, minimumPercent, 'up');
  trace.step(
    `Najniższa kwota: ${formatPercent(minimumPercent)} różnicy`,
    `${formatPercent(minimumPercent)} × ${formatMoney(shortfall)}`,
    minimum,
    'grosze',
    percentOf(shortfall, minimumPercent, 'down') !== minimum ? 'Zaokrąglono w górę do pełnego grosza („nie mniej niż”).' : undefined,
  );

  let maximum = shortfall;
  if (livesAlone) {
    maximum = Math.min(shortfall, row.perPersonThreshold);
    trace.step(
      'Najwyższa kwota',
      `różnica ${formatMoney(shortfall)}, nie więcej niż kryterium na osobę w rodzinie ${formatMoney(row.perPersonThreshold)}`,
      maximum,
      'grosze',
      shortfall > row.perPersonThreshold ? 'Zasiłek osoby samotnie gospodarującej nie może przekroczyć kryterium dochodowego na osobę w rodzinie.' : undefined,
    );
    if (minimum > maximum) {
      minimum = maximum;
      trace.step('Najniższa kwota po ograniczeniu', `nie więcej niż ${formatMoney(maximum)}`, minimum, 'grosze',
        'Procent różnicy daje kwotę wyższą niż ustawowa kwota najwyższa: przyjmuje się kwotę najwyższą.');
    }
  } else {
    trace.step('Najwyższa kwota', 'cała różnica', maximum, 'grosze');
  }

  const floor = row.periodicAllowanceMinimum;
  if (minimum < floor || maximum < floor) {
    minimum = Math.max(minimum, floor);
    maximum = Math.max(maximum, floor);
    trace.step('Kwota nie niższa niż ustawowe minimum', `nie mniej niż ${formatMoney(floor)}`, minimum, 'grosze',
      `Zasiłek okresowy nie może być niższy niż ${formatMoney(floor)} miesięcznie.`);
  }

  return {
    eligible,
    shortfall,
    minimum,
    maximum,
    reason,
    trace: trace.finish('Kwota zasiłku okresowego do wyboru', `od ${formatMoney(minimum)} do ${formatMoney(maximum)}`, 'text'),
  };
}

/** Why the amount a worker typed cannot be granted, in Polish; null when it is within the band. */
export function periodicAllowanceAmountProblem(band: PeriodicAllowanceBand, amount: number): string | null {
  if (!band.eligible || band.minimum === null || band.maximum === null) return `Zasiłek okresowy nie przysługuje. ${band.reason}`;
  if (!Number.isSafeInteger(amount)) return 'Kwota musi być podana w pełnych groszach.';
  if (amount < band.minimum) return `Kwota zasiłku okresowego nie może być niższa niż ${formatMoney(band.minimum)}.`;
  if (amount > band.maximum) return `Kwota zasiłku okresowego nie może być wyższa niż ${formatMoney(band.maximum)}.`;
  return null;
}
