import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api-client';
import { createTestCore, expectError, PESEL, personWithPesel, personWithoutPesel, SITNO, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

describe('persons: create, read, update', () => {
  it('creates a person with birth date and sex taken from the PESEL, and reads the card back', async () => {
    const created = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { phone: '600 100 200' }));
    expect(created).toMatchObject({
      firstName: 'Jan',
      lastName: 'Kowalski',
      pesel: PESEL.jan1944M,
      idDocument: null,
      birthDate: '1944-05-14',
      sex: 'M',
      address: { ...SITNO, street: null, flatNumber: null },
      phone: '600 100 200',
      peselChecksumAccepted: false,
      household: null,
      version: 1,
      createdAt: '2025-03-10T09:00:00.000Z',
      updatedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(await t.api.call('persons.get', { id: created.id })).toEqual(created);
  });

  it('takes a woman born in the 2000s from the PESEL', async () => {
    const anna = await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    expect(anna).toMatchObject({ birthDate: '2002-01-13', sex: 'F' });
  });

  it('the PESEL wins over a birth date and sex typed by hand', async () => {
    const jan = await t.api.call(
      'persons.create',
      personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { birthDate: '1999-09-09', sex: 'F' }),
    );
    expect(jan).toMatchObject({ birthDate: '1944-05-14', sex: 'M' });
  });

  it('a person without PESEL keeps the typed birth date and sex; the document number is upper-cased', async () => {
    const olena = await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'fx 1234567'));
    expect(olena).toMatchObject({ pesel: null, idDocument: 'FX 1234567', birthDate: '1990-04-02', sex: 'F' });
  });

  it('a PESEL with a wrong check digit is stored only when the worker confirmed it, and marked', async () => {
    const refused = expectError(await t.invoke('persons.create', personWithPesel('Jan', 'Kowalski', '44051401358')), 'VALIDATION');
    expect(refused.issues).toEqual([{ path: ['pesel'], message: expect.stringMatching(/cyfra kontrolna/) }]);
    expect(t.count('persons')).toBe(0);

    const accepted = await t.api.call(
      'persons.create',
      personWithPesel('Jan', 'Kowalski', '44051401358', { acceptInvalidPeselChecksum: true }),
    );
    expect(accepted).toMatchObject({ pesel: '44051401358', peselChecksumAccepted: true, birthDate: '1944-05-14', sex: 'M' });
  });

  it('a PESEL with a date that does not exist is never stored, even when "accept" is ticked', async () => {
    const error = expectError(
      await t.invoke('persons.create', personWithPesel('Jan', 'Kowalski', '23222913578', { acceptInvalidPeselChecksum: true })),
      'VALIDATION',
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual([['pesel']]);
    expect(t.count('persons')).toBe(0);
  });

  it('updates a person: new data, version + 1, new updatedAt, createdAt kept', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    t.clock.advance(60_000);
    const updated = await t.api.call('persons.update', {
      id: jan.id,
      version: jan.version,
      person: personWithPesel('Jan', 'Kowalski-Wiśniewski', PESEL.jan1944M, {
        address: { ...SITNO, street: 'ul. Lipowa', flatNumber: '4' },
      }),
    });
    expect(updated).toMatchObject({
      id: jan.id,
      lastName: 'Kowalski-Wiśniewski',
      address: { street: 'ul. Lipowa', flatNumber: '4' },
      version: 2,
      createdAt: '2025-03-10T09:00:00.000Z',
      updatedAt: '2025-03-10T09:01:00.000Z',
    });
    expect(await t.api.call('persons.get', { id: jan.id })).toEqual(updated);
  });

  it('changing the PESEL changes the birth date and sex', async () => {
    const person = await t.api.call('persons.create', personWithPesel('Alex', 'Nowak', PESEL.jan1944M));
    const updated = await t.api.call('persons.update', {
      id: person.id,
      version: 1,
      person: personWithPesel('Alex', 'Nowak', PESEL.anna2002F),
    });
    expect(updated).toMatchObject({ pesel: PESEL.anna2002F, birthDate: '2002-01-13', sex: 'F' });
  });

  it('persons.get of a missing person is NOT_FOUND with a Polish message', async () => {
    const error = expectError(await t.invoke('persons.get', { id: 999 }), 'NOT_FOUND');
    expect(error.message).toBe('Nie ma takiej osoby w rejestrze.');
  });

  it('updating a missing person is NOT_FOUND and creates nobody', async () => {
    expectError(await t.invoke('persons.update', { id: 42, version: 1, person: personWithPesel('Jan', 'Nowy', PESEL.m1980) }), 'NOT_FOUND');
    expect(t.count('persons')).toBe(0);
  });
});

