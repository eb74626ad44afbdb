import pdfmake from 'pdfmake';
import type { FontFace, PdfFonts } from './fonts';

/** The family name the builders use in their styles. */
export const documentFont = 'DejaVuSans';

/** Fixed metadata: dates from the snapshot, never the clock, so a reprint is byte for byte the same file. */
export interface PdfMetadata {
  title: string;
  /** ISO date-time of the snapshot (signing, printing a draft). */
  createdAt: string;
}

const registered = new Set<string>();

function registerFonts(fonts: PdfFonts): void {
  if (registered.has(fonts.key)) return;
  for (const face of Object.keys(fonts.faces) as FontFace[]) {
    pdfmake.virtualfs.writeFileSync(`${fonts.key}/${face}.ttf`, fonts.faces[face]);
  }
  registered.add(fonts.key);
}

// Documents are built from data only: no image, font or link is ever fetched or read from disk by pdfmake
// (fonts come from its virtual file system), and saying so also silences its warnings about missing policies.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

function metadataDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Nieprawidłowa data dokumentu: ${iso}`);
  return date;
}

/**
 * Lays out one pdfmake document definition with the given fonts. pdfkit derives the file /ID from the metadata
 * (an MD5 of the info dictionary) and the font subset tags from the font ids, so fixing Producer, Creator and
 * both dates is all that determinism needs.
 */
export async function renderPdf(definition: Record<string, unknown>, fonts: PdfFonts, metadata: PdfMetadata): Promise<Buffer> {
  registerFonts(fonts);
  const at = metadataDate(metadata.createdAt);
  // pdfmake keeps one font table; it is read synchronously inside createPdf, so setting it right before is safe
  // even when renders with different font sets overlap.
  pdfmake.setFonts({
    [documentFont]: {
      normal: `${fonts.key}/normal.ttf`,
      bold: `${fonts.key}/bold.ttf`,
      italics: `${fonts.key}/italics.ttf`,
      bolditalics: `${fonts.key}/bolditalics.ttf`,
    },
  });
  return pdfmake
    .createPdf({
      version: '1.7',
      language: 'pl-PL',
      ...definition,
      info: { title: metadata.title, creator: 'Ostoja', producer: 'Ostoja', creationDate: at, modDate: at },
    })
    .getBuffer();
}
