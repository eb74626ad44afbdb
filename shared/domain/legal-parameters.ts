import { AppError } from '../errors';
import { formatDatePl, isIsoDate } from './calendar';

/**
 * One dated row of the statutory figures of DOMAIN.md §3. The rows themselves live in the database (seeded by a
 * migration, extended by an administrator when the figures change — next expected 2028-01-01); code never holds
 * them. A row applies from `validFrom` until the next row's `validFrom`. All amounts are integer grosze.
 */
export interface LegalParameterRow {
  /** First day the row is in force, YYYY-MM-DD. */
  validFrom: string;
  /** Kryterium dochodowe osoby samotnie gospodarującej (art. 8 ust. 1 u.p.s.). */
  singleThreshold: number;
  /** Kryterium dochodowe na osobę w rodzinie (art. 8 ust. 1 u.p.s.). */
  perPersonThreshold: number;
  /** Highest zasiłek stały of a person living alone (art. 37 u.p.s.); a household has no such cap. */
  permanentAllowanceMax: number;
  /** Lowest zasiłek stały (art. 37 u.p.s.). */
  permanentAllowanceMin: number;
  /**
   * The share of the threshold from which zasiłek stały is computed: 100 (%) until 2023-12-31, 130 (%) from
   * 2024-01-01. Kept as data on the row rather than as a date in code, so that a future change of the rule is
   * again only a new row.
   */
  permanentAllowanceThresholdPercent: number;
  /** Income from 1 ha przeliczeniowy of a farm per month (art. 8 u.p.s.). */
  hectareAmount: number;
  /** Lowest zasiłek okresowy, 20 zł (art. 38 u.p.s.). */
  periodicAllowanceMinimum: number;
  /** The legal source printed in a decision's reasons, e.g. "Dz.U. 2024 poz. 1044". */
  source: string;
}

/** The amounts of a row with their Polish names, in the order a settings screen shows them. */
export const legalParameterLabels: Record<Exclude<keyof LegalParameterRow, 'validFrom' | 'source'>, string> = {
  singleThreshold: 'Kryterium dochodowe osoby samotnie gospodarującej',
  perPersonThreshold: 'Kryterium dochodowe na osobę w rodzinie',
  permanentAllowanceMax: 'Najwyższa kwota zasiłku stałego',
  permanentAllowanceMin: 'Najniższa kwota zasiłku stałego',
  permanentAllowanceThresholdPercent: 'Procent kryterium przy ustalaniu zasiłku stałego',
  hectareAmount: 'Dochód z 1 ha przeliczeniowego',
  periodicAllowanceMinimum: 'Najniższa kwota zasiłku okresowego',
};

export interface ParameterRowProblem {
  field: keyof LegalParameterRow;
  message: string;
}

/**
 * What is wrong with a row an administrator typed, in Polish, each at its field; empty when it can be saved.
 * Amounts are whole grosze ≥ 0; the lowest zasiłek stały is not above the highest; the percentage is 100–200.
 */
export function parameterRowProblems(row: LegalParameterRow): ParameterRowProblem[] {
  const problems: ParameterRowProblem[] = [];
  if (!isIsoDate(row.validFrom)) problems.push({ field: 'validFrom', message: 'Data obowiązywania ma postać RRRR-MM-DD.' });
  for (const key of ['singleThreshold', 'perPersonThreshold', 'permanentAllowanceMax', 'permanentAllowanceMin', 'hectareAmount', 'periodicAllowanceMinimum'] as const) {
    const value = row[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push({ field: key, message: `${legalParameterLabels[key]}: podaj kwotę w pełnych groszach, nie ujemną.` });
    }
  }
  if (row.permanentAllowanceMin > row.permanentAllowanceMax) {
    problems.push({ field: 'permanentAllowanceMin', message: 'Najniższa kwota zasiłku stałego nie może być wyższa niż najwyższa.' });
  }
  const percent = row.permanentAllowanceThresholdPercent;
  if (!Number.isInteger(percent) || percent < 100 || percent > 200) {
    problems.push({
      field: 'permanentAllowanceThresholdPercent',
      message: `${legalParameterLabels.permanentAllowanceThresholdPercent}: liczba całkowita od 100 do 200.`,
    });
  }
  if (row.source.trim() === '') problems.push({ field: 'source', message: 'Podaj podstawę prawną (np. Dz.U. 2024 poz. 1044).' });
  return problems;
}

/**
 * The row in force on `date` (for benefits: the first day of the benefit month): the one with the latest
 * `validFrom` not after the date. No row → a Polish error telling what to do; two rows from the same day are a
 * data error and are refused rather than guessed between.
 */
export function parameterRowInForce(rows: readonly LegalParameterRow[], date: string): LegalParameterRow {
  if (!isIsoDate(date)) {
    throw new AppError('VALIDATION', `Nieprawidłowa data „${date}”: oczekiwano istniejącej daty w postaci RRRR-MM-DD.`);
  }
  let found: LegalParameterRow | null = null;
  for (const row of rows) {
    if (row.validFrom <= date && (!found || row.validFrom > found.validFrom)) found = row;
  }
  const validFrom = found?.validFrom;
  if (validFrom && rows.filter((row) => row.validFrom === validFrom).length > 1) {
    throw new AppError(
      'CONFLICT',
      `Dwa wiersze kryteriów dochodowych obowiązują od tego samego dnia (${formatDatePl(validFrom)}). ` +
        'Administrator musi usunąć jeden z nich w ustawieniach.',
    );
  }
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Brak kryteriów dochodowych i kwot świadczeń obowiązujących w dniu ${formatDatePl(date)}. ` +
        'Administrator musi dodać je w ustawieniach programu wraz z podstawą prawną.',
    );
  }
  return found;
}
