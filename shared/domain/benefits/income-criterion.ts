import { AppError } from '../../errors';
import { incomePerPerson } from '../income';
import type { LegalParameterRow } from '../legal-parameters';
import { assertNonNegativeGrosze, formatMoney } from '../money';
import { type ComputationTrace, parameterRowCitation, startTrace, type TraceBuilder } from '../trace';

/**
 * The income criterion of each money benefit (DOMAIN.md §4): at or below the threshold (art. 8 ust. 1 u.p.s.);
 * zasiłek stały strictly below it, in a household both the person's own income and the income per person
 * (art. 37 ust. 1); specjalny zasiłek celowy for income above it (art. 41); the art. 40 allowance regardless of
 * income. Only income is judged here: inability to work for zasiłek stały is benefits/inability-to-work.ts, the
 * other conditions are the worker's findings.
 *
 * Comparisons in a household are exact: "income per person ≤ threshold" is tested as "household income ≤
 * threshold × members" in whole grosze, so the rounding of the printed income per person can never decide a case.
 */

export type MoneyBenefit =
  | 'permanentAllowance'
  | 'periodicAllowance'
  | 'purposeAllowance'
  | 'eventPurposeAllowance'
  | 'specialPurposeAllowance';

export const moneyBenefitLabels: Record<MoneyBenefit, string> = {
  permanentAllowance: 'zasiłek stały',
  periodicAllowance: 'zasiłek okresowy',
  purposeAllowance: 'zasiłek celowy',
  eventPurposeAllowance: 'zasiłek celowy w związku ze zdarzeniem losowym, klęską żywiołową lub ekologiczną',
  specialPurposeAllowance: 'specjalny zasiłek celowy',
};

const legalBasisOf: Record<MoneyBenefit, string> = {
  permanentAllowance: 'art. 8 ust. 1 i art. 37 ust. 1 u.p.s.',
  periodicAllowance: 'art. 8 ust. 1 i art. 38 u.p.s.',
  purposeAllowance: 'art. 8 ust. 1 i art. 39 u.p.s.',
  eventPurposeAllowance: 'art. 40 u.p.s.',
  specialPurposeAllowance: 'art. 41 pkt 1 u.p.s.',
};

/** The income figures a benefit is judged on, in grosze (from computeHouseholdIncome). */
export interface IncomeSituation {
  livesAlone: boolean;
  /** Household members; 1 for a person living alone. */
  members: number;
  householdIncome: number;
  /** The applicant's own income; required for zasiłek stały in a household. */
  ownIncome?: number | null;
}

export interface CriterionOutcome {
  eligible: boolean;
  /** One Polish sentence for the decision's reasons. */
  reason: string;
  /** Specjalny zasiłek celowy only: its highest amount, the threshold of the person or the family. */
  maximum?: number;
}

