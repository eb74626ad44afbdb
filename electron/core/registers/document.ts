import { formatDatePl } from '../../../shared/domain/calendar';
import type { PdfFonts } from '../documents/fonts';
import { renderTableReport } from '../documents/table-pdf';
import { csvFile } from './csv';

/** A column of a register: printed and exported alike, the CSV only where Excel needs the value written otherwise. */
export interface RegisterColumn<Row> {
  header: string;
  /** Points on landscape A4, or '*' to share what is left. */
  width: number | '*';
  align?: 'left' | 'right';
  print: (row: Row) => string;
  csv?: (row: Row) => string;
}

export interface RegisterDocument<Row> {
  /** "Rejestr osób" */
  title: string;
  /** What the filters kept, in words ("wszystkie" when nothing is filtered). */
  filterText: string;
  /** ISO date-time of the printout: the date on it and the PDF's metadata. */
  createdAt: string;
  columns: RegisterColumn<Row>[];
  rows: Row[];
  /** A closing row of totals, one cell per column (empty strings for the rest). */
  totals?: string[] | null;
}

export function registerCsv<Row>(register: Pick<RegisterDocument<Row>, 'columns' | 'rows'>): Buffer {
  return csvFile(
    register.columns.map((column) => column.header),
    register.rows.map((row) => register.columns.map((column) => (column.csv ?? column.print)(row))),
  );
}

export function registerPdf<Row>(register: RegisterDocument<Row>, fonts: PdfFonts): Promise<Buffer> {
  return renderTableReport(
    {
      title: register.title,
      subtitle: `Stan na ${formatDatePl(register.createdAt.slice(0, 10))} · pozycji: ${register.rows.length}\nFiltr: ${register.filterText}`,
      createdAt: register.createdAt,
      columns: register.columns.map((column) => ({ header: column.header, width: column.width, align: column.align ?? 'left' })),
      rows: register.rows.map((row) => register.columns.map((column) => column.print(row))),
      totals: register.totals ?? null,
      footerNote: 'Dokument wewnętrzny — dane osobowe (art. 100 ust. 1 u.p.s.)',
    },
    fonts,
  );
}
