import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { computeCase, type CaseComputation, type CaseComputationInput } from '../../../shared/domain/case-computation';
import { benefitKinds, type BenefitKind } from '../../../shared/domain/cases';
import type { IncomeKind } from '../../../shared/domain/income';
import type { LegalParameterRow } from '../../../shared/domain/legal-parameters';
import { plural } from '../../../shared/domain/plural';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { loadReviewData, type ReviewCaseRow, type ReviewData } from '../../../db/repositories/eligibility-review';
import { listLegalParameters } from '../../../db/repositories/legal-parameters';
import { getOfficeSettingsRow } from '../../../db/repositories/settings';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';
import { toCertificateFact } from './certificates';
import { fullName } from './persons';

type Review = MethodOutput<'cases.eligibilityReview'>;
type ReviewRow = Review['rows'][number];

/**
 * The office-wide eligibility review: for every open case, what its latest interview would give TODAY, with the
 * statutory figures as they are now in the database (an office runs it after an administrator entered new
 * thresholds, to see whose eligibility or amount changes). The saved interview keeps its own snapshot; nothing
 * is written here.
 *
 * The computation is the one the interview screen makes (computeCase), with one deliberate difference: the
 * parameter row is the one in force today — or on the `asOf` day asked for, to preview figures entered ahead of
 * time — or on the application date if that is later, not the one of the application date: otherwise new
 * figures would never show for a case that started before them.
 * Reading it is written to the audit log (kind case.review): it shows every open case's income.
 */
/**
 * What computeCase gets for one open case in the review: the latest interview's household and incomes, the
 * parameter row of `asOf` (or of the application date, if later).
 */
export function reviewInput(
  row: ReviewCaseRow,
  interview: NonNullable<ReturnType<ReviewData['interviews']['get']>>,
  data: ReviewData,
  rows: readonly LegalParameterRow[],
  periodicMinPercent: number,
  asOf: string,
): CaseComputationInput {
  return {
    applicationDate: row.applicationDate,
    parameterDate: row.applicationDate > asOf ? row.applicationDate : asOf,
    benefits: row.benefits as BenefitKind[],
    applicantPersonId: row.applicantPersonId,
    applicant: {
      sex: row.applicantSex,
      birthDate: row.applicantBirthDate,
      certificates: (data.certificates.get(row.applicantPersonId) ?? []).map(toCertificateFact),
    },
    livesAlone: interview.livesAlone,
    memberPersonIds: (data.members.get(interview.id) ?? []).map((member) => member.personId),
    incomeMonth: interview.incomeMonth,
    incomes: (data.incomes.get(interview.id) ?? []).map((income) => ({ ...income, kind: income.kind as IncomeKind })),
    alimonyPaid: data.alimonyPaid.get(interview.id) ?? [],
    farms: (data.farms.get(interview.id) ?? []).map((farm) => ({ personId: farm.personId, hectares: farm.hectaresTenThousandths / 10_000 })),
    proposedPeriodicAmount: interview.proposedPeriodicAmount,
    rows,
    periodicMinPercent,
  };
}

export function createEligibilityReviewService(db: Db, clock: Clock) {
  function reviewCase(row: ReviewCaseRow, data: ReviewData, rows: readonly LegalParameterRow[], periodicMinPercent: number, asOf: string): ReviewRow {
    const benefits = row.benefits as BenefitKind[];
    const base: ReviewRow = {
      caseId: row.id,
      caseRef: row.caseRef,
      applicantName: fullName({ firstName: row.applicantFirstName, lastName: row.applicantLastName }),
      parameterValidFrom: null,
      perPersonIncome: null,
      benefits: benefits.map((benefit) => ({ benefit, eligible: null, amount: null, minimum: null, maximum: null })),
      problem: null,
    };
    const interview = data.interviews.get(row.id);
    if (!interview) return base;

    let computation: CaseComputation;
    try {
      computation = computeCase(reviewInput(row, interview, data, rows, periodicMinPercent, asOf));
    } catch (error) {
      // One case that cannot be computed (no figures for the day, a broken interview) must not hide the others.
      if (error instanceof AppError) return { ...base, problem: error.message };
      throw error;
    }

    // A benefit's own problem (e.g. the proposed zasiłek okresowy no longer fits the new band) is the row's problem.
    const benefitProblems = computation.benefits.flatMap(({ benefit, problem }) =>
      problem ? [`${benefitKinds[benefit].label}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`] : [],
    );
    return {
      ...base,
      parameterValidFrom: computation.parameters.validFrom,
      perPersonIncome: computation.income.perPersonIncome,
      benefits: computation.benefits.map(({ benefit, eligible, amount, minimum, maximum }) => ({ benefit, eligible, amount, minimum, maximum })),
      problem: benefitProblems.length ? benefitProblems.join(' ') : null,
    };
  }

  return {
    review(input: ParsedInput<'cases.eligibilityReview'>, ctx: RequestContext): Review {
      const scope = input.scope === 'mine' ? { workerUserId: ctx.user!.id } : {};
      // One transaction: the cases, their interviews and the figures are one consistent state. The review shows
      // the incomes of every open case, so reading it is recorded like opening a case.
      const { data, rows, periodicMinPercent } = db.transaction((tx) => {
        const loaded = {
          data: loadReviewData(tx, scope),
          rows: listLegalParameters(tx),
          periodicMinPercent: getOfficeSettingsRow(tx)?.periodicAllowanceMinPercent ?? 50,
        };
        recordAudit(tx, ctx, clock, {
          kind: 'case.review',
          summary: `Przegląd uprawnień (${input.scope === 'mine' ? 'moje sprawy' : 'cały ośrodek'}): ${plural(loaded.data.cases.length, 'otwarta sprawa', 'otwarte sprawy', 'otwartych spraw')}`,
          details: { scope: input.scope, asOf: input.asOf ?? null, openCases: loaded.data.cases.length },
        });
        return loaded;
      });
      const asOf = input.asOf ?? todayInPoland(clock);
      const reviewed = data.cases.map((row) => reviewCase(row, data, rows, periodicMinPercent, asOf));
      return {
        asOf,
        rows: reviewed,
        openCases: data.cases.length,
        computed: reviewed.filter((row) => row.parameterValidFrom !== null).length,
      };
    },
  };
}
