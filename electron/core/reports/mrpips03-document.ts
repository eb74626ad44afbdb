import type { Mrpips03Report } from '../../../shared/contract/reports';
import { formatDatePl } from '../../../shared/domain/calendar';
import { formatAmount } from '../../../shared/domain/money';
import {
  mrpips03ColumnKeys,
  mrpips03Columns,
  mrpips03ReasonColumnKeys,
  mrpips03ReasonColumns,
  type Mrpips03Column,
} from '../../../shared/domain/reports/mrpips03-form';
import type { PdfFonts } from '../documents/fonts';
import { documentFont, renderPdf } from '../documents/pdf-engine';
import { pageFooter } from '../documents/page-frame';

/** What the printed form says about who reports: the office and the gmina. */
export interface Mrpips03Heading {
  officeName: string;
  gminaName: string;
  /** ISO date-time the report was computed (the PDF's metadata dates). */
  createdAt: string;
  /** The day in Poland it was computed, printed as "Sporządzono". */
  today: string;
}

const cellText = (column: Mrpips03Column, value: number) => (column === 'amount' ? formatAmount(value) : String(value));

export function periodLabel(report: Pick<Mrpips03Report, 'year' | 'half'>): string {
  return report.half === 'H1' ? `I półrocze ${report.year} r.` : `rok ${report.year}`;
}

/** An amount as a number Polish Excel reads: złote with a decimal comma and no thousands separator ("5282,00"). */
const csvAmount = (grosze: number) => `${Math.trunc(grosze / 100)},${String(Math.abs(grosze) % 100).padStart(2, '0')}`;

