import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { DecisionFields } from '../../../shared/contract/decisions';
import { addDays, addMonthsToMonth, endOfMonth, formatDatePl, monthOf } from '../../../shared/domain/calendar';
import { benefitKinds, type BenefitKind } from '../../../shared/domain/cases';
import { checkDecision, checkProblems } from '../../../shared/domain/decision-check';
import { buildDecisionDocument, decisionAmount, decisionFirstMonth, type DecisionBasis } from '../../../shared/domain/decision-content';
import {
  ACTS_ON_EARLIER,
  benefitWording,
  decisionKinds,
  decisionState,
  finalFrom,
  formatDecisionNumber,
  runsOverPeriod,
  type DecisionKind,
} from '../../../shared/domain/decisions';
import { appealDeadline } from '../../../shared/domain/calendar';
import type { OfficialDocument } from '../../../shared/domain/official-document';
import { plural } from '../../../shared/domain/plural';
import { searchTokens } from '../../../shared/domain/search';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getCaseRow, updateCaseIfVersion, type CaseRow } from '../../../db/repositories/cases';
import {
  deleteDraftDecision,
  getDecisionRow,
  insertDecision,
  listCaseDecisions,
  listCaseLetters,
  listDecisionsActingOn,
  listRegister,
  peekNextDecisionNumber,
  takeNextDecisionNumber,
  updateDecisionIfVersion,
  type DecisionRow,
} from '../../../db/repositories/decisions';
import { listCaseInterviews } from '../../../db/repositories/interviews';
import { getPersonById } from '../../../db/repositories/persons';
import { getUserById } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { sha256Hex } from '../documents/hash';
import { mergePdfs } from '../documents/merge-pdfs';
import { renderOfficialDocument } from '../documents/official-document-pdf';
import type { PdfFonts } from '../documents/fonts';
import { effectiveRoles, todayInPoland } from '../roles';
import { gatherDecisionBasis, requireSettings } from './decision-basis';
import { refuseActOverPaidMonths } from './payments';
import { rememberAccount } from './bank-accounts';
import { registerCsv, registerPdf, registerRows } from './decision-register';
import type { InterviewsService } from './interviews';
import { fullName } from './persons';

type DecisionOut = MethodOutput<'decisions.get'>;

const CONFLICT_MESSAGE = 'Ktoś inny zmienił tę decyzję w międzyczasie. Odśwież ją i spróbuj jeszcze raz.';
const FROZEN_MESSAGE = 'Podpisanej decyzji nie można zmienić. Korekta to nowa decyzja (zmieniająca lub uchylająca), która się do niej odnosi.';

/** What signing freezes: the basis, the document as printed, and the hash of its content shown in the footer. */
interface DecisionSnapshot {
  basis: DecisionBasis;
  document: OfficialDocument;
}

/** The SHA-256 of the document's content (everything printed but the footer that shows it). */
function contentHashOf(document: OfficialDocument): string {
  return sha256Hex(Buffer.from(JSON.stringify({ ...document, footerNote: null }), 'utf8'));
}

function fail(path: string, message: string): never {
  throw new AppError('VALIDATION', message, [{ path: ['fields', path], message }]);
}

export interface DecisionsServiceOptions {
  /** The document fonts, loaded on the first PDF (a few hundred kB read once). */
  fonts: () => PdfFonts;
}

