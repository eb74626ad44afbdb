import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { elixirFile, type ElixirPayer, type ElixirTransfer } from '../../../electron/core/payments/elixir';
import type { BankFileVariant } from '../../../shared/domain/payment-settings';
import { AppError } from '../../../shared/errors';

/**
 * The Elixir-O file (DOMAIN.md §8) read back by a parser of its own, written here from the format's description and
 * not from elixir.ts: every line must give back the transfer it came from.
 */

/** One line of comma-separated fields; a field in double quotes may hold commas ("" inside stands for one "). */
function parseCsvLine(line: string): { value: string; quoted: boolean }[] {
  const fields: { value: string; quoted: boolean }[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      at += 1;
      for (;;) {
        if (at >= line.length) throw new Error(`Niezamknięty cudzysłów: ${line}`);
        if (line[at] === '"' && line[at + 1] === '"') {
          value += '"';
          at += 2;
        } else if (line[at] === '"') {
          at += 1;
          break;
        } else value += line[at++];
      }
      fields.push({ value, quoted: true });
    } else {
      const end = line.indexOf(',', at);
      fields.push({ value: line.slice(at, end < 0 ? line.length : end), quoted: false });
      at = end < 0 ? line.length : end;
    }
    if (at >= line.length) return fields;
    if (line[at] !== ',') throw new Error(`Po polu w cudzysłowie oczekiwano przecinka w kolumnie ${at}: ${line}`);
    at += 1;
  }
}

/** The file as lines of fields: every line ends in CRLF, no bare LF or CR anywhere. */
function parseFile(bytes: Buffer, variant: BankFileVariant) {
  const text = variant === 'windows-1250' ? iconv.decode(bytes, 'win1250') : bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines.map(parseCsvLine);
}

/**
 * A valid NRB of bank `bank` (7 digits) and account `account` (16 digits): the sort code's own check digit (weights
 * 3 9 7 1 3 9 7, which ibantools checks too), then the two check digits by the mod-97 rule of DOMAIN.md §9.
 */
function nrb(bank: string, account: string): string {
  const sum = [...bank].reduce((total, digit, index) => total + Number(digit) * [3, 9, 7, 1, 3, 9, 7][index]!, 0);
  const bban = `${bank}${(10 - (sum % 10)) % 10}${account}`;
  const check = 98 - Number(BigInt(`${bban}252100`) % 97n);
  return `${String(check).padStart(2, '0')}${bban}`;
}

const PAYER: ElixirPayer = { name: 'Gminny Ośrodek Pomocy Społecznej w Sitnie', address: 'Sitno 1, 22-424 Sitno', account: '61 1090 1014 0000 0712 1981 2874' };
const PAYER_ACCOUNT = '61109010140000071219812874';

const FIRST = ['Zofia', 'Łucja', 'Józef', 'Ścibor', 'Żaneta', 'Katarzyna', 'Grzegorz'];
const LAST = ['Wiśniewska-Żółkiewska', 'Kaźmierczak', 'Ślusarczyk', 'Bąk', 'Dąbrowski', 'Źrebiec', 'Nowak'];

/** Transfers with Polish letters everywhere, amounts from 1 grosz up, accounts of several banks. */
function transfers(count: number): ElixirTransfer[] {
  return Array.from({ length: count }, (_, index) => ({
    recipientName: `${FIRST[index % FIRST.length]} ${LAST[index % LAST.length]}`,
    recipientAddress: index % 3 === 0 ? `ul. Źródlana ${index + 1}/${(index % 7) + 1}, 22-424 Sitno` : `Kolonia Przęsławice-Górne ${index + 1}, 22-424 Szczebrzeszyn`,
    account: nrb(String(1_020_000 + index * 37), String(index * 7_919).padStart(16, '0')),
    amount: index === 0 ? 1 : 10_000 + index * 1_313,
    title: `Zasiłek stały za 03.2025, decyzja ${index + 1}/8311/2025`,
    reference: `L1-2025-${index + 1}`,
  }));
}

/** A multi-line field read as one text (its lines were broken at spaces). */
const unwrapped = (field: string) => field.split('|').join(' ');

/** What the ASCII variant writes instead of each Polish letter. */
const ascii = (text: string) => text.replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (char) => 'acelnoszzACELNOSZZ'['ąćęłńóśźżĄĆĘŁŃÓŚŹŻ'.indexOf(char)]!);

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('Oczekiwano odmowy.');
}

