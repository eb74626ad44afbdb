import { describe, expect, it } from 'vitest';
import { plural } from '../../shared/domain/plural';

describe('plural: a count with its words in the Polish form', () => {
  const cases = (n: number) => plural(n, 'otwarta sprawa', 'otwarte sprawy', 'otwartych spraw');

  it.each([
    [0, '0 otwartych spraw'],
    [1, '1 otwarta sprawa'],
    [2, '2 otwarte sprawy'],
    [4, '4 otwarte sprawy'],
    [5, '5 otwartych spraw'],
    [11, '11 otwartych spraw'],
    [12, '12 otwartych spraw'],
    [14, '14 otwartych spraw'],
    [21, '21 otwartych spraw'],
    [22, '22 otwarte sprawy'],
    [101, '101 otwartych spraw'],
    [112, '112 otwartych spraw'],
    [122, '122 otwarte sprawy'],
  ])('%i → %s', (n, text) => {
    expect(cases(n)).toBe(text);
  });

  it('days and entries, as the backup banner and the audit check say them', () => {
    expect(`${plural(1, 'dzień', 'dni', 'dni')} temu`).toBe('1 dzień temu');
    expect(`${plural(3, 'dzień', 'dni', 'dni')} temu`).toBe('3 dni temu');
    expect(plural(3, 'wpis', 'wpisy', 'wpisów')).toBe('3 wpisy');
  });
});
