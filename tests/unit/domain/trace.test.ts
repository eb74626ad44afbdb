import { describe, expect, it } from 'vitest';
import { formatTraceValue, parameterRowCitation, startTrace } from '../../../shared/domain/trace';
import { plain, row2025 } from './legal-parameter-rows.fixture';

describe('trace values as a decision prints them', () => {
  it.each([
    [{ value: 122_900, unit: 'grosze' as const }, '1 229,00 zł'],
    [{ value: 130, unit: 'percent' as const }, '130%'],
    [{ value: 12.5, unit: 'percent' as const }, '12,5%'],
    [{ value: 1, unit: 'days' as const }, '1 dzień'],
    [{ value: 22, unit: 'days' as const }, '22 dni'],
    [{ value: 1, unit: 'persons' as const }, '1 osoba'],
    [{ value: 4, unit: 'persons' as const }, '4 osoby'],
    [{ value: 5, unit: 'persons' as const }, '5 osób'],
    [{ value: 12, unit: 'persons' as const }, '12 osób'],
    [{ value: 22, unit: 'persons' as const }, '22 osoby'],
    [{ value: 3.5, unit: 'hectares' as const }, '3,5000 ha'],
    [{ value: true, unit: 'yesNo' as const }, 'tak'],
    [{ value: false, unit: 'yesNo' as const }, 'nie'],
    [{ value: '2025-03-10', unit: 'date' as const }, '10.03.2025'],
  ])('%o → %s', (value, text) => {
    expect(plain(formatTraceValue(value))).toBe(text);
  });

  it('a trace is plain JSON with the whole row and its source', () => {
    const builder = startTrace('Próba', 'art. 8 u.p.s.', row2025);
    builder.input('Dochód', 60_000, 'grosze');
    builder.step('Różnica', '1 313,00 zł − 600,00 zł', 71_300, 'grosze');
    const trace = builder.finish('Wynik', 71_300, 'grosze');
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
    expect(trace.parameters).toEqual(row2025);
    expect(trace.parameters).not.toBe(row2025); // a copy: later edits of the row do not change a snapshot
    expect(parameterRowCitation(row2025)).toBe('kryteria obowiązujące od 01.01.2025 (Dz.U. 2024 poz. 1044)');
  });
});
