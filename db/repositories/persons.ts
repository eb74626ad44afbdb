import { and, desc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SearchTerm } from '../../shared/domain/search';
import type { Db } from '../open';
import { householdMembers, persons } from '../schema';

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;

export function getPersonById(db: Db, id: number): PersonRow | undefined {
  return db.select().from(persons).where(eq(persons.id, id)).get();
}

export function findPersonByPesel(db: Db, pesel: string): PersonRow | undefined {
  return db.select().from(persons).where(eq(persons.pesel, pesel)).get();
}

export function insertPerson(db: Db, row: NewPersonRow): PersonRow {
  return db.insert(persons).values(row).returning().get();
}

/** Updates only when nobody changed the row since `version` was read; undefined means someone did. */
export function updatePersonIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: Partial<NewPersonRow>,
): PersonRow | undefined {
  return db
    .update(persons)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(persons.id, id), eq(persons.version, version)))
    .returning()
    .get();
}

/**
 * Full-text prefix search over the normalised names, PESEL, document, address and phone (FTS5 table `persons_fts`).
 * Every term must match; a term's phrases are alternatives, and the words of a phrase stand next to each other
 * (FTS5 `"brodek"* + "15"*`). Every word matches the beginning of an indexed word: "lukasz zolc", "zol", "8001".
 */
export function searchPersonsByTerms(db: Db, terms: SearchTerm[], limit: number): PersonRow[] {
  return db
    .select()
    .from(persons)
    .where(personMatches(terms))
    .orderBy(persons.searchText, persons.id)
    .limit(limit)
    .all();
}

/** The condition "this person matches the terms" (see searchPersonsByTerms), for other lists to filter by. */
export function personMatches(terms: SearchTerm[], personId: SQLWrapper = persons.id): SQL {
  const phrase = (words: string[]) => words.map((word) => `"${word.replace(/"/g, '')}"*`).join(' + ');
  const match = terms.map((term) => `(${term.map(phrase).join(' OR ')})`).join(' AND ');
  return sql`${personId} IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ${match})`;
}

export function recentlyChangedPersons(db: Db, limit: number): PersonRow[] {
  return db.select().from(persons).orderBy(desc(persons.updatedAt), desc(persons.id)).limit(limit).all();
}

export function personHousehold(db: Db, personId: number) {
  return db.select().from(householdMembers).where(eq(householdMembers.personId, personId)).get();
}
