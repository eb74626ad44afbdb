import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * The Polish account number NRB (DOMAIN.md §9): 26 digits whose IBAN checksum holds. ibantools checks it as the
 * IBAN "PL" + NRB (the same mod-97 rule). Typed with spaces or with the PL prefix is accepted.
 */
export function normaliseNrb(typed: string): string {
  return typed.replace(/[\s-]/g, '').replace(/^PL/i, '');
}

export function isValidNrb(typed: string): boolean {
  const digits = normaliseNrb(typed);
  return /^\d{26}$/.test(digits) && isValidIBAN(electronicFormatIBAN(`PL${digits}`) ?? '');
}

/** "12 3456 7890 1234 5678 9012 3456": two digits, then groups of four, as banks print it. */
export function formatNrb(digits: string): string {
  const clean = normaliseNrb(digits);
  return [clean.slice(0, 2), ...(clean.slice(2).match(/.{1,4}/g) ?? [])].join(' ');
}
