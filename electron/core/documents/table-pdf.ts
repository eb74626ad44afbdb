import type { PdfFonts } from './fonts';
import { documentFont, renderPdf } from './pdf-engine';
import { pageFooter } from './page-frame';

/** A column of a printed list: its heading, a width in points (or '*' to share what is left) and the alignment. */
export interface TableReportColumn {
  header: string;
  width?: number | '*' | 'auto';
  align?: 'left' | 'center' | 'right';
}

/** A landscape list such as "Rejestr decyzji": every cell already formatted as printed. */
export interface TableReport {
  title: string;
  subtitle?: string | null;
  /** ISO date-time of the snapshot: the PDF's metadata dates. */
  createdAt: string;
  columns: TableReportColumn[];
  rows: string[][];
  /** A closing row in bold after the last one (e.g. the sum of a register). */
  totals?: string[] | null;
  footerNote?: string | null;
}

const cm = 72 / 2.54;
const margins = { left: 1.5 * cm, top: 1.5 * cm, right: 1.5 * cm, bottom: 1.8 * cm };

// Thin grey rules and a shaded heading row: sober, and readable on an office laser printer.
const tableLayout = {
  hLineWidth: (row: number, node: { table: { headerRows: number } }) => (row === 0 || row === node.table.headerRows ? 0.8 : 0.4),
  vLineWidth: () => 0.4,
  hLineColor: () => '#777777',
  vLineColor: () => '#777777',
  fillColor: (row: number) => (row === 0 ? '#e6e6e6' : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function table(report: TableReport) {
  const header = report.columns.map((column) => ({ text: column.header, bold: true, alignment: column.align ?? 'left' }));
  const cells = (row: string[], bold: boolean) => report.columns.map((column, index) => ({ text: row[index] ?? '', bold, alignment: column.align ?? 'left' }));
  const body = [...report.rows.map((row) => cells(row, false)), ...(report.totals ? [cells(report.totals, true)] : [])];
  return {
    // headerRows repeats the heading row at the top of every page; dontBreakRows keeps a wrapped row whole.
    table: { headerRows: 1, dontBreakRows: true, widths: report.columns.map((column) => column.width ?? '*'), body: [header, ...body] },
    layout: tableLayout,
    fontSize: 8.5,
  };
}

/** A list on landscape A4 with its heading row on every page and "Strona X z Y". */
export async function renderTableReport(report: TableReport, fonts: PdfFonts): Promise<Buffer> {
  if (report.rows.some((row) => row.length > report.columns.length)) {
    throw new Error('Wiersz zestawienia ma więcej komórek niż kolumn.');
  }
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: documentFont, fontSize: 10, lineHeight: 1.15 },
    content: [
      { text: report.title, fontSize: 13, bold: true, alignment: 'center' },
      ...(report.subtitle ? [{ text: report.subtitle, alignment: 'center', margin: [0, 2, 0, 0] }] : []),
      { ...table(report), margin: [0, 10, 0, 0] },
    ],
    footer: pageFooter({ footerNote: report.footerNote ?? null, draft: false, marginLeft: margins.left, marginRight: margins.right }),
  };
  return renderPdf(definition, fonts, { title: report.title, createdAt: report.createdAt });
}
