/** A rural address (DOMAIN.md §9): the post town often differs from the village. */
export interface Address {
  locality: string;
  street: string | null;
  houseNumber: string;
  flatNumber: string | null;
  postalCode: string;
  postTown: string;
}

/** "Sitno 12, 22-424 Sitno" or "ul. Lipowa 3/4, Sitno, 22-424 Zamość" — one line for lists and documents. */
export function formatAddress(a: Address): string {
  const number = a.flatNumber ? `${a.houseNumber}/${a.flatNumber}` : a.houseNumber;
  if (!a.street) return `${a.locality} ${number}, ${a.postalCode} ${a.postTown}`;
  // In a town the street is enough; in a village with streets the village is named as well.
  const firstPart = a.locality === a.postTown ? `${a.street} ${number}` : `${a.street} ${number}, ${a.locality}`;
  return `${firstPart}, ${a.postalCode} ${a.postTown}`;
}

/**
 * A postal code as typed, in its written form: "22424" and "22 424" become "22-424". Anything else is returned
 * trimmed, as typed, for the field to refuse with its own message (never replaced by a guess).
 */
export function normalizePostalCode(text: string): string {
  const trimmed = text.trim();
  const parts = /^(\d{2})[\s-]?(\d{3})$/.exec(trimmed);
  return parts ? `${parts[1]}-${parts[2]}` : trimmed;
}
