import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const ACCEPTED_FORMATS = ['DD.MM.YYYY', 'D.M.YYYY', 'DD-MM-YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD', 'DDMMYYYY'];

/**
 * Typed dates are read the Polish way: "05.03.1990" is 5 March. Without this the date input would read
 * it as 3 May. Returns ISO YYYY-MM-DD, or null for text that is not a real date.
 */
export function parsePolishDate(text: string): string | null {
  const parsed = dayjs(text.trim(), ACCEPTED_FORMATS, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}
