import { and, asc, desc, eq, gte, inArray, lte, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SearchTerm } from '../../shared/domain/search';
import type { Db } from '../open';
import { cases, paymentLines, paymentLists, persons, users } from '../schema';
import { personMatches } from './persons';

/**
 * The registers' queries: one page in the wanted order and the count of every matching row (with the payments' sum),
 * so that a register of 30,000 persons is never read whole to show 50 of them. A page without `limit` is the whole
 * register, for printing and exporting.
 */

export type Direction = 'asc' | 'desc';
export interface Page {
  offset: number;
  limit: number | null;
}

const order = (direction: Direction, ...columns: SQLWrapper[]) => columns.map((column) => (direction === 'asc' ? asc(column) : desc(column)));
const paged = <T extends { limit: (n: number) => T; offset: (n: number) => T }>(query: T, page: Page) => (page.limit === null ? query : query.limit(page.limit).offset(page.offset));

// ---- persons ----

export interface PersonsRegisterQuery {
  terms: SearchTerm[];
  locality: string | null;
  hasOpenCase: 'yes' | 'no' | null;
  sort: { column: 'name' | 'birthDate' | 'locality' | 'openCases'; direction: Direction };
}

// Named in full: drizzle writes ${persons.id} as a bare "id", which inside the subquery would be the case's own id.
const personId = sql.raw('"persons"."id"');
const openCasesOf = sql<number>`(SELECT count(*) FROM cases AS open_case WHERE open_case.applicant_person_id = ${personId} AND open_case.status <> 'closed')`;
const householdSizeOf = sql<number>`(SELECT count(*) FROM household_members AS mate WHERE mate.household_id =
  (SELECT own.household_id FROM household_members AS own WHERE own.person_id = ${personId}))`;

function personsWhere(query: PersonsRegisterQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.terms.length) conditions.push(personMatches(query.terms));
  if (query.locality) conditions.push(eq(persons.locality, query.locality));
  if (query.hasOpenCase) conditions.push(sql`${openCasesOf} ${sql.raw(query.hasOpenCase === 'yes' ? '>' : '=')} 0`);
  return conditions.length ? and(...conditions) : undefined;
}

export function personsRegisterPage(db: Db, query: PersonsRegisterQuery, page: Page) {
  const { column, direction } = query.sort;
  const sortBy = {
    name: order(direction, persons.searchText, persons.id),
    birthDate: [...order(direction, persons.birthDate), asc(persons.searchText), asc(persons.id)],
    locality: [...order(direction, persons.locality), asc(persons.searchText), asc(persons.id)],
    openCases: [...order(direction, openCasesOf), asc(persons.searchText), asc(persons.id)],
  }[column];
  return paged(
    db
      .select({
        id: persons.id,
        firstName: persons.firstName,
        lastName: persons.lastName,
        pesel: persons.pesel,
        birthDate: persons.birthDate,
        locality: persons.locality,
        street: persons.street,
        houseNumber: persons.houseNumber,
        flatNumber: persons.flatNumber,
        postalCode: persons.postalCode,
        postTown: persons.postTown,
        householdSize: householdSizeOf,
        openCases: openCasesOf,
      })
      .from(persons)
      .where(personsWhere(query))
      .orderBy(...sortBy)
      .$dynamic(),
    page,
  ).all();
}

export function personsRegisterCount(db: Db, query: PersonsRegisterQuery): number {
  return db.select({ count: sql<number>`count(*)` }).from(persons).where(personsWhere(query)).get()?.count ?? 0;
}

export function registeredLocalities(db: Db): string[] {
  return db
    .selectDistinct({ locality: persons.locality })
    .from(persons)
    .orderBy(persons.locality)
    .all()
    .map((row) => row.locality);
}

// ---- cases ----

export interface CasesRegisterQuery {
  /** Normalised words, each found in the reference or the applicant's search text. */
  tokens: string[];
  statuses: (typeof cases.$inferSelect)['status'][] | null;
  workerUserId: number | null;
  benefit: string | null;
  from: string | null;
  to: string | null;
  sort: { column: 'caseRef' | 'applicant' | 'applicationDate' | 'status' | 'worker'; direction: Direction };
}

function casesWhere(query: CasesRegisterQuery): SQL | undefined {
  const conditions: SQL[] = [];
  for (const token of query.tokens) conditions.push(sql`(lower(${cases.caseRef}) LIKE ${`%${token}%`} OR ${persons.searchText} LIKE ${`%${token}%`})`);
  if (query.statuses) conditions.push(inArray(cases.status, query.statuses));
  if (query.workerUserId) conditions.push(eq(cases.workerUserId, query.workerUserId));
  if (query.benefit) conditions.push(sql`EXISTS (SELECT 1 FROM json_each(${cases.benefits}) WHERE value = ${query.benefit})`);
  if (query.from) conditions.push(gte(cases.applicationDate, query.from));
  if (query.to) conditions.push(lte(cases.applicationDate, query.to));
  return conditions.length ? and(...conditions) : undefined;
}