describe('persons: conflicts', () => {
  it('a second person with the same PESEL is a CONFLICT at ["pesel"] naming the person already registered', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const error = expectError(await t.invoke('persons.create', personWithPesel('Janusz', 'Kowal', PESEL.jan1944M)), 'CONFLICT');
    expect(error.message).toContain('Jan Kowalski');
    expect(error.issues).toEqual([{ path: ['pesel'], message: expect.stringContaining('Jan Kowalski') }]);
    expect(error.details).toEqual({ existingPersonId: jan.id });
    expect(t.count('persons')).toBe(1);
  });

  it('the api client turns the conflict into an ApiError the form can use', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const attempt = t.api.call('persons.create', personWithPesel('Janusz', 'Kowal', ` ${PESEL.jan1944M} `));
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', details: { existingPersonId: jan.id } });
  });

  it('changing a PESEL to one that belongs to someone else is a CONFLICT and changes nothing', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const anna = await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const error = expectError(
      await t.invoke('persons.update', { id: anna.id, version: anna.version, person: personWithPesel('Anna', 'Nowak', PESEL.jan1944M) }),
      'CONFLICT',
    );
    expect(error.issues?.[0]?.path).toEqual(['pesel']);
    expect(error.details).toEqual({ existingPersonId: jan.id });
    expect(await t.api.call('persons.get', { id: anna.id })).toEqual(anna);
  });

  it('saving a person with their own PESEL again is not a conflict', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const updated = await t.api.call('persons.update', {
      id: jan.id,
      version: jan.version,
      person: personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { phone: '84 111 22 33' }),
    });
    expect(updated.phone).toBe('84 111 22 33');
  });

  it('an update based on a stale version is a CONFLICT and leaves the newer data in place', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    // Two workers open the same card; the first one saves.
    const first = await t.api.call('persons.update', {
      id: jan.id,
      version: jan.version,
      person: personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { phone: '111 111 111' }),
    });
    t.clock.advance(1000);
    const error = expectError(
      await t.invoke('persons.update', {
        id: jan.id,
        version: jan.version,
        person: personWithPesel('Jan', 'Nowicki', PESEL.jan1944M, { phone: '222 222 222' }),
      }),
      'CONFLICT',
    );
    expect(error.message).toMatch(/Ktoś inny zmienił dane tej osoby/);
    expect(await t.api.call('persons.get', { id: jan.id })).toEqual(first);
    // The search still knows only the saved name.
    expect((await t.api.call('persons.search', { query: 'nowicki' })).items).toEqual([]);
  });
});

