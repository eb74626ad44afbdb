import type { PaymentSettings } from '../../../shared/contract/payments';
import { endOfMonth, formatDatePl, formatMonthPl } from '../../../shared/domain/calendar';
import { benefitKinds, type BenefitKind } from '../../../shared/domain/cases';
import { amountInWords } from '../../../shared/domain/amount-in-words';
import { formatAmount, formatMoney, percentOf } from '../../../shared/domain/money';
import { plural } from '../../../shared/domain/plural';
import { formatNrb } from '../../../shared/domain/nrb';
import { budgetClassifications, HEALTH_CONTRIBUTION_PERCENT, type BudgetClassification } from '../../../shared/domain/payment-settings';
import type { Db } from '../../../db/open';
import { approvedLinesOfMonth, type PaymentLineRow, type PaymentListRow } from '../../../db/repositories/payments';
import type { PdfFonts } from '../documents/fonts';
import { draftWatermark } from '../documents/page-frame';
import { documentFont, renderPdf } from '../documents/pdf-engine';

/**
 * The payment lists (DOMAIN.md §8) on landscape A4: the heading row repeated on every page, and at each page's foot
 * the page's sum, what is carried from earlier pages and the running total — so a cashier can check every sheet on
 * its own. At the end the grand total in figures and in words and the sign-off lines. Lists are internal
 * documents (art. 100 ust. 1 u.p.s.): every page says so.
 */

const cm = 72 / 2.54;
const margins = { left: 1.2 * cm, top: 1.3 * cm, right: 1.2 * cm, bottom: 2.2 * cm };
const INTERNAL = 'Dokument wewnętrzny — dane osobowe beneficjentów nie podlegają ujawnieniu (art. 100 ust. 1 u.p.s.)';

