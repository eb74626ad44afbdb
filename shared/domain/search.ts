/**
 * Search text without Polish letters and case, so that "lukasz zolc" finds "Łukasz Żółć".
 * "ł" has no Unicode decomposition, so it is mapped by hand; the other letters lose their marks through NFD.
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, each at most 40 characters; empty words are dropped. */
export function searchTokens(query: string): string[] {
  return normalizeForSearch(query)
    .split(' ')
    .filter((token) => token.length > 0)
    .map((token) => token.slice(0, 40))
    .slice(0, 6);
}
