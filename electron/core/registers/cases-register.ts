import type { CasesRegisterRow } from '../../../shared/contract/registers';
import { formatDatePl } from '../../../shared/domain/calendar';
import { benefitKinds, caseStatuses, type BenefitKind, type CaseStatus } from '../../../shared/domain/cases';
import type { RegisterColumn } from './document';

export const casesColumns: RegisterColumn<CasesRegisterRow>[] = [
  { header: 'Znak sprawy', width: 96, print: (row) => row.caseRef },
  { header: 'Wnioskodawca', width: 130, print: (row) => row.applicantName },
  { header: 'Forma pomocy', width: '*', print: (row) => row.benefits.map((benefit) => benefitKinds[benefit].label).join(', ') },
  { header: 'Stan', width: 80, print: (row) => caseStatuses[row.status] },
  { header: 'Data wpływu', width: 54, print: (row) => formatDatePl(row.applicationDate) },
  { header: 'Pracownik', width: 100, print: (row) => row.workerName },
  { header: 'Termin decyzji', width: 58, print: (row) => (row.decisionDue ? formatDatePl(row.decisionDue) : '') },
];

export interface CasesFilterWords {
  query: string;
  status: CaseStatus | 'open' | null;
  workerName: string | null;
  benefit: BenefitKind | null;
  from: string | null;
  to: string | null;
}

export function casesFilterText(filter: CasesFilterWords): string {
  const parts = [
    filter.query ? `szukano „${filter.query}”` : null,
    filter.status === 'open' ? 'sprawy otwarte' : filter.status ? `stan: ${caseStatuses[filter.status].toLowerCase()}` : null,
    filter.workerName ? `pracownik: ${filter.workerName}` : null,
    filter.benefit ? `forma pomocy: ${benefitKinds[filter.benefit].label.toLowerCase()}` : null,
    filter.from || filter.to ? `wpływ ${filter.from ? `od ${formatDatePl(filter.from)}` : ''}${filter.from && filter.to ? ' ' : ''}${filter.to ? `do ${formatDatePl(filter.to)}` : ''}` : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join('; ') : 'wszystkie sprawy';
}
