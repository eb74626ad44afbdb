import { describe, expect, it } from 'vitest';
import { decisionDueDate, interviewDueDate, interviewUpdateDueDate } from '../../../shared/domain/cases';

// Every expected date below was counted by hand on a calendar, not by the code under test. Weekdays were worked
// out from 1 January: 2024 a Monday, 2025 a Wednesday, 2026 a Thursday. Holidays used: Easter Monday 2024-04-01,
// 2025-04-21, 2026-04-06; Corpus Christi 2025-06-19, 2026-06-04; 1 and 3 May; 24 December only from 2025;
// 25–26 December; 1 and 6 January. Good Friday and Holy Saturday are ordinary days in Poland.

describe('interview within 14 working days of the application (the day it arrived is not counted)', () => {
  it.each([
    // 10.03.2025 Mon: 11–14 (4), 17–21 (9), 24–28 (14) → Friday 28.03.
    ['2025-03-10', '2025-03-28', 'an ordinary fortnight'],
    // 14.03.2025 Fri: 17–21 (5), 24–28 (10), 31.03, 1, 2, 3.04 (14) → Thursday 03.04.
    ['2025-03-14', '2025-04-03', 'an application on a Friday'],
    // 15.03.2025 Sat (sent electronically): the count starts on Monday 17.03 as well → 03.04.
    ['2025-03-15', '2025-04-03', 'an application on a Saturday'],
    // 10.04.2025 Thu: 11 (1), 14–18 (6; Good Friday counts), 21 Easter Monday skipped, 22–25 (10), 28–30 (13),
    // 1.05 Thu skipped, 2.05 Fri (14). 3 May 2025 is a Saturday, so it changes nothing here.
    ['2025-04-10', '2025-05-02', 'Easter Monday and 1 May 2025'],
    // 02.04.2026 Thu: 3 (1), 6 Easter Monday skipped, 7–10 (5), 13–17 (10), 20–23 (14) → Thursday 23.04.
    ['2026-04-02', '2026-04-23', 'Easter Monday 2026'],
    // 22.04.2024 Mon: 23–26 (4), 29–30 (6), 1.05 Wed skipped, 2.05 Thu (7), 3.05 Fri skipped, 6–10 (12), 13–14 (14).
    ['2024-04-22', '2024-05-14', '1 and 3 May both on weekdays (2024)'],
    // 05.06.2025 Thu: 6 (1), 9–13 (6), 16–18 (9), 19 Corpus Christi skipped, 20 (10), 23–26 (14) → Thursday 26.06.
    ['2025-06-05', '2025-06-26', 'Corpus Christi 2025'],
    // 10.12.2025 Wed: 11–12 (2), 15–19 (7), 22–23 (9), 24–26 skipped, 29–31 (12), 1.01 skipped, 2.01 Fri (13),
    // 5.01.2026 Mon (14).
    ['2025-12-10', '2026-01-05', '24–26 December 2025 and New Year'],
    // 15.12.2025 Mon: 16–19 (4), 22–23 (6), 29–31 (9), 2.01 (10), 5.01 (11), 6.01 Epiphany skipped, 7–9.01 (14).
    ['2025-12-15', '2026-01-09', 'Christmas, New Year and Epiphany'],
    // 10.12.2024 Tue: 11–13 (3), 16–20 (8), 23 (9), 24.12.2024 Tue still a working day (10), 25–26 skipped,
    // 27 (11), 30–31 (13), 1.01 skipped, 2.01.2025 Thu (14).
    ['2024-12-10', '2025-01-02', '24 December was a working day in 2024'],
  ])('application %s → interview by %s (%s)', (applicationDate, expected) => {
    expect(interviewDueDate(applicationDate)).toBe(expected);
  });
});

