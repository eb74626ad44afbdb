import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../../electron/core/router';
import { cleanText } from '../../shared/contract/common';
import { createTestCore, expectError, PESEL, personWithoutPesel, personWithPesel, type TestCore } from './helpers';

/**
 * Names and dates as people write them: what cannot be seen is not stored (zero-width characters, direction
 * controls, NUL), so the duplicate check sees "Kowal\u200Bski" as Kowalski; birth dates lie between 1900 and
 * today; a huge broken input answers with at most 50 issues and the count of the rest.
 */
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2025-03-10T09:00:00Z' });
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';
const NUL = '\u0000';

describe('invisible characters', () => {
  it('cleanText removes zero-width, direction-control and NUL characters, makes odd spaces plain and composes letters', () => {
    expect(cleanText(`Kowal${ZWSP}ski`)).toBe('Kowalski');
    expect(cleanText(`${RLO}ikswolaK${PDF}`)).toBe('ikswolaK');
    expect(cleanText(`Jan${NUL}`)).toBe('Jan');
    expect(cleanText('\uFEFFAnna\u200D\u2066\u2069\u200E\u200F\u00AD')).toBe('Anna');
    expect(cleanText('Nowa\u00A0Wieś')).toBe('Nowa Wieś');
    // "ż" typed as z + combining dot above becomes the one letter ż.
    expect(cleanText('Z\u0307ak')).toBe('\u017Bak');
    // Line breaks in notes stay.
    expect(cleanText('pierwsza\r\ndruga\tkolumna')).toBe('pierwsza\r\ndruga\tkolumna');
  });

  it('stores a name without them, in every field of the person, the address included', async () => {
    const created = await t.api.call(
      'persons.create',
      personWithPesel(`Ja${ZWSP}n`, `${RLO}Kowalski${PDF}`, PESEL.m1980, {
        address: { locality: `Sit${NUL}no`, street: `Polna\u2060`, houseNumber: '12\uFEFF', postalCode: '22-424', postTown: 'Sitno' },
        phone: `600${ZWSP} 100 200`,
      }),
    );
    const stored = t.core.database.sqlite.prepare('SELECT first_name, last_name, locality, street, house_number, phone FROM persons WHERE id = ?').get(created.id);
    expect(stored).toEqual({ first_name: 'Jan', last_name: 'Kowalski', locality: 'Sitno', street: 'Polna', house_number: '12', phone: '600 100 200' });
  });

  it('the duplicate check sees through a zero-width space in the name', async () => {
    await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567'));
    const error = expectError(
      await t.invoke('persons.create', personWithoutPesel(`Ole${ZWSP}na`, `Kova${ZWSP}lenko`, 'FX7654321')),
      'CONFLICT',
    );
    expect(error.message).toContain('Olena Kovalenko');
    expect(t.count('persons')).toBe(1);
  });

  it('a name made only of invisible characters is an empty name, refused at the field', async () => {
    const error = expectError(await t.invoke('persons.create', personWithoutPesel(`${ZWSP}${RLO}`, 'Kovalenko', 'FX1234567')), 'VALIDATION');
    expect(error.issues).toContainEqual({ path: ['firstName'], message: 'Podaj imię.' });
  });

  it('cleans texts of any method, also those not built from the shared helpers (the full name of a staff member)', async () => {
    // users.create: the full name of a staff member.
    const user = await t.api.call('users.create', { login: 'anowak', fullName: `Anna${ZWSP} Nowak${RLO}`, roles: ['socialWorker'], password: 'Pogodny-Zegar-nad-Wieprzem-7' });
    expect(user.fullName).toBe('Anna Nowak');
  });
});

describe('birth dates between 01.01.1900 and today', () => {
  it('refuses the year 1000 at the field', async () => {
    const error = expectError(await t.invoke('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '1000-04-02' })), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Data urodzenia nie może być wcześniejsza niż 01.01.1900.' }]);
    expect(t.count('persons')).toBe(0);
  });

  it('refuses 2099 as a day after today', async () => {
    const error = expectError(await t.invoke('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '2099-01-01' })), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Data urodzenia nie może być z przyszłości.' }]);
  });

  it('accepts 01.01.1900 and refuses 31.12.1899', async () => {
    const oldest = await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '1900-01-01' }));
    expect(oldest.birthDate).toBe('1900-01-01');
    const error = expectError(await t.invoke('persons.create', personWithoutPesel('Maria', 'Kovalenko', 'FX7654321', { birthDate: '1899-12-31' })), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Data urodzenia nie może być wcześniejsza niż 01.01.1900.' }]);
  });

  it('refuses a PESEL of someone born in the 1800s, at the PESEL', async () => {
    // 1899-12-31 (month 12 + 80 = 92), a man; check digit by the weights 1 3 7 9 1 3 7 9 1 3.
    const error = expectError(await t.invoke('persons.create', personWithPesel('Jan', 'Stary', pesel1800s())), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['pesel'], message: 'PESEL wskazuje datę urodzenia przed 01.01.1900 — sprawdź go z dokumentem.' }]);
  });
});

describe('validation issues are capped', () => {
  it('answers at most 50 issues and the count of the rest, in the message and the details', async () => {
    // A list of 300 wrong ids in one input.
    const error = expectError(await t.invoke('decisions.pdfMany', { ids: Array.from({ length: 300 }, () => 'x') }), 'VALIDATION');
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.details).toEqual({ moreIssues: 250 });
    expect(error.message).toBe('Popraw zaznaczone pola (300; pokazano pierwsze 50).');
  });
});

/** A PESEL with a birth date of 31.12.1899 and a right check digit. */
function pesel1800s(): string {
  const digits = '9992310123'.split('').map(Number);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = digits.reduce((total, digit, index) => total + digit * weights[index]!, 0);
  return `${digits.join('')}${(10 - (sum % 10)) % 10}`;
}
