import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderTableReport } from '../../../electron/core/documents/table-pdf';
import { decisionRegister } from './register-sample';
import { pageTexts, repositoryFonts } from './pdf-text';

const fonts = repositoryFonts();

describe('renderTableReport', () => {
  it('prints a long register on landscape pages, the heading row and "Strona X z Y" on each', async () => {
    const report = decisionRegister(120);
    const pdf = await renderTableReport(report, fonts);
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('Nr decyzji Znak sprawy Data Strona Rodzaj Kwota Stan Pracownik');
      expect(page).toContain(`Strona ${index + 1} z ${pages.length}`);
    });
    expect(pages[0]).toContain('Rejestr decyzji');
    expect(pages[0]).toContain('1/8311/2026 GOPS.8311.1.2026 01.03.2026 Wiśniewska-Grzegorzewska Katarzyna przyznanie zasiłku stałego 300,00 zł ostateczna Anna Ślęzak');
    expect(pages[pages.length - 1]).toContain('120/8311/2026');
    const all = pages.join(' ');
    for (const row of report.rows) expect(all).toContain(`${row[0]} ${row[1]}`);

    const { width, height } = (await PDFDocument.load(pdf)).getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
  });

  it('gives the same bytes for the same register', async () => {
    const first = await renderTableReport(decisionRegister(30), fonts);
    const second = await renderTableReport(decisionRegister(30), fonts);
    expect(first.equals(second)).toBe(true);
  });

  it('prints an empty register with its heading row', async () => {
    const pages = await pageTexts(await renderTableReport({ ...decisionRegister(0), footerNote: null }, fonts));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Nr decyzji Znak sprawy');
    expect(pages[0]).toContain('Strona 1 z 1');
  });

  it('refuses a row with more cells than columns', async () => {
    const report = decisionRegister(1);
    await expect(renderTableReport({ ...report, rows: [[...report.rows[0]!, 'nadmiar']] }, fonts)).rejects.toThrow('więcej komórek niż kolumn');
  });
});
