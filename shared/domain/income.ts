import { AppError } from '../errors';
import { formatDatePl, formatMonthPl, isIsoDate, monthOf, monthsBetween, parseMonth, addMonthsToMonth } from './calendar';
import type { LegalParameterRow } from './legal-parameters';
import { assertNonNegativeGrosze, formatMoney, mulDiv } from './money';
import { type ComputationTrace, formatHectares, parameterRowCitation, startTrace } from './trace';

/**
 * Household income of one month (DOMAIN.md §4, art. 8 u.p.s.): net = gross − income tax − health and social
 * insurance contributions; less alimony paid to others; excluded kinds count as 0; a farm counts as hectares
 * przeliczeniowe × the 1 ha amount of the row in force; a large one-off income is spread over 12 months.
 */

export interface IncomeKindInfo {
  label: string;
  /** True when art. 8 u.p.s. says the kind is not counted as income at all. */
  excluded: boolean;
}

/**
 * Kinds of income as data. The excluded ones are the list of DOMAIN.md §4 (farm land below 1 ha is handled with
 * the farm, below). When the act adds an exclusion, it is one more entry here with `excluded: true`.
 */
export const incomeKinds = {
  employment: { label: 'Wynagrodzenie ze stosunku pracy', excluded: false },
  civilContract: { label: 'Umowa zlecenia lub o dzieło', excluded: false },
  business: { label: 'Działalność gospodarcza', excluded: false },
  retirementPension: { label: 'Emerytura', excluded: false },
  disabilityPension: { label: 'Renta', excluded: false },
  unemploymentBenefit: { label: 'Zasiłek dla bezrobotnych', excluded: false },
  familyBenefits: { label: 'Zasiłek rodzinny z dodatkami', excluded: false },
  careBenefits: { label: 'Zasiłek pielęgnacyjny lub świadczenie pielęgnacyjne', excluded: false },
  alimonyReceived: { label: 'Alimenty otrzymywane', excluded: false },
  maintenanceFund: { label: 'Świadczenie z funduszu alimentacyjnego', excluded: false },
  permanentAllowance: { label: 'Zasiłek stały', excluded: false },
  periodicAllowance: { label: 'Zasiłek okresowy', excluded: false },
  other: { label: 'Inny dochód', excluded: false },

  purposeAllowance: { label: 'Zasiłek celowy', excluded: true },
  oneOffSocialPayment: { label: 'Jednorazowe pieniężne świadczenie socjalne', excluded: true },
  pupilMaterialAid: { label: 'Pomoc materialna dla uczniów o charakterze socjalnym lub motywacyjnym', excluded: true },
  benefitInKind: { label: 'Świadczenie w naturze', excluded: true },
  sociallyUsefulWork: { label: 'Świadczenie za prace społecznie użyteczne', excluded: true },
  childRearingBenefit: { label: 'Świadczenie wychowawcze (800+)', excluded: true },
} as const satisfies Record<string, IncomeKindInfo>;

export type IncomeKind = keyof typeof incomeKinds;
export const incomeKindKeys = Object.keys(incomeKinds) as [IncomeKind, ...IncomeKind[]];
export const excludedIncomeKinds: IncomeKind[] = incomeKindKeys.filter((kind) => incomeKinds[kind].excluded);

export const FARM_BELOW_ONE_HECTARE_NOTE =
  'Gospodarstwo rolne poniżej 1 ha przeliczeniowego — nie wlicza się do dochodu (art. 8 u.p.s.).';

export interface IncomeEntry {
  personId: number;
  kind: IncomeKind;
  /** Who and what, as the decision names it ("Jan Kowalski, umowa o pracę"); shown after the kind's label. */
  description?: string;
  gross: number;
  tax?: number;
  healthContribution?: number;
  socialContribution?: number;
  /**
   * Set only for a one-off income: the day it was received. Without it the entry is an income of the income
   * month itself.
   */
  oneOffReceivedOn?: string | null;
}

export interface AlimonyPaid {
  personId: number;
  amount: number;
  description?: string;
}

/** One farm holding as on the tax notice: its area in hectares przeliczeniowe (up to 4 decimal places). */
export interface FarmHolding {
  personId: number;
  hectares: number;
  description?: string;
}