// The states in the order a case goes through them.
const statusRank = sql`CASE ${cases.status} WHEN 'registered' THEN 0 WHEN 'interviewDone' THEN 1 WHEN 'decided' THEN 2 ELSE 3 END`;

export function casesRegisterPage(db: Db, query: CasesRegisterQuery, page: Page) {
  const { column, direction } = query.sort;
  const byRef = [asc(cases.refYear), asc(cases.refSymbol), asc(cases.refNumber)];
  const sortBy = {
    caseRef: order(direction, cases.refYear, cases.refSymbol, cases.refNumber),
    applicant: [...order(direction, persons.searchText), ...byRef],
    applicationDate: [...order(direction, cases.applicationDate, cases.id)],
    status: [...order(direction, statusRank), ...byRef],
    worker: [...order(direction, users.fullName), ...byRef],
  }[column];
  return paged(
    db
      .select({
        id: cases.id,
        caseRef: cases.caseRef,
        applicantFirstName: persons.firstName,
        applicantLastName: persons.lastName,
        benefits: cases.benefits,
        status: cases.status,
        applicationDate: cases.applicationDate,
        complex: cases.complex,
        workerName: users.fullName,
      })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
      .innerJoin(users, eq(users.id, cases.workerUserId))
      .where(casesWhere(query))
      .orderBy(...sortBy)
      .$dynamic(),
    page,
  ).all();
}

export function casesRegisterCount(db: Db, query: CasesRegisterQuery): number {
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
      .where(casesWhere(query))
      .get()?.count ?? 0
  );
}

// ---- payments ----

export interface PaymentsRegisterQuery {
  fromMonth: string | null;
  toMonth: string | null;
  classification: string | null;
  method: (typeof paymentLists.$inferSelect)['method'] | null;
  listState: (typeof paymentLists.$inferSelect)['status'] | null;
  sort: { column: 'month' | 'person' | 'amount' | 'classification' | 'list'; direction: Direction };
}

function paymentsWhere(query: PaymentsRegisterQuery): SQL | undefined {
  const conditions: SQL[] = [query.listState ? eq(paymentLists.status, query.listState) : ne(paymentLists.status, 'discarded')];
  if (query.fromMonth) conditions.push(gte(paymentLines.month, query.fromMonth));
  if (query.toMonth) conditions.push(lte(paymentLines.month, query.toMonth));
  if (query.classification) conditions.push(eq(paymentLines.classification, query.classification));
  if (query.method) conditions.push(eq(paymentLists.method, query.method));
  return and(...conditions);
}

export function paymentsRegisterPage(db: Db, query: PaymentsRegisterQuery, page: Page) {
  const { column, direction } = query.sort;
  const byMonth = [asc(paymentLines.month), asc(paymentLines.recipientName), asc(paymentLines.id)];
  const sortBy = {
    month: order(direction, paymentLines.month, paymentLines.recipientName, paymentLines.id),
    person: [...order(direction, paymentLines.recipientName), ...byMonth],
    amount: [...order(direction, paymentLines.amount), ...byMonth],
    classification: [...order(direction, paymentLines.classification), ...byMonth],
    list: [...order(direction, paymentLists.year, paymentLists.number, paymentLists.id), ...byMonth],
  }[column];
  return paged(
    db
      .select({
        id: paymentLines.id,
        month: paymentLines.month,
        personId: paymentLines.personId,
        personName: paymentLines.recipientName,
        benefit: paymentLines.benefit,
        classification: paymentLines.classification,
        amount: paymentLines.amount,
        outcome: paymentLines.outcome,
        method: paymentLists.method,
        listId: paymentLists.id,
        listYear: paymentLists.year,
        listNumber: paymentLists.number,
        listState: paymentLists.status,
      })
      .from(paymentLines)
      .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
      .where(paymentsWhere(query))
      .orderBy(...sortBy)
      .$dynamic(),
    page,
  ).all();
}

export function paymentsRegisterTotals(db: Db, query: PaymentsRegisterQuery): { count: number; sum: number } {
  const row = db
    .select({ count: sql<number>`count(*)`, sum: sql<number>`coalesce(sum(${paymentLines.amount}), 0)` })
    .from(paymentLines)
    .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
    .where(paymentsWhere(query))
    .get();
  return { count: row?.count ?? 0, sum: row?.sum ?? 0 };
}
