import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../shared/domain/official-document';
import { renderOfficialDocument } from '../../../electron/core/documents/official-document-pdf';
import { grantDecision } from './samples';
import { normalised, pageTexts, repositoryFonts } from './pdf-text';

const fonts = repositoryFonts();

const longFirstParagraph =
  'Od niniejszej decyzji przysługuje stronie odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Sitnie, w terminie 14 dni od dnia jej doręczenia. W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję (art. 127a § 1 k.p.a.); z dniem doręczenia organowi oświadczenia o zrzeczeniu się prawa do wniesienia odwołania decyzja staje się ostateczna i prawomocna.';
const shortFirstParagraph = 'Od niniejszej decyzji przysługuje stronie odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu, w terminie 14 dni od dnia jej doręczenia.';
const lastParagraph = 'Świadczenia nienależnie pobrane podlegają zwrotowi (art. 98 ustawy o pomocy społecznej).';

/**
 * One-line paragraphs before "Pouczenie" push it down a line at a time, so across the sweep the heading comes to
 * every height of the page, the last lines of a page included.
 */
function pushedDown(fillers: number, firstParagraph: string): OfficialDocument {
  const doc = grantDecision();
  const uzasadnienie = doc.sections[0]!;
  const filler = Array.from({ length: fillers }, (_, index) => `Okoliczność numer ${index + 1} ustalona w wywiadzie środowiskowym.`);
  return {
    ...doc,
    sections: [
      { heading: uzasadnienie.heading, paragraphs: [...uzasadnienie.paragraphs.slice(0, 3), ...filler] },
      { heading: 'Pouczenie', paragraphs: [firstParagraph, 'Strona jest obowiązana niezwłocznie poinformować organ o każdej zmianie w jej sytuacji.', lastParagraph] },
    ],
  };
}

const pageWith = (pages: string[], needle: string) => pages.findIndex((page) => page.includes(needle));

async function sweep(firstParagraph: string, build = pushedDown) {
  const results: { pages: string[]; headingPage: number }[] = [];
  // About 36 one-line paragraphs fill a page: 38 steps bring the heading to every line of one page.
  for (let fillers = 0; fillers < 38; fillers += 1) {
    const pages = await pageTexts(await renderOfficialDocument(build(fillers, firstParagraph), fonts));
    results.push({ pages, headingPage: pageWith(pages, 'Pouczenie') });
  }
  return results;
}

const startsPage = (page: string) => page.startsWith('Pouczenie');

describe('page breaks of a decision', () => {
  it('never leaves a section heading at the foot of a page without the start of its long first paragraph', async () => {
    const results = await sweep(longFirstParagraph);
    const opening = normalised(longFirstParagraph).slice(0, 150);
    for (const { pages, headingPage } of results) {
      expect(headingPage).toBeGreaterThanOrEqual(0);
      expect(pages[headingPage]).toContain(opening);
    }
    // The sweep really met the case: some headings were moved to the top of the next page.
    expect(results.some(({ pages, headingPage }) => startsPage(pages[headingPage]!))).toBe(true);
  }, 60_000);

  it('keeps a heading with the whole of a short first paragraph, and the signature block whole with the last paragraph', async () => {
    const results = await sweep(shortFirstParagraph);
    for (const { pages, headingPage } of results) {
      expect(pages[headingPage]).toContain(normalised(shortFirstParagraph));
      const signaturePage = pageWith(pages, 'z up. Wójta Gminy Sitno');
      expect(signaturePage).toBeGreaterThanOrEqual(0);
      for (const part of [lastParagraph, 'Małgorzata Żółkiewska-Łęcka', 'Kierownik Gminnego Ośrodka Pomocy Społecznej w Sitnie', 'Otrzymują: 1. Strona 2. a/a']) {
        expect(pages[signaturePage]).toContain(part);
      }
    }
    expect(results.some(({ pages, headingPage }) => startsPage(pages[headingPage]!))).toBe(true);
    expect(results.some(({ pages }) => pages[pageWith(pages, 'z up. Wójta')]!.startsWith(lastParagraph))).toBe(true);
  }, 60_000);

  it('never leaves the first line of a paragraph alone at the foot of a page', async () => {
    // The same sweep without a heading: the long paragraph follows the one-line ones directly.
    const withoutHeading = (fillers: number, paragraph: string) => {
      const doc = pushedDown(fillers, paragraph);
      return { ...doc, sections: [{ heading: 'Uzasadnienie', paragraphs: [...doc.sections[0]!.paragraphs, paragraph] }, { heading: 'Pouczenie', paragraphs: [lastParagraph] }] };
    };
    const results = await sweep(longFirstParagraph, withoutHeading);
    const firstWords = normalised(longFirstParagraph).slice(0, 60);
    const twoLines = normalised(longFirstParagraph).slice(0, 130);
    let split = 0;
    for (const { pages } of results) {
      const start = pageWith(pages, firstWords);
      expect(pages[start]).toContain(twoLines);
      if (!pages[start]!.includes(normalised(longFirstParagraph))) split += 1;
    }
    // Some of the paragraphs really were split across two pages, with at least two lines before the break.
    expect(split).toBeGreaterThan(0);
  }, 60_000);
});
