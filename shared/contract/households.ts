import { z } from 'zod';
import { householdRelationKeys } from '../domain/household';
import { id } from './common';

const relation = z.enum(householdRelationKeys, { error: 'Wybierz stopień pokrewieństwa.' });
const memberRelation = relation.refine((value) => value !== 'head', 'Gospodarstwo ma już głowę.');

export const household = z.object({
  id,
  members: z.array(
    z.object({
      personId: id,
      firstName: z.string(),
      lastName: z.string(),
      pesel: z.string().nullable(),
      birthDate: z.string(),
      relation,
    }),
  ),
});
export type Household = z.output<typeof household>;

/** A line of the households list: where it lives (the head's address) and who belongs to it, the head first. */
export const householdListItem = household.extend({ addressLine: z.string() });
export type HouseholdListItem = z.output<typeof householdListItem>;

export const householdsContract = {
  'households.list': {
    summary: 'Lista gospodarstw domowych z ich członkami, po nazwisku głowy; szukanie po członku, adresie lub telefonie',
    input: z.object({
      query: z.string().max(100, 'Wpisz najwyżej 100 znaków.').default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    output: z.object({ items: z.array(householdListItem), more: z.boolean() }),
  },
  'households.get': {
    summary: 'Skład gospodarstwa domowego',
    input: z.object({ id }),
    output: household,
  },
  'households.create': {
    summary: 'Nowe gospodarstwo domowe z tą osobą jako głową',
    input: z.object({ headPersonId: id }),
    output: household,
  },
  'households.addMember': {
    summary: 'Dodanie osoby do gospodarstwa domowego',
    input: z.object({ householdId: id, personId: id, relation: memberRelation }),
    output: household,
  },
  'households.updateMember': {
    summary: 'Zmiana stopnia pokrewieństwa członka gospodarstwa',
    input: z.object({ householdId: id, personId: id, relation: memberRelation }),
    output: household,
  },
  'households.removeMember': {
    summary: 'Usunięcie osoby z gospodarstwa domowego',
    input: z.object({ householdId: id, personId: id }),
    output: household.nullable(),
  },
} as const;
