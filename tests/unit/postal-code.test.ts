import { describe, expect, it } from 'vitest';
import { postalCode } from '../../shared/contract/common';
import { normalizePostalCode } from '../../shared/domain/address';

describe('postal codes typed the quick way', () => {
  it('"22424" and "22 424" are written 22-424; a written one stays', () => {
    expect(normalizePostalCode('22424')).toBe('22-424');
    expect(normalizePostalCode(' 22 424 ')).toBe('22-424');
    expect(normalizePostalCode('22-424')).toBe('22-424');
  });

  it('anything else stays as typed, never guessed', () => {
    expect(normalizePostalCode('2242')).toBe('2242');
    expect(normalizePostalCode('224245')).toBe('224245');
    expect(normalizePostalCode('22-42a')).toBe('22-42a');
  });

  it('the contract takes "22424" as 22-424 and refuses a wrong code in Polish', () => {
    expect(postalCode.parse('22424')).toBe('22-424');
    const refused = postalCode.safeParse('2242');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['Kod pocztowy ma postać NN-NNN, np. 22-424.']);
    expect(postalCode.safeParse('').error?.issues.map((issue) => issue.message)).toEqual(['Podaj kod pocztowy.']);
  });
});
