import { healthContribution } from './benefits/health-contribution';
import { inabilityToWork, type ApplicantFacts } from './benefits/inability-to-work';
import { incomeCriterion, type IncomeSituation } from './benefits/income-criterion';
import { partialMonthAmount } from './benefits/partial-month';
import { periodicAllowanceAmountProblem, periodicAllowanceBand } from './benefits/periodic-allowance';
import { permanentAllowance } from './benefits/permanent-allowance';
import { endOfMonth } from './calendar';
import { benefitKinds, type BenefitKind } from './cases';
import { computeHouseholdIncome, type AlimonyPaid, type FarmHolding, type IncomeEntry, type IncomeItem } from './income';
import { parameterRowInForce, type LegalParameterRow } from './legal-parameters';
import { AppError } from '../errors';
import type { ComputationTrace } from './trace';

/**
 * Everything the law says about one case, from its household interview: the household income, then for each
 * benefit asked for its eligibility and amount, each with a trace. Pure, so that the case screen's live preview,
 * the saved interview and the office-wide eligibility review compute the same thing the same way.
 *
 * The parameter row is the one in force on the application date: benefits run from the month of the complete
 * application (art. 106 ust. 3 u.p.s.), and the row of the benefit month applies (DOMAIN.md §3).
 */

export interface CaseComputationInput {
  applicationDate: string;
  /**
   * The day whose parameter row applies; the application date when left out. The office-wide review passes
   * today, to see what a running case would get under figures entered after it started.
   */
  parameterDate?: string;
  benefits: readonly BenefitKind[];
  applicantPersonId: number;
  /** Sex, birth date and certificates of the applicant: zasiłek stały needs inability to work (art. 37 ust. 1). */
  applicant: ApplicantFacts;
  livesAlone: boolean;
  /** Everyone in the household, the applicant included. */
  memberPersonIds: readonly number[];
  incomeMonth: string;
  incomes: IncomeEntry[];
  alimonyPaid: AlimonyPaid[];
  farms: FarmHolding[];
  /** The amount of zasiłek okresowy the worker proposes, in grosze; checked against the band. */
  proposedPeriodicAmount?: number | null;
  rows: readonly LegalParameterRow[];
  /** The office setting (the gmina council's resolution), 50–100. */
  periodicMinPercent: number;
}

export interface FirstMonth {
  from: string;
  to: string;
  amount: number;
  trace: ComputationTrace;
}

export interface BenefitComputation {
  benefit: BenefitKind;
  label: string;
  /** null when the program does not judge it (a benefit granted on the worker's findings alone). */
  eligible: boolean | null;
  reason: string;
  /** Zasiłek stały: the monthly amount; zasiłek okresowy: the worker's proposal when it is in the band. */
  amount: number | null;
  /** Zasiłek okresowy: the band; specjalny zasiłek celowy: its highest amount (maximum only). */
  minimum: number | null;
  maximum: number | null;
  /** Present when the application came after the first day of its month: that month's part (art. 106 ust. 3). */
  firstMonth: FirstMonth | null;
  /** Zasiłek stały: the 9 % health contribution the gmina pays if the person has no other insurance. */
  healthContribution: number | null;
  /**
   * Zasiłek stały granted on a certificate that ends: its last day, past which the benefit cannot run
   * (DOMAIN.md §2). Null when granted for age or on a permanent certificate, and for every other benefit.
   */
  validUntil: string | null;
  /** The worker's proposal is outside the band, or another reason the amount cannot be granted as typed. */
  problem: string | null;
  traces: ComputationTrace[];
}

export interface CaseComputation {
  parameterDate: string;
  parameters: LegalParameterRow;
  /** "kryterium 823 zł na osobę w rodzinie — Dz.U. 2024 poz. 1044, od 1.01.2025" */
  thresholdCitation: string;
  income: {
    incomeMonth: string;
    livesAlone: boolean;
    members: number;
    householdIncome: number;
    perPersonIncome: number;
    applicantIncome: number;
    items: IncomeItem[];
    trace: ComputationTrace;
  };
  benefits: BenefitComputation[];
}

/** "823 zł", "1010 zł", "528,50 zł": statutory amounts as the law prints them. */
function statutoryAmount(grosze: number): string {
  const zloty = Math.trunc(grosze / 100);
  const rest = grosze % 100;
  return rest === 0 ? `${zloty} zł` : `${zloty},${String(rest).padStart(2, '0')} zł`;
}

