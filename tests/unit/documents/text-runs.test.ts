import { describe, expect, it } from 'vitest';
import { textRuns, type TextRun } from '../../../electron/core/documents/text-runs';

const joined = (runs: TextRun[]) => runs.map((run) => (typeof run === 'string' ? run : run.text)).join('');
const kept = (runs: TextRun[]) => runs.filter((run) => typeof run !== 'string').map((run) => (run as { text: string }).text.trim());

describe('textRuns', () => {
  it('gives back the text unchanged when joined', () => {
    const text = 'Przyznać  Pani Katarzynie Wiśniewskiej-Grzegorzewskiej zasiłek w wysokości 310,60 zł od 2026 r. – § 1,\nkoniec ';
    expect(joined(textRuns(text))).toBe(text);
  });

  it('keeps double-barrelled names, one-letter words, amounts with "zł", years with "r.", "§ 1" and dashes whole', () => {
    const runs = textRuns('Pani Wiśniewskiej-Grzegorzewskiej w Sitnie, 310,60 zł od 2026 r. (art. 127a § 1 k.p.a.) – zgodnie 115A/12 i tak');
    expect(kept(runs)).toEqual(['Wiśniewskiej-Grzegorzewskiej', 'w Sitnie,', '310,60 zł', '2026 r.', '§ 1', 'k.p.a.) –', '115A/12', 'i tak']);
  });

  it('keeps a no-break space inside its word, as in amounts from formatMoney, and never glues across a line break', () => {
    const amounts = 'kryterium (1\u00a0010,00\u00a0zł) i 130% × 1\u00a0010,00\u00a0zł = 1\u00a0313,00\u00a0zł.';
    const runs = textRuns(amounts);
    expect(joined(runs)).toBe(amounts);
    expect(kept(runs)).toEqual(['i 130% ×', '1\u00a0010,00\u00a0zł =']);
    expect(runs).toContain('1\u00a0313,00\u00a0zł.');
    expect(textRuns('w\nSitnie')).toEqual(['w\nSitnie']);
  });

  it('leaves ordinary words as plain text that may break anywhere', () => {
    expect(textRuns('Zażółć gęślą jaźń')).toEqual(['Zażółć gęślą jaźń']);
    expect(textRuns('')).toEqual([]);
  });
});
