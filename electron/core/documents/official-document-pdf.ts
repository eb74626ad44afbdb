import type { OfficialDocument } from '../../../shared/domain/official-document';
import type { PdfFonts } from './fonts';
import { documentFont, renderPdf } from './pdf-engine';
import { draftWatermark, pageFooter } from './page-frame';
import { keepTogetherRules } from './page-breaks';
import { textRuns } from './text-runs';

/**
 * A decision or a letter on A4, laid out as Polish offices print them: header and date, case reference, the
 * addressee on the right, the centred title, justified body, the ruling as numbered points, headed sections,
 * the signature block on the right and "Otrzymują:". The text is the snapshot's; only page numbers, the draft
 * mark and the "Otrzymują:" label are added here.
 */

const cm = 72 / 2.54;
const margins = { left: 2.5 * cm, top: 2 * cm, right: 2 * cm, bottom: 2.3 * cm };
const bodySize = 11;
const lineHeight = 1.25;
/** DejaVu Sans's own line height in ems ((ascent + descent) / units per em), which pdfmake multiplies by lineHeight. */
const fontLineHeight = 1.164;
/** The space left for a handwritten signature between "z up. …" and the name (~1.5 cm). */
const signatureSpace = 1.5 * cm;
/**
 * A short paragraph (about five lines) travels whole with its heading or with the signature; a longer one is
 * split by the page-break rules instead, since moving it whole would leave half a page empty.
 */
const shortParagraphMaxChars = 450;

const paragraph = (text: string) => ({ text: textRuns(text), style: 'body' });

function headerBlock(doc: OfficialDocument) {
  return {
    columns: [
      {
        width: '*',
        stack: [{ text: doc.header.officeName, bold: true, fontSize: 10 }, ...doc.header.lines.map((line) => ({ text: line, fontSize: 9 }))],
      },
      { width: 'auto', text: doc.placeAndDate, alignment: 'right', margin: [12, 0, 0, 0] },
    ],
  };
}

function addresseeBlock(addressee: NonNullable<OfficialDocument['addressee']>) {
  return {
    margin: [0, 22, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 235,
        stack: [{ text: addressee.name, bold: true }, ...addressee.lines.map((line) => ({ text: line }))],
        lineHeight: 1.15,
      },
    ],
  };
}

function rulingPoints(points: string[]) {
  return points.map((point, index) => ({
    margin: [0, 0, 0, 4],
    columns: [
      { width: 20, text: `${index + 1}.`, lineHeight },
      { width: '*', text: textRuns(point), alignment: 'justify', lineHeight },
    ],
  }));
}

/** The heading is marked for the keep-with-next rule (page-breaks.ts) unless it travels in a block anyway. */
function sectionHeading(heading: string, inBlock = false) {
  return { text: heading, style: 'sectionHeading', ...(inBlock ? {} : { headlineLevel: 1 }) };
}

/** A heading with its first paragraph whole when that paragraph is short, or else with the keep-with-next rule. */
function section(heading: string, paragraphs: string[]): object[] {
  const [first, ...rest] = paragraphs;
  if (!heading) return paragraphs.map(paragraph);
  if (first === undefined) return [sectionHeading(heading)];
  if (first.length > shortParagraphMaxChars) return [sectionHeading(heading), ...paragraphs.map(paragraph)];
  return [{ stack: [sectionHeading(heading, true), paragraph(first)], unbreakable: true }, ...rest.map(paragraph)];
}

function signatureBlock(signature: NonNullable<OfficialDocument['signature']>) {
  return {
    margin: [0, 22, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 220,
        alignment: 'center',
        stack: [
          ...(signature.onBehalf ? [{ text: signature.onBehalf }] : []),
          { text: '', margin: [0, signatureSpace, 0, 0] },
          { text: signature.name, bold: true },
          { text: signature.post, fontSize: 10 },
        ],
      },
    ],
  };
}

function recipientsBlock(recipients: string[]) {
  return {
    margin: [0, 18, 0, 0],
    fontSize: 9.5,
    stack: [
      { text: 'Otrzymują:', decoration: 'underline', margin: [0, 0, 0, 2] },
      ...recipients.map((line, index) => ({ columns: [{ width: 16, text: `${index + 1}.` }, { width: '*', text: line }] })),
    ],
  };
}

/**
 * The sections, with the end of the document (the last short paragraph, the signature and "Otrzymują:") as one
 * block that never splits: a signature must not stand on a page without the text it signs.
 */
function sectionsAndClosing(doc: OfficialDocument) {
  const sections = doc.sections.map((section) => ({ heading: section.heading, paragraphs: [...section.paragraphs] }));
  const closing: object[] = [];
  const last = sections[sections.length - 1];
  const lastParagraph = last?.paragraphs[last.paragraphs.length - 1];
  if (last && lastParagraph !== undefined && lastParagraph.length <= shortParagraphMaxChars && (doc.signature || doc.recipients.length > 0)) {
    last.paragraphs.pop();
    // A heading whose only paragraph moves into the closing block moves with it.
    if (last.paragraphs.length === 0 && last.heading) {
      closing.push(sectionHeading(last.heading, true));
      last.heading = '';
    }
    closing.push(paragraph(lastParagraph));
  }
  if (doc.signature) closing.push(signatureBlock(doc.signature));
  if (doc.recipients.length > 0) closing.push(recipientsBlock(doc.recipients));

  const body = sections.flatMap((part) => section(part.heading, part.paragraphs));
  return closing.length > 0 ? [...body, { stack: closing, unbreakable: true }] : body;
}

function content(doc: OfficialDocument) {
  return [
    headerBlock(doc),
    { text: doc.caseRef, margin: [0, 12, 0, 0] },
    ...(doc.addressee ? [addresseeBlock(doc.addressee)] : []),
    { text: doc.title, style: 'title' },
    ...(doc.subtitle ? [{ text: doc.subtitle, style: 'subtitle' }] : []),
    { text: '', margin: [0, 0, 0, 8] },
    ...(doc.opening ? [paragraph(doc.opening)] : []),
    ...(doc.rulingLead ? [{ text: doc.rulingLead, style: 'rulingLead', headlineLevel: 1 }] : []),
    ...rulingPoints(doc.ruling),
    ...sectionsAndClosing(doc),
  ];
}

/** One decision or letter as PDF bytes; the same document and fonts always give the same bytes. */
export function renderOfficialDocument(doc: OfficialDocument, fonts: PdfFonts): Promise<Buffer> {
  const definition = {
    pageSize: 'A4',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: documentFont, fontSize: bodySize },
    styles: {
      body: { alignment: 'justify', lineHeight, leadingIndent: 0.75 * cm, margin: [0, 0, 0, 5] },
      title: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 26, 0, 2] },
      subtitle: { bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
      rulingLead: { bold: true, alignment: 'center', margin: [0, 8, 0, 8] },
      sectionHeading: { bold: true, alignment: 'center', margin: [0, 12, 0, 6] },
    },
    content: content(doc),
    footer: pageFooter({ footerNote: doc.footerNote, draft: doc.draft, marginLeft: margins.left, marginRight: margins.right }),
    watermark: draftWatermark(doc.draft),
    pageBreakBefore: keepTogetherRules({ bodyLineHeight: bodySize * fontLineHeight * lineHeight, headingSpace: 30 }),
  };
  return renderPdf(definition, fonts, { title: doc.metadataTitle, createdAt: doc.createdAt });
}