export interface HouseholdIncomeInput {
  /** The month whose income counts, 'YYYY-MM' (see incomeMonthFor). */
  incomeMonth: string;
  livesAlone: boolean;
  /** Number of household members (1 for a person living alone). */
  members: number;
  /** The parameter row in force for the benefit month (for the 1 ha amount and the one-off limit). */
  row: LegalParameterRow;
  incomes: IncomeEntry[];
  alimonyPaid?: AlimonyPaid[];
  farms?: FarmHolding[];
}

export type IncomeTreatment =
  | 'counted'
  | 'excluded'
  | 'spreadOver12Months'
  | 'oneOffOtherMonth'
  | 'farm'
  | 'farmBelowOneHectare'
  | 'alimonyPaid';

export interface IncomeItem {
  personId: number;
  label: string;
  /** The net amount of the entry (for a farm: hectares × 1 ha amount; for alimony paid: the amount paid). */
  net: number;
  /** What enters the household income; negative for alimony paid. */
  counted: number;
  treatment: IncomeTreatment;
}

export interface HouseholdIncome {
  incomeMonth: string;
  livesAlone: boolean;
  members: number;
  householdIncome: number;
  /** householdIncome ÷ members, rounded half-up to the grosz (see incomePerPerson). */
  perPersonIncome: number;
  /** Each person's own income (their entries less the alimony they pay, not below 0). */
  byPerson: { personId: number; income: number }[];
  items: IncomeItem[];
  trace: ComputationTrace;
}

/**
 * The income month of an application (art. 8 u.p.s.): the month before the application reached the office, or
 * the application month itself when an income was lost in it.
 */
export function incomeMonthFor(applicationDate: string, incomeLostInApplicationMonth = false): string {
  const month = monthOf(applicationDate);
  return incomeLostInApplicationMonth ? month : addMonthsToMonth(month, -1);
}

/**
 * Income per person = household income ÷ members, rounded half-up to the grosz: that is the figure printed in a
 * decision. Eligibility never compares this rounded figure: it compares household income with threshold ×
 * members, exactly (see benefits/income-criterion.ts).
 */
export function incomePerPerson(householdIncome: number, members: number): number {
  return mulDiv(householdIncome, 1, members, 'halfUp');
}

/**
 * The limit above which a one-off income is spread over 12 months: 5 × the threshold that applies to the
 * household — the single threshold for a person living alone, the family threshold (per-person threshold ×
 * members, art. 8 ust. 1 u.p.s.) for a household.
 */
export function oneOffIncomeLimit(row: LegalParameterRow, livesAlone: boolean, members: number): number {
  return 5 * (livesAlone ? row.singleThreshold : row.perPersonThreshold * members);
}

/** Hectares przeliczeniowe as an integer number of ten-thousandths, refusing more precision than a tax notice has. */
function hectaresInTenThousandths(hectares: number): number {
  const scaled = Math.round(hectares * 10_000);
  if (!Number.isFinite(hectares) || hectares < 0 || Math.abs(hectares * 10_000 - scaled) > 1e-6) {
    throw new AppError('VALIDATION', 'Powierzchnię gospodarstwa podaje się w hektarach przeliczeniowych, najwyżej z 4 miejscami po przecinku.');
  }
  return scaled;
}

