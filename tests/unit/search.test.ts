import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchTokens } from '../../shared/domain/search';

describe('normalizeForSearch: a worker can type without Polish letters', () => {
  it('"Łukasz Żółć" becomes "lukasz zolc"', () => {
    expect(normalizeForSearch('Łukasz Żółć')).toBe('lukasz zolc');
  });

  it('drops the marks of every Polish letter, small and capital', () => {
    expect(normalizeForSearch('ą ć ę ł ń ó ś ź ż')).toBe('a c e l n o s z z');
    expect(normalizeForSearch('Ą Ć Ę Ł Ń Ó Ś Ź Ż')).toBe('a c e l n o s z z');
    expect(normalizeForSearch('ŁÓDŹ')).toBe('lodz');
    expect(normalizeForSearch('Świętochłowice')).toBe('swietochlowice');
    expect(normalizeForSearch('Grzegorz Brzęczyszczykiewicz')).toBe('grzegorz brzeczyszczykiewicz');
  });

  it('splits hyphenated surnames into words', () => {
    expect(normalizeForSearch('Nowak-Jeziorańska')).toBe('nowak jezioranska');
  });

  it('turns punctuation and runs of spaces into single spaces and trims', () => {
    expect(normalizeForSearch('  Kowalski,   Jan!! ')).toBe('kowalski jan');
    expect(normalizeForSearch("O'Brien")).toBe('o brien');
    expect(normalizeForSearch('Kowalska (z d. Nowak)')).toBe('kowalska z d nowak');
  });

  it('keeps digits, so PESEL and document numbers are searchable', () => {
    expect(normalizeForSearch('Nowak 44051401359 ABC123456')).toBe('nowak 44051401359 abc123456');
  });

  it('an empty or punctuation-only text becomes empty', () => {
    expect(normalizeForSearch('')).toBe('');
    expect(normalizeForSearch(' -,.; ')).toBe('');
  });

  it('text already normalised stays the same', () => {
    const once = normalizeForSearch('Żaneta Wójcik-Ślęzak');
    expect(normalizeForSearch(once)).toBe(once);
  });
});

describe('searchTokens: the words of a query', () => {
  it('splits a query into normalised words', () => {
    expect(searchTokens('Nowak-Jeziorańska Anna')).toEqual(['nowak', 'jezioranska', 'anna']);
    expect(searchTokens('  ŻÓŁĆ   łukasz ')).toEqual(['zolc', 'lukasz']);
  });

  it('returns no words for an empty query or one made of punctuation', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('   ')).toEqual([]);
    expect(searchTokens('-- , ..')).toEqual([]);
  });

  it('cuts each word to 40 characters', () => {
    const tokens = searchTokens(`${'a'.repeat(50)} b`);
    expect(tokens).toEqual(['a'.repeat(40), 'b']);
  });

  it('uses at most six words', () => {
    expect(searchTokens('a b c d e f g h')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('keeps a PESEL prefix as one word', () => {
    expect(searchTokens('4405')).toEqual(['4405']);
  });
});