describe('persons.search', () => {
  async function register() {
    const people = {
      lukasz: await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', PESEL.m1980)),
      jozefa: await t.api.call('persons.create', personWithPesel('Józefa', 'Nowak-Jeziorańska', PESEL.f1985)),
      stanislaw: await t.api.call('persons.create', personWithPesel('Stanisław', 'Wiśniewski', PESEL.m1975)),
      malgorzata: await t.api.call('persons.create', personWithPesel('Małgorzata', 'Wiśniewska', PESEL.f1995)),
      olena: await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567')),
    };
    return people;
  }
  const ids = (result: { items: { id: number }[] }) => result.items.map((item) => item.id);

  it('finds a person by a PESEL prefix and by the whole PESEL', async () => {
    const { lukasz } = await register();
    expect(ids(await t.api.call('persons.search', { query: '8001' }))).toEqual([lukasz.id]);
    expect(ids(await t.api.call('persons.search', { query: PESEL.m1980 }))).toEqual([lukasz.id]);
  });

  it('finds by last name typed without Polish letters', async () => {
    const { stanislaw, malgorzata } = await register();
    expect(ids(await t.api.call('persons.search', { query: 'wisniewski' }))).toEqual([stanislaw.id]);
    expect(new Set(ids(await t.api.call('persons.search', { query: 'wisniew' })))).toEqual(new Set([stanislaw.id, malgorzata.id]));
  });

  it('"lukasz zolc", "zolc lukasz" and "ŻÓŁĆ" all find Łukasz Żółć', async () => {
    const { lukasz } = await register();
    for (const query of ['lukasz zolc', 'zolc lukasz', 'ŻÓŁĆ', 'Łukasz Żółć']) {
      expect(ids(await t.api.call('persons.search', { query })), query).toEqual([lukasz.id]);
    }
  });

  it('finds by the beginnings of words, and by either half of a double surname', async () => {
    const { lukasz, jozefa, stanislaw } = await register();
    expect(ids(await t.api.call('persons.search', { query: 'luk zo' }))).toEqual([lukasz.id]);
    expect(ids(await t.api.call('persons.search', { query: 'jeziora' }))).toEqual([jozefa.id]);
    expect(ids(await t.api.call('persons.search', { query: 'nowak jozefa' }))).toEqual([jozefa.id]);
    expect(ids(await t.api.call('persons.search', { query: 'Nowak-Jeziorańska' }))).toEqual([jozefa.id]);
    expect(ids(await t.api.call('persons.search', { query: 'stan wis' }))).toEqual([stanislaw.id]);
  });

  it('every word must match: a first name of one and the surname of another find nobody', async () => {
    await register();
    expect((await t.api.call('persons.search', { query: 'lukasz wisniewski' })).items).toEqual([]);
    expect((await t.api.call('persons.search', { query: 'zolcx' })).items).toEqual([]);
  });

  it('does not match in the middle of a word', async () => {
    await register();
    expect((await t.api.call('persons.search', { query: 'olc' })).items).toEqual([]);
  });

  it('finds a foreigner by the document number', async () => {
    const { olena } = await register();
    expect(ids(await t.api.call('persons.search', { query: 'fx123' }))).toEqual([olena.id]);
  });

  it('a result line carries what a list shows: name, PESEL, birth date, one-line address', async () => {
    const { lukasz } = await register();
    const { items } = await t.api.call('persons.search', { query: 'zolc' });
    expect(items).toEqual([
      {
        id: lukasz.id,
        firstName: 'Łukasz',
        lastName: 'Żółć',
        pesel: PESEL.m1980,
        idDocument: null,
        birthDate: '1980-01-15',
        addressLine: 'Sitno 12, 22-424 Sitno',
      },
    ]);
  });

  it('query characters that mean something to SQLite full-text search are harmless', async () => {
    const { lukasz } = await register();
    for (const query of ['"', 'zolc"', 'zolc*', 'zolc OR', 'NEAR(zolc)', "zolc'; DROP TABLE persons; --", '^zolc', 'zolc AND NOT']) {
      const envelope = await t.invoke('persons.search', { query });
      expect(envelope.ok, query).toBe(true);
    }
    expect(ids(await t.api.call('persons.search', { query: 'zolc"' }))).toEqual([lukasz.id]);
    expect(t.count('persons')).toBe(5);
  });

  it('an empty query lists the most recently changed persons first', async () => {
    const first = await t.api.call('persons.create', personWithPesel('Adam', 'Pierwszy', PESEL.m1960));
    t.clock.advance(1000);
    const second = await t.api.call('persons.create', personWithPesel('Ewa', 'Druga', PESEL.f1955));
    t.clock.advance(1000);
    const third = await t.api.call('persons.create', personWithPesel('Piotr', 'Trzeci', PESEL.m1988));
    expect(ids(await t.api.call('persons.search', { query: '' }))).toEqual([third.id, second.id, first.id]);

    t.clock.advance(1000);
    await t.api.call('persons.update', { id: first.id, version: 1, person: personWithPesel('Adam', 'Pierwszy', PESEL.m1960, { phone: '123 456 789' }) });
    expect(ids(await t.api.call('persons.search', { query: '  ' }))).toEqual([first.id, third.id, second.id]);
  });

  it('respects the limit and says when there is more', async () => {
    for (let i = 0; i < 7; i++) {
      await t.api.call('persons.create', personWithoutPesel(`Osoba${i}`, 'Testowa', `DOK${i}`));
    }
    const limited = await t.api.call('persons.search', { query: 'testowa', limit: 5 });
    expect(limited.items).toHaveLength(5);
    expect(limited.more).toBe(true);
    const exact = await t.api.call('persons.search', { query: 'testowa', limit: 7 });
    expect(exact.items).toHaveLength(7);
    expect(exact.more).toBe(false);
    const all = await t.api.call('persons.search', { query: 'testowa' });
    expect(all.items).toHaveLength(7);
    expect(all.more).toBe(false);
    const recent = await t.api.call('persons.search', { query: '', limit: 3 });
    expect(recent).toMatchObject({ more: true });
    expect(recent.items).toHaveLength(3);
  });

  it('after a change of name the search finds the new name and not the old one', async () => {
    const { lukasz } = await register();
    await t.api.call('persons.update', {
      id: lukasz.id,
      version: lukasz.version,
      person: personWithPesel('Łukasz', 'Grabowski', PESEL.m1980),
    });
    expect(ids(await t.api.call('persons.search', { query: 'grabowski lukasz' }))).toEqual([lukasz.id]);
    expect((await t.api.call('persons.search', { query: 'zolc' })).items).toEqual([]);
    // The PESEL is still found.
    expect(ids(await t.api.call('persons.search', { query: '80011' }))).toEqual([lukasz.id]);
  });

  it('a query longer than 100 characters is refused in Polish', async () => {
    const error = expectError(await t.invoke('persons.search', { query: 'a'.repeat(101) }), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['query'], message: 'Wpisz najwyżej 100 znaków.' }]);
  });

  it('a limit outside 1–100 is refused', async () => {
    expectError(await t.invoke('persons.search', { query: '', limit: 0 }), 'VALIDATION');
    expectError(await t.invoke('persons.search', { query: '', limit: 101 }), 'VALIDATION');
    expectError(await t.invoke('persons.search', { query: '', limit: 2.5 }), 'VALIDATION');
  });
});

