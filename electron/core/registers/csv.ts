/**
 * CSV as Polish Excel opens it with a double click: UTF-8 with a byte-order mark (else Polish letters break),
 * semicolons (the comma is the decimal separator), CRLF line ends, and quotes only where a field needs them.
 */

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function field(value: string): string {
  const plain = value.replace(/\u00a0/g, ' ');
  return /[";\r\n]|^\s|\s$/.test(plain) ? `"${plain.replace(/"/g, '""')}"` : plain;
}

/**
 * Digits Excel must keep as written (PESEL: "02270803628" would lose its leading zero and turn into 2,27E+09): the
 * formula ="…" is the way Polish offices keep them as text, and LibreOffice reads it the same.
 */
export function csvDigits(value: string | null): string {
  return value ? `="${value}"` : '';
}

/** "1229,00": a decimal comma and no thousands separator, so Excel reads a number it can sum. */
export function csvAmount(grosze: number): string {
  const absolute = Math.abs(grosze);
  return `${grosze < 0 ? '-' : ''}${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

export function csvFile(header: string[], rows: string[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(field).join(';'));
  return Buffer.concat([BOM, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
