import { AppError } from '../errors';

/**
 * Dates are ISO 'YYYY-MM-DD' strings, months 'YYYY-MM'. Arithmetic runs on day numbers in UTC, so neither
 * the computer's time zone nor daylight saving time can move a date by one day.
 *
 * Public holidays: ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy (DOMAIN.md §6). Sundays are days
 * free from work by that act as well; Saturdays are not holidays, but k.p.a. art. 57 § 4 treats them alike.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function invalidDate(text: string): AppError {
  return new AppError('VALIDATION', `Nieprawidłowa data „${text}”: oczekiwano istniejącej daty w postaci RRRR-MM-DD.`);
}

function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw invalidDate(date);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw invalidDate(date);
  }
  return ms / DAY_MS;
}

function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for an existing date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  try {
    toDayNumber(text);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of the week: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function dayOfWeek(date: string): number {
  const day = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** 'YYYY-MM' split into numbers, with a Polish error for anything else. */
export function parseMonth(month: string): { year: number; month: number } {
  const match = ISO_MONTH.exec(month);
  const value = match ? { year: Number(match[1]), month: Number(match[2]) } : null;
  if (!value || value.month < 1 || value.month > 12) {
    throw new AppError('VALIDATION', `Nieprawidłowy miesiąc „${month}”: oczekiwano postaci RRRR-MM.`);
  }
  return value;
}

/** The month 'YYYY-MM' of a date. */
export function monthOf(date: string): string {
  toDayNumber(date);
  return date.slice(0, 7);
}

