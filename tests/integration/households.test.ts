import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/contract/persons';
import { createTestCore, expectError, PESEL, personWithPesel, type TestCore } from './helpers';

let t: TestCore;
let jan: Person; // head
let maria: Person;
let piotr: Person;
let ewa: Person;

beforeEach(async () => {
  t = await createTestCore();
  jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1960));
  maria = await t.api.call('persons.create', personWithPesel('Maria', 'Kowalska', PESEL.f1955));
  piotr = await t.api.call('persons.create', personWithPesel('Piotr', 'Kowalski', PESEL.m2005));
  ewa = await t.api.call('persons.create', personWithPesel('Ewa', 'Zając', PESEL.f1985));
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

describe('households', () => {
  it('creates a household with the person as its head', async () => {
    const household = await t.api.call('households.create', { headPersonId: jan.id });
    expect(household.members).toEqual([
      { personId: jan.id, firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.m1960, birthDate: '1960-11-11', relation: 'head' },
    ]);
    expect(await t.api.call('households.get', { id: household.id })).toEqual(household);
  });

  it('adds members: the head first, then the others from the oldest', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: piotr.id, relation: 'child' });
    const household = await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    expect(household.members.map((m) => [m.personId, m.relation])).toEqual([
      [jan.id, 'head'],
      [maria.id, 'spouse'],
      [piotr.id, 'child'],
    ]);
  });

  it('the person card shows the household: relation, head and number of members', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    expect((await t.api.call('persons.get', { id: maria.id })).household).toEqual({
      householdId: id,
      relation: 'spouse',
      headPersonId: jan.id,
      headName: 'Jan Kowalski',
      memberCount: 2,
    });
    expect((await t.api.call('persons.get', { id: jan.id })).household).toMatchObject({ relation: 'head', headPersonId: jan.id });
    expect((await t.api.call('persons.get', { id: ewa.id })).household).toBeNull();
  });

  it('a person cannot be in two households: CONFLICT naming the head of the other one', async () => {
    const kowalscy = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: kowalscy.id, personId: maria.id, relation: 'spouse' });
    const zajac = await t.api.call('households.create', { headPersonId: ewa.id });

    const error = expectError(
      await t.invoke('households.addMember', { householdId: zajac.id, personId: maria.id, relation: 'sibling' }),
      'CONFLICT',
    );
    expect(error.message).toContain('Maria Kowalska');
    expect(error.message).toContain('głowa: Jan Kowalski');
    expect(error.details).toEqual({ householdId: kowalscy.id });
    expect((await t.api.call('households.get', { id: zajac.id })).members).toHaveLength(1);

    // Nor can a member become the head of a new household.
    expectError(await t.invoke('households.create', { headPersonId: maria.id }), 'CONFLICT');
    expect(t.count('households')).toBe(2);
  });

  it('adding the same person twice to one household is a CONFLICT', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    expectError(await t.invoke('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' }), 'CONFLICT');
    expect(t.count('household_members')).toBe(2);
  });

  it('a second head cannot be added or made: VALIDATION at ["relation"]', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    const add = expectError(await t.invoke('households.addMember', { householdId: id, personId: maria.id, relation: 'head' }), 'VALIDATION');
    expect(add.issues).toEqual([{ path: ['relation'], message: 'Gospodarstwo ma już głowę.' }]);

    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    const update = expectError(
      await t.invoke('households.updateMember', { householdId: id, personId: maria.id, relation: 'head' }),
      'VALIDATION',
    );
    expect(update.issues?.[0]?.path).toEqual(['relation']);
    expect((await t.api.call('households.get', { id })).members.filter((m) => m.relation === 'head')).toHaveLength(1);
  });

  it('an unknown relation is refused in Polish', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    const error = expectError(await t.invoke('households.addMember', { householdId: id, personId: maria.id, relation: 'cousin' }), 'VALIDATION');
    expect(error.issues).toEqual([{ path: ['relation'], message: 'Wybierz stopień pokrewieństwa.' }]);
  });

  it('changes the relation of a member', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: ewa.id, relation: 'unrelated' });
    const household = await t.api.call('households.updateMember', { householdId: id, personId: ewa.id, relation: 'partner' });
    expect(household.members.find((m) => m.personId === ewa.id)?.relation).toBe('partner');
    expect((await t.api.call('persons.get', { id: ewa.id })).household?.relation).toBe('partner');
  });

  it('the head keeps the head role', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    expectError(await t.invoke('households.updateMember', { householdId: id, personId: jan.id, relation: 'spouse' }), 'CONFLICT');
    expect((await t.api.call('households.get', { id })).members[0]).toMatchObject({ personId: jan.id, relation: 'head' });
  });

  it('changing or removing someone who is not a member is NOT_FOUND', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    expectError(await t.invoke('households.updateMember', { householdId: id, personId: ewa.id, relation: 'child' }), 'NOT_FOUND');
    expectError(await t.invoke('households.removeMember', { householdId: id, personId: ewa.id }), 'NOT_FOUND');
    expectError(await t.invoke('households.get', { id: id + 100 }), 'NOT_FOUND');
  });

  it('removes a member; the person is free to join another household', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: piotr.id, relation: 'child' });
    const after = await t.api.call('households.removeMember', { householdId: id, personId: piotr.id });
    expect(after?.members.map((m) => m.personId)).toEqual([jan.id]);
    expect((await t.api.call('persons.get', { id: piotr.id })).household).toBeNull();
    expect((await t.api.call('persons.get', { id: jan.id })).household?.memberCount).toBe(1);

    const own = await t.api.call('households.create', { headPersonId: piotr.id });
    expect(own.members[0]).toMatchObject({ personId: piotr.id, relation: 'head' });
  });

  it('the head cannot be removed while others remain', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    const error = expectError(await t.invoke('households.removeMember', { householdId: id, personId: jan.id }), 'CONFLICT');
    expect(error.message).toMatch(/Nie można usunąć głowy gospodarstwa/);
    expect((await t.api.call('households.get', { id })).members).toHaveLength(2);
  });

  it('removing the last member dissolves the household', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    await t.api.call('households.removeMember', { householdId: id, personId: maria.id });
    expect(await t.api.call('households.removeMember', { householdId: id, personId: jan.id })).toBeNull();
    expectError(await t.invoke('households.get', { id }), 'NOT_FOUND');
    expect(t.count('households')).toBe(0);
    expect(t.count('household_members')).toBe(0);
    expect((await t.api.call('persons.get', { id: jan.id })).household).toBeNull();
  });

  it('a household of a missing person is not created', async () => {
    const error = expectError(await t.invoke('households.create', { headPersonId: 9999 }), 'NOT_FOUND');
    expect(error.message).toBe('Nie ma takiej osoby w rejestrze.');
    expect(t.count('households')).toBe(0);
  });

  it('the person card shows the new name of the head after the head is renamed', async () => {
    const { id } = await t.api.call('households.create', { headPersonId: jan.id });
    await t.api.call('households.addMember', { householdId: id, personId: maria.id, relation: 'spouse' });
    await t.api.call('persons.update', { id: jan.id, version: jan.version, person: personWithPesel('Jan', 'Nowak', PESEL.m1960) });
    expect((await t.api.call('persons.get', { id: maria.id })).household?.headName).toBe('Jan Nowak');
  });
});
