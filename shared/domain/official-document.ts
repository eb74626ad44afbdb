/**
 * A decision or a letter as plain data, ready to be laid out: the drafting code (shared/domain/decision-*.ts,
 * letters) fills it from a case and the office settings; the PDF builder (electron/core/documents/) only lays it
 * out. Everything is already in final Polish wording; the builder adds no text of its own except page numbers,
 * the draft mark and the labels named here.
 */
export interface OfficialDocument {
  /** The PDF's metadata title, e.g. "Decyzja nr 15/8311/2026". */
  metadataTitle: string;
  /** The moment the document was made (signing or printing a draft): the PDF's metadata dates, so a reprint is identical. */
  createdAt: string;
  /** The office header, top left: the office's name, then address lines, then phone / e-mail. */
  header: { officeName: string; lines: string[] };
  /** "Sitno, dnia 16.03.2026 r." — top right. */
  placeAndDate: string;
  /** "GOPS.8311.15.2026" — under the header, left. */
  caseRef: string;
  /** The party as on an envelope (letters and decisions): name, then address lines — right, under the date. */
  addressee: { name: string; lines: string[] } | null;
  /** "DECYZJA nr 15/8311/2026" or, for a letter, "ZAWIADOMIENIE" — centred, bold. */
  title: string;
  /** Under the title, e.g. "o przyznaniu zasiłku stałego" (may be null). */
  subtitle: string | null;
  /** The opening paragraph: "Na podstawie art. 104 k.p.a., … " (decisions) or the letter's first paragraph. */
  opening: string | null;
  /** The word before the ruling ("orzekam:"), centred, bold; null for letters. */
  rulingLead: string | null;
  /** The numbered points of the ruling (decisions) — printed "1.", "2.", … with hanging indent. */
  ruling: string[];
  /** Headed sections after the ruling, e.g. "Uzasadnienie", "Pouczenie"; a heading may be empty for plain paragraphs. */
  sections: { heading: string; paragraphs: string[] }[];
  /** The signature block, right: "z up. Wójta Gminy Sitno", then a space to sign, then the name and the post. */
  signature: { onBehalf: string | null; name: string; post: string } | null;
  /** "Otrzymują:" then numbered lines ("Strona", "a/a"). */
  recipients: string[];
  /** A draft is printed with a large "PROJEKT" mark across every page and "PROJEKT" in the footer. */
  draft: boolean;
  /** Printed small in every page's footer beside "Strona X z Y", e.g. "Skrót treści SHA-256: 3f2a9c1b7d0e…". */
  footerNote: string | null;
}