const tableLayout = {
  hLineWidth: (row: number, node: { table: { headerRows: number } }) => (row === 0 || row === node.table.headerRows ? 0.8 : 0.4),
  vLineWidth: () => 0.4,
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
  fillColor: (row: number) => (row === 0 ? '#e6e6e6' : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

interface Column {
  header: string;
  width: number | '*';
  align?: 'right' | 'center';
  value: (row: PaymentLineRow, lp: number) => string;
}

const month = (row: PaymentLineRow) => `${row.month.slice(5, 7)}.${row.month.slice(0, 4)}`;
// A part of a month as "10.03–31.03.2025": short enough for its column on one line.
const period = (row: PaymentLineRow) => (row.periodFrom.slice(8) === '01' && row.periodTo === endOfMonth(row.periodTo) ? month(row) : `${formatDatePl(row.periodFrom).slice(0, 5)}–${formatDatePl(row.periodTo)}`);

const cashColumns: Column[] = [
  // Lp. wide enough for "2000", the decision number and a part of a month ("10.03–31.03.2025") on one line.
  { header: 'Lp.', width: 24, align: 'right', value: (_row, lp) => String(lp) },
  { header: 'Imię i nazwisko', width: 88, value: (row) => row.recipientName },
  { header: 'Adres', width: 108, value: (row) => row.recipientAddress },
  { header: 'PESEL / dokument', width: 66, value: (row) => row.recipientId.replace(/^PESEL /, '') },
  { header: 'Nr decyzji', width: 66, value: (row) => row.decisionNumber },
  { header: 'Świadczenie', width: 60, value: (row) => benefitKinds[row.benefit as BenefitKind].label },
  { header: 'Za okres', width: 68, value: period },
  { header: 'Kwota (zł)', width: 50, align: 'right', value: (row) => formatAmount(row.amount) },
  { header: 'Data odbioru', width: 50, value: () => '' },
  { header: 'Podpis odbiorcy', width: '*', value: () => '' },
];

const transferColumns: Column[] = [
  // The account number on one line (26 digits in groups), Lp. wide enough for "2000".
  { header: 'Lp.', width: 24, align: 'right', value: (_row, lp) => String(lp) },
  { header: 'Imię i nazwisko', width: 100, value: (row) => row.recipientName },
  { header: 'Adres', width: 130, value: (row) => row.recipientAddress },
  { header: 'Numer rachunku (NRB)', width: 164, value: (row) => (row.bankAccount ? formatNrb(row.bankAccount) : '') },
  { header: 'Kwota (zł)', width: 56, align: 'right', value: (row) => formatAmount(row.amount) },
  { header: 'Tytuł przelewu', width: '*', value: (row) => row.title },
];

export interface ListDocument {
  list: PaymentListRow;
  label: string;
  preparedByName: string;
  approvedByName: string | null;
  rows: PaymentLineRow[];
  settings: PaymentSettings;
  printedAt: string;
}

function signOff(document: ListDocument) {
  const approved = document.list.status === 'approved';
  const line = (title: string, who: string) => ({
    stack: [
      { text: title, bold: true, fontSize: 9 },
      { text: who, fontSize: 9, margin: [0, 2, 0, 0] },
      { text: '\n\n…………………………………………\ndata i podpis', fontSize: 8, color: '#333333' },
    ],
  });
  const columns = [
    line('Sporządził', `${document.preparedByName}, ${formatDatePl(document.list.updatedAt.slice(0, 10))}`),
    line('Sprawdzono pod względem merytorycznym', ''),
    line('Sprawdzono pod względem formalnym i rachunkowym', ''),
    line('Zatwierdzono do wypłaty', approved ? `${document.approvedByName}, ${formatDatePl(document.list.approvedAt!.slice(0, 10))}` : '(projekt — niezatwierdzony)'),
  ];
  const blocks: unknown[] = [{ columns, columnGap: 14, margin: [0, 16, 0, 0], unbreakable: true }];
  if (document.list.method !== 'transfer') {
    blocks.push({
      margin: [0, 18, 0, 0],
      unbreakable: true,
      stack: [
        { text: 'Potwierdzenie kasjera', bold: true, fontSize: 9 },
        { text: 'Wypłacono ogółem: …………………… zł, słownie: …………………………………………………………………………', fontSize: 9, margin: [0, 6, 0, 0] },
        { text: 'Nie podjęto: …………… pozycji na kwotę …………………… zł.      Data: ……………………      Podpis kasjera: ……………………………………', fontSize: 9, margin: [0, 6, 0, 0] },
      ],
    });
  }
  return blocks;
}

export async function paymentListPdf(document: ListDocument, fonts: PdfFonts): Promise<Buffer> {
  const columns = document.list.method === 'transfer' ? transferColumns : cashColumns;
  const rows = document.rows;
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  const body = rows.map((row, index) =>
    columns.map((column, columnIndex) => {
      const text = column.value(row, index + 1);
      // With an id pdfmake corrects the node's page when a row that did not fit is moved to the next page.
      if (columnIndex === 0) return { text, alignment: column.align, id: `row-${index}` };
      // The signature cell is tall enough to sign in.
      if (column.header === 'Podpis odbiorcy') return { text, margin: [0, 10, 0, 10] };
      // A plain string where nothing but the text is needed: fewer style lookups on 20 000 cells.
      return column.align ? { text, alignment: column.align } : text;
    }),
  );
  // pdfmake lays out the whole content before it asks for the footers, writing each node's place into the node
  // (positions): the footers read there on which page each row landed, so one pass prints the page sums.
  let sumsByPage: Map<number, number> | null = null;
  const pageSums = (page: number) => {
    if (!sumsByPage) {
      sumsByPage = new Map();
      rows.forEach((row, index) => {
        const at = (body[index]![0] as { positions?: { pageNumber: number }[] }).positions?.[0]?.pageNumber;
        if (at === undefined) throw new Error(`Wiersz ${index + 1} listy nie ma miejsca na stronie.`);
        sumsByPage!.set(at, (sumsByPage!.get(at) ?? 0) + row.amount);
      });
    }
    let before = 0;
    for (const [at, sum] of sumsByPage) if (at < page) before += sum;
    return { onPage: sumsByPage.get(page) ?? 0, before, hasRows: sumsByPage.has(page) };
  };
  const subtitle = `${formatMonthPl(document.list.month)} · dzień wypłaty ${formatDatePl(document.list.payOn)} · ${document.settings.payerName || ''}`;
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: documentFont, fontSize: 8.5, lineHeight: 1.1 },
    watermark: draftWatermark(document.list.status !== 'approved'),
    content: [
      { text: document.label, fontSize: 13, bold: true, alignment: 'center' },
      { text: subtitle.replace(/ · $/, ''), alignment: 'center', margin: [0, 2, 0, 8], fontSize: 9.5 },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: columns.map((column) => column.width),
          body: [columns.map((column) => ({ text: column.header, bold: true, alignment: column.align ?? 'left' })), ...body],
        },
        layout: tableLayout,
      },
      {
        // The total and the signatures under it on one sheet: a signature must stand next to the sum it confirms.
        margin: [0, 10, 0, 0],
        unbreakable: true,
        stack: [
          { text: `Razem do wypłaty: ${formatMoney(total)} (${plural(rows.length, 'pozycja', 'pozycje', 'pozycji')})`, bold: true, fontSize: 10.5 },
          { text: `Słownie: ${amountInWords(total)}`, fontSize: 9.5, margin: [0, 2, 0, 0] },
          ...signOff(document),
        ],
      },
    ],
    footer: (currentPage: number, pageCount: number) => {
      const { onPage, before, hasRows } = pageSums(currentPage);
      // A page with no rows (only the total and the sign-off lines) carries just the total.
      const sums = hasRows ? `Suma strony: ${formatMoney(onPage)}    Z przeniesienia: ${formatMoney(before)}    Razem: ${formatMoney(before + onPage)}` : `Razem: ${formatMoney(before)}`;
      return {
        margin: [margins.left, 10, margins.right, 0],
        fontSize: 8,
        stack: [
          {
            columns: [
              { width: '*', text: sums, bold: true },
              { width: 'auto', text: `Strona ${currentPage} z ${pageCount}`, alignment: 'right' },
            ],
          },
          { text: `${document.label} · ${INTERNAL}`, color: '#444444', margin: [0, 3, 0, 0] },
        ],
      };
    },
  };
  return renderPdf(definition, fonts, { title: document.label, createdAt: document.printedAt });
}

