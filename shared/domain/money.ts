import { AppError } from '../errors';

/**
 * Money is an integer number of grosze everywhere (ARCHITECTURE.md). This file holds the only places where
 * a fraction of a grosz can arise (products and quotients) and the only formatting and parsing of amounts.
 */

/**
 * How a fraction of a grosz is settled. Every computation names its rounding so that a decision's reasons
 * can say it:
 * - `halfUp`: to the nearest grosz, a half grosz away from zero (0,5 gr → 1 gr; −0,5 gr → −1 gr) — the
 *   ordinary rule of Polish bookkeeping ("końcówki od 0,5 grosza zaokrągla się w górę");
 * - `up`: to the next whole grosz towards +∞ (used where the law says "at least");
 * - `down`: to the previous whole grosz towards −∞.
 */
export type Rounding = 'halfUp' | 'up' | 'down';

/** The largest amount a person may type or have written in words: 999 999 999,99 zł. */
export const MAX_TYPED_GROSZE = 99_999_999_999;

const NBSP = '\u00a0';

/** Throws a Polish validation error unless `value` is a whole number of grosze. */
export function assertGrosze(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new AppError('VALIDATION', `${what}: kwota musi być podana w pełnych groszach.`);
  }
}

/** Like assertGrosze, and the amount may not be negative (incomes, thresholds, benefits). */
export function assertNonNegativeGrosze(value: number, what: string): void {
  assertGrosze(value, what);
  if (value < 0) throw new AppError('VALIDATION', `${what}: kwota nie może być ujemna.`);
}

/**
 * value × multiplier ÷ divisor, computed exactly (BigInt, so no floating-point error even for large
 * amounts) and rounded once at the end as `rounding` says. All three numbers are integers, divisor > 0.
 */
export function mulDiv(value: number, multiplier: number, divisor: number, rounding: Rounding): number {
  if (!Number.isSafeInteger(value) || !Number.isSafeInteger(multiplier) || !Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`mulDiv needs integers and a positive divisor (${value} × ${multiplier} ÷ ${divisor}).`);
  }
  const numerator = BigInt(value) * BigInt(multiplier);
  const denominator = BigInt(divisor);
  let quotient = numerator / denominator; // truncated towards zero
  const remainder = numerator % denominator; // same sign as the numerator
  if (remainder !== 0n) {
    const negative = numerator < 0n;
    if (rounding === 'up') {
      if (!negative) quotient += 1n;
    } else if (rounding === 'down') {
      if (negative) quotient -= 1n;
    } else {
      const twice = (negative ? -remainder : remainder) * 2n;
      if (twice >= denominator) quotient += negative ? -1n : 1n;
    }
  }
  return Number(quotient);
}

/**
 * `percent` % of an amount in grosze, rounded as `rounding` says. The percentage may have up to two
 * decimal places (12,5 % or 9,75 %), which keeps the arithmetic exact: it is taken as basis points.
 * 130 % of 823,00 zł = 82 300 × 13 000 ÷ 10 000 = 106 990 gr = 1069,90 zł exactly, so no rounding happens.
 */
export function percentOf(grosze: number, percent: number, rounding: Rounding): number {
  const basisPoints = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(percent * 100 - basisPoints) > 1e-9) {
    throw new RangeError(`A percentage has at most two decimal places (got ${percent}).`);
  }
  return mulDiv(grosze, basisPoints, 10_000, rounding);
}

/**
 * Node 20 and Chromium print `new Intl.NumberFormat('pl-PL').format(1229)` as "1229": the Polish locale groups
 * only from five digits (minimum grouping digits 2), so 1229,00 and 12 229,00 would look inconsistent in one
 * column. `useGrouping: 'always'` groups every number above 999; ICU uses a no-break space (U+00A0) as the
 * separator. We keep the no-break space, and put one before "zł" too, so that an amount never breaks across
 * lines in a document; any other space an ICU version might emit (e.g. U+202F) is turned into U+00A0.
 */
const wholeZlotyFormat = new Intl.NumberFormat('pl-PL', { useGrouping: 'always', maximumFractionDigits: 0 });

/** "1 229,00" (no-break spaces between thousands), "-12,50" for negatives; no currency. */
export function formatAmount(grosze: number): string {
  assertGrosze(grosze, 'Kwota');
  const absolute = Math.abs(grosze);
  // Whole złoty and grosze are formatted separately, so the result is exact for every integer of grosze.
  const zloty = wholeZlotyFormat.format(Math.trunc(absolute / 100)).replace(/\s/g, NBSP);
  const rest = String(absolute % 100).padStart(2, '0');
  return `${grosze < 0 ? '-' : ''}${zloty},${rest}`;
}

/** "1 229,00 zł" with no-break spaces (between thousands and before "zł"). */
export function formatMoney(grosze: number): string {
  return `${formatAmount(grosze)}${NBSP}zł`;
}

export type ParsedAmount = { ok: true; grosze: number } | { ok: false; message: string };

const FORMAT_MESSAGE = 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.';

/**
 * An amount as a person types it in Polish: "1229", "1 229,5", "1229,50 zł", "1.229,50", "1229.50".
 * The decimal separator is a comma (or a dot followed by one or two digits); thousands may be separated by
 * spaces (any kind) or by dots in groups of three. A dot followed by three digits ("1.229") is a thousands
 * separator, as in Polish handwriting, never a decimal point. More than two decimal places, a minus sign,
 * letters or a misplaced separator fail with a message that says what to type.
 */
export function parseMoney(input: string): ParsedAmount {
  let text = input.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  text = text.replace(/\s*(zł\.?|pln)$/i, '').trim();
  if (text === '') return { ok: false, message: 'Podaj kwotę.' };
  if (/^[-−–]/.test(text)) return { ok: false, message: 'Kwota nie może być ujemna.' };
  if (/[,.]\d{3,}$/.test(text) && text.includes(',')) {
    return { ok: false, message: 'Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).' };
  }

  let whole: string;
  let fraction = '';
  const plain = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(text);
  const grouped = /^(\d{1,3}(?:([ .])\d{3})(?:\2\d{3})*)(?:,(\d{1,2}))?$/.exec(text);
  if (plain) {
    whole = plain[1]!;
    fraction = plain[2] ?? '';
  } else if (grouped) {
    whole = grouped[1]!.replace(/[ .]/g, '');
    fraction = grouped[3] ?? '';
  } else if (/^\d+[,.]\d{3,}$/.test(text)) {
    return { ok: false, message: 'Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).' };
  } else {
    return { ok: false, message: FORMAT_MESSAGE };
  }

  if (whole.replace(/^0+/, '').length > 9) return { ok: false, message: 'Kwota jest za duża (najwyżej 999 999 999,99 zł).' };
  const grosze = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, grosze };
}
