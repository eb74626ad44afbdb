/**
 * Polish typesetting rules that pdfmake does not know, applied by splitting a paragraph into inline runs:
 * - pdfmake may break a line after "-" or "/" and then, when justifying, stretches that spot too, which prints a
 *   double-barrelled name as "Wiśniewskiej- Grzegorzewskiej"; such words are kept whole;
 * - a one-letter word (w, z, i, o, a, u) never ends a line, an amount or a year stays with its unit ("310,60 zł",
 *   "2026 r."), "§ 1" stays together, and a dash or "=" never starts a line.
 * Only these: a space inside a run is not stretched when a line is justified, so every extra rule makes lines
 * looser and their gaps uneven.
 * The runs joined give back the text unchanged, so what is extracted from the PDF is exactly the snapshot's text.
 */

export type TextRun = string | { text: string; noWrap: true };

const oneLetterWords = /^[aiouwzAIOUWZ]$/;
const takesNumber = /^§+$/;
const afterNumber = /^(zł|gr|r\.|%|m²)(?![\p{L}])/u;
const number = /\d[\d.,]*$/;
const joinsPrevious = /^[–—−=×]$/;
const breakableInside = /[-‐/]/;
const wordsWithSpace = /(?:\S|[\u00a0\u202f\u2007])+[^\S\u00a0\u202f\u2007]*|[^\S\u00a0\u202f\u2007]+/g;

/** Whether the space between two words must not become a line break. */
function glued(previous: string, next: string): boolean {
  if (oneLetterWords.test(previous)) return true;
  if (takesNumber.test(previous)) return true;
  if (joinsPrevious.test(next)) return true;
  if (number.test(previous) && afterNumber.test(next)) return true;
  return false;
}

export function textRuns(text: string): TextRun[] {
  // Words with the breakable whitespace after them; the whitespace stays where it was so the text is unchanged.
  // A no-break space (as in "1 229,00 zł" from formatMoney) is part of its word: pdfmake never breaks there.
  const words = text.match(wordsWithSpace) ?? [];
  const runs: TextRun[] = [];
  let plain = '';
  let group: string[] = [];

  const flushGroup = () => {
    if (group.length === 0) return;
    const joined = group.join('');
    if (group.length > 1 || breakableInside.test(joined.trim())) {
      if (plain) runs.push(plain);
      plain = '';
      runs.push({ text: joined, noWrap: true });
    } else {
      plain += joined;
    }
    group = [];
  };

  for (const word of words) {
    const previous = group[group.length - 1];
    // A line break typed in the text always stays one: a noWrap run would swallow it.
    if (previous !== undefined && /\s$/.test(previous) && (/[\r\n]/.test(previous) || !glued(previous.trim(), word.trim()))) flushGroup();
    group.push(word);
  }
  flushGroup();
  if (plain) runs.push(plain);
  return runs;
}