function simpleTable(title: string, subtitle: string, headers: { text: string; width: number | '*'; align?: 'right' }[], rows: string[][], printedAt: string, fonts: PdfFonts, totals: string[] | null) {
  const cell = (text: string, index: number, bold = false) => ({ text, bold, alignment: headers[index]?.align ?? 'left' });
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: documentFont, fontSize: 9, lineHeight: 1.1 },
    content: [
      { text: title, fontSize: 13, bold: true, alignment: 'center' },
      { text: subtitle, alignment: 'center', margin: [0, 2, 0, 8] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: headers.map((header) => header.width),
          body: [headers.map((header, index) => cell(header.text, index, true)), ...rows.map((row) => row.map((text, index) => cell(text, index))), ...(totals ? [totals.map((text, index) => cell(text, index, true))] : [])],
        },
        layout: tableLayout,
      },
    ],
    footer: (currentPage: number, pageCount: number) => ({
      margin: [margins.left, 10, margins.right, 0],
      fontSize: 8,
      columns: [
        { width: '*', text: INTERNAL, color: '#444444' },
        { width: 'auto', text: `Strona ${currentPage} z ${pageCount}`, alignment: 'right' },
      ],
    }),
  };
  return renderPdf(definition, fonts, { title, createdAt: printedAt });
}

