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

export const householdsContract = {
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
