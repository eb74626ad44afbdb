import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, mulDiv, parseMoney, percentOf } from '../../../shared/domain/money';

const NBSP = '\u00a0';

describe('formatMoney: "1 229,00 zł" with no-break spaces', () => {
  it('groups four-digit amounts too (Intl pl-PL alone prints "1229")', () => {
    expect(formatMoney(122_900)).toBe(`1${NBSP}229,00${NBSP}zł`);
    expect(formatMoney(122_900).replace(/\u00a0/g, ' ')).toBe('1 229,00 zł');
  });

  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [50, '0,50'],
    [99_999, '999,99'],
    [100_000, `1${NBSP}000,00`],
    [1_222_900, `12${NBSP}229,00`],
    [100_000_000, `1${NBSP}000${NBSP}000,00`],
    [99_999_999_999, `999${NBSP}999${NBSP}999,99`],
    [-1_250, '-12,50'],
  ])('%i gr → %s', (grosze, text) => {
    expect(formatAmount(grosze)).toBe(text);
  });

  it('refuses a fraction of a grosz', () => {
    expect(() => formatMoney(1.5)).toThrow(/pełnych groszach/);
  });
});

describe('parseMoney: amounts typed in Polish', () => {
  it.each([
    ['1229', 122_900],
    ['1 229,5', 122_950],
    ['1229,50 zł', 122_950],
    ['1229,50zł', 122_950],
    [`1${NBSP}229,00${NBSP}zł`, 122_900], // what formatMoney prints reads back
    ['1.229,50', 122_950], // dots between thousands
    ['1.229', 122_900], // a dot before three digits separates thousands
    ['1229.50', 122_950], // a dot before one or two digits is the decimal point
    ['0,05', 5],
    ['  713 ZŁ ', 71_300],
    ['12 229', 1_222_900],
    ['999 999 999,99', 99_999_999_999],
  ])('"%s" → %i gr', (text, grosze) => {
    expect(parseMoney(text)).toEqual({ ok: true, grosze });
  });

  it.each([
    ['', 'Podaj kwotę.'],
    ['   ', 'Podaj kwotę.'],
    ['zł', 'Podaj kwotę.'],
    ['-5', 'Kwota nie może być ujemna.'],
    ['12,345', 'Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).'],
    ['1229.505', 'Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).'],
    ['1229,', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
    [',50', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
    ['12a', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
    ['1 22,00', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
    ['1000000000', 'Kwota jest za duża (najwyżej 999 999 999,99 zł).'],
  ])('"%s" fails: %s', (text, message) => {
    expect(parseMoney(text)).toEqual({ ok: false, message });
  });
});

describe('percentOf and mulDiv: exact, rounded once as asked', () => {
  it('130 % of the thresholds is exact', () => {
    expect(percentOf(82_300, 130, 'halfUp')).toBe(106_990); // 823,00 × 1,3 = 1069,90
    expect(percentOf(101_000, 130, 'halfUp')).toBe(131_300); // 1010,00 × 1,3 = 1313,00
    expect(percentOf(77_600, 130, 'halfUp')).toBe(100_880); // 776,00 × 1,3 = 1008,80
  });

  it('a half grosz: halfUp and up go up, down goes down', () => {
    // 50 % of 1291,99 zł = 645,995 zł
    expect(percentOf(129_199, 50, 'halfUp')).toBe(64_600);
    expect(percentOf(129_199, 50, 'up')).toBe(64_600);
    expect(percentOf(129_199, 50, 'down')).toBe(64_599);
    // 9 % of 100,50 zł = 9,045 zł
    expect(percentOf(10_050, 9, 'halfUp')).toBe(905);
    expect(percentOf(10_050, 9, 'down')).toBe(904);
  });

  it('less than half a grosz: halfUp goes down, up still goes up', () => {
    // 9 % of 100,49 zł = 9,0441 zł
    expect(percentOf(10_049, 9, 'halfUp')).toBe(904);
    expect(percentOf(10_049, 9, 'up')).toBe(905);
  });

  it('negative amounts: halfUp is away from zero, up is towards +∞, down towards −∞', () => {
    // −100,50 zł × 9 % = −9,045 zł
    expect(percentOf(-10_050, 9, 'halfUp')).toBe(-905);
    expect(percentOf(-10_050, 9, 'up')).toBe(-904);
    expect(percentOf(-10_050, 9, 'down')).toBe(-905);
  });

  it('takes percentages with two decimal places, not more', () => {
    expect(percentOf(100, 12.5, 'halfUp')).toBe(13); // 12,5 gr → 13 gr
    expect(() => percentOf(100, 12.345, 'halfUp')).toThrow(RangeError);
  });

  it('mulDiv: the partial month of DOMAIN.md §5 and a large amount without float error', () => {
    expect(mulDiv(71_300, 22, 31, 'halfUp')).toBe(50_600); // 1 568 600 ÷ 31 = 50 600
    // 99 999 999 999 × 30 ÷ 31 = 96 774 193 547,419… → 96 774 193 547
    expect(mulDiv(99_999_999_999, 30, 31, 'halfUp')).toBe(96_774_193_547);
    expect(() => mulDiv(1, 1, 0, 'halfUp')).toThrow(RangeError);
  });
});
