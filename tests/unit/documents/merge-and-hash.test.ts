import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/core/documents/hash';
import { mergePdfs } from '../../../electron/core/documents/merge-pdfs';
import { renderOfficialDocument } from '../../../electron/core/documents/official-document-pdf';
import { grantDecision, shortLetter } from './samples';
import { pageTexts, repositoryFonts } from './pdf-text';

const fonts = repositoryFonts();
const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

describe('mergePdfs', () => {
  it('puts the documents one after another, every page kept, reporting progress after each', async () => {
    const decision = await renderOfficialDocument(grantDecision(), fonts);
    const letter = await renderOfficialDocument(shortLetter(), fonts);
    const progress: string[] = [];
    const merged = await mergePdfs([decision, letter, decision], (done, total) => progress.push(`${done}/${total}`));

    const expectedPages = 2 * (await pageCount(decision)) + (await pageCount(letter));
    expect(await pageCount(merged)).toBe(expectedPages);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    const pages = await pageTexts(merged);
    expect(pages[0]).toContain('DECYZJA nr 15/8311/2026');
    expect(pages.filter((page) => page.includes('WEZWANIE'))).toHaveLength(1);
  });

  it('gives the same bytes for the same documents', async () => {
    const decision = await renderOfficialDocument(grantDecision(), fonts);
    const letter = await renderOfficialDocument(shortLetter(), fonts);
    const first = await mergePdfs([decision, letter]);
    const second = await mergePdfs([decision, letter]);
    expect(first.equals(second)).toBe(true);
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 in lower-case hex', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
