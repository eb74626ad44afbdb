import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { addMonthsToMonth, formatDatePl, formatMonthPl, monthOf } from '../../../shared/domain/calendar';
import { computeCase, type CaseComputation } from '../../../shared/domain/case-computation';
import type { BenefitKind } from '../../../shared/domain/cases';
import type { HouseholdRelation } from '../../../shared/domain/household';
import type { IncomeKind } from '../../../shared/domain/income';
import { formatMoney } from '../../../shared/domain/money';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getCaseRow, setCaseStatus, type CaseRow } from '../../../db/repositories/cases';
import { getInterviewRow, insertInterview, listCaseInterviews, readInterviewContent, type InterviewRow } from '../../../db/repositories/interviews';
import { listLegalParameters } from '../../../db/repositories/legal-parameters';
import { getPersonById } from '../../../db/repositories/persons';
import { getOfficeSettingsRow } from '../../../db/repositories/settings';
import { getUserById } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';
import { applicantFacts } from './certificates';
import { fullName } from './persons';

type InterviewInput = ParsedInput<'interviews.save'>['interview'];
type Interview = MethodOutput<'interviews.get'>;

const fail = (path: (string | number)[], message: string): never => {
  throw new AppError('VALIDATION', message, [{ path, message }]);
};

/** Ten-thousandths of a hectare ↔ hectares: stored exactly as an integer, shown as a number with 4 decimals. */
const toTenThousandths = (hectares: number) => Math.round(hectares * 10_000);
const toHectares = (tenThousandths: number) => tenThousandths / 10_000;

