import type { WorklistItem } from '../../../shared/contract/worklist';
import { daysBetween, formatDatePl } from '../../../shared/domain/calendar';
import type { BenefitKind } from '../../../shared/domain/cases';
import { certificateIssuers, certificateKinds, type CertificateIssuer, type CertificateKind } from '../../../shared/domain/certificates';
import type { ExpiringCertificateRow } from '../../../db/repositories/certificates';

/**
 * A certificate that ends while a benefit still runs (DOMAIN.md §2: a zasiłek stały cannot run past it): the worker
 * asks the person for a new one in time, or the benefit must end with it.
 */
export function certificateEndingItem(row: ExpiringCertificateRow, today: string): WorklistItem {
  const benefits = row.benefits as BenefitKind[];
  const certificate = `Orzeczenie o ${certificateKinds[row.kind as CertificateKind].about} (${certificateIssuers[row.issuer as CertificateIssuer]})`;
  const permanentAllowance = benefits.includes('permanentAllowance')
    ? ' Zasiłek stały nie może trwać dłużej niż orzeczenie, na którym go przyznano.'
    : '';
  return {
    kind: 'certificateExpiring',
    caseId: row.caseId,
    caseRef: row.caseRef,
    personId: row.personId,
    personName: `${row.personFirstName} ${row.personLastName}`,
    workerId: row.workerId,
    workerName: row.workerName,
    benefits,
    certificateId: row.certificateId,
    dueDate: row.validUntil,
    late: false,
    daysLeft: daysBetween(today, row.validUntil),
    description:
      `${certificate} jest ważne do ${formatDatePl(row.validUntil)}, a świadczenie trwa do ${formatDatePl(row.benefitUntil)}` +
      ` — poproś o nowe orzeczenie albo o wniosek o ponowne orzekanie.${permanentAllowance}`,
  };
}
