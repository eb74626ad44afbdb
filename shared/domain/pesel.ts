/**
 * PESEL: 11 digits YYMMDDZZZXK (DOMAIN.md §9). The month carries the century (+80 → 1800s, +0 → 1900s,
 * +20 → 2000s, +40 → 2100s, +60 → 2200s), the 10th digit is even for women, the last is a check digit.
 */
export type Sex = 'F' | 'M';

export type PeselResult =
  | { valid: true; birthDate: string; sex: Sex }
  | { valid: false; reason: 'format' | 'date'; message: string }
  | { valid: false; reason: 'checksum'; message: string; birthDate: string; sex: Sex };

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

export function peselCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

/** The birth date encoded in a PESEL as ISO YYYY-MM-DD, or null when that date does not exist. */
export function peselBirthDate(pesel: string): string | null {
  const yy = Number(pesel.slice(0, 2));
  const encodedMonth = Number(pesel.slice(2, 4));
  const day = Number(pesel.slice(4, 6));
  const offset = Math.floor(encodedMonth / 20) * 20;
  const century = CENTURY_BY_MONTH_OFFSET[offset];
  const month = encodedMonth - offset;
  if (century === undefined || month < 1 || month > 12) return null;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks a PESEL. With `today` (ISO, from the program's clock: only the core and the screens know it), a birth
 * date later than today is refused like a typed one.
 */
export function validatePesel(input: string, today?: string): PeselResult {
  const pesel = input.trim();
  if (!/^\d{11}$/.test(pesel)) {
    const digits = pesel.replace(/\D/g, '').length;
    return {
      valid: false,
      reason: 'format',
      message:
        digits === pesel.length
          ? `PESEL ma 11 cyfr, a wpisano ${digits}.`
          : 'PESEL składa się wyłącznie z 11 cyfr.',
    };
  }
  const birthDate = peselBirthDate(pesel);
  if (!birthDate) {
    return {
      valid: false,
      reason: 'date',
      message: 'Data urodzenia zapisana w PESEL nie istnieje. Sprawdź sześć pierwszych cyfr.',
    };
  }
  if (today !== undefined && birthDate > today) {
    const [year, month, day] = birthDate.split('-');
    return {
      valid: false,
      reason: 'date',
      message: `Data urodzenia zapisana w PESEL (${day}.${month}.${year}) jest z przyszłości. Sprawdź sześć pierwszych cyfr.`,
    };
  }
  const sex: Sex = Number(pesel[9]) % 2 === 0 ? 'F' : 'M';
  if (peselCheckDigit(pesel) !== Number(pesel[10])) {
    return {
      valid: false,
      reason: 'checksum',
      message: 'Błędna cyfra kontrolna PESEL. Sprawdź, czy wszystkie cyfry zostały przepisane poprawnie.',
      birthDate,
      sex,
    };
  }
  return { valid: true, birthDate, sex };
}