export function createInterviewsService(db: Db, clock: Clock) {
  function requireCase(tx: Db, id: number): CaseRow {
    const row = getCaseRow(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiej sprawy.');
    return row;
  }

  /**
   * What the contract cannot check alone: dates against today and the application, the income month the act
   * allows, people who exist, the applicant in the household, a social worker.
   */
  function checkInterview(tx: Db, row: CaseRow, interview: InterviewInput): void {
    const today = todayInPoland(clock);
    if (interview.interviewDate > today) fail(['interviewDate'], 'Data wywiadu nie może być z przyszłości.');
    if (interview.interviewDate < row.applicationDate) {
      fail(['interviewDate'], `Wywiad nie może być wcześniejszy niż wpływ wniosku (${formatDatePl(row.applicationDate)}).`);
    }
    const applicationMonth = monthOf(row.applicationDate);
    const allowed = [addMonthsToMonth(applicationMonth, -1), applicationMonth];
    if (interview.incomeMonth > monthOf(today)) fail(['incomeMonth'], 'Miesiąc dochodu nie może być z przyszłości.');
    if (!allowed.includes(interview.incomeMonth)) {
      fail(
        ['incomeMonth'],
        `Dochód liczy się z miesiąca poprzedzającego złożenie wniosku (${formatMonthPl(allowed[0]!)}) albo, gdy dochód ` +
          `utracono, z miesiąca złożenia wniosku (${formatMonthPl(allowed[1]!)}) — art. 8 ust. 3 i 11 u.p.s.`,
      );
    }
    const worker = getUserById(tx, interview.workerUserId);
    if (!worker || !worker.active || !(worker.roles as string[]).includes('socialWorker')) {
      fail(['workerUserId'], 'Wywiad przeprowadza aktywny pracownik socjalny: wybierz go z listy.');
    }
    interview.members.forEach((member, index) => {
      if (!getPersonById(tx, member.personId)) fail(['members', index, 'personId'], 'Tej osoby nie ma w rejestrze.');
    });
    if (!interview.members.some((member) => member.personId === row.applicantPersonId)) {
      fail(['members'], 'Wnioskodawca musi być w składzie gospodarstwa domowego.');
    }
    interview.incomes.forEach((income, index) => {
      if (income.oneOffReceivedOn && income.oneOffReceivedOn > today) {
        fail(['incomes', index, 'oneOffReceivedOn'], 'Data otrzymania dochodu nie może być z przyszłości.');
      }
    });
  }

  function compute(tx: Db, row: CaseRow, interview: InterviewInput): CaseComputation {
    return computeCase({
      applicationDate: row.applicationDate,
      benefits: row.benefits as BenefitKind[],
      applicantPersonId: row.applicantPersonId,
      applicant: applicantFacts(tx, row.applicantPersonId),
      livesAlone: interview.livesAlone,
      memberPersonIds: interview.members.map((member) => member.personId),
      incomeMonth: interview.incomeMonth,
      incomes: interview.incomes.map((income) => ({ ...income, description: income.description ?? undefined })),
      alimonyPaid: interview.alimonyPaid.map((entry) => ({ ...entry, description: entry.description ?? undefined })),
      farms: interview.farms.map((farm) => ({ ...farm, description: farm.description ?? undefined })),
      proposedPeriodicAmount: interview.proposedPeriodicAmount,
      rows: listLegalParameters(tx),
      periodicMinPercent: getOfficeSettingsRow(tx)?.periodicAllowanceMinPercent ?? 50,
    });
  }

  function toInterview(tx: Db, row: InterviewRow, current: boolean): Interview {
    const content = readInterviewContent(tx, row.id);
    const worker = getUserById(tx, row.workerUserId);
    const author = getUserById(tx, row.createdByUserId);
    return {
      id: row.id,
      caseId: row.caseId,
      supersedesId: row.supersedesId,
      current,
      interviewDate: row.interviewDate,
      worker: { id: row.workerUserId, fullName: worker?.fullName ?? '—' },
      livesAlone: row.livesAlone,
      incomeMonth: row.incomeMonth,
      members: content.members.map((member) => ({
        personId: member.personId,
        fullName: fullName(member),
        pesel: member.pesel,
        birthDate: member.birthDate,
        relation: member.relation as HouseholdRelation,
      })),
      incomes: content.incomes.map((income) => ({
        personId: income.personId,
        kind: income.kind as IncomeKind,
        description: income.description,
        gross: income.gross,
        tax: income.tax,
        healthContribution: income.healthContribution,
        socialContribution: income.socialContribution,
        oneOffReceivedOn: income.oneOffReceivedOn,
      })),
      alimonyPaid: content.alimonyPaid.map(({ personId, amount, description }) => ({ personId, amount, description })),
      farms: content.farms.map(({ personId, hectaresTenThousandths, description }) => ({
        personId,
        hectares: toHectares(hectaresTenThousandths),
        description,
      })),
      findings: row.findings,
      proposedPeriodicAmount: row.proposedPeriodicAmount,
      computation: row.computation as CaseComputation,
      createdAt: row.createdAt,
      createdByName: author?.fullName ?? '—',
    };
  }

  return {
    toInterview,

    preview(input: ParsedInput<'interviews.preview'>): CaseComputation {
      return db.transaction((tx) => {
        const row = requireCase(tx, input.caseId);
        checkInterview(tx, row, input.interview);
        return compute(tx, row, input.interview);
      });
    },

    /**
     * Saves the interview with the computation made from it (a snapshot: later parameter rows never change what
     * was computed then). An update is a new interview that names the one it replaces, which stays unchanged.
     */
    save(input: ParsedInput<'interviews.save'>, ctx: RequestContext): Interview {
      return db.transaction((tx) => {
        const row = requireCase(tx, input.caseId);
        if (row.status === 'closed') throw new AppError('CONFLICT', 'Sprawa jest zakończona: nie dopisuje się do niej wywiadów.');
        const latest = listCaseInterviews(tx, row.id)[0]?.interview ?? null;
        if ((latest?.id ?? null) !== input.supersedesId) {
          throw new AppError(
            'CONFLICT',
            latest
              ? 'W międzyczasie zapisano nowszy wywiad w tej sprawie. Odśwież sprawę i zaktualizuj najnowszy wywiad.'
              : 'Ta sprawa nie ma jeszcze wywiadu do aktualizacji.',
          );
        }
        checkInterview(tx, row, input.interview);
        const computation = compute(tx, row, input.interview);
        const { interview } = input;
        const saved = insertInterview(
          tx,
          {
            caseId: row.id,
            supersedesId: input.supersedesId,
            interviewDate: interview.interviewDate,
            workerUserId: interview.workerUserId,
            livesAlone: interview.livesAlone,
            incomeMonth: interview.incomeMonth,
            findings: interview.findings,
            proposedPeriodicAmount: interview.proposedPeriodicAmount,
            computation,
            createdByUserId: ctx.user!.id,
            createdAt: clock.now().toISOString(),
          },
          {
            members: interview.members,
            incomes: interview.incomes.map((income) => ({ ...income, description: income.description ?? null })),
            alimonyPaid: interview.alimonyPaid,
            farms: interview.farms.map((farm) => ({
              personId: farm.personId,
              hectaresTenThousandths: toTenThousandths(farm.hectares),
              description: farm.description,
            })),
          },
        );
        if (row.status === 'registered') setCaseStatus(tx, row.id, 'interviewDone', clock.now().toISOString());
        const perPerson = computation.income.livesAlone
          ? `dochód ${formatMoney(computation.income.householdIncome)}`
          : `dochód na osobę ${formatMoney(computation.income.perPersonIncome)}`;
        recordAudit(tx, ctx, clock, {
          kind: 'interview.save',
          summary: `${latest ? 'Zaktualizowano' : 'Zapisano'} wywiad w sprawie ${row.caseRef} z ${formatDatePl(interview.interviewDate)} (${interview.members.length} os., ${perPerson})`,
          personId: row.applicantPersonId,
          details: { caseId: row.id, interviewId: saved.id, supersedesId: input.supersedesId },
        });
        return toInterview(tx, saved, true);
      });
    },

    get(input: ParsedInput<'interviews.get'>, ctx: RequestContext): Interview {
      return db.transaction((tx) => {
        const row = getInterviewRow(tx, input.id);
        if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego wywiadu.');
        const caseRow = requireCase(tx, row.caseId);
        const latest = listCaseInterviews(tx, row.caseId)[0]?.interview;
        recordAudit(tx, ctx, clock, {
          kind: 'case.view',
          summary: `Otwarto wywiad z ${formatDatePl(row.interviewDate)} w sprawie ${caseRow.caseRef}`,
          personId: caseRow.applicantPersonId,
          details: { caseId: caseRow.id, interviewId: row.id },
        });
        return toInterview(tx, row, latest?.id === row.id);
      });
    },
  };
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
