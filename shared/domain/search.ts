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

/**
 * A phone number as the national digits: "+48 601-234-567", "0048 601 234 567" and "601234567" are all "601234567".
 * A Polish number has nine digits, so eleven starting with 48 (or thirteen with 0048) carry the country code.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('48')) return digits.slice(2);
  if (digits.length === 13 && digits.startsWith('0048')) return digits.slice(4);
  return digits;
}

export interface PersonSearchFields {
  lastName: string;
  firstName: string;
  pesel: string | null;
  idDocument: string | null;
  locality: string;
  street: string | null;
  houseNumber: string;
  flatNumber: string | null;
  phone: string | null;
}

/**
 * The indexed text of a person: name first (the list is sorted by it and the duplicate check reads it as a prefix),
 * then PESEL and document, then the address twice — "locality house flat" for a village without streets and
 * "street house flat" — so that "brodek 15" and "lipowa 15" both find the house number right after its place, and
 * last the phone's digits. Migration 0012 computes the same text in SQL for persons saved before it; keep them equal.
 */
export function personSearchText(person: PersonSearchFields): string {
  const flat = person.flatNumber ?? '';
  const street = person.street ? `${person.street} ${person.houseNumber} ${flat}` : '';
  return normalizeForSearch(
    [
      person.lastName,
      person.firstName,
      person.pesel ?? '',
      person.idDocument ?? '',
      `${person.locality} ${person.houseNumber} ${flat}`,
      street,
      person.phone ? phoneDigits(person.phone) : '',
    ].join(' '),
  );
}

/**
 * A query as terms that must all match; a term matches when any of its phrases does, and a phrase is a run of
 * word beginnings that stand next to each other in the indexed text.
 */
export type SearchTerm = string[][];

/** A house or flat number as typed: digits first, short ("15", "7a", "120"); a PESEL or phone is longer. */
const HOUSE_NUMBER = /^\d[\da-z]{0,4}$/;
/** A query of digits only with the separators of a phone number: "601 234 567", "+48 601-234-567", "(81) 111 22 33". */
const NUMBER_ONLY = /^[\d\s+\-()./]+$/;

/**
 * The terms of a person search. A query made only of digits is one number (a PESEL or a phone typed with spaces or
 * dashes), with and without +48. Otherwise every word is a term, and a house number joins the word before it as a
 * phrase: "brodek 15" finds number 15 in Bródek, not anyone in Bródek whose PESEL or phone begins with 15.
 */
export function personSearchTerms(query: string): SearchTerm[] {
  if (NUMBER_ONLY.test(query) && /\d/.test(query)) {
    const digits = query.replace(/\D/g, '').slice(0, 40);
    const national = phoneDigits(digits);
    return [national === digits ? [[digits]] : [[digits], [national]]];
  }
  const terms: SearchTerm[] = [];
  let previousPhrase: string[] | undefined;
  for (const token of searchTokens(query)) {
    if (previousPhrase && HOUSE_NUMBER.test(token)) {
      previousPhrase.push(token);
      continue;
    }
    const phrase = [token];
    terms.push([phrase]);
    previousPhrase = HOUSE_NUMBER.test(token) ? undefined : phrase;
  }
  return terms;
}
