import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { users } from '../schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export function getUserById(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function getUserByLogin(db: Db, login: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.login, login)).get();
}

export function listUsers(db: Db): UserRow[] {
  return db.select().from(users).orderBy(asc(users.fullName)).all();
}

export function countUsers(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function insertUser(db: Db, row: NewUserRow): UserRow {
  return db.insert(users).values(row).returning().get();
}

export function updateUser(db: Db, id: number, changes: Partial<NewUserRow>): UserRow {
  return db.update(users).set(changes).where(eq(users.id, id)).returning().get();
}
