import { and, desc, eq, gte, lt, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, interviewMembers, interviews, persons } from '../schema';
import { normalizeForSearch } from '../../shared/domain/search';
import type { PersonRow } from './persons';

/**
 * People whose search text starts with these normalised words ("kowalski jan") and who were born on this day.
 * `search_text` is "lastname firstname pesel document", normalised and indexed, so the prefix is a range scan
 * of that index (`>= 'kowalski jan'` and `< 'kowalski jan!'`, "!" being the character after the space): fast with tens
 * of thousands of people, without a new index. The caller compares the names exactly, because the prefix also
 * finds "Jan Maria Kowalski".
 */
export function personsByNamePrefixAndBirthDate(
  db: Db,
  namePrefix: string,
  birthDate: string,
  excludePersonId: number | undefined,
  limit: number,
): PersonRow[] {
  const conditions: SQL[] = [
    // Nothing normalised has a character below the space, so this is exactly "the prefix, alone or followed by a word".
    gte(persons.searchText, namePrefix),
    lt(persons.searchText, `${namePrefix}!`),
    eq(persons.birthDate, birthDate),
  ];
  if (excludePersonId !== undefined) conditions.push(ne(persons.id, excludePersonId));
  return db
    .select()
    .from(persons)
    .where(and(...conditions))
    .orderBy(persons.id)
    .limit(limit)
    .all();
}

/**
 * People with exactly this first and last name (without regard to letter case and Polish letters) and this
 * birth date: the "possible duplicate" of a person being entered.
 */
export function personsWithSameNameAndBirthDate(
  db: Db,
  person: { firstName: string; lastName: string; birthDate: string },
  excludePersonId: number | undefined,
  limit: number,
): PersonRow[] {
  const firstName = normalizeForSearch(person.firstName);
  const lastName = normalizeForSearch(person.lastName);
  if (!firstName || !lastName) return [];
  // A few more than needed: the prefix also finds people with a longer first name, dropped here.
  return personsByNamePrefixAndBirthDate(db, `${lastName} ${firstName}`, person.birthDate, excludePersonId, limit * 3)
    .filter((row) => normalizeForSearch(row.firstName) === firstName && normalizeForSearch(row.lastName) === lastName)
    .slice(0, limit);
}

/** Every case in which the person is the applicant. */
export function casesOfApplicant(db: Db, personId: number) {
  return db.select().from(cases).where(eq(cases.applicantPersonId, personId)).orderBy(desc(cases.id)).all();
}

/**
 * Every interview (superseded ones too: they are kept as they were) in which the person was a member of the
 * household, with the case it belongs to.
 */
export function interviewsOfMember(db: Db, personId: number) {
  return db
    .select({
      interview: interviews,
      caseRef: cases.caseRef,
      applicantPersonId: cases.applicantPersonId,
    })
    .from(interviewMembers)
    .innerJoin(interviews, eq(interviews.id, interviewMembers.interviewId))
    .innerJoin(cases, eq(cases.id, interviews.caseId))
    .where(eq(interviewMembers.personId, personId))
    .orderBy(desc(interviews.id))
    .all();
}
