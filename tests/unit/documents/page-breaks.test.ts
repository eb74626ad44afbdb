import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../shared/domain/official-document';
import { renderOfficialDocument } from '../../../electron/core/documents/official-document-pdf';
import { grantDecision } from './samples';
import { normalised, pageTexts, repositoryFonts } from './pdf-text';

const fonts = repositoryFonts();

/** Ends the reasons: long, so that it is split across pages and the rule against a lone first line is needed. */
const longReasonsParagraph =
  'Mając na uwadze powyższe, organ ustalił, że sytuacja rodziny uzasadnia przyznanie świadczenia w wysokości wynikającej z różnicy między kryterium dochodowym a dochodem na osobę w rodzinie. Organ wziął pod uwagę wszystkie dochody członków gospodarstwa domowego, wydatki na leczenie i rehabilitację wnioskodawczyni oraz okoliczność, że jej niepełnosprawność ma charakter trwały, a możliwości poprawy sytuacji własnymi siłami są ograniczone.';
/** The first paragraph of "Pouczenie": too long to move whole, so the heading keeps three of its lines. */
const longFirstParagraph =
  'Od niniejszej decyzji przysługuje stronie odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Sitnie, w terminie 14 dni od dnia jej doręczenia. W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję (art. 127a § 1 k.p.a.); z dniem doręczenia organowi oświadczenia o zrzeczeniu się prawa do wniesienia odwołania decyzja staje się ostateczna i prawomocna.';
/** The first paragraph of "Informacja": short, so it travels whole with its heading. */
const shortFirstParagraph = 'Strona jest obowiązana niezwłocznie poinformować organ o każdej zmianie w jej sytuacji osobistej, dochodowej i majątkowej.';
const lastParagraph = 'Świadczenia nienależnie pobrane podlegają zwrotowi (art. 98 ustawy o pomocy społecznej).';

/**
 * One-line paragraphs at the start of the reasons push everything after them down a line at a time, so across
 * the sweep each checked place (a paragraph's start, each heading, the signature) comes to every height of a page.
 */
function pushedDown(fillers: number): OfficialDocument {
  const doc = grantDecision();
  const reasons = doc.sections[0]!.paragraphs.slice(0, 3);
  const filler = Array.from({ length: fillers }, (_, index) => `Okoliczność numer ${index + 1} ustalona w wywiadzie środowiskowym.`);
  return {
    ...doc,
    sections: [
      { heading: 'Uzasadnienie', paragraphs: [...filler, ...reasons, longReasonsParagraph] },
      { heading: 'Pouczenie', paragraphs: [longFirstParagraph, 'Decyzja staje się ostateczna po upływie terminu do wniesienia odwołania.'] },
      { heading: 'Informacja', paragraphs: [shortFirstParagraph, 'Organ może zmienić decyzję, jeżeli zmieni się sytuacja rodziny.', lastParagraph] },
    ],
  };
}

const pageWith = (pages: string[], needle: string) => {
  const index = pages.findIndex((page) => page.includes(needle));
  if (index < 0) throw new Error(`Brak w tekście PDF: "${needle}"`);
  return index;
};

// About 36 one-line paragraphs fill a page: 38 steps bring each checked place to every line of a page.
let sweep: string[][] = [];
beforeAll(async () => {
  sweep = [];
  for (let fillers = 0; fillers < 38; fillers += 1) sweep.push(await pageTexts(await renderOfficialDocument(pushedDown(fillers), fonts)));
}, 120_000);

describe('page breaks of a decision', () => {
  it('never leaves a section heading at the foot of a page without three lines of its long first paragraph', () => {
    const threeLines = normalised(longFirstParagraph).slice(0, 180);
    for (const pages of sweep) expect(pages[pageWith(pages, 'Pouczenie')]).toContain(threeLines);
    // The sweep really met the case: some headings were moved to the top of the next page.
    expect(sweep.some((pages) => pages[pageWith(pages, 'Pouczenie')]!.startsWith('Pouczenie'))).toBe(true);
  });

  it('keeps a heading with the whole of a short first paragraph', () => {
    for (const pages of sweep) expect(pages[pageWith(pages, 'Informacja')]).toContain(`Informacja ${shortFirstParagraph}`);
    expect(sweep.some((pages) => pages[pageWith(pages, 'Informacja')]!.startsWith('Informacja'))).toBe(true);
  });

  it('keeps the signature block whole, on the page of the last paragraph and with "Otrzymują:"', () => {
    for (const pages of sweep) {
      const signaturePage = pages[pageWith(pages, 'z up. Wójta Gminy Sitno')]!;
      for (const part of [lastParagraph, 'Małgorzata Żółkiewska-Łęcka', 'Kierownik Gminnego Ośrodka Pomocy Społecznej w Sitnie', 'Otrzymują: 1. Strona 2. a/a']) {
        expect(signaturePage).toContain(part);
      }
    }
    expect(sweep.some((pages) => pages[pageWith(pages, 'z up. Wójta')]!.startsWith(lastParagraph))).toBe(true);
  });

  it('never leaves the first line of a paragraph alone at the foot of a page', () => {
    const firstWords = normalised(longReasonsParagraph).slice(0, 60);
    const twoLines = normalised(longReasonsParagraph).slice(0, 130);
    for (const pages of sweep) expect(pages[pageWith(pages, firstWords)]).toContain(twoLines);
    // Some of these paragraphs really were split across two pages, with at least two lines before the break.
    expect(sweep.some((pages) => !pages[pageWith(pages, firstWords)]!.includes(normalised(longReasonsParagraph)))).toBe(true);
  });
});