describe('decision within one month, two in a complex case (k.p.a. art. 35), moved off Saturdays and holidays (art. 57 § 4)', () => {
  it.each([
    // 10.03.2025 + 1 month = Thursday 10.04.2025, a working day.
    ['2025-03-10', false, '2025-04-10', 'an ordinary month'],
    // 10.03.2025 + 2 months = 10.05.2025, a Saturday → Monday 12.05.
    ['2025-03-10', true, '2025-05-12', 'a complex case: two months, off a Saturday'],
    // 10.04.2025 + 1 month = 10.05.2025 Sat → 12.05 Mon; + 2 months = 10.06.2025 Tue.
    ['2025-04-10', false, '2025-05-12', 'a month ending on a Saturday'],
    ['2025-04-10', true, '2025-06-10', 'the same application, complex'],
    // 15.01.2025 + 1 month = 15.02.2025, a Saturday → Monday 17.02.
    ['2025-01-15', false, '2025-02-17', 'a Saturday in February'],
    // 31 January + 1 month: there is no 31 February, so the last day of February (art. 57 § 3).
    ['2025-01-31', false, '2025-02-28', '31 January 2025 → 28 February, a Friday'],
    ['2024-01-31', false, '2024-02-29', '31 January 2024 → 29 February of a leap year, a Thursday'],
    // 28.02.2026 is a Saturday → Monday 02.03.2026.
    ['2026-01-31', false, '2026-03-02', '31 January 2026 → 28 February, a Saturday → 2 March'],
    ['2024-12-31', true, '2025-02-28', 'complex from 31 December 2024 → 28 February 2025'],
    ['2025-12-31', true, '2026-03-02', 'complex from 31 December 2025 → 28 February 2026 (Sat) → 2 March'],
    // 03.04.2024 + 1 month = 03.05.2024, a Friday holiday → Sat, Sun → Monday 06.05.
    ['2024-04-03', false, '2024-05-06', '3 May 2024 (a Friday)'],
    // 01.03.2024 + 2 months = 01.05.2024, a Wednesday holiday → Thursday 02.05.
    ['2024-03-01', true, '2024-05-02', '1 May 2024 (a Wednesday)'],
    // 06.03.2026 + 1 month = 06.04.2026, Easter Monday → Tuesday 07.04.
    ['2026-03-06', false, '2026-04-07', 'Easter Monday 2026'],
    // 21.03.2025 + 1 month = 21.04.2025, Easter Monday → Tuesday 22.04.
    ['2025-03-21', false, '2025-04-22', 'Easter Monday 2025'],
    // 19.05.2025 + 1 month = 19.06.2025, Corpus Christi (Thursday) → Friday 20.06.
    ['2025-05-19', false, '2025-06-20', 'Corpus Christi 2025'],
    // 24.11.2025 + 1 month = 24.12.2025 (a holiday from 2025), then 25, 26, Sat 27, Sun 28 → Monday 29.12.
    ['2025-11-24', false, '2025-12-29', '24–26 December 2025 and the weekend after'],
    // 24.11.2024 + 1 month = Tuesday 24.12.2024, still a working day then.
    ['2024-11-24', false, '2024-12-24', '24 December 2024 was a working day'],
    // 01.12.2025 + 1 month = 01.01.2026, a Thursday holiday → Friday 02.01.
    ['2025-12-01', false, '2026-01-02', 'New Year 2026'],
    // 06.11.2025 + 2 months = 06.01.2026, Epiphany (Tuesday) → Wednesday 07.01.
    ['2025-11-06', true, '2026-01-07', 'Epiphany 2026, complex'],
  ])('application %s, complex %s → decision by %s (%s)', (applicationDate, complex, expected) => {
    expect(decisionDueDate(applicationDate, complex)).toBe(expected);
  });
});

describe('interview update at least every 6 months while a benefit runs', () => {
  it.each([
    // 10.03.2025 + 6 months = Wednesday 10.09.2025.
    ['2025-03-10', '2025-09-10', 'an ordinary half-year'],
    // 24.06.2025 + 6 months = 24.12.2025 → 25, 26, 27 Sat, 28 Sun → Monday 29.12.
    ['2025-06-24', '2025-12-29', 'Christmas 2025'],
    // 01.07.2025 + 6 months = 01.01.2026 Thursday → Friday 02.01.
    ['2025-07-01', '2026-01-02', 'New Year 2026'],
    // 31.08.2025 + 6 months: no 31 February → 28.02.2026, a Saturday → Monday 02.03.
    ['2025-08-31', '2026-03-02', 'end of August → end of February, off a Saturday'],
    // 31.08.2024 + 6 months = 28.02.2025, a Friday.
    ['2024-08-31', '2025-02-28', 'end of August → 28 February'],
    // 31.08.2023 + 6 months = 29.02.2024, a Thursday (leap year).
    ['2023-08-31', '2024-02-29', 'end of August → 29 February of a leap year'],
    // 06.10.2025 + 6 months = 06.04.2026, Easter Monday → Tuesday 07.04.
    ['2025-10-06', '2026-04-07', 'Easter Monday 2026'],
    // 01.11.2024 + 6 months = 01.05.2025 Thursday → Friday 02.05 (3 May 2025 is a Saturday, irrelevant).
    ['2024-11-01', '2025-05-02', '1 May 2025'],
    // 03.11.2025 + 6 months = 03.05.2026, a Sunday and a holiday → Monday 04.05.
    ['2025-11-03', '2026-05-04', '3 May 2026 on a Sunday'],
    // 19.12.2024 + 6 months = 19.06.2025, Corpus Christi → Friday 20.06.
    ['2024-12-19', '2025-06-20', 'Corpus Christi 2025'],
  ])('interview %s → update by %s (%s)', (interviewDate, expected) => {
    expect(interviewUpdateDueDate(interviewDate)).toBe(expected);
  });
});
