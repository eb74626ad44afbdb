import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { interviewAlimonyPaid, interviewFarms, interviewIncomes, interviewMembers, interviews, persons, users } from '../schema';

export type InterviewRow = typeof interviews.$inferSelect;

export interface InterviewContent {
  members: { personId: number; relation: string }[];
  incomes: {
    personId: number;
    kind: string;
    description: string | null;
    gross: number;
    tax: number;
    healthContribution: number;
    socialContribution: number;
    oneOffReceivedOn: string | null;
  }[];
  alimonyPaid: { personId: number; amount: number; description: string | null }[];
  /** Hectares przeliczeniowe as ten-thousandths (an integer). */
  farms: { personId: number; hectaresTenThousandths: number; description: string | null }[];
}

/** Writes an interview and its household, incomes, alimony and farms (call inside the transaction). */
export function insertInterview(db: Db, row: typeof interviews.$inferInsert, content: InterviewContent): InterviewRow {
  const saved = db.insert(interviews).values(row).returning().get();
  const interviewId = saved.id;
  if (content.members.length) {
    db.insert(interviewMembers).values(content.members.map((member, position) => ({ interviewId, ...member, position }))).run();
  }
  if (content.incomes.length) {
    db.insert(interviewIncomes).values(content.incomes.map((income, position) => ({ interviewId, ...income, position }))).run();
  }
  if (content.alimonyPaid.length) {
    db.insert(interviewAlimonyPaid).values(content.alimonyPaid.map((entry, position) => ({ interviewId, ...entry, position }))).run();
  }
  if (content.farms.length) {
    db.insert(interviewFarms).values(content.farms.map((farm, position) => ({ interviewId, ...farm, position }))).run();
  }
  return saved;
}

export function getInterviewRow(db: Db, id: number): InterviewRow | undefined {
  return db.select().from(interviews).where(eq(interviews.id, id)).get();
}

export function readInterviewContent(db: Db, interviewId: number) {
  return {
    members: db
      .select({
        personId: interviewMembers.personId,
        relation: interviewMembers.relation,
        firstName: persons.firstName,
        lastName: persons.lastName,
        pesel: persons.pesel,
        birthDate: persons.birthDate,
      })
      .from(interviewMembers)
      .innerJoin(persons, eq(persons.id, interviewMembers.personId))
      .where(eq(interviewMembers.interviewId, interviewId))
      .orderBy(asc(interviewMembers.position))
      .all(),
    incomes: db.select().from(interviewIncomes).where(eq(interviewIncomes.interviewId, interviewId)).orderBy(asc(interviewIncomes.position)).all(),
    alimonyPaid: db
      .select()
      .from(interviewAlimonyPaid)
      .where(eq(interviewAlimonyPaid.interviewId, interviewId))
      .orderBy(asc(interviewAlimonyPaid.position))
      .all(),
    farms: db.select().from(interviewFarms).where(eq(interviewFarms.interviewId, interviewId)).orderBy(asc(interviewFarms.position)).all(),
  };
}

/** A case's interviews, newest first, with the worker's name. */
export function listCaseInterviews(db: Db, caseId: number) {
  return db
    .select({ interview: interviews, workerName: users.fullName })
    .from(interviews)
    .innerJoin(users, eq(users.id, interviews.workerUserId))
    .where(eq(interviews.caseId, caseId))
    .orderBy(desc(interviews.id))
    .all();
}

/** The newest interview of each of these cases (one query, for lists and the office-wide review). */
export function latestInterviewsOf(db: Db, caseIds: number[]): Map<number, InterviewRow> {
  const result = new Map<number, InterviewRow>();
  if (caseIds.length === 0) return result;
  for (let start = 0; start < caseIds.length; start += 500) {
    const chunk = caseIds.slice(start, start + 500);
    const rows = db
      .select()
      .from(interviews)
      .where(
        sql`${interviews.id} IN (SELECT max(id) FROM interviews WHERE case_id IN (${sql.join(
          chunk.map((id) => sql`${id}`),
          sql`, `,
        )}) GROUP BY case_id)`,
      )
      .all();
    for (const row of rows) result.set(row.caseId, row);
  }
  return result;
}

/** Interviews in which a person was a household member (for the person's history). */
export function interviewsWithMember(db: Db, personId: number) {
  return db
    .select({ interview: interviews })
    .from(interviewMembers)
    .innerJoin(interviews, eq(interviews.id, interviewMembers.interviewId))
    .where(eq(interviewMembers.personId, personId))
    .orderBy(desc(interviews.id))
    .all();
}