describe('persons.checkPesel (while typing)', () => {
  it('a valid PESEL gives birth date and sex and no existing person', async () => {
    expect(await t.api.call('persons.checkPesel', { pesel: PESEL.anna2002F })).toEqual({
      valid: true,
      reason: null,
      message: null,
      birthDate: '2002-01-13',
      sex: 'F',
      existing: null,
    });
  });

  it('an invalid PESEL says why, in Polish', async () => {
    expect(await t.api.call('persons.checkPesel', { pesel: '4405140135' })).toEqual({
      valid: false,
      reason: 'format',
      message: 'PESEL ma 11 cyfr, a wpisano 10.',
      birthDate: null,
      sex: null,
      existing: null,
    });
    expect(await t.api.call('persons.checkPesel', { pesel: '23222913578' })).toMatchObject({
      valid: false,
      reason: 'date',
      message: expect.stringMatching(/nie istnieje/),
      birthDate: null,
    });
    expect(await t.api.call('persons.checkPesel', { pesel: '44051401358' })).toMatchObject({
      valid: false,
      reason: 'checksum',
      birthDate: '1944-05-14',
      sex: 'M',
    });
  });

  it('names a person already registered with that PESEL, except the one being edited', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect((await t.api.call('persons.checkPesel', { pesel: PESEL.jan1944M })).existing).toEqual({ id: jan.id, fullName: 'Jan Kowalski' });
    expect((await t.api.call('persons.checkPesel', { pesel: ` ${PESEL.jan1944M} ` })).existing).toEqual({ id: jan.id, fullName: 'Jan Kowalski' });
    expect((await t.api.call('persons.checkPesel', { pesel: PESEL.jan1944M, excludePersonId: jan.id })).existing).toBeNull();
  });

  it('finds a registered person whose PESEL was accepted with a wrong check digit', async () => {
    const jan = await t.api.call(
      'persons.create',
      personWithPesel('Jan', 'Kowalski', '44051401358', { acceptInvalidPeselChecksum: true }),
    );
    expect(await t.api.call('persons.checkPesel', { pesel: '44051401358' })).toMatchObject({
      valid: false,
      reason: 'checksum',
      existing: { id: jan.id, fullName: 'Jan Kowalski' },
    });
  });
});
