/**
 * pdfmake's pageBreakBefore hook, used as "keep with next": a heading (headlineLevel 1) that would start so low
 * that fewer than three lines of its text follow it on the page moves to the next page, and a justified paragraph
 * that would leave only its first line at a page's foot starts on the next page instead.
 */

interface NodePosition {
  pageInnerHeight: number;
  verticalRatio: number;
}

interface NodeInfo {
  headlineLevel?: number;
  style?: unknown;
  pageNumbers: number[];
  startPosition: NodePosition;
}

const linesKeptWithHeading = 3;

function spaceBelow(position: NodePosition): number {
  return position.pageInnerHeight * (1 - position.verticalRatio);
}

export function keepTogetherRules(measures: { bodyLineHeight: number; headingSpace: number }) {
  return (node: NodeInfo): boolean => {
    const below = spaceBelow(node.startPosition);
    if (node.headlineLevel === 1) return below < measures.headingSpace + linesKeptWithHeading * measures.bodyLineHeight;
    // A lone first line: the paragraph runs onto the next page and less than two lines fit here.
    if (node.style === 'body' && node.pageNumbers.length > 1) return below < 2 * measures.bodyLineHeight;
    return false;
  };
}
