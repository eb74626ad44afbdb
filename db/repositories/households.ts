import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { householdMembers, households, persons } from '../schema';

export function getHouseholdRow(db: Db, id: number) {
  return db.select().from(households).where(eq(households.id, id)).get();
}

/** Members with their names, the head first, then by birth date (oldest first). */
export function listHouseholdMembers(db: Db, householdId: number) {
  return db
    .select({
      personId: householdMembers.personId,
      relation: householdMembers.relation,
      firstName: persons.firstName,
      lastName: persons.lastName,
      pesel: persons.pesel,
      birthDate: persons.birthDate,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(sql`${householdMembers.relation} <> 'head'`, asc(persons.birthDate), asc(persons.id))
    .all();
}

export function insertHousehold(db: Db, createdAt: string) {
  return db.insert(households).values({ createdAt }).returning().get();
}

export function deleteHousehold(db: Db, id: number): void {
  db.delete(households).where(eq(households.id, id)).run();
}

export function insertMember(db: Db, householdId: number, personId: number, relation: string, joinedAt: string): void {
  db.insert(householdMembers).values({ householdId, personId, relation, joinedAt }).run();
}

export function getMember(db: Db, householdId: number, personId: number) {
  return db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, householdId), eq(householdMembers.personId, personId)))
    .get();
}

export function updateMemberRelation(db: Db, householdId: number, personId: number, relation: string): void {
  db.update(householdMembers)
    .set({ relation })
    .where(and(eq(householdMembers.householdId, householdId), eq(householdMembers.personId, personId)))
    .run();
}

export function deleteMember(db: Db, householdId: number, personId: number): void {
  db.delete(householdMembers)
    .where(and(eq(householdMembers.householdId, householdId), eq(householdMembers.personId, personId)))
    .run();
}

export function countMembers(db: Db, householdId: number): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, householdId))
    .get();
  return row?.count ?? 0;
}
