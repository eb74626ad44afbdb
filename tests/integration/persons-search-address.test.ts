import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import { peselCheckDigit } from '../../shared/domain/pesel';
import { normalizeForSearch } from '../../shared/domain/search';
import { createTestCore, PESEL, personWithPesel, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/** A boy born on 7 March 2015 in Bródek: his PESEL begins with 15, like the house number searched for. */
const CHILD_2015 = `1523070123${peselCheckDigit('1523070123')}`;
const BRODEK = { locality: 'Bródek', houseNumber: '15', postalCode: '22-424', postTown: 'Sitno' };

async function register() {
  return {
    // Bródek 15: a village without streets.
    jan: await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { address: BRODEK, phone: '+48 601-234-567' })),
    // Bródek 3, PESEL 15…: must not come up for "brodek 15".
    child: await t.api.call('persons.create', personWithPesel('Adam', 'Kowalski', CHILD_2015, { address: { ...BRODEK, houseNumber: '3' } })),
    // ul. Lipowa 15/3 in Żółkiewka.
    anna: await t.api.call(
      'persons.create',
      personWithPesel('Anna', 'Nowak', PESEL.anna2002F, {
        address: { locality: 'Żółkiewka', street: 'ul. Lipowa', houseNumber: '15', flatNumber: '3', postalCode: '22-335', postTown: 'Żółkiewka' },
        phone: '81 111 22 33',
      }),
    ),
    // Sitno 12, no phone.
    piotr: await t.api.call('persons.create', personWithPesel('Piotr', 'Trzeci', PESEL.m1988)),
  };
}

const ids = (result: { items: { id: number }[] }) => result.items.map((item) => item.id);
const search = async (query: string) => ids(await t.api.call('persons.search', { query }));

describe('persons.search by address', () => {
  it('finds everybody of a locality, typed with or without Polish letters', async () => {
    const { jan, child, anna } = await register();
    expect(new Set(await search('Bródek'))).toEqual(new Set([jan.id, child.id]));
    expect(new Set(await search('brodek'))).toEqual(new Set([jan.id, child.id]));
    expect(await search('zolkiew')).toEqual([anna.id]);
  });

  it('"brodek 15" finds house number 15 in Bródek, not the child whose PESEL begins with 15', async () => {
    const { jan } = await register();
    expect(await search('brodek 15')).toEqual([jan.id]);
    expect(await search('Bródek 15')).toEqual([jan.id]);
    expect(await search('brodek 1')).toEqual([jan.id]); // typed so far
  });

  it('finds by street, house and flat number, and by street with the locality', async () => {
    const { anna } = await register();
    expect(await search('lipowa')).toEqual([anna.id]);
    expect(await search('lipowa 15')).toEqual([anna.id]);
    expect(await search('Lipowa 15/3')).toEqual([anna.id]);
    expect(await search('lipowa 15 4')).toEqual([]);
    expect(await search('zolkiewka lipowa 15')).toEqual([anna.id]);
    expect(await search('nowak lipowa')).toEqual([anna.id]);
  });

  it('a name with an address of somebody else finds nobody', async () => {
    await register();
    expect(await search('trzeci brodek')).toEqual([]);
  });
});

describe('persons.search by phone', () => {
  it('finds a phone typed with spaces, dashes, +48 or 0048, and by its first digits', async () => {
    const { jan, anna } = await register();
    for (const query of ['601234567', '601 234 567', '601-234-567', '+48 601 234 567', '+48601234567', '0048 601 234 567', '601 234']) {
      expect(await search(query), query).toEqual([jan.id]);
    }
    for (const query of ['81 111 22 33', '(81) 111-22-33', '811112233']) {
      expect(await search(query), query).toEqual([anna.id]);
    }
  });

  it('a PESEL is still found whole and by its beginning', async () => {
    const { jan, child } = await register();
    expect(await search(PESEL.jan1944M)).toEqual([jan.id]);
    expect(await search('4405')).toEqual([jan.id]);
    expect(await search('1523')).toEqual([child.id]);
  });

  it('a changed address or phone is found at once, the old one no more', async () => {
    const { jan } = await register();
    const card = await t.api.call('persons.get', { id: jan.id });
    await t.api.call('persons.update', {
      id: jan.id,
      version: card.version,
      person: personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { address: { ...BRODEK, locality: 'Krzczonów' }, phone: '502 000 111' }),
    });
    expect(await search('krzczonow 15')).toEqual([jan.id]);
    expect(await search('502000111')).toEqual([jan.id]);
    expect(await search('601234567')).toEqual([]);
  });
});

describe('migration 0012: persons saved before it', () => {
  it('get the same search text as the program computes now, and are found by address and phone', async () => {
    const people = await register();
    const sqlite = t.core.database.sqlite;
    const saved = sqlite.prepare('SELECT id, search_text FROM persons ORDER BY id').all();
    // The search text as the program wrote it before: name, PESEL and document only.
    const rows = sqlite.prepare('SELECT id, first_name, last_name, pesel, id_document FROM persons').all() as Record<string, string | null>[];
    for (const row of rows) {
      const before = normalizeForSearch([row.last_name, row.first_name, row.pesel ?? '', row.id_document ?? ''].join(' '));
      sqlite.prepare('UPDATE persons SET search_text = ? WHERE id = ?').run(before, row.id);
    }
    expect(await search('brodek')).toEqual([]);

    sqlite.exec(fs.readFileSync(path.join(MIGRATIONS_FOLDER, '0012_persons_search_address_phone.sql'), 'utf8'));

    expect(sqlite.prepare('SELECT id, search_text FROM persons ORDER BY id').all()).toEqual(saved);
    expect(await search('brodek 15')).toEqual([people.jan.id]);
    expect(await search('+48 601 234 567')).toEqual([people.jan.id]);
    expect(await search('lipowa 15/3')).toEqual([people.anna.id]);
  });
});
