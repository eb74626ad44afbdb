import { describe, expect, it } from 'vitest';
import { dateFromText, dateProblem, isRealDate, textFromDate } from '../../renderer/common/dateText';

// "Today" is passed in, never read from the computer's clock: 10.03.2025.
const today = '2025-03-10';
const applicationDate = { label: 'Data wpływu wniosku', today };

describe('a typed date is read the Polish way and kept as typed', () => {
  it.each([
    ['05.03.1990', '1990-03-05'],
    ['5.3.1990', '1990-03-05'],
    ['05-03-1990', '1990-03-05'],
    ['05/03/1990', '1990-03-05'],
    ['05031990', '1990-03-05'],
    ['1990-03-05', '1990-03-05'],
    [' 05.03.1990 ', '1990-03-05'],
  ])('%s → %s', (text, value) => {
    expect(dateFromText(text)).toBe(value);
  });

  it('an empty field is no date', () => {
    expect(dateFromText('  ')).toBeNull();
  });

  it('a day that does not exist keeps its shape, so that the field can say so', () => {
    expect(dateFromText('31.02.1980')).toBe('1980-02-31');
    expect(isRealDate('1980-02-31')).toBe(false);
  });

  it('text that is not a date stays as typed', () => {
    expect(dateFromText('5 marca')).toBe('5 marca');
    expect(dateFromText('05.03')).toBe('05.03');
  });

  it('shows a value back as dd.mm.rrrr, an impossible day and unreadable text as they were typed', () => {
    expect(textFromDate('1990-03-05')).toBe('05.03.1990');
    expect(textFromDate('1980-02-31')).toBe('31.02.1980');
    expect(textFromDate('05.03')).toBe('05.03');
    expect(textFromDate(null)).toBe('');
  });
});

describe('what is wrong with a date, in Polish', () => {
  it('a real day in the past or today is fine; so is an empty field (whether it is required is the form\'s business)', () => {
    expect(dateProblem('2025-03-10', applicationDate)).toBeNull();
    expect(dateProblem('1990-03-05', applicationDate)).toBeNull();
    expect(dateProblem(null, applicationDate)).toBeNull();
  });

  it('31.02.1980 does not exist, and the message says how long that February was', () => {
    expect(dateProblem(dateFromText('31.02.1980'), applicationDate)).toBe('Nie ma takiej daty: 31.02.1980 (luty 1980 ma 29 dni).');
    expect(dateProblem(dateFromText('29.02.2023'), applicationDate)).toBe('Nie ma takiej daty: 29.02.2023 (luty 2023 ma 28 dni).');
    expect(dateProblem(dateFromText('31.04.2024'), applicationDate)).toBe('Nie ma takiej daty: 31.04.2024 (kwiecień 2024 ma 30 dni).');
  });

  it('a thirteenth month, a year from long ago and text that is not a date are said each in its own words', () => {
    expect(dateProblem(dateFromText('01.13.1990'), applicationDate)).toBe('Nie ma miesiąca 13: wpisz dzień, miesiąc (01–12) i rok, np. 05.03.1990.');
    expect(dateProblem(dateFromText('05.03.0990'), applicationDate)).toBe('Sprawdź rok: 0990.');
    expect(dateProblem(dateFromText('5 marca'), applicationDate)).toBe('Wpisz datę jako dd.mm.rrrr, np. 05.03.1990.');
  });

  it('a day after today is refused where a day must have happened already, with the words the core uses', () => {
    expect(dateProblem('2025-03-11', applicationDate)).toBe('Data wpływu wniosku nie może być z przyszłości.');
    expect(dateProblem('2025-03-11', { label: 'Data urodzenia', today })).toBe('Data urodzenia nie może być z przyszłości.');
  });

  it('a future day is fine where the future is allowed (a benefit until, figures from)', () => {
    expect(dateProblem('2030-12-31')).toBeNull();
  });
});
