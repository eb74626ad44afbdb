import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, interviewAlimonyPaid, interviewFarms, interviewIncomes, interviewMembers, interviews, personCertificates, persons } from '../schema';
import { OPEN_STATUSES } from './cases';

/**
 * Bulk reads for the office-wide eligibility review: every open case with the content of its latest interview,
 * in seven queries whatever the number of cases (a query per case would be thousands of round trips). The set of
 * interviews is named by one subquery, so no list of thousands of ids is ever bound as parameters.
 * Call inside one transaction, so that all seven reads see the same state of the database.
 */

export interface ReviewScope {
  /** Only the cases of this social worker ('mine'); all open cases of the office when absent. */
  workerUserId?: number;
}

function openCases(scope: ReviewScope): SQL {
  const conditions = [inArray(cases.status, [...OPEN_STATUSES])];
  if (scope.workerUserId !== undefined) conditions.push(eq(cases.workerUserId, scope.workerUserId));
  return and(...conditions)!;
}

/** The newest interview (highest id: interviews are append-only) of each open case in scope. */
function latestInterviewIds(scope: ReviewScope): SQL {
  return sql`(SELECT max(${interviews.id}) FROM ${interviews} INNER JOIN ${cases} ON ${cases.id} = ${interviews.caseId} WHERE ${openCases(scope)} GROUP BY ${interviews.caseId})`;
}

export interface ReviewCaseRow {
  id: number;
  caseRef: string;
  applicantPersonId: number;
  applicationDate: string;
  benefits: string[];
  applicantFirstName: string;
  applicantLastName: string;
  applicantSex: 'F' | 'M';
  applicantBirthDate: string;
}

export interface ReviewCertificateRow {
  kind: string;
  issuer: string;
  issuedOn: string;
  validUntil: string | null;
  number: string | null;
}

export interface ReviewInterviewRow {
  id: number;
  caseId: number;
  livesAlone: boolean;
  incomeMonth: string;
  proposedPeriodicAmount: number | null;
}

export interface ReviewData {
  cases: ReviewCaseRow[];
  /** By case id: the case's latest interview (absent when it has none). */
  interviews: Map<number, ReviewInterviewRow>;
  /**
   * By interview id. Not in the interview's own order: the order of members and incomes changes only the order
   * of lines in a trace, which the review does not show, and sorting cost a fifth of the reading time.
   */
  members: Map<number, { personId: number }[]>;
  incomes: Map<number, ReviewIncomeRow[]>;
  alimonyPaid: Map<number, { personId: number; amount: number }[]>;
  farms: Map<number, { personId: number; hectaresTenThousandths: number }[]>;
  /** By person id: the certificates of the applicants (zasiłek stały needs inability to work). */
  certificates: Map<number, ReviewCertificateRow[]>;
}

export interface ReviewIncomeRow {
  personId: number;
  kind: string;
  gross: number;
  tax: number;
  healthContribution: number;
  socialContribution: number;
  oneOffReceivedOn: string | null;
}

function groupBy<T extends { interviewId: number }>(rows: T[]): Map<number, Omit<T, 'interviewId'>[]> {
  const groups = new Map<number, Omit<T, 'interviewId'>[]>();
  for (const { interviewId, ...rest } of rows) {
    const list = groups.get(interviewId);
    if (list) list.push(rest);
    else groups.set(interviewId, [rest]);
  }
  return groups;
}

/**
 * Everything the review computes from. Descriptions of incomes and the saved computation (a large JSON
 * snapshot) are left out: the review shows figures only, and reading them would cost most of the time.
 */
export function loadReviewData(db: Db, scope: ReviewScope): ReviewData {
  const caseRows = db
    .select({
      id: cases.id,
      caseRef: cases.caseRef,
      applicantPersonId: cases.applicantPersonId,
      applicationDate: cases.applicationDate,
      benefits: cases.benefits,
      applicantFirstName: persons.firstName,
      applicantLastName: persons.lastName,
      applicantSex: persons.sex,
      applicantBirthDate: persons.birthDate,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .where(openCases(scope))
    .orderBy(asc(cases.refYear), asc(cases.refSymbol), asc(cases.refNumber))
    .all();

  const latest = latestInterviewIds(scope);
  const interviewRows = db
    .select({
      id: interviews.id,
      caseId: interviews.caseId,
      livesAlone: interviews.livesAlone,
      incomeMonth: interviews.incomeMonth,
      proposedPeriodicAmount: interviews.proposedPeriodicAmount,
    })
    .from(interviews)
    .where(sql`${interviews.id} IN ${latest}`)
    .all();

  const members = db
    .select({ interviewId: interviewMembers.interviewId, personId: interviewMembers.personId })
    .from(interviewMembers)
    .where(sql`${interviewMembers.interviewId} IN ${latest}`)
    .all();

  const incomes = db
    .select({
      interviewId: interviewIncomes.interviewId,
      personId: interviewIncomes.personId,
      kind: interviewIncomes.kind,
      gross: interviewIncomes.gross,
      tax: interviewIncomes.tax,
      healthContribution: interviewIncomes.healthContribution,
      socialContribution: interviewIncomes.socialContribution,
      oneOffReceivedOn: interviewIncomes.oneOffReceivedOn,
    })
    .from(interviewIncomes)
    .where(sql`${interviewIncomes.interviewId} IN ${latest}`)
    .all();

  const alimonyPaid = db
    .select({ interviewId: interviewAlimonyPaid.interviewId, personId: interviewAlimonyPaid.personId, amount: interviewAlimonyPaid.amount })
    .from(interviewAlimonyPaid)
    .where(sql`${interviewAlimonyPaid.interviewId} IN ${latest}`)
    .all();

  const farms = db
    .select({ interviewId: interviewFarms.interviewId, personId: interviewFarms.personId, hectaresTenThousandths: interviewFarms.hectaresTenThousandths })
    .from(interviewFarms)
    .where(sql`${interviewFarms.interviewId} IN ${latest}`)
    .all();

  const certificates = db
    .select({
      personId: personCertificates.personId,
      kind: personCertificates.kind,
      issuer: personCertificates.issuer,
      issuedOn: personCertificates.issuedOn,
      validUntil: personCertificates.validUntil,
      number: personCertificates.number,
    })
    .from(personCertificates)
    .where(sql`${personCertificates.personId} IN (SELECT ${cases.applicantPersonId} FROM ${cases} WHERE ${openCases(scope)})`)
    .all();
  const certificatesByPerson = new Map<number, ReviewCertificateRow[]>();
  for (const { personId, ...certificate } of certificates) {
    const list = certificatesByPerson.get(personId);
    if (list) list.push(certificate);
    else certificatesByPerson.set(personId, [certificate]);
  }

  return {
    cases: caseRows,
    interviews: new Map(interviewRows.map((row) => [row.caseId, row])),
    members: groupBy(members),
    incomes: groupBy(incomes),
    alimonyPaid: groupBy(alimonyPaid),
    farms: groupBy(farms),
    certificates: certificatesByPerson,
  };
}