describe.each(['windows-1250', 'utf-8', 'ascii'] as const)('the Elixir-O file, variant %s, read back', (variant) => {
  const list = transfers(60);
  const file = elixirFile(PAYER, '2025-03-14', list, variant);
  const lines = parseFile(file.bytes, variant);
  const plain = variant === 'ascii' ? ascii : (text: string) => text;

  it('has one line per transfer with the count, the sum in grosze and the variant named', () => {
    expect(lines).toHaveLength(list.length);
    expect(file.count).toBe(list.length);
    const sum = list.reduce((total, transfer) => total + transfer.amount, 0);
    expect(file.total).toBe(sum);
    expect(lines.reduce((total, fields) => total + Number(fields[2]!.value), 0)).toBe(sum);
    expect(file.variant).toBe(variant);
    expect(file.variantLabel).toMatch(variant === 'ascii' ? /ASCII/ : new RegExp(variant.replace('-', '-'), 'i'));
  });

  it('gives back every transfer: date, amount, accounts, sort codes (NRB digits 3–10), names, title and reference', () => {
    lines.forEach((fields, index) => {
      const transfer = list[index]!;
      expect(fields).toHaveLength(16);
      expect(fields.map((field) => field.quoted)).toEqual([false, false, false, false, false, true, true, true, true, false, false, true, true, true, true, true]);
      const value = fields.map((field) => field.value);
      expect(value[0]).toBe('110');
      expect(value[1]).toBe('20250314');
      expect(value[2]).toBe(String(transfer.amount));
      expect(value[2]).toMatch(/^[1-9]\d*$/);
      expect(value[3]).toBe(PAYER_ACCOUNT.slice(2, 10));
      expect(value[4]).toBe('0');
      expect(value[5]).toBe(PAYER_ACCOUNT);
      expect(value[6]).toBe(transfer.account);
      expect(value[7]).toBe(plain('Gminny Ośrodek Pomocy Społecznej w|Sitnie|Sitno 1, 22-424 Sitno'));
      // Name and address each start a line of their own; lines are broken between words.
      expect(unwrapped(value[8]!)).toBe(plain(`${transfer.recipientName} ${transfer.recipientAddress}`));
      expect(value[8]!.startsWith(`${plain(transfer.recipientName)}|`)).toBe(true);
      expect(value[9]).toBe('0');
      expect(value[10]).toBe(transfer.account!.slice(2, 10));
      expect(unwrapped(value[11]!)).toBe(plain(transfer.title));
      for (const index of [7, 8, 11]) expect(value[index]!.split('|').every((line) => line.length <= 35)).toBe(true);
      expect([value[12], value[13], value[14]]).toEqual(['', '', '51']);
      expect(value[15]).toBe(transfer.reference);
    });
  });

  it('keeps Polish letters in the Polish variants and writes none in the ASCII one', () => {
    const text = variant === 'windows-1250' ? iconv.decode(file.bytes, 'win1250') : file.bytes.toString('utf8');
    if (variant === 'ascii') {
      expect([...file.bytes].every((byte) => byte < 0x80)).toBe(true);
      expect(text).toContain('Zofia Wisniewska-Zolkiewska');
    } else {
      expect(text).toContain('Zofia Wiśniewska-Żółkiewska');
    }
    if (variant === 'windows-1250') {
      // "ł" is 0xB3 and "ś" 0x9C in Windows-1250: one byte each, not UTF-8's two.
      expect(file.bytes.includes(0xb3)).toBe(true);
      expect(file.bytes.includes(0x9c)).toBe(true);
      expect(file.bytes.includes(Buffer.from('ł', 'utf8'))).toBe(false);
    }
  });
});

