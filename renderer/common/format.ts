/** Dates are stored as ISO YYYY-MM-DD and shown as dd.mm.rrrr. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('pl-PL', { dateStyle: 'short', timeStyle: 'short' });
}

export const sexLabel = { F: 'kobieta', M: 'mężczyzna' } as const;
