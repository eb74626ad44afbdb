import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatDatePl } from '../../../shared/domain/calendar';
import type { BenefitKind } from '../../../shared/domain/cases';
import { resolveDecisionTexts } from '../../../shared/domain/decision-texts';
import { buildLetterDocument, type LetterBasis, type LetterContent } from '../../../shared/domain/letter-content';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getCaseRow } from '../../../db/repositories/cases';
import { getCaseLetter, insertCaseLetter } from '../../../db/repositories/decisions';
import { getPersonById } from '../../../db/repositories/persons';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import type { PdfFonts } from '../documents/fonts';
import { sha256Hex } from '../documents/hash';
import { renderOfficialDocument } from '../documents/official-document-pdf';
import { todayInPoland } from '../roles';
import { addressLines, officeOf, requireSettings } from './decision-basis';
import { fullName } from './persons';

const LETTER_NAMES = { delayNotice: 'zawiadomienie o nowym terminie (art. 36 k.p.a.)', completionCall: 'wezwanie do uzupełnienia wniosku (art. 64 § 2 k.p.a.)' } as const;

/** Letters printed from a case: made once, kept on the case as printed, and reprinted byte for byte. */
export function createLettersService(db: Db, clock: Clock, options: { fonts: () => PdfFonts }) {
  return {
    async create(input: ParsedInput<'letters.create'>, ctx: RequestContext): Promise<MethodOutput<'letters.create'>> {
      const today = todayInPoland(clock);
      // The contract made sure the fields of the kind are there.
      const letter: LetterContent =
        input.kind === 'delayNotice'
          ? { kind: 'delayNotice', newDate: input.newDate!, delayReason: input.delayReason! }
          : { kind: 'completionCall', missing: input.missing!, days: input.days! };
      if (letter.kind === 'delayNotice' && letter.newDate <= today) {
        const message = 'Nowy termin załatwienia sprawy musi być późniejszy niż dzisiejszy dzień.';
        throw new AppError('VALIDATION', message, [{ path: ['newDate'], message }]);
      }
      const basis = db.transaction((tx): LetterBasis => {
        const caseRow = getCaseRow(tx, input.caseId);
        if (!caseRow) throw new AppError('NOT_FOUND', 'Nie ma takiej sprawy.');
        if (caseRow.status === 'decided' || caseRow.status === 'closed') throw new AppError('CONFLICT', 'Sprawa jest już rozstrzygnięta albo zakończona: to pismo nie jest potrzebne.');
        const settings = requireSettings(tx);
        const party = getPersonById(tx, caseRow.applicantPersonId)!;
        return {
          letter,
          office: officeOf(settings),
          texts: resolveDecisionTexts(settings.decisionTexts, settings.gminaName, settings.officeName),
          caseRef: caseRow.caseRef,
          applicationDate: caseRow.applicationDate,
          benefits: caseRow.benefits as BenefitKind[],
          party: { fullName: fullName(party), addressLines: addressLines(party) },
          issuedOn: today,
          signer: { name: settings.directorName, post: settings.directorTitle },
        };
      });
      const createdAt = clock.now().toISOString();
      const document = buildLetterDocument(basis, createdAt);
      const pdf = await renderOfficialDocument(document, options.fonts());
      return db.transaction((tx) => {
        const caseRow = getCaseRow(tx, input.caseId)!;
        const row = insertCaseLetter(tx, {
          caseId: input.caseId,
          kind: input.kind,
          issuedOn: today,
          fields: letter,
          snapshot: { basis, document },
          pdf,
          pdfSha256: sha256Hex(pdf),
          createdByUserId: ctx.user!.id,
          createdAt,
        });
        recordAudit(tx, ctx, clock, {
          kind: 'letter.create',
          summary: `Sporządzono ${LETTER_NAMES[input.kind]} w sprawie ${caseRow.caseRef}${letter.kind === 'delayNotice' ? `, nowy termin ${formatDatePl(letter.newDate)}` : ''}`,
          personId: caseRow.applicantPersonId,
          details: { caseId: caseRow.id, letterId: row.id, kind: input.kind },
        });
        return { id: row.id, issuedOn: row.issuedOn };
      });
    },

    pdf(input: ParsedInput<'letters.pdf'>, ctx: RequestContext): MethodOutput<'letters.pdf'> {
      return db.transaction((tx) => {
        const row = getCaseLetter(tx, input.id);
        if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego pisma.');
        const caseRow = getCaseRow(tx, row.caseId)!;
        recordAudit(tx, ctx, clock, {
          kind: 'letter.print',
          summary: `Wydrukowano ${LETTER_NAMES[row.kind]} (${caseRow.caseRef})`,
          personId: caseRow.applicantPersonId,
          details: { caseId: caseRow.id, letterId: row.id },
        });
        return { fileName: `${row.kind === 'delayNotice' ? 'zawiadomienie' : 'wezwanie'}-${caseRow.caseRef}-${row.id}.pdf`, mimeType: 'application/pdf', base64: Buffer.from(row.pdf).toString('base64') };
      });
    },
  };
}