export function validateSituation(situation: IncomeSituation): void {
  if (!Number.isInteger(situation.members) || situation.members < 1) {
    throw new AppError('VALIDATION', 'Liczba osób w gospodarstwie domowym musi być liczbą całkowitą, co najmniej 1.');
  }
  if (situation.livesAlone && situation.members !== 1) {
    throw new AppError('VALIDATION', 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.');
  }
  assertNonNegativeGrosze(situation.householdIncome, 'Dochód');
  if (situation.ownIncome != null) assertNonNegativeGrosze(situation.ownIncome, 'Dochód własny');
}

/**
 * The comparison "income per person REL threshold" as a trace formula. When the division is exact it reads
 * "2 000,00 zł ÷ 4 = 500,00 zł ≤ 823,00 zł"; otherwise the rounded figure could mislead ("823,00 zł < 823,00 zł"),
 * so the formula is the exact comparison in totals and a note gives the rounded income per person.
 */
function perPersonComparison(householdIncome: number, members: number, threshold: number, relation: string) {
  const perPerson = `${formatMoney(householdIncome)} ÷ ${members} = ${formatMoney(incomePerPerson(householdIncome, members))}`;
  if (householdIncome % members === 0) return { formula: `${perPerson} ${relation} ${formatMoney(threshold)}`, note: undefined };
  return {
    formula: `${formatMoney(householdIncome)} ${relation} ${members} × ${formatMoney(threshold)} = ${formatMoney(threshold * members)}`,
    note: `Dochód na osobę ${perPerson} po zaokrągleniu do grosza; z kryterium porównuje się go bez zaokrąglenia.`,
  };
}

/**
 * How a reason names the household's side of the comparison: per person when the division is exact, otherwise the
 * whole family against the family threshold (members × per-person threshold, art. 8 ust. 1 u.p.s.) — the same
 * test, without a rounded figure that could read "823,00 zł exceeds 823,00 zł".
 */
function householdSubject(householdIncome: number, members: number, threshold: number) {
  if (householdIncome % members === 0) {
    const criterion = `na osobę w rodzinie (${formatMoney(threshold)})`;
    return {
      subject: `dochód na osobę w rodzinie (${formatMoney(householdIncome / members)})`,
      criterionGenitive: `kryterium dochodowego ${criterion}`,
      criterionAccusative: `kryterium dochodowe ${criterion}`,
    };
  }
  const criterion = `rodziny (${members} × ${formatMoney(threshold)} = ${formatMoney(threshold * members)})`;
  return {
    subject: `dochód rodziny (${formatMoney(householdIncome)})`,
    criterionGenitive: `kryterium dochodowego ${criterion}`,
    criterionAccusative: `kryterium dochodowe ${criterion}`,
  };
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Applies the criterion of `benefit`, writing its steps into `trace`. Used by the benefit calculators too. */
export function applyIncomeCriterion(
  benefit: MoneyBenefit,
  situation: IncomeSituation,
  row: LegalParameterRow,
  trace: TraceBuilder,
): CriterionOutcome {
  validateSituation(situation);
  const { livesAlone, members, householdIncome } = situation;
  const label = 'Dochód a kryterium dochodowe';

  if (benefit === 'eventPurposeAllowance') {
    trace.step(label, 'bez względu na dochód (art. 40 u.p.s.)', true, 'yesNo');
    return { eligible: true, reason: 'Zasiłek celowy w związku ze zdarzeniem losowym przysługuje bez względu na dochód.' };
  }

  if (benefit === 'permanentAllowance') {
    if (livesAlone) {
      const threshold = row.singleThreshold;
      const eligible = householdIncome < threshold;
      trace.step(label, `${formatMoney(householdIncome)} ${eligible ? '<' : '≥'} ${formatMoney(threshold)}`, eligible, 'yesNo');
      return {
        eligible,
        reason: eligible
          ? `Dochód osoby samotnie gospodarującej (${formatMoney(householdIncome)}) jest niższy od kryterium dochodowego (${formatMoney(threshold)}).`
          : `Dochód osoby samotnie gospodarującej (${formatMoney(householdIncome)}) nie jest niższy od kryterium dochodowego (${formatMoney(threshold)}).`,
      };
    }
    if (situation.ownIncome == null) {
      throw new AppError('VALIDATION', 'Do ustalenia zasiłku stałego osoby w rodzinie potrzebny jest jej dochód własny.');
    }
    const threshold = row.perPersonThreshold;
    const ownBelow = situation.ownIncome < threshold;
    const perPersonBelow = householdIncome < threshold * members;
    trace.step(
      'Dochód własny a kryterium dochodowe na osobę w rodzinie',
      `${formatMoney(situation.ownIncome)} ${ownBelow ? '<' : '≥'} ${formatMoney(threshold)}`,
      ownBelow,
      'yesNo',
    );
    const comparison = perPersonComparison(householdIncome, members, threshold, perPersonBelow ? '<' : '≥');
    trace.step(
      'Dochód na osobę w rodzinie a kryterium dochodowe na osobę w rodzinie',
      comparison.formula,
      perPersonBelow,
      'yesNo',
      comparison.note,
    );
    const eligible = ownBelow && perPersonBelow;
    const ownText = `Dochód własny (${formatMoney(situation.ownIncome)})`;
    const perPersonCriterion = `kryterium dochodowego na osobę w rodzinie (${formatMoney(threshold)})`;
    const household = householdSubject(householdIncome, members, threshold);
    const reason = eligible
      ? `${ownText} jest niższy od ${perPersonCriterion}; ${household.subject} jest niższy od ${household.criterionGenitive}.`
      : [
          !ownBelow && `${ownText} nie jest niższy od ${perPersonCriterion}.`,
          !perPersonBelow && `${capitalize(household.subject)} nie jest niższy od ${household.criterionGenitive}.`,
        ]
          .filter(Boolean)
          .join(' ');
    return { eligible, reason };
  }

  // Every other benefit: at or below the threshold; specjalny zasiłek celowy: above it.
  const threshold = livesAlone ? row.singleThreshold : row.perPersonThreshold;
  const limit = threshold * members;
  const withinThreshold = householdIncome <= limit;
  const relation = withinThreshold ? '≤' : '>';
  if (livesAlone) {
    trace.step(label, `${formatMoney(householdIncome)} ${relation} ${formatMoney(threshold)}`, withinThreshold, 'yesNo');
  } else {
    const comparison = perPersonComparison(householdIncome, members, threshold, relation);
    trace.step(
      'Dochód na osobę w rodzinie a kryterium dochodowe na osobę w rodzinie',
      comparison.formula,
      withinThreshold,
      'yesNo',
      comparison.note,
    );
  }
  const household = householdSubject(householdIncome, members, threshold);
  const sentence = livesAlone
    ? `Dochód osoby samotnie gospodarującej (${formatMoney(householdIncome)}) ${withinThreshold ? 'nie przekracza kryterium dochodowego' : 'przekracza kryterium dochodowe'} (${formatMoney(threshold)}).`
    : `${capitalize(household.subject)} ${withinThreshold ? `nie przekracza ${household.criterionGenitive}` : `przekracza ${household.criterionAccusative}`}.`;

  if (benefit === 'specialPurposeAllowance') {
    trace.step(
      'Najwyższa kwota specjalnego zasiłku celowego',
      livesAlone ? `kryterium dochodowe ${formatMoney(threshold)}` : `kryterium dochodowe rodziny ${formatMoney(threshold)} × ${members}`,
      limit,
      'grosze',
    );
    return { eligible: !withinThreshold, reason: sentence, maximum: limit };
  }
  return { eligible: withinThreshold, reason: sentence };
}

/** The criterion alone, with its own trace (e.g. for an application that is refused before any amount). */
export function incomeCriterion(
  benefit: MoneyBenefit,
  situation: IncomeSituation,
  row: LegalParameterRow,
): CriterionOutcome & { trace: ComputationTrace } {
  const trace = startTrace(`Kryterium dochodowe: ${moneyBenefitLabels[benefit]}`, legalBasisOf[benefit], row);
  addSituationInputs(trace, situation, row);
  const outcome = applyIncomeCriterion(benefit, situation, row, trace);
  return { ...outcome, trace: trace.finish('Kryterium dochodowe spełnione', outcome.eligible, 'yesNo') };
}

/** The inputs every benefit trace starts with. */
export function addSituationInputs(trace: TraceBuilder, situation: IncomeSituation, row: LegalParameterRow): void {
  trace.input('Parametry', parameterRowCitation(row), 'text');
  if (situation.livesAlone) {
    trace.input('Osoba samotnie gospodarująca', true, 'yesNo');
    trace.input('Dochód', situation.householdIncome, 'grosze');
  } else {
    trace.input('Liczba osób w gospodarstwie domowym', situation.members, 'persons');
    trace.input('Dochód gospodarstwa domowego', situation.householdIncome, 'grosze');
    if (situation.ownIncome != null) trace.input('Dochód własny', situation.ownIncome, 'grosze');
  }
}
