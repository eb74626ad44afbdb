import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, PESEL, personWithPesel, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const BRODEK = { locality: 'Bródek', houseNumber: '15', postalCode: '22-424', postTown: 'Sitno' };

async function register() {
  const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M, { address: BRODEK, phone: '601 234 567' }));
  const anna = await t.api.call('persons.create', personWithPesel('Anna', 'Kowalska', PESEL.anna2002F, { address: BRODEK }));
  const piotr = await t.api.call('persons.create', personWithPesel('Piotr', 'Adamczyk', PESEL.m1988));
  const ewa = await t.api.call('persons.create', personWithPesel('Ewa', 'Zielińska', PESEL.f1955));
  const kowalscy = await t.api.call('households.create', { headPersonId: jan.id });
  await t.api.call('households.addMember', { householdId: kowalscy.id, personId: anna.id, relation: 'child' });
  const adamczyk = await t.api.call('households.create', { headPersonId: piotr.id });
  return { jan, anna, piotr, ewa, kowalscy, adamczyk };
}

describe('households.list', () => {
  it('lists households by the head’s name, each with its members (head first) and the head’s address', async () => {
    const { jan, anna, piotr, kowalscy, adamczyk } = await register();
    const { items, more } = await t.api.call('households.list', {});
    expect(more).toBe(false);
    expect(items.map((item) => item.id)).toEqual([adamczyk.id, kowalscy.id]);
    expect(items[1]).toEqual({
      id: kowalscy.id,
      addressLine: 'Bródek 15, 22-424 Sitno',
      members: [
        { personId: jan.id, firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.jan1944M, birthDate: '1944-05-14', relation: 'head' },
        { personId: anna.id, firstName: 'Anna', lastName: 'Kowalska', pesel: PESEL.anna2002F, birthDate: '2002-01-13', relation: 'child' },
      ],
    });
    expect(items[0]!.members.map((member) => member.personId)).toEqual([piotr.id]);
  });

  it('finds a household by any member’s name, by the address and by the phone; a person without a household is not a household', async () => {
    const { kowalscy, adamczyk } = await register();
    const ids = async (query: string) => (await t.api.call('households.list', { query })).items.map((item) => item.id);
    expect(await ids('anna kowalska')).toEqual([kowalscy.id]);
    expect(await ids('brodek 15')).toEqual([kowalscy.id]);
    expect(await ids('601-234-567')).toEqual([kowalscy.id]);
    expect(await ids('adamczyk')).toEqual([adamczyk.id]);
    expect(await ids('zielinska')).toEqual([]);
  });

  it('pages: the limit, the offset and whether there is more', async () => {
    const { kowalscy, adamczyk } = await register();
    expect(await t.api.call('households.list', { limit: 1 })).toMatchObject({ items: [{ id: adamczyk.id }], more: true });
    expect(await t.api.call('households.list', { limit: 1, offset: 1 })).toMatchObject({ items: [{ id: kowalscy.id }], more: false });
  });
});
