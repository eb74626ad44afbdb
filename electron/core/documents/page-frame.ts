/**
 * What every page of every document carries: "Strona X z Y", an optional small note (the start of the hash) and,
 * on drafts, "PROJEKT" in the footer and across the page.
 */
export interface PageFrame {
  footerNote: string | null;
  draft: boolean;
  /** Left and right page margins in points, so the footer lines up with the text above it. */
  marginLeft: number;
  marginRight: number;
}

export const draftMark = 'PROJEKT';

export function pageFooter(frame: PageFrame) {
  return (currentPage: number, pageCount: number) => ({
    margin: [frame.marginLeft, 18, frame.marginRight, 0],
    fontSize: 8,
    color: '#333333',
    columns: [
      { width: '*', text: frame.footerNote ?? '' },
      { width: 'auto', text: frame.draft ? draftMark : '', bold: true, margin: [12, 0, 12, 0] },
      { width: 'auto', text: `Strona ${currentPage} z ${pageCount}`, alignment: 'right' },
    ],
  });
}

/** A large light diagonal mark: visible on a printout and a photocopy, yet the text underneath stays readable. */
export function draftWatermark(draft: boolean) {
  return draft ? { text: draftMark, color: '#9a9a9a', opacity: 0.22, bold: true, fontSize: 110, angle: -50 } : undefined;
}
