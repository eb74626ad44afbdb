import { assertNonNegativeGrosze } from './money';

/**
 * Amounts in words as decisions and payment lists print them (DOMAIN.md §9):
 * "tysiąc dwieście dwadzieścia dziewięć złotych 00/100". Grosze are written as NN/100.
 */

/** The three Polish noun forms after a number: 1 złoty, 2–4 złote, 5 złotych. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
}

/**
 * The form that follows `n`: exactly 1 → one; last digit 2–4 but not 12–14 → few; everything else → many
 * (0, 5–21, 25–31 …, and 101, 1001, which end in 1 but are not 1).
 */
export function pluralForm(n: number, forms: PluralForms): string {
  if (n === 1) return forms.one;
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit >= 2 && lastDigit <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return forms.few;
  return forms.many;
}

const UNITS = ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = [
  'dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście',
  'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście',
];
const TENS = [
  '', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści',
  'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt',
];
const HUNDREDS = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset'];

/** Thousands, millions, milliards, from the smallest: the number of each group is followed by its noun. */
const SCALES: PluralForms[] = [
  { one: 'tysiąc', few: 'tysiące', many: 'tysięcy' },
  { one: 'milion', few: 'miliony', many: 'milionów' },
  { one: 'miliard', few: 'miliardy', many: 'miliardów' },
];

export const ZLOTY: PluralForms = { one: 'złoty', few: 'złote', many: 'złotych' };

/** 1–999 in words. */
function groupInWords(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds]!);
  if (rest >= 10 && rest < 20) {
    words.push(TEENS[rest - 10]!);
  } else {
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]!);
    if (rest % 10 > 0) words.push(UNITS[rest % 10]!);
  }
  return words;
}

/**
 * A whole number 0 … 999 999 999 999 in words. A group equal to exactly 1 is the bare noun ("tysiąc",
 * "milion"), as on Polish documents — 1000 is "tysiąc", not "jeden tysiąc"; 21 000 is still "dwadzieścia
 * jeden tysięcy", because there the group is 21.
 */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n > 999_999_999_999) {
    throw new RangeError(`numberInWords handles whole numbers 0–999 999 999 999 (got ${n}).`);
  }
  if (n === 0) return 'zero';
  const words: string[] = [];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    if (i === 0) {
      words.push(...groupInWords(group));
    } else {
      const scale = SCALES[i - 1]!;
      if (group !== 1) words.push(...groupInWords(group));
      words.push(pluralForm(group, scale));
    }
  }
  return words.join(' ');
}

/**
 * An amount in grosze in words: "tysiąc dwieście dwadzieścia dziewięć złotych 00/100", "jeden złoty 00/100",
 * "zero złotych 50/100". The złoty form follows the whole number of złoty (1001 → złotych).
 */
export function amountInWords(grosze: number): string {
  assertNonNegativeGrosze(grosze, 'Kwota słownie');
  const zloty = Math.floor(grosze / 100);
  const rest = String(grosze % 100).padStart(2, '0');
  return `${numberInWords(zloty)} ${pluralForm(zloty, ZLOTY)} ${rest}/100`;
}
