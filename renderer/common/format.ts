/** Dates are stored as ISO YYYY-MM-DD and shown as dd.mm.rrrr. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

const warsawParts = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the office reads it, in Polish time: "16.03.2026, 09:05" (dd.mm.rrrr, gg:mm) everywhere. */
export function formatDateTime(iso: string): string {
  const part = Object.fromEntries(warsawParts.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
  return `${part.day}.${part.month}.${part.year}, ${part.hour}:${part.minute}`;
}

export const sexLabel = { F: 'kobieta', M: 'mężczyzna' } as const;
