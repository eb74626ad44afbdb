import { describe, expect, it } from 'vitest';
import {
  addMonthsToMonth,
  addWorkingDays,
  appealDeadline,
  dayOfWeek,
  daysInMonth,
  deadlineInMonths,
  easterSunday,
  formatMonthPl,
  isPublicHoliday,
  isWorkingDay,
  monthsBetween,
  paymentDate,
  publicHolidayName,
  publicHolidays,
  shiftDeadline,
} from '../../../shared/domain/calendar';

// Weekdays were worked out from 1 January 2024 (Monday) and 1 January 2025 (Wednesday); each is noted.

describe('Easter and the holidays that follow it', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // the latest possible date
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    // Easter Sunday and Monday
    ['2024-03-31', 'Wielkanoc (pierwszy dzień)'],
    ['2024-04-01', 'Poniedziałek Wielkanocny'],
    ['2025-04-20', 'Wielkanoc (pierwszy dzień)'],
    ['2025-04-21', 'Poniedziałek Wielkanocny'],
    ['2026-04-05', 'Wielkanoc (pierwszy dzień)'],
    ['2026-04-06', 'Poniedziałek Wielkanocny'],
    // Pentecost Sunday = Easter + 49 days
    ['2024-05-19', 'Zesłanie Ducha Świętego (Zielone Świątki)'],
    ['2025-06-08', 'Zesłanie Ducha Świętego (Zielone Świątki)'],
    ['2026-05-24', 'Zesłanie Ducha Świętego (Zielone Świątki)'],
    // Corpus Christi = Easter + 60 days (a Thursday)
    ['2024-05-30', 'Boże Ciało'],
    ['2025-06-19', 'Boże Ciało'],
    ['2026-06-04', 'Boże Ciało'],
    // fixed days
    ['2025-01-01', 'Nowy Rok'],
    ['2025-01-06', 'Święto Trzech Króli'],
    ['2025-05-01', 'Święto Pracy'],
    ['2025-05-03', 'Święto Narodowe Trzeciego Maja'],
    ['2025-08-15', 'Wniebowzięcie Najświętszej Maryi Panny'],
    ['2025-11-01', 'Wszystkich Świętych'],
    ['2025-11-11', 'Narodowe Święto Niepodległości'],
    ['2025-12-24', 'Wigilia Bożego Narodzenia'],
    ['2025-12-25', 'Boże Narodzenie (pierwszy dzień)'],
    ['2025-12-26', 'Boże Narodzenie (drugi dzień)'],
  ])('%s is a public holiday: %s', (date, name) => {
    expect(publicHolidayName(date)).toBe(name);
    expect(isPublicHoliday(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2024-12-24', 'Christmas Eve before 2025 (a Tuesday)'],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-19', 'Holy Saturday (a Saturday, but no holiday)'],
    ['2025-05-02', 'the day between 1 and 3 May'],
    ['2025-12-31', "New Year's Eve"],
    ['2010-01-06', '6 January before 2011'],
  ])('%s is not a public holiday (%s)', (date) => {
    expect(isPublicHoliday(date)).toBe(false);
  });

  it('lists 13 holidays in 2024 and 14 from 2025 (24 December added)', () => {
    expect(publicHolidays(2024)).toHaveLength(13);
    expect(publicHolidays(2025)).toHaveLength(14);
    expect(publicHolidays(2025).map((holiday) => holiday.date)).toEqual([
      '2025-01-01', '2025-01-06', '2025-04-20', '2025-04-21', '2025-05-01', '2025-05-03', '2025-06-08',
      '2025-06-19', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-24', '2025-12-25', '2025-12-26',
    ]);
  });
});

