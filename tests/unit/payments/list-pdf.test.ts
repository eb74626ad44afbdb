import { describe, expect, it } from 'vitest';
import { paymentListPdf } from '../../../electron/core/payments/list-pdf';
import { pageTexts, repositoryFonts } from '../documents/pdf-text';
import { lineToken, sampleListDocument } from './list-samples';

/**
 * A 2,000-line payment list as the cashier checks it sheet by sheet (DOMAIN.md §8): on every page the header row,
 * the page's own sum, what is carried from the pages before and the running total; at the end the grand total in
 * figures and in words and the sign-off lines on one page. The lines each page holds are found by their tokens, so
 * the page sums are checked against the amounts of the lines really printed there.
 */

/** "1 234,56 zł" (spaces may be non-breaking) → grosze. */
function grosze(text: string): number {
  const [zloty, rest] = text.replace(/\s/g, '').split(',');
  return Number(zloty) * 100 + Number(rest);
}

const FOOTER = /Suma strony: ([\d\s]+,\d\d) zł Z przeniesienia: ([\d\s]+,\d\d) zł Razem: ([\d\s]+,\d\d) zł/;

describe.each(['cash', 'transfer'] as const)('the %s list of 2,000 lines', (method) => {
  it('every line once, the header on every page, page sums that add up to the grand total, sign-off kept together', async () => {
    const document = sampleListDocument(2_000, method);
    const pages = await pageTexts(await paymentListPdf(document, repositoryFonts()));
    const amountOf = new Map(document.rows.map((row, index) => [lineToken(index), row.amount]));
    expect(pages.length).toBeGreaterThan(20);

    let carried = 0;
    const seen = new Set<string>();
    pages.forEach((text, index) => {
      const where = `strona ${index + 1}`;
      expect(text, where).toContain(`Strona ${index + 1} z ${pages.length}`);
      const tokens = text.match(/\b9\d{10}\b/g) ?? [];
      // Every page with lines repeats the header row.
      if (tokens.length > 0) expect(text, where).toContain(method === 'cash' ? 'Podpis odbiorcy' : 'Numer rachunku (NRB)');
      for (const token of tokens) {
        expect(seen.has(token), `${where}: ${token} drugi raz`).toBe(false);
        seen.add(token);
      }
      const onPage = tokens.reduce((sum, token) => sum + amountOf.get(token)!, 0);
      if (tokens.length === 0) {
        // A page of only the total and the sign-off lines carries just the running total.
        expect(text, where).not.toContain('Suma strony');
        expect(grosze(/Razem: ([\d\s]+,\d\d) zł/.exec(text)![1]!), where).toBe(carried);
        return;
      }
      const footer = FOOTER.exec(text);
      expect(footer, where).not.toBeNull();
      const [pageSum, fromBefore, runningTotal] = [grosze(footer![1]!), grosze(footer![2]!), grosze(footer![3]!)];
      expect(pageSum, where).toBe(onPage);
      expect(fromBefore, where).toBe(carried);
      expect(runningTotal, where).toBe(carried + onPage);
      carried = runningTotal;
    });
    expect(seen.size).toBe(2_000);
    expect(carried).toBe(document.list.total);

    // The grand total in figures and in words, and the sign-off lines, all on the last page.
    const last = pages.at(-1)!;
    for (const needle of ['Razem do wypłaty:', 'Słownie:', 'Sporządził', 'Sprawdzono pod względem merytorycznym', 'Sprawdzono pod względem formalnym i rachunkowym', 'Zatwierdzono do wypłaty', 'Zdzisław Kierownik']) {
      expect(last).toContain(needle);
    }
    expect(grosze(/Razem do wypłaty: ([\d\s]+,\d\d) zł/.exec(last)![1]!)).toBe(document.list.total);
    if (method === 'cash') expect(last).toContain('Potwierdzenie kasjera');
  }, 120_000);
});
