import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { parameterRowInForce, parameterRowProblems } from '../../../shared/domain/legal-parameters';
import { allRows, row2018, row2022, row2024, row2025 } from './legal-parameter-rows.fixture';

describe('parameterRowInForce: the row of the date', () => {
  it.each([
    ['2018-10-01', row2018, 'first day of the 2018 row'],
    ['2021-12-31', row2018, 'the day before 2022'],
    ['2022-01-01', row2022, 'first day of the 2022 row'],
    ['2023-12-31', row2022, 'the day before 2024 (100 % rule still)'],
    ['2024-01-01', row2024, 'first day of the 130 % rule'],
    ['2024-12-31', row2024, 'the day before 2025'],
    ['2025-01-01', row2025, 'first day of the 2025 row'],
    ['2027-12-31', row2025, 'the newest row stays in force until a newer one is added'],
  ])('%s → row from %s', (date, row) => {
    expect(parameterRowInForce(allRows, date)).toBe(row);
  });

  it('before the first row: a Polish NOT_FOUND error that says what to do', () => {
    try {
      parameterRowInForce(allRows, '2018-09-30');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('NOT_FOUND');
      expect((error as AppError).message).toBe(
        'Brak kryteriów dochodowych i kwot świadczeń obowiązujących w dniu 30.09.2018. ' +
          'Administrator musi dodać je w ustawieniach programu wraz z podstawą prawną.',
      );
    }
    expect(() => parameterRowInForce([], '2025-01-01')).toThrow(/Brak kryteriów dochodowych/);
  });

  it('two rows from the day that applies are refused, not guessed between', () => {
    const rows = [...allRows, { ...row2025, source: 'inny' }];
    expect(() => parameterRowInForce(rows, '2025-05-01')).toThrow(/Dwa wiersze kryteriów dochodowych obowiązują od tego samego dnia \(01\.01\.2025\)/);
    // An older duplicate does not matter when a newer row applies.
    expect(parameterRowInForce([...allRows, { ...row2018 }], '2025-05-01')).toBe(row2025);
  });

  it('a malformed date is a validation error', () => {
    expect(() => parameterRowInForce(allRows, '2025-13-01')).toThrow(/RRRR-MM-DD/);
  });
});

describe('parameterRowProblems: checking a row an administrator typed', () => {
  it('the DOMAIN.md rows are fine', () => {
    for (const row of allRows) expect(parameterRowProblems(row)).toEqual([]);
  });

  it('names every problem in Polish', () => {
    expect(
      parameterRowProblems({
        ...row2025,
        validFrom: '2028-02-30',
        singleThreshold: 1000.5,
        permanentAllowanceMin: 200_000,
        permanentAllowanceThresholdPercent: 90,
        source: ' ',
      }),
    ).toEqual([
      { field: 'validFrom', message: 'Data obowiązywania ma postać RRRR-MM-DD.' },
      { field: 'singleThreshold', message: 'Kryterium dochodowe osoby samotnie gospodarującej: podaj kwotę w pełnych groszach, nie ujemną.' },
      { field: 'permanentAllowanceMin', message: 'Najniższa kwota zasiłku stałego nie może być wyższa niż najwyższa.' },
      {
        field: 'permanentAllowanceThresholdPercent',
        message: 'Procent kryterium przy ustalaniu zasiłku stałego: liczba całkowita od 100 do 200.',
      },
      { field: 'source', message: 'Podaj podstawę prawną (np. Dz.U. 2024 poz. 1044).' },
    ]);
  });
});