describe('working days', () => {
  it('weekends and holidays are not working days; 24 Dec 2024 is, 24 Dec 2025 is not', () => {
    expect(dayOfWeek('2025-01-01')).toBe(3); // Wednesday
    expect(isWorkingDay('2025-03-01')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-02')).toBe(false); // Sunday
    expect(isWorkingDay('2025-03-03')).toBe(true); // Monday
    expect(isWorkingDay('2024-12-24')).toBe(true); // Tuesday
    expect(isWorkingDay('2025-12-24')).toBe(false); // Wednesday, a holiday from 2025
  });

  it('14 working days from learning an interview is needed, around Easter 2025', () => {
    // From Thu 17.04: Fri 18 (1; Good Friday works), Sat 19, Sun 20 Easter, Mon 21 Easter Monday,
    // Tue 22 (2), 23 (3), 24 (4), 25 (5), Mon 28 (6), 29 (7), 30 (8), Thu 1 May holiday, Fri 2 (9),
    // Sat 3 May, Sun 4, Mon 5 (10), 6 (11), 7 (12), 8 (13), Fri 9 May (14).
    expect(addWorkingDays('2025-04-17', 14)).toBe('2025-05-09');
  });

  it('14 working days around Easter 2024 and 2026', () => {
    // From Thu 28.03.2024: Fri 29 (1), Sat 30, Sun 31 Easter, Mon 1.04 Easter Monday, Tue 2 (2) … Fri 5 (5),
    // Mon 8 (6) … Fri 12 (10), Mon 15 (11), 16 (12), 17 (13), Thu 18.04 (14).
    expect(addWorkingDays('2024-03-28', 14)).toBe('2024-04-18');
    // From Thu 2.04.2026: Fri 3 (1), Sat 4, Sun 5 Easter, Mon 6 Easter Monday, Tue 7 (2) … Fri 10 (5),
    // Mon 13 (6) … Fri 17 (10), Mon 20 (11), 21 (12), 22 (13), Thu 23.04 (14).
    expect(addWorkingDays('2026-04-02', 14)).toBe('2026-04-23');
  });

  it('5 working days over Christmas: 24 Dec counts in 2024, not in 2025', () => {
    // From Fri 20.12.2024: Mon 23 (1), Tue 24 (2), 25–26 holidays, Fri 27 (3), Mon 30 (4), Tue 31 (5).
    expect(addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
    // From Fri 19.12.2025: Mon 22 (1), Tue 23 (2), Wed 24–Fri 26 holidays, Mon 29 (3), Tue 30 (4), Wed 31 (5).
    expect(addWorkingDays('2025-12-19', 5)).toBe('2025-12-31');
  });

  it('zero working days is the day itself', () => {
    expect(addWorkingDays('2025-03-01', 0)).toBe('2025-03-01');
  });
});

describe('deadlines (k.p.a. art. 57)', () => {
  it.each([
    // delivery, last day of 14, why
    ['2025-03-05', '2025-03-19', 'Wed + 14 = Wed, a working day: unchanged'],
    ['2025-03-01', '2025-03-17', 'Sat + 14 = Sat 15.03 → Mon 17.03'],
    ['2025-04-06', '2025-04-22', 'Sun 20.04 Easter → Mon 21 Easter Monday → Tue 22'],
    ['2025-04-07', '2025-04-22', 'Mon 21.04 Easter Monday → Tue 22'],
    ['2024-03-18', '2024-04-02', 'Mon 1.04.2024 Easter Monday → Tue 2'],
    ['2026-03-23', '2026-04-07', 'Mon 6.04.2026 Easter Monday → Tue 7'],
    ['2025-04-17', '2025-05-02', 'Thu 1 May → Fri 2 May'],
    ['2025-04-19', '2025-05-05', 'Sat 3 May → Sun 4 → Mon 5'],
    ['2025-05-25', '2025-06-09', 'Pentecost Sunday 8.06 → Mon 9'],
    ['2025-06-05', '2025-06-20', 'Corpus Christi Thu 19.06 → Fri 20'],
    ['2025-08-01', '2025-08-18', 'Fri 15 Aug → Sat 16, Sun 17 → Mon 18'],
    ['2024-10-18', '2024-11-04', 'Fri 1 Nov 2024 → Sat, Sun → Mon 4'],
    ['2025-10-28', '2025-11-12', 'Tue 11 Nov → Wed 12'],
    ['2024-12-10', '2024-12-24', 'Tue 24 Dec 2024 is a working day: unchanged'],
    ['2025-12-10', '2025-12-29', 'Wed 24 Dec 2025 holiday, 25, 26, Sat 27, Sun 28 → Mon 29'],
    ['2024-12-12', '2024-12-27', 'Thu 26 Dec → Fri 27'],
    ['2025-12-18', '2026-01-02', 'Thu 1 Jan 2026 → Fri 2'],
    ['2025-12-23', '2026-01-07', 'Tue 6 Jan 2026 → Wed 7'],
  ])('appeal: delivered %s → last day %s (%s)', (delivered, lastDay) => {
    expect(appealDeadline(delivered)).toBe(lastDay);
  });

  it('shiftDeadline leaves a working day alone and moves a Sunday to Monday', () => {
    expect(shiftDeadline('2025-03-03')).toBe('2025-03-03');
    expect(shiftDeadline('2025-03-02')).toBe('2025-03-03');
  });

  it('deadlines in months end on the matching day or the last day of the month (art. 57 § 3)', () => {
    expect(deadlineInMonths('2025-01-31', 1)).toBe('2025-02-28'); // Friday
    expect(deadlineInMonths('2024-01-31', 1)).toBe('2024-02-29'); // leap year, Thursday
    expect(deadlineInMonths('2025-03-15', 1)).toBe('2025-04-15'); // Tuesday
    expect(deadlineInMonths('2025-10-01', 1)).toBe('2025-11-03'); // Sat 1 Nov (holiday) → Mon 3
    expect(deadlineInMonths('2025-11-30', 2)).toBe('2026-01-30'); // Friday
  });
});

describe('pay days move to the PREVIOUS working day', () => {
  it.each([
    ['2025-12', 24, '2025-12-23', '24 Dec 2025 is a holiday → Tue 23'],
    ['2024-12', 24, '2024-12-24', '24 Dec 2024 is a working Tuesday'],
    ['2025-05', 10, '2025-05-09', 'Sat 10 May → Fri 9'],
    ['2025-05', 3, '2025-05-02', 'Sat 3 May → Fri 2'],
    ['2025-05', 4, '2025-05-02', 'Sun 4 May → Sat 3 (holiday) → Fri 2'],
    ['2026-01', 1, '2025-12-31', 'Thu 1 Jan 2026 → Wed 31 Dec 2025'],
    ['2025-02', 31, '2025-02-28', 'no 31 February → the last day, Fri 28'],
    ['2025-11', 1, '2025-10-31', 'Sat 1 Nov → Fri 31 Oct'],
    ['2025-11', 11, '2025-11-10', 'Tue 11 Nov → Mon 10'],
    ['2025-04', 21, '2025-04-18', 'Easter Monday → Sun, Sat → Good Friday 18 (a working day)'],
  ])('%s, day %i → %s (%s)', (month, day, date) => {
    expect(paymentDate(month, day)).toBe(date);
  });

  it('refuses day 0 and day 32', () => {
    expect(() => paymentDate('2025-05', 0)).toThrow('Dzień wypłaty to liczba od 1 do 31.');
    expect(() => paymentDate('2025-05', 32)).toThrow('Dzień wypłaty to liczba od 1 do 31.');
  });
});

describe('months and dates', () => {
  it('days in a month, leap years included', () => {
    expect(daysInMonth('2025-02-10')).toBe(28);
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(daysInMonth('2000-02')).toBe(29); // divisible by 400
    expect(daysInMonth('1900-02')).toBe(28); // divisible by 100 only
    expect(daysInMonth('2025-04-10')).toBe(30);
    expect(daysInMonth('2025-03-10')).toBe(31);
  });

  it('month arithmetic', () => {
    expect(addMonthsToMonth('2025-01', -1)).toBe('2024-12');
    expect(addMonthsToMonth('2024-12', 1)).toBe('2025-01');
    expect(monthsBetween('2024-03', '2025-02')).toBe(11);
    expect(formatMonthPl('2025-02')).toBe('luty 2025');
  });

  it('a date that does not exist fails in Polish', () => {
    expect(() => appealDeadline('2025-02-29')).toThrow('Nieprawidłowa data „2025-02-29”: oczekiwano istniejącej daty w postaci RRRR-MM-DD.');
    expect(() => addWorkingDays('10.03.2025', 1)).toThrow(/RRRR-MM-DD/);
  });
});