/** The month's approved lists per budget classification: what was listed, paid, and not paid (returned, not collected). */
export function monthSummaryPdf(input: { month: string; db: Db; printedAt: string }, fonts: PdfFonts): Promise<Buffer> {
  const lines = approvedLinesOfMonth(input.db, input.month);
  const groups = new Map<string, { count: number; listed: number; paid: number; failed: number }>();
  for (const line of lines) {
    const group = groups.get(line.classification) ?? { count: 0, listed: 0, paid: 0, failed: 0 };
    group.count += 1;
    group.listed += line.amount;
    if (line.outcome === 'paid') group.paid += line.amount;
    if (line.outcome === 'returned' || line.outcome === 'notCollected') group.failed += line.amount;
    groups.set(line.classification, group);
  }
  const keys = [...groups.keys()].sort();
  const sum = (pick: (group: { count: number; listed: number; paid: number; failed: number }) => number) => keys.reduce((total, key) => total + pick(groups.get(key)!), 0);
  return simpleTable(
    `Zestawienie wypłat — ${formatMonthPl(input.month)}`,
    `Według klasyfikacji budżetowej (dział 852) · listy zatwierdzone do wypłaty · stan na ${formatDatePl(input.printedAt.slice(0, 10))}`,
    [
      { text: 'Rozdział', width: 46 },
      { text: 'Nazwa', width: '*' },
      { text: 'Pozycji', width: 40, align: 'right' },
      { text: 'Na listach (zł)', width: 70, align: 'right' },
      { text: 'Wypłacono (zł)', width: 70, align: 'right' },
      { text: 'Niewypłacone (zł)', width: 74, align: 'right' },
    ],
    keys.map((key) => {
      const group = groups.get(key)!;
      return [key, budgetClassifications[key as BudgetClassification] ?? '', String(group.count), formatAmount(group.listed), formatAmount(group.paid), formatAmount(group.failed)];
    }),
    input.printedAt,
    fonts,
    ['', 'Razem', String(sum((group) => group.count)), formatAmount(sum((group) => group.listed)), formatAmount(sum((group) => group.paid)), formatAmount(sum((group) => group.failed))],
  );
}

/**
 * The health contributions (9 %, rozdział 85213) for zasiłek stały recipients paid in the month. Whether a recipient
 * has other insurance is not recorded in Ostoja, so the list is to be checked against the ZUS declarations.
 */
export function healthContributionsPdf(input: { month: string; db: Db; printedAt: string }, fonts: PdfFonts): Promise<Buffer> {
  const lines = approvedLinesOfMonth(input.db, input.month).filter((line) => line.benefit === 'permanentAllowance' && line.outcome !== 'returned' && line.outcome !== 'notCollected');
  const rows = lines.map((line, index) => [String(index + 1), line.recipientName, line.recipientId.replace(/^PESEL /, ''), `${line.month.slice(5, 7)}.${line.month.slice(0, 4)}`, formatAmount(line.amount), formatAmount(percentOf(line.amount, HEALTH_CONTRIBUTION_PERCENT, 'halfUp'))]);
  const base = lines.reduce((sum, line) => sum + line.amount, 0);
  const due = lines.reduce((sum, line) => sum + percentOf(line.amount, HEALTH_CONTRIBUTION_PERCENT, 'halfUp'), 0);
  return simpleTable(
    `Składki na ubezpieczenie zdrowotne — ${formatMonthPl(input.month)}`,
    `Za osoby pobierające zasiłek stały (rozdział 85213), ${HEALTH_CONTRIBUTION_PERCENT}% zasiłku · do sprawdzenia, czy osoba nie ma innego tytułu do ubezpieczenia`,
    [
      { text: 'Lp.', width: 28, align: 'right' },
      { text: 'Imię i nazwisko', width: '*' },
      { text: 'PESEL / dokument', width: 80 },
      { text: 'Za miesiąc', width: 50 },
      { text: 'Zasiłek (zł)', width: 62, align: 'right' },
      { text: 'Składka (zł)', width: 62, align: 'right' },
    ],
    rows,
    input.printedAt,
    fonts,
    ['', 'Razem', '', '', formatAmount(base), formatAmount(due)],
  );
}
