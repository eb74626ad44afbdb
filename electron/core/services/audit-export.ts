import type { AuditEntry } from '../../../shared/contract/audit';
import { auditChangesText, auditKindLabel, dayOfInstantPl, formatInstantPl, repeatedText, timeOfInstantPl } from '../../../shared/domain/audit-text';
import type { PdfFonts } from '../documents/fonts';
import { renderTableReport } from '../documents/table-pdf';

/** The numbers a line stands for, oldest first: "nr 1227, 1229, 1234". */
const numbers = (entry: AuditEntry) => [...(entry.repeated?.ids ?? [entry.id])].sort((a, b) => a - b).join(', ');

/** "Co" of a line: the summary, what changed, and how many openings it stands for. */
export function lineText(entry: AuditEntry): string {
  const changes = auditChangesText(entry.details);
  const repeated = entry.repeated ? `${repeatedText(entry.repeated.count, entry.repeated.firstAt, entry.at)} (wpisy nr ${numbers(entry)})` : '';
  return [entry.summary, changes, repeated].filter(Boolean).join('\n');
}

const CSV_COLUMNS: { header: string; value: (entry: AuditEntry) => string }[] = [
  { header: 'Nr wpisu', value: (entry) => String(entry.id) },
  { header: 'Data', value: (entry) => dayOfInstantPl(entry.at) },
  { header: 'Godzina', value: (entry) => timeOfInstantPl(entry.at) },
  { header: 'Użytkownik', value: (entry) => entry.userName ?? '' },
  { header: 'Komputer', value: (entry) => entry.pcName ?? 'stanowisko główne' },
  { header: 'Rodzaj', value: (entry) => auditKindLabel(entry.kind) },
  { header: 'Opis', value: (entry) => entry.summary },
  { header: 'Zmiany', value: (entry) => auditChangesText(entry.details) },
  { header: 'Osoba', value: (entry) => entry.personName ?? '' },
  { header: 'Liczba otwarć', value: (entry) => (entry.repeated ? String(entry.repeated.count) : '') },
  { header: 'Pierwsze otwarcie', value: (entry) => (entry.repeated ? formatInstantPl(entry.repeated.firstAt) : '') },
  { header: 'Numery wpisów', value: (entry) => (entry.repeated ? numbers(entry) : '') },
];

/** CSV as Polish Excel opens it: UTF-8 with BOM, semicolons, CRLF, every field quoted (line breaks kept inside quotes). */
export function auditCsv(entries: AuditEntry[]): Buffer {
  const quote = (value: string) => `"${value.replace(/"/g, '""').replace(/\u00a0/g, ' ')}"`;
  const lines = [
    CSV_COLUMNS.map((column) => quote(column.header)).join(';'),
    ...entries.map((entry) => CSV_COLUMNS.map((column) => quote(column.value(entry))).join(';')),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export interface AuditPrintHeading {
  /** "Osoba: Jan Kowalski · od 01.03.2025": the filter in words, or null for the whole log. */
  filterText: string | null;
  createdAt: string;
}

/** The filtered log on landscape A4, the same lines as on the screen. */
export function auditPdf(entries: AuditEntry[], heading: AuditPrintHeading, fonts: PdfFonts): Promise<Buffer> {
  const rowCount = entries.reduce((sum, entry) => sum + (entry.repeated?.count ?? 1), 0);
  return renderTableReport(
    {
      title: 'Dziennik zdarzeń',
      subtitle: [heading.filterText ?? 'Wszystkie wpisy', `stan na ${formatInstantPl(heading.createdAt)}`, `wierszy: ${entries.length}, wpisów: ${rowCount}`].join(' · '),
      createdAt: heading.createdAt,
      columns: [
        { header: 'Nr', width: 34, align: 'right' },
        { header: 'Kiedy', width: 62 },
        { header: 'Kto', width: 90 },
        { header: 'Rodzaj', width: 100 },
        { header: 'Co', width: '*' },
        { header: 'Osoba', width: 90 },
      ],
      rows: entries.map((entry) => [
        String(entry.id),
        formatInstantPl(entry.at),
        // The PC of the office network under the user, when the entry was made from one.
        entry.pcName ? `${entry.userName ?? '—'}\n(${entry.pcName})` : (entry.userName ?? '—'),
        auditKindLabel(entry.kind),
        lineText(entry),
        entry.personName ?? '',
      ]),
      footerNote: 'Dokument wewnętrzny — dziennik zdarzeń zawiera dane osobowe (art. 100 ust. 1 u.p.s.)',
    },
    fonts,
  );
}
