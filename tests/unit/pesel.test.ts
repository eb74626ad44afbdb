import { describe, expect, it } from 'vitest';
import { peselBirthDate, peselCheckDigit, validatePesel } from '../../shared/domain/pesel';

// Check digits below were computed by hand from DOMAIN.md §9: weights 1 3 7 9 1 3 7 9 1 3,
// check = (10 − Σ mod 10) mod 10. The sum is written next to each number.

describe('PESEL: valid numbers give the birth date and sex', () => {
  it.each([
    // DOMAIN.md §9 examples
    ['44051401359', '1944-05-14', 'M'], // Σ=101, 10th digit 5 (odd)
    ['02211307589', '2002-01-13', 'F'], // Σ=131, month 21 → 2000s, 10th digit 8 (even)
    // 1800s: month + 80
    ['85830701233', '1885-03-07', 'M'], // Σ=147
    // 2000s: month + 20, last day of the year
    ['10323104565', '2010-12-31', 'F'], // Σ=105
    // 29 February of leap years
    ['24222913575', '2024-02-29', 'M'], // Σ=135
    ['00222900429', '2000-02-29', 'F'], // Σ=71, 2000 is a leap year (divisible by 400)
    // 2100s: month + 40
    ['01410100007', '2101-01-01', 'F'], // Σ=43
  ])('%s → %s, %s', (pesel, birthDate, sex) => {
    expect(validatePesel(pesel)).toEqual({ valid: true, birthDate, sex });
  });

  it('ignores spaces around the number (pasted from a document)', () => {
    expect(validatePesel('  44051401359 ')).toEqual({ valid: true, birthDate: '1944-05-14', sex: 'M' });
  });

  it('computes the check digit of the DOMAIN.md examples', () => {
    expect(peselCheckDigit('4405140135')).toBe(9);
    expect(peselCheckDigit('0221130758')).toBe(9);
    // Σ ending in 0 gives check digit 0, not 10: 0000000000 → 0
    expect(peselCheckDigit('0000000000')).toBe(0);
  });
});

describe('PESEL: dates that do not exist are refused', () => {
  it.each([
    ['23222913578', '29 February 2023 (not a leap year; check digit itself is right, Σ=132)'],
    ['00022900423', '29 February 1900 (not a leap year; Σ=57)'],
    ['90130123454', 'month 13 (Σ=106)'],
    ['90000123458', 'month 00'],
    ['90023112340', '31 February'],
  ])('%s: %s', (pesel) => {
    const result = validatePesel(pesel);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toBe('date');
    expect(result.message).toMatch(/Data urodzenia zapisana w PESEL nie istnieje/);
  });

  it('returns no birth date for a non-existent date', () => {
    expect(peselBirthDate('23222913578')).toBeNull();
    expect(peselBirthDate('90130123454')).toBeNull();
    expect(peselBirthDate('24222913575')).toBe('2024-02-29');
  });
});

describe('PESEL: wrong format', () => {
  it('says how many digits were typed when the length is wrong', () => {
    const short = validatePesel('4405140135');
    expect(short).toMatchObject({ valid: false, reason: 'format', message: 'PESEL ma 11 cyfr, a wpisano 10.' });
    const long = validatePesel('440514013591');
    expect(long).toMatchObject({ valid: false, reason: 'format', message: 'PESEL ma 11 cyfr, a wpisano 12.' });
  });

  it.each(['4405140135X', 'ABCDEFGHIJK', '44051 401359', '4405-140-1359'])('refuses letters and separators: %j', (pesel) => {
    expect(validatePesel(pesel)).toMatchObject({
      valid: false,
      reason: 'format',
      message: 'PESEL składa się wyłącznie z 11 cyfr.',
    });
  });

  it('refuses an empty string', () => {
    expect(validatePesel('')).toMatchObject({ valid: false, reason: 'format' });
  });
});

describe('PESEL: wrong check digit', () => {
  it('is reported as a checksum error that still knows the date and sex (for a worker to confirm)', () => {
    expect(validatePesel('44051401358')).toEqual({
      valid: false,
      reason: 'checksum',
      message: expect.stringMatching(/Błędna cyfra kontrolna PESEL/),
      birthDate: '1944-05-14',
      sex: 'M',
    });
  });

  it('every other last digit than the right one is refused', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const result = validatePesel(`0221130758${digit}`);
      if (digit === 9) expect(result.valid).toBe(true);
      else expect(result).toMatchObject({ valid: false, reason: 'checksum', birthDate: '2002-01-13', sex: 'F' });
    }
  });

  it('a transposition of two digits is caught', () => {
    // 44051401359 with "14" → "41": the day becomes the 41st, which is a date error first
    expect(validatePesel('44054101359').valid).toBe(false);
    // 02211307589 with "75" → "57": date unchanged, checksum catches it
    expect(validatePesel('02211305789')).toMatchObject({ valid: false, reason: 'checksum' });
  });
});

describe('PESEL: a birth date later than the program\'s today is refused like a typed one', () => {
  // The clock of these tests: 10.03.2025.
  const today = '2025-03-10';

  it('refuses a PESEL of someone born tomorrow, naming the date', () => {
    expect(validatePesel('25231101238', today)).toEqual({
      valid: false,
      reason: 'date',
      message: 'Data urodzenia zapisana w PESEL (11.03.2025) jest z przyszłości. Sprawdź sześć pierwszych cyfr.',
    });
  });

  it('accepts a child born today', () => {
    expect(validatePesel('25231001231', today)).toEqual({ valid: true, birthDate: '2025-03-10', sex: 'M' });
  });

  it('without a today (the contract cannot see the clock) only the date and the check digit count', () => {
    expect(validatePesel('25231101238')).toEqual({ valid: true, birthDate: '2025-03-11', sex: 'M' });
  });
});