describe('text a bank reads in lines of 35 characters', () => {
  const long: ElixirTransfer = {
    recipientName: 'Katarzyna Wiśniewska-Żółkiewska vel Przybyszewska-Konstantynowicz',
    recipientAddress: 'Kolonia Przęsławice-Górne 127/14, 22-424 Szczebrzeszyn',
    account: nrb('1090101', '0000000012345678'),
    amount: 71_300,
    title: 'Zasiłek celowy na zakup opału, żywności, leków i odzieży zimowej za 03.2025, decyzja 123/8311/2025 z dnia 10.03.2025 r.',
    reference: 'L1-2025-1',
  };

  it('wraps long names, addresses and titles between words into at most 4 lines of at most 35 characters', () => {
    const [fields] = parseFile(elixirFile(PAYER, '2025-03-14', [long], 'utf-8').bytes, 'utf-8');
    for (const index of [7, 8, 11]) {
      const parts = fields![index]!.value.split('|');
      expect(parts.length).toBeLessThanOrEqual(4);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(35);
        expect(part).toBe(part.trim());
        expect(part.length).toBeGreaterThan(0);
      }
    }
    // The words come back in order, none broken: a name line is the start of the name.
    const payee = fields![8]!.value.split('|');
    expect(payee[0]).toBe('Katarzyna Wiśniewska-Żółkiewska vel');
    expect(payee.join(' ')).toContain('Kolonia Przęsławice-Górne 127/14,');
    expect(fields![11]!.value.replaceAll('|', ' ')).toBe(long.title.slice(0, fields![11]!.value.length));
  });

  it('breaks a word longer than a line', () => {
    const [fields] = parseFile(elixirFile(PAYER, '2025-03-14', [{ ...long, recipientName: 'A'.repeat(50), recipientAddress: 'Sitno 1' }], 'utf-8').bytes, 'utf-8');
    expect(fields![8]!.value).toBe(`${'A'.repeat(35)}|${'A'.repeat(15)}|Sitno 1`);
  });
});

describe('what the bank would refuse is refused first, with a clear message', () => {
  const one = transfers(1)[0]!;

  it('a wrong NRB, naming the person', () => {
    const wrong = `${one.account!.slice(0, 25)}${(Number(one.account!.at(-1)) + 1) % 10}`;
    const error = refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, account: wrong }], 'windows-1250'));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(`Numer rachunku osoby ${one.recipientName} jest błędny`);
    expect(refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, account: null }], 'utf-8')).message).toContain(one.recipientName);
    expect(refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, account: '1234' }], 'utf-8')).message).toContain(one.recipientName);
  });

  it("a wrong account of the office's own", () => {
    expect(refusal(() => elixirFile({ ...PAYER, account: '61109010140000071219812875' }, '2025-03-14', [one], 'utf-8')).message).toContain('Numer rachunku ośrodka');
  });

  it('a zero or fractional amount', () => {
    expect(refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, amount: 0 }], 'utf-8')).message).toContain(one.recipientName);
    expect(refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, amount: 10.5 }], 'utf-8')).message).toContain(one.recipientName);
  });

  it.each([
    ['the field separator "|"', { recipientAddress: 'Sitno 12 | 22-424 Sitno' }, 'Adres', 'znak „|”'],
    ['an emoji', { title: 'Zasiłek 🙂 za 03.2025' }, 'Tytuł przelewu', 'znak „🙂” (U+1F642)'],
    ['a control character', { recipientName: 'Jan\u0007 Kowalski' }, 'Nazwisko', 'niewidoczny znak sterujący (U+0007)'],
    ['a Cyrillic letter', { recipientName: 'Иван Kowalski' }, 'Nazwisko', 'znak „И”'],
  ])('%s', (_label, change, what, said) => {
    for (const variant of ['windows-1250', 'utf-8', 'ascii'] as const) {
      const error = refusal(() => elixirFile(PAYER, '2025-03-14', [{ ...one, ...change }], variant));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain(what);
      expect(error.message).toContain(said);
      expect(error.message).toContain('którego bank nie przyjmuje');
    }
  });
});

describe('typographic and invisible characters made plain', () => {
  it('quotes, apostrophes, dashes, the ellipsis, line breaks and zero-width spaces; foreign accents dropped', () => {
    const transfer: ElixirTransfer = {
      ...transfers(1)[0]!,
      recipientName: 'Renée O’Brien-Müller',
      recipientAddress: 'ul. „Pod Lipami” 3 — lok.\u00a02\r\n22-424\u200b Sitno',
      title: 'Zasiłek celowy «opał»… za 03.2025',
    };
    const [fields] = parseFile(elixirFile(PAYER, '2025-03-14', [transfer], 'utf-8').bytes, 'utf-8');
    expect(unwrapped(fields![8]!.value)).toBe("Renee O'Brien-Muller ul. 'Pod Lipami' 3 - lok. 2 22-424 Sitno");
    expect(fields![11]!.value).toBe("Zasiłek celowy 'opał'... za 03.2025");
  });

  it('a Polish letter typed decomposed (o + combining accent) stays a Polish letter', () => {
    const transfer = { ...transfers(1)[0]!, recipientName: 'Jo\u0301zef Z\u0307urek' };
    const [fields] = parseFile(elixirFile(PAYER, '2025-03-14', [transfer], 'windows-1250').bytes, 'windows-1250');
    expect(fields![8]!.value.split('|')[0]).toBe('Józef Żurek');
  });
});
