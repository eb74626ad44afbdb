import { describe, expect, it } from 'vitest';
import { csvAmount, csvDigits, csvFile } from '../../../electron/core/registers/csv';

describe('CSV for Polish Excel', () => {
  it('writes amounts with a decimal comma and no thousands separator', () => {
    expect([csvAmount(122_900), csvAmount(5), csvAmount(0), csvAmount(-1_050), csvAmount(123_456_789)]).toEqual(['1229,00', '0,05', '0,00', '-10,50', '1234567,89']);
  });

  it('quotes only the fields that need it, and doubles their quotes', () => {
    const text = csvFile(['a', 'b'], [['Łęcka; Żaneta', 'ul. "Źródlana"'], ['linia\ndruga', ' spacja'], ['zwykłe, z przecinkiem', '']]).subarray(3).toString('utf8');
    expect(text).toBe('a;b\r\n"Łęcka; Żaneta";"ul. ""Źródlana"""\r\n"linia\ndruga";" spacja"\r\nzwykłe, z przecinkiem;\r\n');
  });

  it('keeps a PESEL as text for Excel, leading zero and all', () => {
    expect(csvFile(['PESEL'], [[csvDigits('02270803628')], [csvDigits(null)]]).subarray(3).toString('utf8')).toBe('PESEL\r\n"=""02270803628"""\r\n\r\n');
  });
});