export function createDecisionsService(db: Db, clock: Clock, interviews: InterviewsService, options: DecisionsServiceOptions) {
  const today = () => todayInPoland(clock);
  /** Where each user's batch print stands (decisions.batchProgress), while one runs. */
  const batches = new Map<number, { step: string; done: number; total: number }>();

  function requireDecision(tx: Db, id: number): DecisionRow {
    const row = getDecisionRow(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiej decyzji.');
    return row;
  }

  function requireCase(tx: Db, id: number): CaseRow {
    const row = getCaseRow(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiej sprawy.');
    return row;
  }

  /** A signed decision is refused any change through the contract, and the attempt is written to the audit log. */
  function refuseFrozen(row: DecisionRow, ctx: RequestContext, attempted: string): never {
    db.transaction((tx) =>
      recordAudit(tx, ctx, clock, {
        kind: 'decision.refused',
        summary: `Odmowa: ${attempted} — decyzja nr ${row.decisionNumber} jest podpisana`,
        details: { decisionId: row.id, caseId: row.caseId, attempted },
      }),
    );
    throw new AppError('CONFLICT', FROZEN_MESSAGE);
  }

  function snapshotOf(row: DecisionRow): DecisionSnapshot | null {
    return (row.snapshot as DecisionSnapshot | null) ?? null;
  }

  function basisOf(tx: Db, row: DecisionRow): DecisionBasis {
    const frozen = snapshotOf(row);
    if (frozen) return frozen.basis;
    return gatherDecisionBasis(tx, interviews, row, requireCase(tx, row.caseId), { number: null, issuedOn: today(), signer: null });
  }

  function refOf(row: DecisionRow | undefined) {
    return row && row.decisionNumber && row.issuedOn ? { id: row.id, decisionNumber: row.decisionNumber, issuedOn: row.issuedOn, kind: row.kind } : null;
  }

  function toDecision(tx: Db, row: DecisionRow): DecisionOut {
    const caseRow = requireCase(tx, row.caseId);
    const party = getPersonById(tx, caseRow.applicantPersonId)!;
    const basis = basisOf(tx, row);
    const signed = row.status === 'signed';
    const finalDay = finalFrom(row);
    return {
      id: row.id,
      caseId: row.caseId,
      caseRef: caseRow.caseRef,
      partyName: fullName(party),
      partyPersonId: party.id,
      kind: row.kind,
      benefit: row.benefit as BenefitKind,
      refersTo: refOf(row.refersToDecisionId ? getDecisionRow(tx, row.refersToDecisionId) : undefined),
      state: decisionState(row, today()),
      fields: row.fields as DecisionFields,
      amount: signed ? row.monthlyAmount : decisionAmount(basis),
      firstMonth: decisionFirstMonth(basis),
      decisionNumber: row.decisionNumber,
      issuedOn: row.issuedOn,
      signedAt: row.signedAt,
      signedByName: row.signedByUserId ? (getUserById(tx, row.signedByUserId)?.fullName ?? null) : null,
      preparedByName: basis.preparedBy,
      submittedAt: row.submittedAt,
      deliveredOn: row.deliveredOn,
      appealWaivedOn: row.appealWaivedOn,
      appealDeadline: row.deliveredOn ? appealDeadline(row.deliveredOn) : null,
      finalFrom: finalDay,
      effectiveFrom: row.effectiveFrom,
      effectiveUntil: row.effectiveUntil,
      pdfSha256: row.pdfSha256,
      contentHash: row.contentHash,
      check: signed ? [] : checkDecision(basis),
      actedOnBy: listDecisionsActingOn(tx, row.id).map((entry) => refOf(entry)!),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** The signed decision a change, suspension or revocation may act on: a grant or change of a benefit still running. */
  function requireRunning(tx: Db, caseRow: CaseRow, benefit: BenefitKind, refersToId: number | null, from: string | null): DecisionRow {
    const refused = (message: string): never => {
      throw new AppError('VALIDATION', message, [{ path: ['refersToDecisionId'], message }]);
    };
    if (!refersToId) return refused('Wskaż podpisaną decyzję, której dotyczy zmiana, wstrzymanie lub uchylenie.');
    const earlier = getDecisionRow(tx, refersToId);
    if (!earlier || earlier.caseId !== caseRow.id || earlier.benefit !== benefit) return refused('Wskazana decyzja nie dotyczy tego świadczenia w tej sprawie.');
    const notRunning = `Świadczenie nie trwa: decyzję zmieniającą, wstrzymującą lub uchylającą wydaje się tylko do ${benefitWording[benefit].genitive} przyznanego podpisaną decyzją, który jeszcze trwa.`;
    if (earlier.status !== 'signed' || (earlier.kind !== 'grant' && earlier.kind !== 'change')) return refused(notRunning);
    const day = from ?? today();
    if (earlier.effectiveUntil && earlier.effectiveUntil < day) return refused(notRunning);
    const revoked = listDecisionsActingOn(tx, earlier.id).some((later) => later.kind === 'revocation' || later.kind === 'change');
    if (revoked) return refused('Ta decyzja została już zmieniona lub uchylona: wskaż najnowszą decyzję w tej sprawie.');
    return earlier;
  }

  function defaultFields(caseRow: CaseRow, kind: DecisionKind, benefit: BenefitKind, findings: string | null, certificateEnd: string | null): DecisionFields {
    const words = benefitWording[benefit];
    const nextMonthStart = `${addMonthsToMonth(monthOf(today()), 1)}-01`;
    const periodic = words.money === 'monthly' || ['careServices', 'meals', 'shelter'].includes(benefit);
    const from = ACTS_ON_EARLIER.includes(kind) ? nextMonthStart : kind === 'grant' && (periodic || words.money === 'once') ? caseRow.applicationDate : null;
    return {
      periodFrom: from,
      // A benefit for a period runs, by default, to the end of the third month; zasiłek stały has no end unless set.
      periodUntil:
        kind !== 'grant' || !periodic
          ? null
          : benefit === 'permanentAllowance'
            ? certificateEnd // on a certificate, at most until it ends; on age, indefinitely
            : endOfMonth(`${addMonthsToMonth(monthOf(caseRow.applicationDate), 2)}-01`),
      paymentMethod: null,
      bankAccount: null,
      payDay: null,
      amount: null,
      purpose: null,
      careServices: null,
      careHome: null,
      immediateEnforceabilityReason: null,
      factualReasons: kind === 'grant' || kind === 'refusal' ? (findings ?? '') : '',
      omitReasons: false,
    };
  }

  /** Checks of a draft's fields that need the case: dates against the application and the running benefit. */
  function checkFields(tx: Db, row: Pick<DecisionRow, 'kind' | 'benefit' | 'refersToDecisionId'>, caseRow: CaseRow, fields: DecisionFields) {
    const benefit = row.benefit as BenefitKind;
    if (fields.periodFrom && fields.periodUntil && fields.periodUntil < fields.periodFrom) fail('periodUntil', 'Koniec okresu nie może być wcześniejszy niż jego początek.');
    if (row.kind === 'grant' && fields.periodFrom && fields.periodFrom < caseRow.applicationDate) {
      fail('periodFrom', `Świadczenie przyznaje się najwcześniej od dnia złożenia wniosku (${formatDatePl(caseRow.applicationDate)}, art. 106 ust. 3 u.p.s.).`);
    }
    if (ACTS_ON_EARLIER.includes(row.kind)) {
      if (fields.periodFrom && fields.periodFrom < today()) {
        fail('periodFrom', 'Decyzja zmieniająca, wstrzymująca lub uchylająca działa tylko na przyszłość: podaj dzień nie wcześniejszy niż dzisiejszy.');
      }
      const earlier = requireRunning(tx, caseRow, benefit, row.refersToDecisionId, fields.periodFrom);
      if (fields.periodFrom && earlier.effectiveFrom && fields.periodFrom < earlier.effectiveFrom) {
        fail('periodFrom', `Świadczenie z tej decyzji przysługuje od ${formatDatePl(earlier.effectiveFrom)}: podaj dzień w okresie jego trwania.`);
      }
    }
    if (fields.amount !== null && benefit === 'specialPurposeAllowance') {
      const latest = listCaseInterviews(tx, caseRow.id)[0];
      const maximum = latest ? interviews.toInterview(tx, latest.interview, true).computation.benefits.find((b) => b.benefit === benefit)?.maximum : null;
      if (maximum != null && fields.amount > maximum) fail('amount', 'Specjalny zasiłek celowy nie może przekroczyć kryterium dochodowego (art. 41 pkt 1 u.p.s.).');
    }
    if (fields.paymentMethod === 'transfer' && fields.bankAccount === null) {
      // Checked again at signing; said here so the worker sees it at the field.
      fail('bankAccount', 'Podaj numer rachunku bankowego strony (NRB) do przelewu.');
    }
  }

  function auditEvent(tx: Db, ctx: RequestContext, row: DecisionRow, kind: Parameters<typeof recordAudit>[3]['kind'], what: string, details: Record<string, unknown> = {}) {
    const caseRow = requireCase(tx, row.caseId);
    recordAudit(tx, ctx, clock, {
      kind,
      summary: `${what}: ${row.decisionNumber ? `decyzja nr ${row.decisionNumber}` : 'projekt decyzji'} ${decisionKinds[row.kind].label} — ${benefitKinds[row.benefit as BenefitKind].label.toLowerCase()} (${caseRow.caseRef})`,
      personId: caseRow.applicantPersonId,
      details: { decisionId: row.id, caseId: row.caseId, ...details },
    });
  }

  /** The case follows its decisions: decided once every benefit asked for is granted or refused; a revocation ends the benefit. */
  function followCase(tx: Db, caseRow: CaseRow, signed: DecisionRow) {
    const decisions = listCaseDecisions(tx, caseRow.id).filter((entry) => entry.status === 'signed');
    const changes: Partial<CaseRow> = {};
    if (signed.kind === 'grant' || signed.kind === 'refusal') {
      const answered = new Set(decisions.filter((entry) => entry.kind === 'grant' || entry.kind === 'refusal').map((entry) => entry.benefit));
      if ((caseRow.benefits as string[]).every((benefit) => answered.has(benefit)) && caseRow.status !== 'closed') {
        changes.status = 'decided';
        changes.decidedOn = signed.issuedOn;
      }
      const periods = decisions.filter((entry) => entry.kind === 'grant' && entry.effectiveFrom && (benefitWording[entry.benefit as BenefitKind].money === 'monthly' || entry.effectiveUntil));
      if (periods.length > 0) changes.benefitUntil = periods.some((entry) => !entry.effectiveUntil) ? null : periods.map((entry) => entry.effectiveUntil!).sort().at(-1)!;
    }
    if (signed.kind === 'revocation' && signed.effectiveFrom) {
      const lastDay = addDays(signed.effectiveFrom, -1);
      if (!caseRow.benefitUntil || caseRow.benefitUntil > lastDay) changes.benefitUntil = lastDay;
    }
    if (Object.keys(changes).length > 0) updateCaseIfVersion(tx, caseRow.id, caseRow.version, { ...changes, updatedAt: clock.now().toISOString() });
  }

  async function render(document: OfficialDocument): Promise<Buffer> {
    return renderOfficialDocument(document, options.fonts());
  }

  /** The register's rows for a filter; the state (final or not) depends on today, so it is filtered after the query. */
  function registerItems(filter: ParsedInput<'decisions.register'>) {
    const rows = listRegister(db, { year: filter.year, kind: filter.kind, workerUserId: filter.workerUserId, tokens: searchTokens(filter.query) });
    return registerRows(rows, today()).filter((row) => !filter.state || row.state === filter.state);
  }

  function pdfFile(fileName: string, bytes: Uint8Array) {
    return { fileName, mimeType: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
  }

  /** The PDF of one decision: the signed one exactly as stored; a draft built now with its PROJEKT mark. */
  async function decisionPdf(row: DecisionRow): Promise<{ fileName: string; bytes: Uint8Array }> {
    if (row.status === 'signed' && row.pdf) return { fileName: `decyzja-${row.decisionNumber!.replace(/\//g, '-')}.pdf`, bytes: row.pdf };
    const basis = db.transaction((tx) => basisOf(tx, row));
    const bytes = await render(buildDecisionDocument(basis, { createdAt: clock.now().toISOString(), footerNote: 'PROJEKT — dokument bez mocy prawnej' }));
    return { fileName: `projekt-decyzji-${basis.caseRef.replace(/[^\w.-]+/g, '-')}.pdf`, bytes };
  }

  return {
    createDraft(input: ParsedInput<'decisions.createDraft'>, ctx: RequestContext): DecisionOut {
      return db.transaction((tx) => {
        const caseRow = requireCase(tx, input.caseId);
        if (caseRow.status === 'closed') throw new AppError('CONFLICT', 'Sprawa jest zakończona: nie wydaje się w niej decyzji.');
        const actsOnEarlier = ACTS_ON_EARLIER.includes(input.kind);
        const latest = listCaseInterviews(tx, caseRow.id)[0];
        if (!latest && !actsOnEarlier) {
          throw new AppError('CONFLICT', 'Decyzję wydaje się po przeprowadzeniu wywiadu środowiskowego (art. 106 ust. 4 u.p.s.). Najpierw zapisz wywiad.');
        }
        if (!actsOnEarlier && !(caseRow.benefits as string[]).includes(input.benefit)) {
          const message = 'Strona nie wnosiła o to świadczenie w tej sprawie: wybierz świadczenie z wniosku.';
          throw new AppError('VALIDATION', message, [{ path: ['benefit'], message }]);
        }
        if (actsOnEarlier && !runsOverPeriod(input.benefit)) {
          throw new AppError('VALIDATION', `${benefitKinds[input.benefit].label} nie trwa przez okres: nie wstrzymuje się go, nie zmienia ani nie uchyla od wybranego dnia.`);
        }
        if (input.kind === 'change' && benefitWording[input.benefit].money !== 'monthly') {
          throw new AppError(
            'VALIDATION',
            'Decyzja zmieniająca zmienia kwotę zasiłku stałego lub okresowego. Aby zmienić zakres innej pomocy, uchyl dotychczasową decyzję od wybranego dnia i przyznaj pomoc na nowo.',
          );
        }
        if (actsOnEarlier) requireRunning(tx, caseRow, input.benefit, input.refersToDecisionId, null);
        const existing = listCaseDecisions(tx, caseRow.id).filter((entry) => entry.benefit === input.benefit);
        if (existing.some((entry) => entry.status !== 'signed')) {
          throw new AppError('CONFLICT', `W tej sprawie jest już projekt decyzji dotyczącej ${benefitWording[input.benefit].genitive}: otwórz go albo odrzuć.`);
        }
        if (!actsOnEarlier && existing.some((entry) => entry.kind === 'grant' || entry.kind === 'refusal')) {
          throw new AppError('CONFLICT', `W tej sprawie wydano już decyzję dotyczącą ${benefitWording[input.benefit].genitive}. Zmiana to decyzja zmieniająca albo uchylająca.`);
        }
        const computed = latest ? interviews.toInterview(tx, latest.interview, true).computation.benefits.find((entry) => entry.benefit === input.benefit) : undefined;
        if (input.kind === 'grant' && computed?.eligible === false) {
          throw new AppError('CONFLICT', `Wyliczenie wskazuje, że ${benefitWording[input.benefit].accusative} nie przysługuje: ${computed.reason} Przygotuj decyzję odmowną.`);
        }
        const now = clock.now().toISOString();
        const row = insertDecision(tx, {
          caseId: caseRow.id,
          kind: input.kind,
          benefit: input.benefit,
          refersToDecisionId: actsOnEarlier ? input.refersToDecisionId : null,
          status: 'draft',
          fields: defaultFields(caseRow, input.kind, input.benefit, latest?.interview.findings ?? null, computed?.validUntil ?? null),
          preparedByUserId: ctx.user!.id,
          createdAt: now,
          updatedAt: now,
        });
        auditEvent(tx, ctx, row, 'decision.draft', 'Przygotowano');
        return toDecision(tx, row);
      });
    },

    get(input: ParsedInput<'decisions.get'>): DecisionOut {
      return db.transaction((tx) => toDecision(tx, requireDecision(tx, input.id)));
    },

    listForCase(input: ParsedInput<'decisions.listForCase'>): MethodOutput<'decisions.listForCase'> {
      return db.transaction((tx) => {
        requireCase(tx, input.caseId);
        return {
          decisions: listCaseDecisions(tx, input.caseId).map((row) => {
            const decision = toDecision(tx, row);
            return {
              id: decision.id,
              caseId: decision.caseId,
              caseRef: decision.caseRef,
              partyName: decision.partyName,
              kind: decision.kind,
              benefit: decision.benefit,
              state: decision.state,
              decisionNumber: decision.decisionNumber,
              issuedOn: decision.issuedOn,
              amount: decision.amount,
              effectiveFrom: decision.effectiveFrom,
              effectiveUntil: decision.effectiveUntil,
              preparedByName: decision.preparedByName,
              signedByName: decision.signedByName,
              finalFrom: decision.finalFrom,
            };
          }),
          letters: listCaseLetters(tx, input.caseId),
        };
      });
    },

    updateDraft(input: ParsedInput<'decisions.updateDraft'>, ctx: RequestContext): DecisionOut {
      const current = db.transaction((tx) => requireDecision(tx, input.id));
      if (current.status === 'signed') refuseFrozen(current, ctx, 'zmiana treści');
      return db.transaction((tx) => {
        const before = requireDecision(tx, input.id);
        if (before.status !== 'draft') throw new AppError('CONFLICT', 'Decyzja czeka na podpis: zwróć ją do poprawy, aby ją zmienić.');
        checkFields(tx, before, requireCase(tx, before.caseId), input.fields);
        const updated = updateDecisionIfVersion(tx, input.id, input.version, { fields: input.fields, updatedAt: clock.now().toISOString() });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        auditEvent(tx, ctx, updated, 'decision.update', 'Zmieniono', { before: before.fields, after: input.fields });
        return toDecision(tx, updated);
      });
    },

    submit(input: ParsedInput<'decisions.submit'>, ctx: RequestContext): DecisionOut {
      return db.transaction((tx) => {
        const before = requireDecision(tx, input.id);
        if (before.status !== 'draft') throw new AppError('CONFLICT', before.status === 'signed' ? FROZEN_MESSAGE : 'Decyzja już czeka na podpis.');
        const problems = checkProblems(checkDecision(basisOf(tx, before)));
        if (problems) throw new AppError('VALIDATION', problems);
        const updated = updateDecisionIfVersion(tx, input.id, input.version, { status: 'submitted', submittedAt: clock.now().toISOString(), updatedAt: clock.now().toISOString() });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        auditEvent(tx, ctx, updated, 'decision.submit', 'Przekazano do podpisu');
        return toDecision(tx, updated);
      });
    },

    returnToDraft(input: ParsedInput<'decisions.returnToDraft'>, ctx: RequestContext): DecisionOut {
      const current = db.transaction((tx) => requireDecision(tx, input.id));
      if (current.status === 'signed') refuseFrozen(current, ctx, 'zwrot do poprawy');
      return db.transaction((tx) => {
        const before = requireDecision(tx, input.id);
        if (before.status !== 'submitted') throw new AppError('CONFLICT', 'Zwrócić do poprawy można tylko decyzję, która czeka na podpis.');
        const updated = updateDecisionIfVersion(tx, input.id, input.version, { status: 'draft', submittedAt: null, updatedAt: clock.now().toISOString() });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        auditEvent(tx, ctx, updated, 'decision.return', 'Zwrócono do poprawy');
        return toDecision(tx, updated);
      });
    },

    discard(input: ParsedInput<'decisions.discard'>, ctx: RequestContext): MethodOutput<'decisions.discard'> {
      const current = db.transaction((tx) => requireDecision(tx, input.id));
      if (current.status === 'signed') refuseFrozen(current, ctx, 'usunięcie');
      return db.transaction((tx) => {
        const before = requireDecision(tx, input.id);
        if (!deleteDraftDecision(tx, input.id, input.version)) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        auditEvent(tx, ctx, before, 'decision.discard', 'Odrzucono');
        return { discarded: true as const };
      });
    },

    /**
     * Signing: the number is taken, everything the decision rests on is frozen with the printed PDF and its hash,
     * and the case follows. The PDF is made before the write (it carries the number), so the number is read first
     * and taken only if nobody took it meanwhile; otherwise the PDF is made again with the next one. Gap-free, and
     * two signatures at the same moment get two numbers.
     */
    async sign(input: ParsedInput<'decisions.sign'>, ctx: RequestContext): Promise<DecisionOut> {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const prepared = db.transaction((tx) => {
          const row = requireDecision(tx, input.id);
          if (row.status === 'signed') return { frozen: row };
          if (row.version !== input.version) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
          if (row.status !== 'submitted') throw new AppError('CONFLICT', 'Podpisuje się decyzję przekazaną do podpisu.');
          const caseRow = requireCase(tx, row.caseId);
          const fields = row.fields as DecisionFields;
          const day = today();
          if (ACTS_ON_EARLIER.includes(row.kind)) {
            if (fields.periodFrom && fields.periodFrom < day) {
              throw new AppError('VALIDATION', `Decyzja działa tylko na przyszłość, a wskazany dzień (${formatDatePl(fields.periodFrom)}) już minął. Zwróć ją do poprawy i podaj późniejszy dzień.`);
            }
            const running = requireRunning(tx, caseRow, row.benefit as BenefitKind, row.refersToDecisionId, fields.periodFrom);
            if (fields.periodFrom) refuseActOverPaidMonths(tx, running.id, fields.periodFrom);
          }
          const signer = getUserById(tx, ctx.user!.id)!;
          const ownDirector = (signer.roles as string[]).includes('director');
          if (!effectiveRoles(signer, day).includes('director')) throw new AppError('FORBIDDEN', 'Decyzję podpisuje kierownik albo upoważniony przez niego zastępca.');
          const settings = requireSettings(tx);
          const symbol = caseRow.refSymbol;
          const year = Number(day.slice(0, 4));
          const number = peekNextDecisionNumber(tx, symbol, year);
          const basis = gatherDecisionBasis(tx, interviews, row, caseRow, {
            number: formatDecisionNumber(number, symbol, year),
            issuedOn: day,
            signer: { name: signer.fullName, post: ownDirector ? settings.directorTitle : `Zastępca kierownika — z upoważnienia kierownika ${settings.officeName}` },
          });
          const problems = checkProblems(checkDecision(basis));
          if (problems) throw new AppError('VALIDATION', problems);
          return { frozen: null, row, caseRow, basis, number, symbol, year };
        });
        if (prepared.frozen) refuseFrozen(prepared.frozen, ctx, 'ponowne podpisanie');

        const signedAt = clock.now().toISOString();
        const draftDocument = buildDecisionDocument(prepared.basis, { createdAt: signedAt, footerNote: null });
        const contentHash = contentHashOf(draftDocument);
        const document = { ...draftDocument, footerNote: `Decyzja nr ${prepared.basis.number} · skrót treści SHA-256: ${contentHash.slice(0, 16)}` };
        const pdf = await render(document);
        const pdfSha256 = sha256Hex(pdf);

        let done: DecisionOut;
        try {
          done = db.transaction((tx) => {
          if (takeNextDecisionNumber(tx, prepared.symbol, prepared.year) !== prepared.number) {
            // Someone signed another decision of this symbol meanwhile: undo by rolling back and make the PDF again.
            throw new RetrySigning();
          }
          const fields = prepared.row.fields as DecisionFields;
          const updated = updateDecisionIfVersion(tx, prepared.row.id, prepared.row.version, {
            status: 'signed',
            registerSymbol: prepared.symbol,
            registerYear: prepared.year,
            registerNumber: prepared.number,
            decisionNumber: prepared.basis.number,
            issuedOn: prepared.basis.issuedOn,
            signedAt,
            signedByUserId: ctx.user!.id,
            effectiveFrom: fields.periodFrom,
            effectiveUntil: prepared.row.kind === 'change' ? (prepared.basis.refersTo?.effectiveUntil ?? null) : fields.periodUntil,
            monthlyAmount: decisionAmount(prepared.basis),
            snapshot: { basis: prepared.basis, document } satisfies DecisionSnapshot,
            contentHash,
            pdf,
            pdfSha256,
            updatedAt: signedAt,
          });
          if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
          followCase(tx, requireCase(tx, prepared.caseRow.id), updated);
          if (fields.paymentMethod === 'transfer' && fields.bankAccount) rememberAccount(tx, prepared.caseRow.applicantPersonId, fields.bankAccount, updated.preparedByUserId, signedAt);
          auditEvent(tx, ctx, updated, 'decision.sign', 'Podpisano', { decisionNumber: updated.decisionNumber, pdfSha256 });
          return toDecision(tx, updated);
          });
        } catch (error) {
          if (error instanceof RetrySigning) continue;
          throw error;
        }
        return done;
      }
      throw new AppError('CONFLICT', 'Nie udało się nadać numeru: wiele decyzji podpisywano w tej samej chwili. Spróbuj jeszcze raz.');
    },

    recordDelivery(input: ParsedInput<'decisions.recordDelivery'>, ctx: RequestContext): DecisionOut {
      return db.transaction((tx) => {
        const before = requireDecision(tx, input.id);
        if (before.status !== 'signed') throw new AppError('CONFLICT', 'Doręcza się decyzję podpisaną.');
        const deliveredOn = input.deliveredOn ?? before.deliveredOn;
        const refuse = (path: string, message: string): never => {
          throw new AppError('VALIDATION', message, [{ path: [path], message }]);
        };
        if (input.deliveredOn && before.deliveredOn) refuse('deliveredOn', `Doręczenie jest już zapisane (${formatDatePl(before.deliveredOn)}).`);
        if (input.appealWaivedOn && before.appealWaivedOn) refuse('appealWaivedOn', 'Zrzeczenie się odwołania jest już zapisane.');
        if (deliveredOn && deliveredOn < before.issuedOn!) refuse('deliveredOn', `Decyzji nie można doręczyć przed jej wydaniem (${formatDatePl(before.issuedOn!)}).`);
        if (input.deliveredOn && input.deliveredOn > today()) refuse('deliveredOn', 'Data doręczenia nie może być z przyszłości.');
        if (input.appealWaivedOn) {
          if (!deliveredOn) refuse('appealWaivedOn', 'Najpierw zapisz doręczenie: z prawa do odwołania można zrzec się po doręczeniu decyzji.');
          if (input.appealWaivedOn < deliveredOn!) refuse('appealWaivedOn', 'Zrzeczenie się odwołania nie może być wcześniejsze niż doręczenie.');
          if (input.appealWaivedOn > today()) refuse('appealWaivedOn', 'Data zrzeczenia się nie może być z przyszłości.');
          if (input.appealWaivedOn > appealDeadline(deliveredOn!)) refuse('appealWaivedOn', 'Zrzec się odwołania można tylko w terminie do jego wniesienia (14 dni od doręczenia).');
        }
        const updated = updateDecisionIfVersion(tx, input.id, input.version, {
          deliveredOn,
          appealWaivedOn: input.appealWaivedOn ?? before.appealWaivedOn,
          updatedAt: clock.now().toISOString(),
        });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        auditEvent(tx, ctx, updated, 'decision.delivery', input.appealWaivedOn ? 'Zrzeczenie się odwołania' : 'Doręczono', {
          deliveredOn: updated.deliveredOn,
          appealWaivedOn: updated.appealWaivedOn,
        });
        return toDecision(tx, updated);
      });
    },

    async pdf(input: ParsedInput<'decisions.pdf'>, ctx: RequestContext): Promise<MethodOutput<'decisions.pdf'>> {
      const row = db.transaction((tx) => requireDecision(tx, input.id));
      const file = await decisionPdf(row);
      db.transaction((tx) => auditEvent(tx, ctx, row, 'decision.print', 'Wydrukowano', { fileName: file.fileName }));
      return pdfFile(file.fileName, file.bytes);
    },

    /**
     * Many decisions as one PDF: signed ones as stored, drafts made now. The steps are reported for a progress bar
     * (decisions.batchProgress); the core keeps answering meanwhile.
     */
    async pdfMany(input: ParsedInput<'decisions.pdfMany'>, ctx: RequestContext): Promise<MethodOutput<'decisions.pdfMany'>> {
      const userId = ctx.user!.id;
      if (batches.has(userId)) throw new AppError('CONFLICT', 'Trwa już drukowanie wielu decyzji. Poczekaj, aż się skończy.');
      const rows = db.transaction((tx) => [...new Set(input.ids)].map((id) => requireDecision(tx, id)));
      const progress = { step: 'Przygotowanie decyzji', done: 0, total: rows.length };
      batches.set(userId, progress);
      let merged: Buffer;
      try {
        const files: Uint8Array[] = [];
        for (const row of rows) {
          files.push((await decisionPdf(row)).bytes);
          progress.done += 1;
        }
        Object.assign(progress, { step: 'Łączenie w jeden plik', done: 0 });
        merged = await mergePdfs(files, (done) => (progress.done = done));
      } finally {
        batches.delete(userId);
      }
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: 'decision.print',
          summary: `Wydrukowano razem ${plural(rows.length, 'decyzję', 'decyzje', 'decyzji')}: ${rows.map((row) => row.decisionNumber ?? `projekt #${row.id}`).join(', ')}`,
          details: { decisionIds: rows.map((row) => row.id) },
        }),
      );
      return { ...pdfFile(`decyzje-${today()}.pdf`, merged), count: rows.length };
    },

    batchProgress(_input: ParsedInput<'decisions.batchProgress'>, ctx: RequestContext): MethodOutput<'decisions.batchProgress'> {
      const progress = batches.get(ctx.user!.id);
      return progress ? { ...progress } : null;
    },

    register(input: ParsedInput<'decisions.register'>): MethodOutput<'decisions.register'> {
      const items = registerItems(input);
      return { items, total: items.length };
    },

    async registerExport(input: ParsedInput<'decisions.registerExport'>, ctx: RequestContext): Promise<MethodOutput<'decisions.registerExport'>> {
      const { filter } = input;
      const items = registerItems(filter);
      const file =
        input.format === 'csv'
          ? { fileName: `rejestr-decyzji-${filter.year}.csv`, mimeType: 'text/csv', base64: registerCsv(items).toString('base64') }
          : pdfFile(`rejestr-decyzji-${filter.year}.pdf`, await registerPdf(items, filter.year, clock.now().toISOString(), options.fonts()));
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: 'decision.export',
          summary: `Wyeksportowano rejestr decyzji ${filter.year} (${input.format.toUpperCase()}, ${items.length} poz.)`,
          details: { filter, format: input.format, count: items.length },
        }),
      );
      return file;
    },
  };
}

/** Thrown inside the signing transaction to roll it back when the number was taken meanwhile. */
class RetrySigning extends Error {}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
