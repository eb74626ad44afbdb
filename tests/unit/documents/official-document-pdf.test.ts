import { describe, expect, it } from 'vitest';
import { renderOfficialDocument } from '../../../electron/core/documents/official-document-pdf';
import { draftDecision, grantDecision, polishLetters, shortLetter } from './samples';
import { bodyText, expectInOrder, normalised, pageTexts, pdfInfo, repositoryFonts } from './pdf-text';

const fonts = repositoryFonts();

describe('renderOfficialDocument', () => {
  it('prints every part of a decision, in the order of k.p.a. art. 107 § 1 layout', async () => {
    const doc = grantDecision();
    const text = bodyText(await pageTexts(await renderOfficialDocument(doc, fonts)), doc.footerNote);
    const [uzasadnienie, pouczenie] = doc.sections;
    const parts = [
      doc.header.officeName,
      ...doc.header.lines,
      doc.placeAndDate,
      doc.caseRef,
      doc.addressee!.name,
      ...doc.addressee!.lines,
      doc.title,
      doc.subtitle!,
      doc.opening!,
      'orzekam:',
      `1. ${doc.ruling[0]}`,
      `2. ${doc.ruling[1]}`,
      `3. ${doc.ruling[2]}`,
      'Uzasadnienie',
      ...uzasadnienie!.paragraphs,
      'Pouczenie',
      ...pouczenie!.paragraphs,
      'z up. Wójta Gminy Sitno',
      'Małgorzata Żółkiewska-Łęcka',
      'Kierownik Gminnego Ośrodka Pomocy Społecznej w Sitnie',
      'Otrzymują: 1. Strona 2. a/a',
    ].map(normalised);
    expectInOrder(text, parts);
  });

  it('keeps the long name, the long address and the amount in words whole', async () => {
    const text = (await pageTexts(await renderOfficialDocument(grantDecision(), fonts))).join(' ');
    expect(text).toContain('Pani Katarzyna Aleksandra Wiśniewska-Grzegorzewska');
    expect(text).toContain('Zagroda 115A/12, Kolonia Źrebce Górne 22-424 Sitno');
    expect(text).toContain('310,60 zł (słownie: trzysta dziesięć złotych 60/100)');
    expect(text).toContain('Panem Łukaszem Grzegorzewskim (lat 47), oraz synem, Jędrzejem Grzegorzewskim (lat 19)');
  });

  it('prints every Polish letter intact in regular and bold text', async () => {
    const doc = grantDecision({
      subtitle: `o literach ${polishLetters}`,
      sections: [{ heading: `Litery ${polishLetters}`, paragraphs: [`Zażółć gęślą jaźń. ${polishLetters}.`] }],
    });
    const text = (await pageTexts(await renderOfficialDocument(doc, fonts))).join(' ');
    expect(text).toContain(`o literach ${polishLetters}`);
    expect(text).toContain(`Litery ${polishLetters}`);
    expect(text).toContain(`Zażółć gęślą jaźń. ${polishLetters}.`);
  });

  it('numbers every page "Strona X z Y" and prints the footer note on each', async () => {
    const pages = await pageTexts(await renderOfficialDocument(grantDecision(), fonts));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Strona ${index + 1} z ${pages.length}`);
      expect(page).toContain('Skrót treści SHA-256: 3f2a9c1b7d0e5a48');
    });
  });

  it('marks a draft "PROJEKT" on every page and a signed decision nowhere', async () => {
    const draftPages = await pageTexts(await renderOfficialDocument(draftDecision(), fonts));
    for (const page of draftPages) expect(page).toContain('PROJEKT');
    const signedPages = await pageTexts(await renderOfficialDocument(grantDecision(), fonts));
    for (const page of signedPages) expect(page).not.toContain('PROJEKT');
  });

  it('prints a short letter on one page without a ruling', async () => {
    const letter = shortLetter();
    const pages = await pageTexts(await renderOfficialDocument(letter, fonts));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page).toContain('Strona 1 z 1');
    expect(page).not.toContain('orzekam');
    expect(page).not.toContain('z up.');
    expectInOrder(page!, ['WEZWANIE', normalised(letter.opening!), 'Anna Ślęzak', 'starszy pracownik socjalny', 'Otrzymują: 1. Adresat 2. a/a']);
  });

  it('gives the same bytes for the same document, with the metadata taken from it', async () => {
    const first = await renderOfficialDocument(grantDecision(), fonts);
    const second = await renderOfficialDocument(grantDecision(), fonts);
    expect(first.equals(second)).toBe(true);
    const later = await renderOfficialDocument(grantDecision({ createdAt: '2026-03-17T09:30:00.000Z' }), fonts);
    expect(later.equals(first)).toBe(false);
    const info = await pdfInfo(first);
    expect(info.Title).toBe('Decyzja nr 15/8311/2026');
    expect(info.Producer).toBe('Ostoja');
    expect(String(info.CreationDate)).toContain('20260316093000');
  });

  it('gives the same bytes when several documents are rendered at once', async () => {
    const alone = [await renderOfficialDocument(grantDecision(), fonts), await renderOfficialDocument(shortLetter(), fonts)];
    const together = await Promise.all([grantDecision(), shortLetter(), grantDecision(), shortLetter()].map((doc) => renderOfficialDocument(doc, fonts)));
    together.forEach((pdf, index) => expect(pdf.equals(alone[index % 2]!)).toBe(true));
  });

  it('prints a bare document: no addressee, opening, ruling, signature or recipients, empty paragraphs and headings', async () => {
    const bare = {
      ...shortLetter(),
      addressee: null,
      subtitle: null,
      opening: null,
      sections: [{ heading: '', paragraphs: [''] }, { heading: 'Informacja', paragraphs: [] }],
      signature: null,
      recipients: [],
      footerNote: null,
    };
    const pages = await pageTexts(await renderOfficialDocument(bare, fonts));
    expect(pages).toHaveLength(1);
    expectInOrder(pages[0]!, ['GOPS.8311.22.2026', 'WEZWANIE', 'Informacja', 'Strona 1 z 1']);
    expect(pages[0]).not.toContain('Otrzymują');
  });

  it('refuses a document whose date cannot be read', async () => {
    await expect(renderOfficialDocument(grantDecision({ createdAt: 'wczoraj' }), fonts)).rejects.toThrow('Nieprawidłowa data dokumentu');
  });
});
