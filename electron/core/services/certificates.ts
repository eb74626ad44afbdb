import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Certificate } from '../../../shared/contract/certificates';
import { formatDatePl } from '../../../shared/domain/calendar';
import {
  certificateKinds,
  certificateValidOn,
  type CertificateFact,
  type CertificateIssuer,
  type CertificateKind,
} from '../../../shared/domain/certificates';
import type { ApplicantFacts } from '../../../shared/domain/benefits/inability-to-work';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  deleteCertificateIfVersion,
  getCertificate,
  insertCertificate,
  listPersonCertificates,
  updateCertificateIfVersion,
  type CertificateRow,
} from '../../../db/repositories/certificates';
import { getPersonById, type PersonRow } from '../../../db/repositories/persons';
import { changedFields, recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';
import { fullName } from './persons';

type CertificateInput = ParsedInput<'persons.addCertificate'>['certificate'];

const AUDITED_FIELDS = ['kind', 'issuer', 'issuedOn', 'validUntil', 'number', 'notes'] as const satisfies readonly (keyof CertificateRow)[];

const CHANGED_MEANWHILE = 'Ktoś inny zmienił orzeczenia tej osoby w międzyczasie. Odśwież kartę osoby i wprowadź zmiany jeszcze raz.';

/** "całkowita niezdolność do pracy, ważne do 31.12.2025" — an audit summary names the certificate so. */
function describe(row: Pick<CertificateRow, 'kind' | 'validUntil'>): string {
  const label = certificateKinds[row.kind as CertificateKind].label;
  return `${label}, ${row.validUntil === null ? 'na stałe' : `ważne do ${formatDatePl(row.validUntil)}`}`;
}

function auditedFields(row: CertificateRow): Partial<CertificateRow> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, row[field]]));
}

/** A person's certificates on the file: listed, added, corrected and removed; every change in the audit log. */
export function createCertificatesService(db: Db, clock: Clock) {
  function toCertificate(row: CertificateRow, today: string): Certificate {
    return {
      id: row.id,
      personId: row.personId,
      kind: row.kind as CertificateKind,
      issuer: row.issuer as CertificateIssuer,
      issuedOn: row.issuedOn,
      validUntil: row.validUntil,
      number: row.number,
      notes: row.notes,
      validToday: certificateValidOn(row, today),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  function requirePerson(tx: Db, personId: number): PersonRow {
    const person = getPersonById(tx, personId);
    if (!person) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
    return person;
  }

  function requireCertificate(tx: Db, id: number): CertificateRow {
    const row = getCertificate(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego orzeczenia: mogło zostać usunięte. Odśwież kartę osoby.');
    return row;
  }

  /** What the contract cannot check alone: dates against today. */
  function checkDates(input: CertificateInput, today: string): void {
    if (input.issuedOn > today) {
      const message = 'Data wydania orzeczenia nie może być z przyszłości.';
      throw new AppError('VALIDATION', message, [{ path: ['certificate', 'issuedOn'], message }]);
    }
  }

  return {
    list(input: ParsedInput<'persons.listCertificates'>): MethodOutput<'persons.listCertificates'> {
      return db.transaction((tx) => {
        requirePerson(tx, input.personId);
        const today = todayInPoland(clock);
        return { items: listPersonCertificates(tx, input.personId).map((row) => toCertificate(row, today)) };
      });
    },

    add(input: ParsedInput<'persons.addCertificate'>, ctx: RequestContext): Certificate {
      const today = todayInPoland(clock);
      checkDates(input.certificate, today);
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        const person = requirePerson(tx, input.personId);
        const created = insertCertificate(tx, {
          ...input.certificate,
          personId: person.id,
          createdByUserId: ctx.user!.id,
          createdAt: now,
          updatedAt: now,
        });
        recordAudit(tx, ctx, clock, {
          kind: 'person.certificateAdd',
          summary: `Dopisano orzeczenie (${describe(created)}): ${fullName(person)}`,
          personId: person.id,
          details: { certificateId: created.id, after: auditedFields(created) },
        });
        return toCertificate(created, today);
      });
    },

    update(input: ParsedInput<'persons.updateCertificate'>, ctx: RequestContext): Certificate {
      const today = todayInPoland(clock);
      checkDates(input.certificate, today);
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        const before = requireCertificate(tx, input.id);
        const updated = updateCertificateIfVersion(tx, input.id, input.version, { ...input.certificate, updatedAt: now });
        if (!updated) throw new AppError('CONFLICT', CHANGED_MEANWHILE);
        const person = requirePerson(tx, updated.personId);
        recordAudit(tx, ctx, clock, {
          kind: 'person.certificateUpdate',
          summary: `Poprawiono orzeczenie (${describe(updated)}): ${fullName(person)}`,
          personId: person.id,
          details: { certificateId: updated.id, changes: changedFields(before, updated, AUDITED_FIELDS) },
        });
        return toCertificate(updated, today);
      });
    },

    remove(input: ParsedInput<'persons.removeCertificate'>, ctx: RequestContext): MethodOutput<'persons.removeCertificate'> {
      return db.transaction((tx) => {
        const before = requireCertificate(tx, input.id);
        if (!deleteCertificateIfVersion(tx, input.id, input.version)) throw new AppError('CONFLICT', CHANGED_MEANWHILE);
        const person = requirePerson(tx, before.personId);
        recordAudit(tx, ctx, clock, {
          kind: 'person.certificateRemove',
          summary: `Usunięto orzeczenie (${describe(before)}): ${fullName(person)}`,
          personId: person.id,
          details: { certificateId: before.id, before: auditedFields(before) },
        });
        return { removed: true as const };
      });
    },
  };
}

/** What the case computation needs of the applicant (benefits/inability-to-work.ts): sex, birth date, certificates. */
export function applicantFacts(tx: Db, personId: number): ApplicantFacts {
  const person = getPersonById(tx, personId);
  if (!person) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
  return { sex: person.sex, birthDate: person.birthDate, certificates: listPersonCertificates(tx, personId).map(toCertificateFact) };
}

export function toCertificateFact(row: Pick<CertificateRow, 'kind' | 'issuer' | 'issuedOn' | 'validUntil' | 'number'>): CertificateFact {
  return {
    kind: row.kind as CertificateKind,
    issuer: row.issuer as CertificateIssuer,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    number: row.number,
  };
}
