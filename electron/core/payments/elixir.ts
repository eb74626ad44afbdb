import iconv from 'iconv-lite';
import { isValidNrb, normaliseNrb } from '../../../shared/domain/nrb';
import { bankFileVariants, type BankFileVariant } from '../../../shared/domain/payment-settings';
import { AppError } from '../../../shared/errors';

/**
 * Elixir-O, the Polish mass-transfer file (DOMAIN.md §8): one transfer a line, CRLF, comma-separated, text in
 * double quotes, a multi-line text as up to 4 × 35 characters joined by "|". Banks differ in the encoding and in
 * the characters they accept, so the variant is chosen in the settings and named beside the file.
 */

export interface ElixirPayer {
  name: string;
  address: string;
  account: string;
}

export interface ElixirTransfer {
  /** Whose money it is, for the messages ("Jan Kowalski"). */
  recipientName: string;
  recipientAddress: string;
  account: string | null;
  amount: number;
  title: string;
  /** The office's own reference of the line, returned by the bank in its reports. */
  reference: string;
}

const LINE = 35;
const LINES = 4;
const polishLetters: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z', Ą: 'A', Ć: 'C', Ę: 'E', Ł: 'L', Ń: 'N', Ó: 'O', Ś: 'S', Ź: 'Z', Ż: 'Z' };
// What every bank takes: letters, digits, space and the usual punctuation of names, addresses and titles.
const allowed = /^[A-Za-z0-9ĄĆĘŁŃÓŚŹŻąćęłńóśźż .,\-/()+:?'&]*$/;

/** What a person cannot see in the message: a control or invisible character is named by its code. */
function describe(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{Cc}\p{Cf}\p{Z}]/u.test(char) ? `niewidoczny znak sterujący (${code})` : `znak „${char}” (${code})`;
}

/**
 * Text as the bank accepts it: typographic quotes, apostrophes, dashes and the ellipsis made plain, invisible
 * characters (zero-width space, soft hyphen, BOM) dropped, other accents (é, ü) without the accent. Text typed
 * in decomposed form (o + combining accent, as some macOS programs paste it) is composed first, so "ó" stays "ó".
 */
function bankText(text: string, variant: BankFileVariant, whose: string, what: string): string {
  let plain = text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '')
    .replace(/[\u201e\u201d\u201c\u201f"«»\u2033]/g, "'")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
  plain = [...plain].map((char) => (polishLetters[char] ? char : char.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).join('');
  if (variant === 'ascii') plain = [...plain].map((char) => polishLetters[char] ?? char).join('');
  const wrong = [...plain].find((char) => !allowed.test(char));
  if (wrong) {
    throw new AppError('VALIDATION', `${what} (${whose}) zawiera ${describe(wrong)}, którego bank nie przyjmuje. Popraw dane i przygotuj plik jeszcze raz.`);
  }
  return plain;
}

/** Up to 4 lines of 35 characters, broken between words; a longer text is cut (a bank reads the first lines only). */
function bankLines(parts: string[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    let line = '';
    for (const word of part.split(' ').filter(Boolean)) {
      for (let rest = word; rest.length > 0; rest = rest.slice(LINE)) {
        const piece = rest.slice(0, LINE);
        if (line && line.length + 1 + piece.length <= LINE) line = `${line} ${piece}`;
        else {
          if (line) lines.push(line);
          line = piece;
        }
      }
    }
    if (line) lines.push(line);
  }
  return lines.slice(0, LINES).join('|');
}

const quoted = (text: string) => `"${text}"`;
const sortCode = (account: string) => account.slice(2, 10);

export interface ElixirFile {
  bytes: Buffer;
  count: number;
  total: number;
  variant: BankFileVariant;
  variantLabel: string;
}

export function elixirFile(payer: ElixirPayer, executionDate: string, transfers: ElixirTransfer[], variant: BankFileVariant): ElixirFile {
  const payerAccount = normaliseNrb(payer.account);
  if (!isValidNrb(payerAccount)) throw new AppError('VALIDATION', 'Numer rachunku ośrodka w ustawieniach wypłat jest błędny: popraw go przed przygotowaniem pliku.');
  const payerText = bankLines([bankText(payer.name, variant, 'ośrodek', 'Nazwa płatnika'), bankText(payer.address, variant, 'ośrodek', 'Adres płatnika')]);
  const date = executionDate.replace(/-/g, '');
  const lines = transfers.map((transfer) => {
    const account = normaliseNrb(transfer.account ?? '');
    if (!transfer.account || !isValidNrb(account)) {
      throw new AppError('VALIDATION', `Numer rachunku osoby ${transfer.recipientName} jest błędny albo go brak${transfer.account ? ` (${transfer.account})` : ''}: popraw go w decyzji, zanim powstanie plik dla banku.`);
    }
    if (!Number.isInteger(transfer.amount) || transfer.amount <= 0) throw new AppError('VALIDATION', `Kwota przelewu dla ${transfer.recipientName} musi być większa od zera.`);
    const payee = bankLines([bankText(transfer.recipientName, variant, transfer.recipientName, 'Nazwisko'), bankText(transfer.recipientAddress, variant, transfer.recipientName, 'Adres')]);
    const title = bankLines([bankText(transfer.title, variant, transfer.recipientName, 'Tytuł przelewu')]);
    return [
      '110',
      date,
      String(transfer.amount),
      sortCode(payerAccount),
      '0',
      quoted(payerAccount),
      quoted(account),
      quoted(payerText),
      quoted(payee),
      '0',
      sortCode(account),
      quoted(title),
      quoted(''),
      quoted(''),
      quoted('51'),
      quoted(bankText(transfer.reference, variant, transfer.recipientName, 'Odnośnik')),
    ].join(',');
  });
  const text = lines.map((line) => `${line}\r\n`).join('');
  const bytes = variant === 'windows-1250' ? iconv.encode(text, 'win1250') : Buffer.from(text, 'utf8');
  return { bytes, count: transfers.length, total: transfers.reduce((sum, transfer) => sum + transfer.amount, 0), variant, variantLabel: bankFileVariants[variant] };
}
