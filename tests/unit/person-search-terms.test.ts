import { describe, expect, it } from 'vitest';
import { personSearchTerms, personSearchText, phoneDigits } from '../../shared/domain/search';

describe('phoneDigits: a phone as its national digits', () => {
  it('drops spaces, dashes, brackets and the country code', () => {
    for (const typed of ['601234567', '601 234 567', '601-234-567', '+48 601 234 567', '+48601234567', '0048 601 234 567', '48 601 234 567']) {
      expect(phoneDigits(typed), typed).toBe('601234567');
    }
    expect(phoneDigits('(81) 111-22-33')).toBe('811112233');
  });

  it('keeps a partial number as typed', () => {
    expect(phoneDigits('601 23')).toBe('60123');
  });
});

describe('personSearchText: what the register indexes', () => {
  const person = {
    lastName: 'Nowak-Jeziorańska', firstName: 'Józefa', pesel: '85072202466', idDocument: null,
    locality: 'Bródek', street: null, houseNumber: '15', flatNumber: null, phone: '+48 601-234-567',
  };

  it('name first, then PESEL, "locality house", and the phone digits', () => {
    expect(personSearchText(person)).toBe('nowak jezioranska jozefa 85072202466 brodek 15 601234567');
  });

  it('with a street the house and flat number follow both the locality and the street', () => {
    expect(personSearchText({ ...person, locality: 'Żółkiewka', street: 'ul. Lipowa', flatNumber: '3', phone: null }))
      .toBe('nowak jezioranska jozefa 85072202466 zolkiewka 15 3 ul lipowa 15 3');
  });
});

describe('personSearchTerms: a query as terms and phrases', () => {
  it('every word is a term of its own', () => {
    expect(personSearchTerms('Łukasz Żółć')).toEqual([[['lukasz']], [['zolc']]]);
  });

  it('a house and flat number join the word before them', () => {
    expect(personSearchTerms('brodek 15')).toEqual([[['brodek', '15']]]);
    expect(personSearchTerms('Lipowa 15a/3')).toEqual([[['lipowa', '15a', '3']]]);
    expect(personSearchTerms('nowak lipowa 7')).toEqual([[['nowak']], [['lipowa', '7']]]);
  });

  it('a long number after a word (a PESEL) stays a term of its own', () => {
    expect(personSearchTerms('nowak 85072202466')).toEqual([[['nowak']], [['85072202466']]]);
  });

  it('a number typed with spaces or dashes is one number, with and without +48', () => {
    expect(personSearchTerms('601 234 567')).toEqual([[['601234567']]]);
    expect(personSearchTerms('+48 601-234-567')).toEqual([[['48601234567'], ['601234567']]]);
    expect(personSearchTerms('4405')).toEqual([[['4405']]]);
  });

  it('an empty query has no terms', () => {
    expect(personSearchTerms('')).toEqual([]);
    expect(personSearchTerms(' -, ')).toEqual([]);
  });
});
