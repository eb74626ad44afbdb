import { AppError } from '../../errors';
import { daysBetween, daysInMonth, endOfMonth, formatDatePl, formatMonthPl, isIsoDate, monthOf } from '../calendar';
import { assertNonNegativeGrosze, formatMoney, mulDiv } from '../money';
import { type ComputationTrace, startTrace } from '../trace';

/**
 * A benefit for part of a month (art. 106 ust. 3 u.p.s., DOMAIN.md §5): amount ÷ days in that month × days
 * covered. Rounding: computed exactly as amount × days covered ÷ days in month and rounded ONCE, half-up to the
 * grosz (a half grosz goes up); the daily rate is never rounded on its own.
 * Example: 713,00 zł from 10 March = 71 300 × 22 ÷ 31 = 50 600 gr = 506,00 zł.
 */

export interface PartialMonthInput {
  /** The full monthly amount in grosze. */
  monthlyAmount: number;
  /** First day covered. */
  from: string;
  /** Last day covered, in the same month; the month's last day when left out. */
  to?: string;
}

export interface PartialMonthResult {
  amount: number;
  daysInMonth: number;
  daysCovered: number;
  trace: ComputationTrace;
}

export function partialMonthAmount(input: PartialMonthInput): PartialMonthResult {
  assertNonNegativeGrosze(input.monthlyAmount, 'Kwota świadczenia');
  if (!isIsoDate(input.from) || (input.to !== undefined && !isIsoDate(input.to))) {
    throw new AppError('VALIDATION', 'Daty okresu świadczenia mają postać RRRR-MM-DD.');
  }
  const to = input.to ?? endOfMonth(input.from);
  if (monthOf(to) !== monthOf(input.from)) {
    throw new AppError('VALIDATION', 'Część miesiąca liczy się w obrębie jednego miesiąca kalendarzowego.');
  }
  if (to < input.from) throw new AppError('VALIDATION', 'Koniec okresu nie może być wcześniejszy niż jego początek.');

  const days = daysInMonth(input.from);
  const covered = daysBetween(input.from, to) + 1;
  const amount = mulDiv(input.monthlyAmount, covered, days, 'halfUp');

  const trace = startTrace('Świadczenie za niepełny miesiąc', 'art. 106 ust. 3 u.p.s.', null);
  trace.input('Kwota miesięczna', input.monthlyAmount, 'grosze');
  trace.input('Okres', `${formatDatePl(input.from)}–${formatDatePl(to)}`, 'text');
  trace.step('Liczba dni w miesiącu', formatMonthPl(monthOf(input.from)), days, 'days');
  trace.step('Liczba dni objętych świadczeniem', `${formatDatePl(input.from)}–${formatDatePl(to)}`, covered, 'days');
  trace.step(
    'Kwota za część miesiąca',
    `${formatMoney(input.monthlyAmount)} ÷ ${days} × ${covered}`,
    amount,
    'grosze',
    (input.monthlyAmount * covered) % days === 0 ? undefined : 'Zaokrąglono do pełnego grosza (od 0,5 grosza w górę).',
  );
  return { amount, daysInMonth: days, daysCovered: covered, trace: trace.finish('Kwota za część miesiąca', amount, 'grosze') };
}
