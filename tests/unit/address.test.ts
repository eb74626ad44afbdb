import { describe, expect, it } from 'vitest';
import { formatAddress, type Address } from '../../shared/domain/address';

const village: Address = {
  locality: 'Sitno',
  street: null,
  houseNumber: '12',
  flatNumber: null,
  postalCode: '22-424',
  postTown: 'Sitno',
};

describe('formatAddress: one line for lists and documents', () => {
  it('a village without streets: "Sitno 12, 22-424 Sitno" (DOMAIN.md §9)', () => {
    expect(formatAddress(village)).toBe('Sitno 12, 22-424 Sitno');
  });

  it('a village whose post office is in another place names both', () => {
    expect(formatAddress({ ...village, locality: 'Horyszów', houseNumber: '5' })).toBe('Horyszów 5, 22-424 Sitno');
  });

  it('a village with streets names the street, the village and the post town', () => {
    expect(
      formatAddress({ ...village, street: 'ul. Lipowa', houseNumber: '3', postalCode: '22-400', postTown: 'Zamość' }),
    ).toBe('ul. Lipowa 3, Sitno, 22-400 Zamość');
  });

  it('in a town (locality = post town) the street is enough', () => {
    expect(
      formatAddress({
        locality: 'Zamość',
        street: 'ul. Partyzantów',
        houseNumber: '10',
        flatNumber: null,
        postalCode: '22-400',
        postTown: 'Zamość',
      }),
    ).toBe('ul. Partyzantów 10, 22-400 Zamość');
  });

  it('adds the flat number after a slash, with or without a street', () => {
    expect(formatAddress({ ...village, flatNumber: '3' })).toBe('Sitno 12/3, 22-424 Sitno');
    expect(
      formatAddress({ ...village, street: 'ul. Lipowa', houseNumber: '3', flatNumber: '4', postalCode: '22-400', postTown: 'Zamość' }),
    ).toBe('ul. Lipowa 3/4, Sitno, 22-400 Zamość');
  });

  it('treats an empty street like no street', () => {
    expect(formatAddress({ ...village, street: '' })).toBe('Sitno 12, 22-424 Sitno');
  });
});
