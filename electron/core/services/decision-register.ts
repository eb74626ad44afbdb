import type { DecisionSummary } from '../../../shared/contract/decisions';
import { formatDatePl } from '../../../shared/domain/calendar';
import { benefitKinds, type BenefitKind } from '../../../shared/domain/cases';
import { decisionKinds, decisionState, decisionStatuses, finalFrom } from '../../../shared/domain/decisions';
import { formatAmount } from '../../../shared/domain/money';
import type { listRegister } from '../../../db/repositories/decisions';
import type { PdfFonts } from '../documents/fonts';
import { renderTableReport } from '../documents/table-pdf';

type RegisterRow = ReturnType<typeof listRegister>[number];

/** The register's rows with each decision's state on `today` (a delivered decision becomes final by the calendar). */
export function registerRows(rows: RegisterRow[], today: string): DecisionSummary[] {
  return rows.map((row) => ({
    id: row.decision.id,
    caseId: row.decision.caseId,
    caseRef: row.caseRef,
    partyName: `${row.partyFirstName} ${row.partyLastName}`,
    kind: row.decision.kind,
    benefit: row.decision.benefit as BenefitKind,
    state: decisionState(row.decision, today),
    decisionNumber: row.decision.decisionNumber,
    issuedOn: row.decision.issuedOn,
    amount: row.decision.monthlyAmount,
    effectiveFrom: row.decision.effectiveFrom,
    effectiveUntil: row.decision.effectiveUntil,
    preparedByName: row.preparedByName,
    signedByName: row.signedByName,
    finalFrom: finalFrom(row.decision),
  }));
}

const date = (value: string | null) => (value ? formatDatePl(value) : '');

/** The columns of the register, printed and exported alike. */
const columns = [
  { header: 'Nr decyzji', width: 56, value: (row: DecisionSummary) => row.decisionNumber ?? '(projekt)' },
  { header: 'Data wydania', width: 52, value: (row: DecisionSummary) => date(row.issuedOn) },
  { header: 'Znak sprawy', width: 88, value: (row: DecisionSummary) => row.caseRef },
  { header: 'Strona', width: '*' as const, value: (row: DecisionSummary) => row.partyName },
  { header: 'Rodzaj', width: 52, value: (row: DecisionSummary) => decisionKinds[row.kind].label },
  { header: 'Świadczenie', width: 64, value: (row: DecisionSummary) => benefitKinds[row.benefit].label },
  { header: 'Kwota (zł)', width: 42, value: (row: DecisionSummary) => (row.amount === null ? '' : formatAmount(row.amount)) },
  { header: 'Okres', width: 52, value: (row: DecisionSummary) => (row.effectiveFrom ? `${date(row.effectiveFrom)}–${row.effectiveUntil ? date(row.effectiveUntil) : ''}` : '') },
  { header: 'Stan', width: 46, value: (row: DecisionSummary) => decisionStatuses[row.state] },
  { header: 'Ostateczna od', width: 58, value: (row: DecisionSummary) => date(row.finalFrom) },
  { header: 'Przygotował', width: 58, value: (row: DecisionSummary) => row.preparedByName },
  { header: 'Podpisał', width: 56, value: (row: DecisionSummary) => row.signedByName ?? '' },
];

/** CSV as Polish Excel opens it: UTF-8 with BOM, semicolons, CRLF, every field quoted. */
export function registerCsv(rows: DecisionSummary[]): Buffer {
  const quote = (value: string) => `"${value.replace(/"/g, '""').replace(/\u00a0/g, ' ')}"`;
  const lines = [columns.map((column) => quote(column.header)).join(';'), ...rows.map((row) => columns.map((column) => quote(column.value(row))).join(';'))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export function registerPdf(rows: DecisionSummary[], year: number, createdAt: string, fonts: PdfFonts): Promise<Buffer> {
  return renderTableReport(
    {
      title: `Rejestr decyzji — ${year}`,
      subtitle: `Stan na ${formatDatePl(createdAt.slice(0, 10))} · pozycji: ${rows.length}`,
      createdAt,
      columns: columns.map((column) => ({ header: column.header, width: column.width, align: column.header.startsWith('Kwota') ? ('right' as const) : ('left' as const) })),
      rows: rows.map((row) => columns.map((column) => column.value(row))),
      footerNote: 'Dokument wewnętrzny — dane osobowe (art. 100 ust. 1 u.p.s.)',
    },
    fonts,
  );
}