/** "1.01.2025": the day without a leading zero, as in legal citations. */
function citationDate(date: string): string {
  return `${Number(date.slice(8, 10))}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

export function thresholdCitation(row: LegalParameterRow, livesAlone: boolean): string {
  const criterion = livesAlone
    ? `kryterium ${statutoryAmount(row.singleThreshold)} dla osoby samotnie gospodarującej`
    : `kryterium ${statutoryAmount(row.perPersonThreshold)} na osobę w rodzinie`;
  return `${criterion} — ${row.source}, od ${citationDate(row.validFrom)}`;
}

function firstMonthPart(monthlyAmount: number, applicationDate: string): FirstMonth | null {
  if (applicationDate.endsWith('-01')) return null;
  const part = partialMonthAmount({ monthlyAmount, from: applicationDate });
  return { from: applicationDate, to: endOfMonth(applicationDate), amount: part.amount, trace: part.trace };
}

function notComputed(benefit: BenefitKind, reason: string): BenefitComputation {
  return {
    benefit,
    label: benefitKinds[benefit].label,
    eligible: null,
    reason,
    amount: null,
    minimum: null,
    maximum: null,
    firstMonth: null,
    healthContribution: null,
    validUntil: null,
    problem: null,
    traces: [],
  };
}

function computeBenefit(
  benefit: BenefitKind,
  situation: IncomeSituation,
  row: LegalParameterRow,
  input: CaseComputationInput,
): BenefitComputation {
  const info = benefitKinds[benefit];
  const base = notComputed(benefit, '');
  switch (info.moneyBenefit) {
    case 'permanentAllowance': {
      // First the person (unable to work because of age or disability), then the income and the amount.
      const inability = inabilityToWork(input.applicant, input.applicationDate);
      if (!inability.unableToWork) return { ...base, eligible: false, reason: inability.reason, traces: [inability.trace] };
      const result = permanentAllowance(situation, row);
      const reason = `${inability.reason} ${result.reason}`;
      if (!result.eligible || result.amount === null) return { ...base, eligible: false, reason, traces: [inability.trace, result.trace] };
      const first = firstMonthPart(result.amount, input.applicationDate);
      const contribution = healthContribution(result.amount);
      return {
        ...base,
        eligible: true,
        reason,
        amount: result.amount,
        firstMonth: first,
        healthContribution: contribution.amount,
        validUntil: inability.validUntil,
        traces: [inability.trace, result.trace, ...(first ? [first.trace] : []), contribution.trace],
      };
    }
    case 'periodicAllowance': {
      const band = periodicAllowanceBand(situation, row, input.periodicMinPercent);
      if (!band.eligible) return { ...base, eligible: false, reason: band.reason, traces: [band.trace] };
      const proposed = input.proposedPeriodicAmount ?? null;
      const problem = proposed === null ? null : periodicAllowanceAmountProblem(band, proposed);
      const amount = proposed !== null && problem === null ? proposed : null;
      const first = amount === null ? null : firstMonthPart(amount, input.applicationDate);
      return {
        ...base,
        eligible: true,
        reason: band.reason,
        amount,
        minimum: band.minimum,
        maximum: band.maximum,
        firstMonth: first,
        problem,
        traces: [band.trace, ...(first ? [first.trace] : [])],
      };
    }
    case null:
      if (!info.incomeTested) return notComputed(benefit, 'Przyznaje się bez względu na dochód, na podstawie ustaleń pracownika socjalnego.');
      {
        // Other income-tested help (meals, economic independence): the art. 8 criterion alone.
        const result = incomeCriterion('purposeAllowance', situation, row);
        return {
          ...base,
          eligible: result.eligible,
          reason: `${result.reason} Rodzaj i zakres pomocy ustala pracownik socjalny.`,
          traces: [{ ...result.trace, title: `Kryterium dochodowe: ${info.label.toLowerCase()}`, legalBasis: `art. 8 ust. 1 i art. ${info.article} u.p.s.` }],
        };
      }
    default: {
      const result = incomeCriterion(info.moneyBenefit, situation, row);
      return {
        ...base,
        eligible: result.eligible,
        reason: result.reason,
        maximum: result.maximum ?? null,
        traces: [result.trace],
      };
    }
  }
}

export function computeCase(input: CaseComputationInput): CaseComputation {
  if (!input.memberPersonIds.includes(input.applicantPersonId)) {
    throw new AppError('VALIDATION', 'Wnioskodawca musi być członkiem gospodarstwa domowego opisanego w wywiadzie.');
  }
  if (input.livesAlone && input.memberPersonIds.length !== 1) {
    throw new AppError('VALIDATION', 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe: usuń pozostałe osoby albo odznacz „samotnie gospodarująca”.');
  }
  const members = new Set(input.memberPersonIds);
  for (const entry of [...input.incomes, ...input.alimonyPaid, ...input.farms]) {
    if (!members.has(entry.personId)) {
      throw new AppError('VALIDATION', 'Dochód może mieć tylko osoba z gospodarstwa domowego opisanego w wywiadzie.');
    }
  }

  const parameterDate = input.parameterDate ?? input.applicationDate;
  const row = parameterRowInForce(input.rows, parameterDate);
  const income = computeHouseholdIncome({
    incomeMonth: input.incomeMonth,
    livesAlone: input.livesAlone,
    members: members.size,
    row,
    incomes: input.incomes,
    alimonyPaid: input.alimonyPaid,
    farms: input.farms,
  });
  const applicantIncome = income.byPerson.find((entry) => entry.personId === input.applicantPersonId)?.income ?? 0;
  const situation: IncomeSituation = {
    livesAlone: input.livesAlone,
    members: members.size,
    householdIncome: income.householdIncome,
    ownIncome: applicantIncome,
  };
  return {
    parameterDate,
    parameters: row,
    thresholdCitation: thresholdCitation(row, input.livesAlone),
    income: {
      incomeMonth: income.incomeMonth,
      livesAlone: income.livesAlone,
      members: income.members,
      householdIncome: income.householdIncome,
      perPersonIncome: income.perPersonIncome,
      applicantIncome,
      items: income.items,
      trace: income.trace,
    },
    benefits: input.benefits.map((benefit) => computeBenefit(benefit, situation, row, input)),
  };
}
