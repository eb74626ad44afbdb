import { incomePerPerson } from '../income';
import type { LegalParameterRow } from '../legal-parameters';
import { formatMoney, percentOf } from '../money';
import { type ComputationTrace, formatPercent, startTrace } from '../trace';
import { addSituationInputs, applyIncomeCriterion, type IncomeSituation } from './income-criterion';

/**
 * Zasiłek stały (art. 37 u.p.s., DOMAIN.md §5):
 * - a person living alone: P % × single threshold − income, at most the highest amount, at least the lowest;
 * - a person in a household: P % × per-person threshold − income per person, at least the lowest (the act sets
 *   no highest amount here, and P % × per-person threshold stays below it in every period anyway).
 * P is `permanentAllowanceThresholdPercent` of the row: 100 until 2023-12-31, 130 from 2024-01-01 — data on the
 * row, not a date in code.
 *
 * Rounding: P % × threshold is rounded half-up to the grosz; with whole-złoty thresholds it is always exact
 * (130 % × 823,00 zł = 1069,90 zł). The income per person in a household is the printed figure, rounded
 * half-up to the grosz (incomePerPerson), so the decision's arithmetic adds up; eligibility is judged exactly.
 */

export interface PermanentAllowanceResult {
  eligible: boolean;
  /** Monthly amount in grosze; null when the income criterion is not met. */
  amount: number | null;
  reason: string;
  trace: ComputationTrace;
}

export function permanentAllowance(situation: IncomeSituation, row: LegalParameterRow): PermanentAllowanceResult {
  const trace = startTrace('Wysokość zasiłku stałego', 'art. 37 u.p.s.', row);
  addSituationInputs(trace, situation, row);
  const { eligible, reason } = applyIncomeCriterion('permanentAllowance', situation, row, trace);
  if (!eligible) {
    return { eligible, amount: null, reason, trace: trace.finish('Zasiłek stały przysługuje', false, 'yesNo') };
  }

  const percent = row.permanentAllowanceThresholdPercent;
  let amount: number;
  if (situation.livesAlone) {
    const base = percentOf(row.singleThreshold, percent, 'halfUp');
    trace.step(
      `${formatPercent(percent)} kryterium dochodowego osoby samotnie gospodarującej`,
      `${formatPercent(percent)} × ${formatMoney(row.singleThreshold)}`,
      base,
      'grosze',
    );
    const difference = base - situation.householdIncome;
    trace.step('Różnica', `${formatMoney(base)} − ${formatMoney(situation.householdIncome)}`, difference, 'grosze');
    amount = Math.min(Math.max(difference, row.permanentAllowanceMin), row.permanentAllowanceMax);
    trace.step(
      'Kwota w granicach kwoty najniższej i najwyższej',
      `nie mniej niż ${formatMoney(row.permanentAllowanceMin)}, nie więcej niż ${formatMoney(row.permanentAllowanceMax)}`,
      amount,
      'grosze',
      difference > row.permanentAllowanceMax
        ? `Różnica przekracza kwotę najwyższą: przyznaje się ${formatMoney(row.permanentAllowanceMax)}.`
        : difference < row.permanentAllowanceMin
          ? `Różnica jest niższa od kwoty najniższej: przyznaje się ${formatMoney(row.permanentAllowanceMin)}.`
          : undefined,
    );
  } else {
    const base = percentOf(row.perPersonThreshold, percent, 'halfUp');
    trace.step(
      `${formatPercent(percent)} kryterium dochodowego na osobę w rodzinie`,
      `${formatPercent(percent)} × ${formatMoney(row.perPersonThreshold)}`,
      base,
      'grosze',
    );
    const perPerson = incomePerPerson(situation.householdIncome, situation.members);
    const difference = base - perPerson;
    trace.step('Różnica', `${formatMoney(base)} − ${formatMoney(perPerson)}`, difference, 'grosze');
    amount = Math.max(difference, row.permanentAllowanceMin);
    trace.step(
      'Kwota nie niższa od kwoty najniższej',
      `nie mniej niż ${formatMoney(row.permanentAllowanceMin)}`,
      amount,
      'grosze',
      difference < row.permanentAllowanceMin
        ? `Różnica jest niższa od kwoty najniższej: przyznaje się ${formatMoney(row.permanentAllowanceMin)}.`
        : undefined,
    );
  }
  return { eligible, amount, reason, trace: trace.finish('Zasiłek stały miesięcznie', amount, 'grosze') };
}
