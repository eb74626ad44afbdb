import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, expectError, OFFICE, PESEL, personWithoutPesel, personWithPesel, type TestCore } from './helpers';

/**
 * A wrong date is refused, never replaced: a day that does not exist by the contract, a day later than the
 * program's today by the core (the contract cannot see the clock). Every message is Polish and names the field.
 */
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2025-03-10T09:00:00Z' }); // 10.03.2025, 10:00 in Poland
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

// Born 11.03.2025 (month 03 + 20 for the 2000s), a man; check digit by the weights 1 3 7 9 1 3 7 9 1 3.
const PESEL_BORN_11_03_2025 = '25231101238';

describe('birth dates', () => {
  it('refuses a typed birth date after today, at the field, and saves nothing', async () => {
    const error = expectError(
      await t.invoke('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '2025-03-11' })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Data urodzenia nie może być z przyszłości.' }]);
    expect(t.count('persons')).toBe(0);
  });

  it('accepts a child born today', async () => {
    const child = await t.api.call('persons.create', personWithoutPesel('Mila', 'Kovalenko', 'FX7654321', { birthDate: '2025-03-10' }));
    expect(child.birthDate).toBe('2025-03-10');
  });

  it('refuses 31.02.1980: the day does not exist', async () => {
    const error = expectError(
      await t.invoke('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '1980-02-31' })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Taka data nie istnieje.' }]);
    expect(t.count('persons')).toBe(0);
  });

  it('refuses a birth date after today also when a person is changed', async () => {
    const olena = await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567'));
    const error = expectError(
      await t.invoke('persons.update', {
        id: olena.id,
        version: olena.version,
        person: personWithoutPesel('Olena', 'Kovalenko', 'FX1234567', { birthDate: '2026-01-01' }),
      }),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['birthDate'], message: 'Data urodzenia nie może być z przyszłości.' }]);
    expect((await t.api.call('persons.get', { id: olena.id })).birthDate).toBe('1990-04-02');
  });
});

describe('a PESEL whose birth date is in the future is refused like a typed one', () => {
  const message = 'Data urodzenia zapisana w PESEL (11.03.2025) jest z przyszłości. Sprawdź sześć pierwszych cyfr.';

  it('on saving, at the PESEL field', async () => {
    const error = expectError(await t.invoke('persons.create', personWithPesel('Adam', 'Nowy', PESEL_BORN_11_03_2025)), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['pesel'], message }]);
    expect(t.count('persons')).toBe(0);
  });

  it('even when the worker would accept a wrong check digit', async () => {
    const input = personWithPesel('Adam', 'Nowy', PESEL_BORN_11_03_2025, { acceptInvalidPeselChecksum: true });
    expect(expectError(await t.invoke('persons.create', input), 'VALIDATION').issues).toEqual([{ path: ['pesel'], message }]);
  });

  it('while typing, by the live check', async () => {
    expect(await t.api.call('persons.checkPesel', { pesel: PESEL_BORN_11_03_2025 })).toEqual({
      valid: false,
      reason: 'date',
      message,
      birthDate: null,
      sex: null,
      existing: null,
    });
  });

  it('"future" is the program\'s today: on 11.03.2025 the same PESEL is accepted', async () => {
    await t.moveClockTo('2025-03-11T09:00:00Z');
    const adam = await t.api.call('persons.create', personWithPesel('Adam', 'Nowy', PESEL_BORN_11_03_2025));
    expect(adam).toMatchObject({ birthDate: '2025-03-11', sex: 'M' });
  });

  it('a PESEL of someone born long ago is still fine', async () => {
    expect(await t.api.call('persons.checkPesel', { pesel: PESEL.jan1944M })).toMatchObject({ valid: true, birthDate: '1944-05-14' });
  });
});

describe('application dates', () => {
  it.each([
    ['2025-03-11', 'Data wpływu wniosku nie może być z przyszłości.'],
    ['2025-02-30', 'Taka data nie istnieje.'],
  ])('refuses %s with "%s" and registers nothing', async (applicationDate, message) => {
    await t.api.call('settings.updateOffice', OFFICE);
    const workerUserId = (await t.api.call('auth.me', {})).id;
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const error = expectError(
      await t.invoke('cases.create', { applicantPersonId: jan.id, applicationDate, benefits: ['permanentAllowance'], reasons: ['poverty'], workerUserId }),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['applicationDate'], message }]);
    expect(t.core.database.sqlite.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });
});
