import { daysInMonth, formatMonthPl, isIsoDate } from '../../shared/domain/calendar';

/**
 * A date field holds what the worker typed, read the Polish way ("05.03.1990" is 5 March): ISO YYYY-MM-DD when
 * the text has the shape of a date (even of one that does not exist, "31.02.1980" → "1980-02-31", so that the
 * field can say so), null when empty, and the text itself when it cannot be read as a date at all. Nothing typed
 * is ever replaced by another date.
 */
const DAY_FIRST = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/;
const DAY_FIRST_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const ISO_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const iso = (year: string, month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

export function dateFromText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const dayFirst = DAY_FIRST.exec(trimmed) ?? DAY_FIRST_DIGITS.exec(trimmed);
  if (dayFirst) return iso(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const isoShaped = ISO_SHAPE.exec(trimmed);
  if (isoShaped) return iso(isoShaped[1]!, isoShaped[2]!, isoShaped[3]!);
  return trimmed;
}

/** The text a field shows for a value: dd.mm.rrrr for a date (also an impossible one), the typed text otherwise. */
export function textFromDate(value: string | null): string {
  if (value === null) return '';
  const isoShaped = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return isoShaped ? `${isoShaped[3]}.${isoShaped[2]}.${isoShaped[1]}` : value;
}

/** True when the value is a day of the calendar (what a field may send to the core). */
export function isRealDate(value: string | null): value is string {
  return value !== null && isIsoDate(value);
}

/** "Data wpływu wniosku nie może być z przyszłości." — the same words the core uses when it refuses the day. */
function futureDateMessage(label: string): string {
  return `${label} nie może być z przyszłości.`;
}

/**
 * What is wrong with a date field's value, in Polish, or null when nothing is: text that is not a date, a day
 * the calendar does not have, or — for a day that has already happened (`notFuture`) — a day after today.
 */
export function dateProblem(value: string | null, notFuture?: { label: string; today: string }): string | null {
  if (value === null) return null;
  const isoShaped = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!isoShaped) return 'Wpisz datę jako dd.mm.rrrr, np. 05.03.1990.';
  const [year, month, day] = [Number(isoShaped[1]), Number(isoShaped[2]), Number(isoShaped[3])];
  if (year < 1900) return `Sprawdź rok: ${isoShaped[1]}.`;
  if (month < 1 || month > 12) return `Nie ma miesiąca ${isoShaped[2]}: wpisz dzień, miesiąc (01–12) i rok, np. 05.03.1990.`;
  const monthText = `${isoShaped[1]}-${isoShaped[2]}`;
  const days = daysInMonth(monthText);
  if (day < 1 || day > days) return `Nie ma takiej daty: ${textFromDate(value)} (${formatMonthPl(monthText)} ma ${days} dni).`;
  if (notFuture && value > notFuture.today) return futureDateMessage(notFuture.label);
  return null;
}