/** A month moved by `months` (may be negative): addMonthsToMonth('2025-01', -1) = '2024-12'. */
export function addMonthsToMonth(month: string, months: number): string {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both 'YYYY-MM': monthsBetween('2024-03', '2025-02') = 11. */
export function monthsBetween(from: string, to: string): number {
  const a = parseMonth(from);
  const b = parseMonth(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Days in the month of `date` (28–31); a Gregorian leap year has 29 days in February. */
export function daysInMonth(date: string): number {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  toDayNumber(date.length === 7 ? `${date}-01` : date);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of the month of `date`. */
export function endOfMonth(date: string): string {
  return `${date.slice(0, 7)}-${String(daysInMonth(date)).padStart(2, '0')}`;
}

/** "10.03.2025" — the date as Polish documents print it. */
export function formatDatePl(date: string): string {
  toDayNumber(date);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const MONTH_NAMES = [
  'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec',
  'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
];

/** "luty 2025" — a month 'YYYY-MM' as a heading or a payment list names it. */
export function formatMonthPl(month: string): string {
  const { year, month: m } = parseMonth(month);
  return `${MONTH_NAMES[m - 1]} ${year}`;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

export interface PublicHoliday {
  date: string;
  name: string;
}

/**
 * Holidays as data: a fixed day of the year or a day counted from Easter Sunday, with the first year the act
 * makes it a holiday (6 January from 2011; 24 December from 2025 by the amendment of 2024).
 */
const FIXED_HOLIDAYS: { monthDay: string; name: string; fromYear?: number }[] = [
  { monthDay: '01-01', name: 'Nowy Rok' },
  { monthDay: '01-06', name: 'Święto Trzech Króli', fromYear: 2011 },
  { monthDay: '05-01', name: 'Święto Pracy' },
  { monthDay: '05-03', name: 'Święto Narodowe Trzeciego Maja' },
  { monthDay: '08-15', name: 'Wniebowzięcie Najświętszej Maryi Panny' },
  { monthDay: '11-01', name: 'Wszystkich Świętych' },
  { monthDay: '11-11', name: 'Narodowe Święto Niepodległości' },
  { monthDay: '12-24', name: 'Wigilia Bożego Narodzenia', fromYear: 2025 },
  { monthDay: '12-25', name: 'Boże Narodzenie (pierwszy dzień)' },
  { monthDay: '12-26', name: 'Boże Narodzenie (drugi dzień)' },
];
const EASTER_HOLIDAYS: { daysAfterEaster: number; name: string }[] = [
  { daysAfterEaster: 0, name: 'Wielkanoc (pierwszy dzień)' },
  { daysAfterEaster: 1, name: 'Poniedziałek Wielkanocny' },
  { daysAfterEaster: 49, name: 'Zesłanie Ducha Świętego (Zielone Świątki)' },
  { daysAfterEaster: 60, name: 'Boże Ciało' },
];

const holidaysByYear = new Map<number, Map<string, string>>();

function holidayMap(year: number): Map<string, string> {
  let map = holidaysByYear.get(year);
  if (!map) {
    map = new Map();
    for (const holiday of FIXED_HOLIDAYS) {
      if (holiday.fromYear === undefined || year >= holiday.fromYear) map.set(`${year}-${holiday.monthDay}`, holiday.name);
    }
    const easter = easterSunday(year);
    for (const holiday of EASTER_HOLIDAYS) map.set(addDays(easter, holiday.daysAfterEaster), holiday.name);
    holidaysByYear.set(year, map);
  }
  return map;
}

/** The public holidays of a year in date order. */
export function publicHolidays(year: number): PublicHoliday[] {
  return [...holidayMap(year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The holiday's Polish name, or null when the day is not a public holiday. */
export function publicHolidayName(date: string): string | null {
  toDayNumber(date);
  return holidayMap(Number(date.slice(0, 4))).get(date) ?? null;
}

export function isPublicHoliday(date: string): boolean {
  return publicHolidayName(date) !== null;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  return dayOfWeek(date) <= 5 && !isPublicHoliday(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `date`. */
export function previousWorkingDayFrom(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * The `count`-th working day after `date`; the day itself is not counted (k.p.a. art. 57 § 1), so
 * "14 working days from learning the interview is needed" ends on addWorkingDays(thatDay, 14).
 */
export function addWorkingDays(date: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`addWorkingDays needs a count ≥ 0 (got ${count}).`);
  let day = date;
  for (let counted = 0; counted < count; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted++;
  }
  toDayNumber(day);
  return day;
}

/**
 * k.p.a. art. 57 § 4: a deadline whose last day is a Saturday or a day free from work by law (a Sunday or a
 * public holiday) ends on the next day that is neither. Any other day is returned unchanged.
 */
export function shiftDeadline(lastDay: string): string {
  return nextWorkingDayFrom(lastDay);
}

/** A deadline of `days` days from an event (k.p.a. art. 57 § 1: the event day is not counted), then § 4. */
export function deadlineInDays(eventDate: string, days: number): string {
  return shiftDeadline(addDays(eventDate, days));
}

/** The last day to lodge an appeal: 14 days from delivery of the decision (k.p.a. art. 129 § 2, art. 57). */
export function appealDeadline(deliveryDate: string): string {
  return deadlineInDays(deliveryDate, 14);
}

/**
 * A deadline in months (k.p.a. art. 57 § 3): the day of the last month matching the first day, or that month's
 * last day when there is no such day (31 January + 1 month = 28/29 February); then § 4.
 */
export function deadlineInMonths(startDate: string, months: number): string {
  const end = `${addMonthsToMonth(monthOf(startDate), months)}-01`;
  const day = Math.min(Number(startDate.slice(8, 10)), daysInMonth(end));
  return shiftDeadline(`${end.slice(0, 8)}${String(day).padStart(2, '0')}`);
}

/**
 * The day money is paid for `month` ('YYYY-MM') when the decision says "on day N of the month": a day beyond the
 * month's end means its last day, and a day that is not a working day moves to the PREVIOUS working day
 * (DOMAIN.md §8), so the money comes before, never after, the day the decision promises.
 */
export function paymentDate(month: string, dayOfMonth: number): string {
  const { year, month: m } = parseMonth(month);
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 31) {
    throw new AppError('VALIDATION', 'Dzień wypłaty to liczba od 1 do 31.');
  }
  const first = isoOf(year, m, 1);
  const day = Math.min(dayOfMonth, daysInMonth(first));
  return previousWorkingDayFrom(isoOf(year, m, day));
}
