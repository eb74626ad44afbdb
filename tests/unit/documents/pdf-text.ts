import { fileURLToPath } from 'node:url';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { loadPdfFonts, type PdfFonts } from '../../../electron/core/documents/fonts';

/** The repository's fonts, as the browser-mode host and the tests pass them to the core. */
export function repositoryFonts(): PdfFonts {
  return loadPdfFonts(fileURLToPath(new URL('../../../build/fonts/', import.meta.url)));
}

/** The text of each page with line breaks and runs of spaces made single spaces, so a paragraph reads as one string. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  // pdf.js may take over the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' ').trim());
}

export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const { info } = await getMeta(await getDocumentProxy(new Uint8Array(pdf)));
  return info;
}

/** Finds the needles one after another; fails naming the first that is missing or out of order. */
export function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) {
      throw new Error(text.includes(needle) ? `Nie w kolejności w tekście PDF: "${needle}"` : `Brak w tekście PDF: "${needle}"`);
    }
    from = at + needle.length;
  }
}

/** The pages as one text without what the footer repeats on each page, so a paragraph split by a page break reads whole. */
export function bodyText(pages: string[], footerNote: string | null): string {
  return pages
    .map((page, index) => {
      let body = page.replace(`Strona ${index + 1} z ${pages.length}`, '').replaceAll('PROJEKT', '');
      if (footerNote) body = body.replace(footerNote, '');
      return normalised(body);
    })
    .join(' ');
}

export const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();