function validateInput(input: HouseholdIncomeInput): void {
  parseMonth(input.incomeMonth);
  if (!Number.isInteger(input.members) || input.members < 1) {
    throw new AppError('VALIDATION', 'Liczba osób w gospodarstwie domowym musi być liczbą całkowitą, co najmniej 1.');
  }
  if (input.livesAlone && input.members !== 1) {
    throw new AppError('VALIDATION', 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.');
  }
  for (const entry of input.incomes) {
    if (!(entry.kind in incomeKinds)) throw new AppError('VALIDATION', `Nieznany rodzaj dochodu: ${entry.kind}.`);
    const label = incomeKinds[entry.kind].label;
    for (const value of [entry.gross, entry.tax ?? 0, entry.healthContribution ?? 0, entry.socialContribution ?? 0]) {
      assertNonNegativeGrosze(value, label);
    }
    if ((entry.tax ?? 0) + (entry.healthContribution ?? 0) + (entry.socialContribution ?? 0) > entry.gross) {
      throw new AppError('VALIDATION', `${label}: podatek i składki nie mogą być wyższe niż przychód.`);
    }
    if (entry.oneOffReceivedOn != null && !isIsoDate(entry.oneOffReceivedOn)) {
      throw new AppError('VALIDATION', `${label}: data otrzymania dochodu jednorazowego ma postać RRRR-MM-DD.`);
    }
  }
  for (const alimony of input.alimonyPaid ?? []) assertNonNegativeGrosze(alimony.amount, 'Alimenty świadczone na rzecz innych osób');
}

function netFormula(entry: IncomeEntry): string {
  const parts = [formatMoney(entry.gross)];
  if (entry.tax) parts.push(`− ${formatMoney(entry.tax)} podatku`);
  if (entry.healthContribution) parts.push(`− ${formatMoney(entry.healthContribution)} składki zdrowotnej`);
  if (entry.socialContribution) parts.push(`− ${formatMoney(entry.socialContribution)} składek społecznych`);
  return parts.join(' ');
}

/**
 * The household's income for the income month, with a trace. Decisions taken here (all documented):
 * - an entry's net may not be negative (deductions above the gross are an input error);
 * - a one-off income (one with `oneOffReceivedOn`) strictly above oneOffIncomeLimit counts as net ÷ 12, rounded
 *   half-up to the grosz, in each of the 12 months from the month it was received (that month and the 11
 *   after it); at or below the limit it counts in full in the month it was received and not in other months;
 * - farm income is computed per holding: below 1,0000 ha it is 0; otherwise hectares (4 decimal places) × the
 *   1 ha amount, rounded half-up to the grosz;
 * - alimony paid is deducted; if it exceeds the income, the income is 0 (never negative), for the household as
 *   for each person.
 */
export function computeHouseholdIncome(input: HouseholdIncomeInput): HouseholdIncome {
  validateInput(input);
  const { row, livesAlone, members, incomeMonth } = input;
  const trace = startTrace(
    `${livesAlone ? 'Dochód osoby samotnie gospodarującej' : 'Dochód gospodarstwa domowego'} za ${formatMonthPl(incomeMonth)}`,
    'art. 8 u.p.s.',
    row,
  );
  trace.input('Miesiąc, z którego liczy się dochód', formatMonthPl(incomeMonth), 'text');
  trace.input(livesAlone ? 'Osoba samotnie gospodarująca' : 'Liczba osób w gospodarstwie domowym', livesAlone ? true : members, livesAlone ? 'yesNo' : 'persons');
  trace.input('Parametry', parameterRowCitation(row), 'text');

  const items: IncomeItem[] = [];
  const oneOffLimit = oneOffIncomeLimit(row, livesAlone, members);
  if (input.incomes.some((entry) => entry.oneOffReceivedOn != null)) {
    trace.step(
      'Próg dochodu jednorazowego',
      livesAlone
        ? `5 × ${formatMoney(row.singleThreshold)}`
        : `5 × ${formatMoney(row.perPersonThreshold)} × ${members}`,
      oneOffLimit,
      'grosze',
    );
  }

  for (const entry of input.incomes) {
    const kind = incomeKinds[entry.kind];
    const label = entry.description ? `${kind.label} — ${entry.description}` : kind.label;
    const net = entry.gross - (entry.tax ?? 0) - (entry.healthContribution ?? 0) - (entry.socialContribution ?? 0);
    let counted = net;
    let treatment: IncomeTreatment = 'counted';
    let formula = netFormula(entry);
    let note: string | undefined;

    if (kind.excluded) {
      counted = 0;
      treatment = 'excluded';
      note = `Nie wlicza się do dochodu (art. 8 u.p.s.): ${kind.label.toLowerCase()}.`;
    } else if (entry.oneOffReceivedOn != null) {
      const received = entry.oneOffReceivedOn;
      const monthsSince = monthsBetween(monthOf(received), incomeMonth);
      if (net > oneOffLimit) {
        const inSpreadPeriod = monthsSince >= 0 && monthsSince <= 11;
        counted = inSpreadPeriod ? mulDiv(net, 1, 12, 'halfUp') : 0;
        treatment = inSpreadPeriod ? 'spreadOver12Months' : 'oneOffOtherMonth';
        formula = inSpreadPeriod ? `${formatMoney(net)} ÷ 12` : formatMoney(net);
        note = inSpreadPeriod
          ? `Dochód jednorazowy otrzymany ${formatDatePl(received)} przekracza ${formatMoney(oneOffLimit)}: ` +
            'rozlicza się go w równych częściach przez 12 miesięcy od miesiąca otrzymania.'
          : `Dochód jednorazowy otrzymany ${formatDatePl(received)} rozlicza się przez 12 miesięcy od miesiąca ` +
            `otrzymania; ${formatMonthPl(incomeMonth)} do nich nie należy.`;
      } else if (monthsSince !== 0) {
        counted = 0;
        treatment = 'oneOffOtherMonth';
        note = `Dochód jednorazowy otrzymany ${formatDatePl(received)} nie przekracza ${formatMoney(oneOffLimit)}: ` +
          'jest dochodem miesiąca, w którym go otrzymano.';
      }
    }
    items.push({ personId: entry.personId, label, net, counted, treatment });
    trace.step(label, formula, counted, 'grosze', note);
  }

  for (const farm of input.farms ?? []) {
    const tenThousandths = hectaresInTenThousandths(farm.hectares);
    const label = farm.description ? `Gospodarstwo rolne — ${farm.description}` : 'Gospodarstwo rolne';
    if (tenThousandths < 10_000) {
      items.push({ personId: farm.personId, label, net: 0, counted: 0, treatment: 'farmBelowOneHectare' });
      trace.step(label, `${formatHectares(farm.hectares)} < 1 ha przeliczeniowego`, 0, 'grosze', FARM_BELOW_ONE_HECTARE_NOTE);
    } else {
      const net = mulDiv(row.hectareAmount, tenThousandths, 10_000, 'halfUp');
      items.push({ personId: farm.personId, label, net, counted: net, treatment: 'farm' });
      trace.step(label, `${formatHectares(farm.hectares)} × ${formatMoney(row.hectareAmount)}`, net, 'grosze');
    }
  }

  for (const alimony of input.alimonyPaid ?? []) {
    const label = alimony.description
      ? `Alimenty świadczone na rzecz innych osób — ${alimony.description}`
      : 'Alimenty świadczone na rzecz innych osób';
    items.push({ personId: alimony.personId, label, net: alimony.amount, counted: -alimony.amount, treatment: 'alimonyPaid' });
    trace.step(label, `− ${formatMoney(alimony.amount)}`, -alimony.amount, 'grosze');
  }

  const sum = items.reduce((total, item) => total + item.counted, 0);
  const householdIncome = Math.max(0, sum);
  const terms = items.filter((item) => item.counted !== 0);
  const sumFormula =
    terms.length === 0
      ? 'brak dochodów'
      : terms
          .map((item, index) =>
            item.counted < 0 ? `− ${formatMoney(-item.counted)}` : `${index === 0 ? '' : '+ '}${formatMoney(item.counted)}`,
          )
          .join(' ');
  trace.step(
    livesAlone ? 'Dochód osoby samotnie gospodarującej' : 'Dochód gospodarstwa domowego',
    sumFormula,
    householdIncome,
    'grosze',
    sum < 0 ? 'Alimenty świadczone przewyższają dochody: dochód przyjmuje się jako 0,00 zł.' : undefined,
  );

  const perPersonIncome = incomePerPerson(householdIncome, members);
  if (!livesAlone) {
    const exact = perPersonIncome * members === householdIncome;
    trace.step(
      'Dochód na osobę w gospodarstwie domowym',
      `${formatMoney(householdIncome)} ÷ ${members}`,
      perPersonIncome,
      'grosze',
      exact ? undefined : 'Zaokrąglono do pełnego grosza (od 0,5 grosza w górę).',
    );
  }

  const personIds = [...new Set(items.map((item) => item.personId))];
  const byPerson = personIds.map((personId) => ({
    personId,
    income: Math.max(0, items.filter((item) => item.personId === personId).reduce((total, item) => total + item.counted, 0)),
  }));

  return {
    incomeMonth,
    livesAlone,
    members,
    householdIncome,
    perPersonIncome,
    byPerson,
    items,
    trace: trace.finish(livesAlone ? 'Dochód' : 'Dochód gospodarstwa domowego', householdIncome, 'grosze'),
  };
}
