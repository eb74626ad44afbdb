import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, personCertificates, persons, users } from '../schema';

/** Disability and incapacity certificates (orzeczenia) of persons. */

export type CertificateRow = typeof personCertificates.$inferSelect;
export type NewCertificateRow = typeof personCertificates.$inferInsert;

/** A person's certificates, permanent and latest-ending first, then the newest issued. */
export function listPersonCertificates(db: Db, personId: number): CertificateRow[] {
  return db
    .select()
    .from(personCertificates)
    .where(eq(personCertificates.personId, personId))
    .orderBy(sql`${personCertificates.validUntil} IS NOT NULL`, desc(personCertificates.validUntil), desc(personCertificates.issuedOn), desc(personCertificates.id))
    .all();
}

export function getCertificate(db: Db, id: number): CertificateRow | undefined {
  return db.select().from(personCertificates).where(eq(personCertificates.id, id)).get();
}

export function insertCertificate(db: Db, row: NewCertificateRow): CertificateRow {
  return db.insert(personCertificates).values(row).returning().get();
}

/** Updates only when nobody changed the row since `version` was read; undefined means someone did. */
export function updateCertificateIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: Partial<NewCertificateRow>,
): CertificateRow | undefined {
  return db
    .update(personCertificates)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(personCertificates.id, id), eq(personCertificates.version, version)))
    .returning()
    .get();
}

/** Removes the row only at `version`; false when it changed or is gone. */
export function deleteCertificateIfVersion(db: Db, id: number, version: number): boolean {
  return db.delete(personCertificates).where(and(eq(personCertificates.id, id), eq(personCertificates.version, version))).run().changes === 1;
}

export interface ExpiringCertificateRow {
  certificateId: number;
  kind: string;
  issuer: string;
  validUntil: string;
  caseId: number;
  caseRef: string;
  benefits: string[];
  benefitUntil: string;
  decidedOn: string | null;
  personId: number;
  personFirstName: string;
  personLastName: string;
  workerId: number;
  workerName: string;
}

/**
 * Certificates ending between `today` and `endingBy` (both included) of applicants whose benefit still runs: a
 * decided case whose benefit lasts until today or later. One row per certificate and running case.
 */
export function certificatesEndingForRunningBenefits(
  db: Db,
  window: { today: string; endingBy: string },
  workerUserId?: number,
): ExpiringCertificateRow[] {
  const conditions = [
    eq(cases.status, 'decided'),
    gte(cases.benefitUntil, window.today),
    gte(personCertificates.validUntil, window.today),
    lte(personCertificates.validUntil, window.endingBy),
  ];
  if (workerUserId !== undefined) conditions.push(eq(cases.workerUserId, workerUserId));
  return db
    .select({
      certificateId: personCertificates.id,
      kind: personCertificates.kind,
      issuer: personCertificates.issuer,
      validUntil: sql<string>`${personCertificates.validUntil}`,
      caseId: cases.id,
      caseRef: cases.caseRef,
      benefits: cases.benefits,
      benefitUntil: sql<string>`${cases.benefitUntil}`,
      decidedOn: cases.decidedOn,
      personId: persons.id,
      personFirstName: persons.firstName,
      personLastName: persons.lastName,
      workerId: cases.workerUserId,
      workerName: users.fullName,
    })
    .from(personCertificates)
    .innerJoin(cases, eq(cases.applicantPersonId, personCertificates.personId))
    .innerJoin(persons, eq(persons.id, personCertificates.personId))
    .innerJoin(users, eq(users.id, cases.workerUserId))
    .where(and(...conditions))
    .orderBy(asc(personCertificates.validUntil), asc(cases.id))
    .all();
}
