import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords, pluralForm, ZLOTY } from '../../../shared/domain/amount-in-words';

describe('amountInWords (DOMAIN.md §9)', () => {
  it.each([
    // złoty / złote / złotych
    [100, 'jeden złoty 00/100'],
    [200, 'dwa złote 00/100'],
    [500, 'pięć złotych 00/100'],
    [1_000, 'dziesięć złotych 00/100'],
    [1_100, 'jedenaście złotych 00/100'],
    [1_200, 'dwanaście złotych 00/100'], // 12–14 take "złotych"
    [1_300, 'trzynaście złotych 00/100'],
    [1_400, 'czternaście złotych 00/100'],
    [2_100, 'dwadzieścia jeden złotych 00/100'], // ends in 1 but is not 1
    [2_200, 'dwadzieścia dwa złote 00/100'],
    [2_400, 'dwadzieścia cztery złote 00/100'],
    [2_500, 'dwadzieścia pięć złotych 00/100'],
    [10_100, 'sto jeden złotych 00/100'],
    [11_200, 'sto dwanaście złotych 00/100'],
    [99_900, 'dziewięćset dziewięćdziesiąt dziewięć złotych 00/100'],
    // tysiąc / tysiące / tysięcy; 1000 without "jeden"
    [100_000, 'tysiąc złotych 00/100'],
    [100_100, 'tysiąc jeden złotych 00/100'],
    [200_000, 'dwa tysiące złotych 00/100'],
    [500_000, 'pięć tysięcy złotych 00/100'],
    [1_200_000, 'dwanaście tysięcy złotych 00/100'],
    [2_100_000, 'dwadzieścia jeden tysięcy złotych 00/100'],
    [2_200_000, 'dwadzieścia dwa tysiące złotych 00/100'],
    [11_200_000, 'sto dwanaście tysięcy złotych 00/100'],
    // DOMAIN.md examples
    [122_900, 'tysiąc dwieście dwadzieścia dziewięć złotych 00/100'],
    [50_600, 'pięćset sześć złotych 00/100'],
    [71_300, 'siedemset trzynaście złotych 00/100'],
    // millions
    [100_000_000, 'milion złotych 00/100'],
    [100_100_000, 'milion tysiąc złotych 00/100'],
    [200_000_000, 'dwa miliony złotych 00/100'],
    [500_000_000, 'pięć milionów złotych 00/100'],
    [123_456_700, 'milion dwieście trzydzieści cztery tysiące pięćset sześćdziesiąt siedem złotych 00/100'],
    [
      99_999_999_999,
      'dziewięćset dziewięćdziesiąt dziewięć milionów dziewięćset dziewięćdziesiąt dziewięć tysięcy ' +
        'dziewięćset dziewięćdziesiąt dziewięć złotych 99/100',
    ],
    // grosze as NN/100
    [0, 'zero złotych 00/100'],
    [5, 'zero złotych 05/100'],
    [99, 'zero złotych 99/100'],
    [71_345, 'siedemset trzynaście złotych 45/100'],
    [122_901, 'tysiąc dwieście dwadzieścia dziewięć złotych 01/100'],
  ])('%i gr → %s', (grosze, words) => {
    expect(amountInWords(grosze)).toBe(words);
  });

  it('refuses negative amounts and fractions of a grosz', () => {
    expect(() => amountInWords(-100)).toThrow(/ujemna/);
    expect(() => amountInWords(10.5)).toThrow(/pełnych groszach/);
  });
});

describe('numberInWords and pluralForm', () => {
  it.each([
    [15, 'piętnaście'],
    [19, 'dziewiętnaście'],
    [40, 'czterdzieści'],
    [90, 'dziewięćdziesiąt'],
    [110, 'sto dziesięć'],
    [200, 'dwieście'],
    [1_000_000_000, 'miliard'],
    [2_000_000_001, 'dwa miliardy jeden'],
  ])('%i → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it.each([
    [0, 'złotych'],
    [1, 'złoty'],
    [2, 'złote'],
    [4, 'złote'],
    [5, 'złotych'],
    [11, 'złotych'],
    [12, 'złotych'],
    [14, 'złotych'],
    [21, 'złotych'],
    [22, 'złote'],
    [101, 'złotych'],
    [112, 'złotych'],
    [1001, 'złotych'],
    [1002, 'złote'],
  ])('%i %s', (n, form) => {
    expect(pluralForm(n, ZLOTY)).toBe(form);
  });
});
