import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../shared/contract';

const personInput = contract['persons.create'].input;
const officeInput = contract['settings.updateOffice'].input;

const address = { locality: 'Sitno', houseNumber: '12', postalCode: '22-424', postTown: 'Sitno' };
const withPesel = { firstName: 'Jan', lastName: 'Kowalski', pesel: '44051401359', address };
const foreigner = {
  firstName: 'Olena',
  lastName: 'Kovalenko',
  idDocument: 'FX1234567',
  birthDate: '1990-04-02',
  sex: 'F',
  address,
};

function issuesOf(result: z.ZodSafeParseResult<unknown>) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path, message: issue.message }));
}
function pathsOf(result: z.ZodSafeParseResult<unknown>) {
  return issuesOf(result).map((issue) => issue.path.join('.'));
}

describe('person form: PESEL', () => {
  it('a valid PESEL is enough: birth date and sex are not asked for', () => {
    const result = personInput.safeParse(withPesel);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ pesel: '44051401359', birthDate: null, sex: null, acceptInvalidPeselChecksum: false });
  });

  it('reports a wrong PESEL next to the PESEL field, together with the other mistakes', () => {
    const issues = issuesOf(
      personInput.safeParse({ ...withPesel, firstName: '  ', pesel: '44051401358', address: { ...address, postalCode: '2242' } }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['pesel'], message: expect.stringMatching(/cyfra kontrolna/) },
        { path: ['firstName'], message: 'Podaj imię.' },
        { path: ['address', 'postalCode'], message: 'Kod pocztowy ma postać NN-NNN, np. 22-424.' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it.each([
    ['4405140135', /11 cyfr, a wpisano 10/],
    ['4405140135X', /wyłącznie z 11 cyfr/],
    ['23222913578', /nie istnieje/],
    ['90130123454', /nie istnieje/],
  ])('PESEL %s is refused with a message at ["pesel"]', (pesel, message) => {
    expect(issuesOf(personInput.safeParse({ ...withPesel, pesel }))).toEqual([{ path: ['pesel'], message: expect.stringMatching(message) }]);
  });

  it('acceptInvalidPeselChecksum lets through a number whose only fault is the check digit', () => {
    const result = personInput.safeParse({ ...withPesel, pesel: '44051401358', acceptInvalidPeselChecksum: true });
    expect(result.success).toBe(true);
  });

  it('acceptInvalidPeselChecksum never lets through a date that does not exist or a wrong length', () => {
    expect(pathsOf(personInput.safeParse({ ...withPesel, pesel: '23222913578', acceptInvalidPeselChecksum: true }))).toEqual(['pesel']);
    expect(pathsOf(personInput.safeParse({ ...withPesel, pesel: '90130123454', acceptInvalidPeselChecksum: true }))).toEqual(['pesel']);
    expect(pathsOf(personInput.safeParse({ ...withPesel, pesel: '440514013', acceptInvalidPeselChecksum: true }))).toEqual(['pesel']);
  });

  it('a PESEL with spaces around it is trimmed', () => {
    const result = personInput.safeParse({ ...withPesel, pesel: ' 44051401359 ' });
    expect(result.data?.pesel).toBe('44051401359');
  });
});

describe('person form: without a PESEL', () => {
  it('a foreigner with a document number, birth date and sex is accepted', () => {
    const result = personInput.safeParse(foreigner);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ pesel: null, idDocument: 'FX1234567', birthDate: '1990-04-02', sex: 'F' });
  });

  it('asks for the document, the birth date and the sex all at once', () => {
    const issues = issuesOf(personInput.safeParse({ firstName: 'Olena', lastName: 'Kovalenko', address }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['idDocument'], message: expect.stringMatching(/Podaj PESEL albo/) },
        { path: ['birthDate'], message: 'Podaj datę urodzenia.' },
        { path: ['sex'], message: 'Wybierz płeć.' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('an empty PESEL counts as no PESEL', () => {
    expect(personInput.safeParse({ ...foreigner, pesel: '' }).success).toBe(true);
    expect(pathsOf(personInput.safeParse({ ...foreigner, pesel: '   ', idDocument: '' }))).toEqual(['idDocument']);
  });

  it('refuses a birth date that does not exist', () => {
    expect(issuesOf(personInput.safeParse({ ...foreigner, birthDate: '2023-02-29' }))).toEqual([
      { path: ['birthDate'], message: 'Taka data nie istnieje.' },
    ]);
  });

  it('a date typed as DD.MM.RRRR gets only the format message, not "Taka data nie istnieje."', () => {
    // 02.04.1990 exists; telling the worker it does not is misleading (shared/contract/common.ts isoDate).
    expect(issuesOf(personInput.safeParse({ ...foreigner, birthDate: '02.04.1990' }))).toEqual([
      { path: ['birthDate'], message: 'Data ma postać RRRR-MM-DD.' },
    ]);
  });

  it('refuses a sex other than F or M', () => {
    expect(pathsOf(personInput.safeParse({ ...foreigner, sex: 'X' }))).toEqual(['sex']);
  });
});

describe('person form: optional fields and address', () => {
  it('empty optional texts become null, required texts are trimmed', () => {
    const result = personInput.safeParse({
      ...withPesel,
      firstName: '  Jan ',
      idDocument: '',
      phone: '   ',
      address: { ...address, street: '', flatNumber: '  ' },
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      firstName: 'Jan',
      idDocument: null,
      phone: null,
      address: { street: null, flatNumber: null },
    });
  });

  it('missing optional fields become null too', () => {
    const result = personInput.safeParse(withPesel);
    expect(result.data).toMatchObject({ idDocument: null, phone: null, address: { street: null, flatNumber: null } });
  });

  it('an empty postal code is asked for', () => {
    expect(issuesOf(personInput.safeParse({ ...withPesel, address: { ...address, postalCode: '  ' } }))).toEqual([
      { path: ['address', 'postalCode'], message: 'Podaj kod pocztowy.' },
    ]);
  });

  it.each(['2242', '22-4240', '2-2424', 'AB-CDE', '22–424'])('refuses postal code %j', (postalCode) => {
    expect(issuesOf(personInput.safeParse({ ...withPesel, address: { ...address, postalCode } }))).toEqual([
      { path: ['address', 'postalCode'], message: 'Kod pocztowy ma postać NN-NNN, np. 22-424.' },
    ]);
  });

  it('takes a postal code typed without the dash, "22424" or "22 424", as 22-424', () => {
    for (const postalCode of ['22424', '22 424']) {
      expect(personInput.safeParse({ ...withPesel, address: { ...address, postalCode } }).data?.address.postalCode).toBe('22-424');
    }
  });

  it('accepts a postal code with spaces around it, trimmed', () => {
    const result = personInput.safeParse({ ...withPesel, address: { ...address, postalCode: ' 22-424 ' } });
    expect(result.data?.address.postalCode).toBe('22-424');
  });

  it('asks for each missing part of the address in Polish', () => {
    const issues = issuesOf(personInput.safeParse({ ...withPesel, address: {} }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['address', 'locality'], message: 'Podaj miejscowość.' },
        { path: ['address', 'houseNumber'], message: 'Podaj numer domu.' },
        { path: ['address', 'postalCode'], message: 'Podaj kod pocztowy.' },
        { path: ['address', 'postTown'], message: 'Podaj pocztę (miejscowość w adresie pocztowym).' },
      ]),
    );
  });

  it('limits the length of names', () => {
    expect(issuesOf(personInput.safeParse({ ...withPesel, firstName: 'J'.repeat(61) }))).toEqual([
      { path: ['firstName'], message: 'Najwyżej 60 znaków.' },
    ]);
    expect(personInput.safeParse({ ...withPesel, firstName: 'J'.repeat(60) }).success).toBe(true);
  });

  it('checks the phone number', () => {
    expect(personInput.safeParse({ ...withPesel, phone: '+48 600-100-200' }).success).toBe(true);
    expect(pathsOf(personInput.safeParse({ ...withPesel, phone: 'zadzwoń wieczorem' }))).toEqual(['phone']);
  });
});

describe('office settings form', () => {
  const office = {
    gminaName: 'Sitno',
    officeName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
    houseNumber: '1',
    postalCode: '22-424',
    town: 'Sitno',
    directorName: 'Anna Nowak',
    directorTitle: 'Kierownik GOPS',
  };

  it('accepts a complete office with an empty e-mail (null)', () => {
    const result = officeInput.safeParse({ ...office, email: '' });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ email: null, street: null, phone: null });
  });

  it('refuses a wrong e-mail and postal code with messages at their fields', () => {
    expect(issuesOf(officeInput.safeParse({ ...office, email: 'gops.sitno.pl', postalCode: '22 4245' }))).toEqual(
      expect.arrayContaining([
        { path: ['email'], message: 'To nie wygląda na adres e-mail.' },
        { path: ['postalCode'], message: 'Kod pocztowy ma postać NN-NNN, np. 22-424.' },
      ]),
    );
  });
});
