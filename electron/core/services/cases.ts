import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatAddress } from '../../../shared/domain/address';
import { formatDatePl } from '../../../shared/domain/calendar';
import {
  benefitKinds,
  DEFAULT_CASE_REF_UNIT,
  DEFAULT_JRWA_SYMBOL,
  decisionDueDate,
  formatCaseRef,
  interviewDueDate,
  inStatutoryOrder,
  interviewUpdateDueDate,
  type BenefitKind,
  type HelpReason,
} from '../../../shared/domain/cases';
import type { HouseholdRelation } from '../../../shared/domain/household';
import { searchTokens } from '../../../shared/domain/search';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  getCaseRow,
  insertCase,
  listCases,
  OPEN_STATUSES,
  takeNextCaseNumber,
  updateCaseIfVersion,
  type CaseRow,
} from '../../../db/repositories/cases';
import { listHouseholdMembers } from '../../../db/repositories/households';
import { listCaseInterviews } from '../../../db/repositories/interviews';
import { getPersonById, personHousehold } from '../../../db/repositories/persons';
import { getOfficeSettingsRow } from '../../../db/repositories/settings';
import { getUserById, listUsers } from '../../../db/repositories/users';
import { changedFields, recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';
import { fullName } from './persons';
import type { InterviewsService } from './interviews';

type CaseDetail = MethodOutput<'cases.get'>;

const AUDITED_CASE_FIELDS = ['benefits', 'reasons', 'workerUserId', 'complex', 'incomeLostInApplicationMonth', 'notes'] as const;

const CONFLICT_MESSAGE = 'Ktoś inny zmienił tę sprawę w międzyczasie. Odśwież sprawę i wprowadź zmiany jeszcze raz.';

/** The statutory deadlines that still matter for the case in its state (DOMAIN.md §6). */
export function caseDeadlines(row: Pick<CaseRow, 'status' | 'applicationDate' | 'complex' | 'benefitUntil'>, lastInterviewDate: string | null) {
  const open = row.status !== 'closed';
  return {
    interviewDue: open && row.status === 'registered' ? interviewDueDate(row.applicationDate) : null,
    decisionDue: open && row.status !== 'decided' ? decisionDueDate(row.applicationDate, row.complex) : null,
    interviewUpdateDue:
      row.status === 'decided' && lastInterviewDate && row.benefitUntil ? interviewUpdateDueDate(lastInterviewDate) : null,
  };
}

export function createCasesService(db: Db, clock: Clock, interviews: InterviewsService) {
  /** The social worker a case or an interview is given to must be an active user with that role. */
  function requireWorker(userId: number, path: string) {
    const user = getUserById(db, userId);
    if (!user || !user.active || !(user.roles as string[]).includes('socialWorker')) {
      const message = 'Wybierz aktywnego pracownika socjalnego.';
      throw new AppError('VALIDATION', message, [{ path: [path], message }]);
    }
    return user;
  }

  function requireCase(tx: Db, id: number): CaseRow {
    const row = getCaseRow(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiej sprawy.');
    return row;
  }

  function checkApplicationDate(applicationDate: string) {
    if (applicationDate > todayInPoland(clock)) {
      const message = 'Data wpływu wniosku nie może być z przyszłości.';
      throw new AppError('VALIDATION', message, [{ path: ['applicationDate'], message }]);
    }
    if (applicationDate < '2000-01-01') {
      const message = 'Data wpływu wniosku jest za wczesna (przed 2000 r.).';
      throw new AppError('VALIDATION', message, [{ path: ['applicationDate'], message }]);
    }
  }

  function toDetail(tx: Db, row: CaseRow): CaseDetail {
    const applicant = getPersonById(tx, row.applicantPersonId)!;
    const worker = getUserById(tx, row.workerUserId)!;
    const list = listCaseInterviews(tx, row.id);
    const latest = list[0];
    const membership = personHousehold(tx, applicant.id);
    const registerHousehold = membership
      ? listHouseholdMembers(tx, membership.householdId).map((member) => ({
          personId: member.personId,
          fullName: fullName(member),
          pesel: member.pesel,
          birthDate: member.birthDate,
          relation: member.relation as HouseholdRelation,
        }))
      : [{ personId: applicant.id, fullName: fullName(applicant), pesel: applicant.pesel, birthDate: applicant.birthDate, relation: 'head' as const }];
    return {
      id: row.id,
      caseRef: row.caseRef,
      status: row.status,
      applicant: {
        id: applicant.id,
        fullName: fullName(applicant),
        pesel: applicant.pesel,
        birthDate: applicant.birthDate,
        addressLine: formatAddress(applicant),
      },
      applicationDate: row.applicationDate,
      benefits: row.benefits as BenefitKind[],
      reasons: inStatutoryOrder(row.reasons as HelpReason[]),
      worker: { id: worker.id, fullName: worker.fullName },
      complex: row.complex,
      incomeLostInApplicationMonth: row.incomeLostInApplicationMonth,
      notes: row.notes,
      decidedOn: row.decidedOn,
      benefitUntil: row.benefitUntil,
      closedOn: row.closedOn,
      closeReason: row.closeReason,
      deadlines: caseDeadlines(row, latest?.interview.interviewDate ?? null),
      currentInterview: latest ? interviews.toInterview(tx, latest.interview, true) : null,
      interviews: list.map((entry, index) => ({
        id: entry.interview.id,
        interviewDate: entry.interview.interviewDate,
        workerName: entry.workerName,
        createdAt: entry.interview.createdAt,
        current: index === 0,
      })),
      registerHousehold,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  return {
    create(input: ParsedInput<'cases.create'>, ctx: RequestContext): CaseDetail {
      checkApplicationDate(input.applicationDate);
      requireWorker(input.workerUserId, 'workerUserId');
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        const applicant = getPersonById(tx, input.applicantPersonId);
        if (!applicant) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
        const settings = getOfficeSettingsRow(tx);
        const unit = settings?.caseRefUnit ?? DEFAULT_CASE_REF_UNIT;
        // The first benefit asked for gives the JRWA symbol; numbering runs per symbol and registration year.
        const symbol = settings?.caseRefSymbols[input.benefits[0]!] ?? DEFAULT_JRWA_SYMBOL;
        const year = Number(todayInPoland(clock).slice(0, 4));
        const number = takeNextCaseNumber(tx, symbol, year);
        const row = insertCase(tx, {
          caseRef: formatCaseRef(unit, symbol, number, year),
          refSymbol: symbol,
          refYear: year,
          refNumber: number,
          applicantPersonId: applicant.id,
          applicationDate: input.applicationDate,
          benefits: input.benefits,
          reasons: input.reasons,
          workerUserId: input.workerUserId,
          complex: input.complex,
          incomeLostInApplicationMonth: input.incomeLostInApplicationMonth,
          status: 'registered',
          notes: input.notes,
          createdByUserId: ctx.user!.id,
          createdAt: now,
          updatedAt: now,
        });
        recordAudit(tx, ctx, clock, {
          kind: 'case.create',
          summary: `Zarejestrowano wniosek ${row.caseRef} z ${formatDatePl(row.applicationDate)}: ${fullName(applicant)} — ${input.benefits.map((b) => benefitKinds[b].label.toLowerCase()).join(', ')}`,
          personId: applicant.id,
          details: { caseId: row.id, caseRef: row.caseRef, after: input },
        });
        return toDetail(tx, row);
      });
    },

    /** Opening a case is recorded like opening a person's file: it holds the household's incomes and findings. */
    get(input: ParsedInput<'cases.get'>, ctx: RequestContext): CaseDetail {
      return db.transaction((tx) => {
        const row = requireCase(tx, input.id);
        recordAudit(tx, ctx, clock, {
          kind: 'case.view',
          summary: `Otwarto sprawę ${row.caseRef}`,
          personId: row.applicantPersonId,
          details: { caseId: row.id },
        });
        return toDetail(tx, row);
      });
    },

    list(input: ParsedInput<'cases.list'>, ctx: RequestContext): MethodOutput<'cases.list'> {
      const statuses =
        input.status === 'all' ? undefined : input.status === 'open' ? OPEN_STATUSES : ([input.status] as const);
      const rows = listCases(
        db,
        {
          workerUserId: input.scope === 'mine' ? ctx.user!.id : undefined,
          statuses,
          // A query with a dot is a case reference ("GOPS.8311.15"); anything else is a name or a part of one.
          ...(input.query.includes('.') ? { refPrefix: input.query } : { tokens: searchTokens(input.query) }),
        },
        input.limit + 1,
      );
      return {
        items: rows.slice(0, input.limit).map((entry) => ({
          id: entry.case.id,
          caseRef: entry.case.caseRef,
          status: entry.case.status,
          applicantId: entry.case.applicantPersonId,
          applicantName: `${entry.applicantFirstName} ${entry.applicantLastName}`,
          applicationDate: entry.case.applicationDate,
          benefits: entry.case.benefits as BenefitKind[],
          workerName: entry.workerName,
          decisionDue: caseDeadlines(entry.case, null).decisionDue,
        })),
        more: rows.length > input.limit,
      };
    },

    update(input: ParsedInput<'cases.update'>, ctx: RequestContext): CaseDetail {
      requireWorker(input.case.workerUserId, 'workerUserId');
      return db.transaction((tx) => {
        const before = requireCase(tx, input.id);
        if (before.status === 'decided' || before.status === 'closed') {
          throw new AppError('CONFLICT', 'Sprawa jest już rozstrzygnięta: wniosku nie zmienia się. Nowe żądanie strony to nowy wniosek.');
        }
        const updated = updateCaseIfVersion(tx, input.id, input.version, { ...input.case, updatedAt: clock.now().toISOString() });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        recordAudit(tx, ctx, clock, {
          kind: 'case.update',
          summary: `Zmieniono dane wniosku ${updated.caseRef}`,
          personId: updated.applicantPersonId,
          details: { caseId: updated.id, changes: changedFields(before, updated, AUDITED_CASE_FIELDS) },
        });
        return toDetail(tx, updated);
      });
    },

    close(input: ParsedInput<'cases.close'>, ctx: RequestContext): CaseDetail {
      return db.transaction((tx) => {
        const before = requireCase(tx, input.id);
        if (before.status === 'closed') throw new AppError('CONFLICT', 'Ta sprawa jest już zakończona.');
        if (input.closedOn < before.applicationDate) {
          const message = 'Sprawa nie może zakończyć się przed wpływem wniosku.';
          throw new AppError('VALIDATION', message, [{ path: ['closedOn'], message }]);
        }
        if (input.closedOn > todayInPoland(clock)) {
          const message = 'Data zakończenia nie może być z przyszłości.';
          throw new AppError('VALIDATION', message, [{ path: ['closedOn'], message }]);
        }
        const updated = updateCaseIfVersion(tx, input.id, input.version, {
          status: 'closed',
          closedOn: input.closedOn,
          closeReason: input.reason,
          updatedAt: clock.now().toISOString(),
        });
        if (!updated) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        recordAudit(tx, ctx, clock, {
          kind: 'case.close',
          summary: `Zakończono sprawę ${updated.caseRef}: ${input.reason}`,
          personId: updated.applicantPersonId,
          details: { caseId: updated.id, closedOn: input.closedOn, reason: input.reason },
        });
        return toDetail(tx, updated);
      });
    },

    workers(): MethodOutput<'cases.workers'> {
      return listUsers(db)
        .filter((user) => user.active && (user.roles as string[]).includes('socialWorker'))
        .map((user) => ({ id: user.id, fullName: user.fullName }));
    },
  };
}