/** CSV as Polish Excel opens it: UTF-8 with BOM, semicolons, CRLF, every field quoted; amounts as numbers ("5282,00"). */
export function mrpips03Csv(report: Mrpips03Report): Buffer {
  const quote = (value: string) => `"${value.replace(/"/g, '""').replace(/[\u00a0\u202f]/g, ' ')}"`;
  const lines: string[][] = [
    [`MRPiPS-03 — ${periodLabel(report)} (${formatDatePl(report.from)}–${formatDatePl(report.to)}); formularz wg wzoru na ${report.formYear} r.`],
    [],
    ['Formy pomocy i udzielone świadczenia — zadania własne gminy'],
    ['Lp.', 'Formy pomocy', ...mrpips03ColumnKeys.map((key) => mrpips03Columns[key].label)],
    ...report.rows.map((row) => [row.number, row.label, ...mrpips03ColumnKeys.map((key) => (key === 'amount' ? csvAmount(row.cells[key]) : String(row.cells[key])))]),
    [],
    ['Powody przyznania pomocy (art. 7 u.p.s.)'],
    ['Pkt art. 7', 'Powód', ...mrpips03ReasonColumnKeys.map((key) => (key.endsWith('Rural') ? `${mrpips03ReasonColumns[key].label} (${key === 'familiesRural' ? 'rodziny' : 'osoby'})` : mrpips03ReasonColumns[key].label))],
    ...report.reasons.map((row) => [row.number, row.label, ...mrpips03ReasonColumnKeys.map((key) => String(row.cells[key]))]),
  ];
  const text = lines.map((line) => line.map(quote).join(';')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}

const cm = 72 / 2.54;
const margins = { left: 1.5 * cm, top: 1.4 * cm, right: 1.5 * cm, bottom: 1.8 * cm };

const formLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  // The heading rows shaded like the printed form; the column-number row lighter.
  fillColor: (row: number) => (row === 0 ? '#d9d9d9' : row === 1 ? '#efefef' : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const head = (text: string, extra: Record<string, unknown> = {}) => ({ text, bold: true, alignment: 'center', fontSize: 8, ...extra });
const num = (text: string) => ({ text, alignment: 'center', fontSize: 7, italics: true });

/** The report laid out like the form: the forms of help × five columns, then the reasons for help; to type into CAS. */
export function mrpips03Pdf(report: Mrpips03Report, heading: Mrpips03Heading, fonts: PdfFonts): Promise<Buffer> {
  const benefitsTable = {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [28, '*', 78, 60, 78, 60, 70],
      body: [
        [head('Lp.'), head('Formy pomocy'), ...mrpips03ColumnKeys.map((key) => head(mrpips03Columns[key].label))],
        [num('0'), num(''), ...mrpips03ColumnKeys.map((key) => num(mrpips03Columns[key].number))],
        ...report.rows.map((row) => [
          { text: row.number, alignment: 'center' },
          { text: row.label, bold: !row.sub && row.key === 'total', margin: [row.sub ? 12 : 0, 0, 0, 0] },
          ...mrpips03ColumnKeys.map((key) => ({ text: cellText(key, row.cells[key]), alignment: 'right', bold: row.key === 'total' })),
        ]),
      ],
    },
    layout: formLayout,
    fontSize: 8.5,
  };
  const reasonsTable = {
    table: {
      headerRows: 3,
      dontBreakRows: true,
      widths: [34, '*', 66, 66, 66, 66],
      body: [
        [head('Pkt art. 7', { rowSpan: 2 }), head('Powody przyznania pomocy', { rowSpan: 2 }), head('Liczba rodzin', { colSpan: 2 }), {}, head('Liczba osób w rodzinach', { colSpan: 2 }), {}],
        [{}, {}, head('ogółem'), head('w tym na wsi'), head('ogółem'), head('w tym na wsi')],
        [num('0'), num(''), ...mrpips03ReasonColumnKeys.map((key) => num(mrpips03ReasonColumns[key].number))],
        ...report.reasons.map((row) => [
          { text: row.number, alignment: 'center' },
          { text: row.label },
          ...mrpips03ReasonColumnKeys.map((key) => ({ text: String(row.cells[key]), alignment: 'right' })),
        ]),
      ],
    },
    layout: { ...formLayout, fillColor: (row: number) => (row < 2 ? '#d9d9d9' : row === 2 ? '#efefef' : null) },
    fontSize: 8.5,
  };
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: documentFont, fontSize: 9, lineHeight: 1.1 },
    content: [
      {
        columns: [
          { width: '*', stack: [{ text: heading.officeName, bold: true }, { text: `Gmina ${heading.gminaName}` }] },
          { width: 'auto', text: 'MRPiPS-03', bold: true, fontSize: 14, alignment: 'right' },
        ],
      },
      { text: 'SPRAWOZDANIE RESORTOWE O UDZIELONYCH ŚWIADCZENIACH POMOCY SPOŁECZNEJ', bold: true, fontSize: 12, alignment: 'center', margin: [0, 8, 0, 0] },
      {
        text: `pieniężnych, w naturze i usługach — za ${periodLabel(report)} (okres sprawozdawczy: ${formatDatePl(report.from)}–${formatDatePl(report.to)})`,
        alignment: 'center',
        margin: [0, 2, 0, 0],
      },
      { text: `Układ wierszy wg wzoru formularza na ${report.formYear} r. Kwoty w złotych z groszami.`, alignment: 'center', fontSize: 8, color: '#444444', margin: [0, 2, 0, 8] },
      { text: 'Formy pomocy i udzielone świadczenia — zadania własne gminy (przyznane decyzją)', bold: true, margin: [0, 0, 0, 3] },
      benefitsTable,
      { text: 'Powody przyznania pomocy (art. 7 ustawy o pomocy społecznej)', bold: true, margin: [0, 12, 0, 3], pageBreak: 'before' },
      reasonsTable,
      {
        text: 'Rodzina wykazana z kilku powodów jest liczona przy każdym z nich, dlatego liczby rodzin według powodów nie sumują się do ogółu rodzin.',
        fontSize: 8,
        color: '#444444',
        margin: [0, 6, 0, 0],
      },
      {
        margin: [0, 28, 0, 0],
        columns: [
          { width: '*', text: `Sporządzono: ${formatDatePl(heading.today)}\n\n……………………………………\n(sporządził)`, fontSize: 8.5 },
          { width: '*', text: '\n\n……………………………………\n(kierownik ośrodka)', fontSize: 8.5, alignment: 'right' },
        ],
      },
    ],
    footer: pageFooter({ footerNote: 'Wydruk pomocniczy do przepisania do CAS — MRPiPS-03', draft: false, marginLeft: margins.left, marginRight: margins.right }),
  };
  return renderPdf(definition, fonts, { title: `MRPiPS-03 — ${periodLabel(report)}`, createdAt: heading.createdAt });
}
