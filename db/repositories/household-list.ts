import { and, eq, sql } from 'drizzle-orm';
import type { SearchTerm } from '../../shared/domain/search';
import type { Db } from '../open';
import { householdMembers, persons } from '../schema';
import { personMatches } from './persons';

/**
 * One page of households, in the order of their heads' names, with each head's row for the address. With search
 * terms, only the households of which some member matches them (by name, PESEL, address or phone).
 */
export function householdsPage(db: Db, options: { terms: SearchTerm[]; offset: number; limit: number }) {
  const anyMemberMatches = sql`${householdMembers.householdId} IN (
    SELECT member.household_id FROM household_members AS member WHERE ${personMatches(options.terms, sql`member.person_id`)})`;
  return db
    .select({ householdId: householdMembers.householdId, head: persons })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(and(eq(householdMembers.relation, 'head'), options.terms.length ? anyMemberMatches : undefined))
    .orderBy(persons.searchText, householdMembers.householdId)
    .limit(options.limit)
    .offset(options.offset)
    .all();
}
