import { randomId } from '@mantine/hooks';
import type { CaseDetail, InterviewInput } from '../../shared/contract/cases';
import { addMonthsToMonth, formatMonthPl, monthOf } from '../../shared/domain/calendar';
import type { HouseholdRelation } from '../../shared/domain/household';
import { incomeKinds, type IncomeKind } from '../../shared/domain/income';
import { formatAmount, parseMoney } from '../../shared/domain/money';
import { dateProblem } from '../common/dateText';
import { todayIso } from './caseText';

/**
 * The interview form holds what the worker types: amounts as Polish text ("1 234,56"), hectares with a decimal
 * comma. `toInterviewInput` turns it into the contract's input (grosze, numbers) and says what is not yet
 * filled in and what cannot be read, so that the live computation never runs on half-typed figures.
 */

export interface MemberValue {
  personId: number;
  fullName: string;
  pesel: string | null;
  birthDate: string;
  relation: HouseholdRelation;
}

export interface IncomeValue {
  key: string;
  personId: number;
  kind: IncomeKind | null;
  description: string;
  gross: string;
  tax: string;
  healthContribution: string;
  socialContribution: string;
  oneOffReceivedOn: string | null;
}

export interface AlimonyValue {
  key: string;
  personId: number;
  amount: string;
  description: string;
}

export interface FarmValue {
  key: string;
  personId: number;
  hectares: string;
  description: string;
}

export interface InterviewValues {
  interviewDate: string | null;
  workerUserId: string | null;
  livesAlone: boolean;
  incomeMonth: string;
  members: MemberValue[];
  incomes: IncomeValue[];
  alimonyPaid: AlimonyValue[];
  farms: FarmValue[];
  findings: string;
  proposedPeriodicAmount: string;
}

/** The two months art. 8 allows: the one before the application, or the application month when an income was lost in it. */
export function incomeMonthOptions(applicationDate: string): { value: string; label: string }[] {
  const month = monthOf(applicationDate);
  const before = addMonthsToMonth(month, -1);
  return [
    { value: before, label: `${formatMonthPl(before)} — miesiąc przed złożeniem wniosku` },
    { value: month, label: `${formatMonthPl(month)} — miesiąc złożenia wniosku (dochód utracony)` },
  ];
}

const amountText = (grosze: number) => (grosze === 0 ? '' : formatAmount(grosze));

export const emptyIncome = (personId: number): IncomeValue => ({
  key: randomId(),
  personId,
  kind: null,
  description: '',
  gross: '',
  tax: '',
  healthContribution: '',
  socialContribution: '',
  oneOffReceivedOn: null,
});
export const emptyAlimony = (personId: number): AlimonyValue => ({ key: randomId(), personId, amount: '', description: '' });
export const emptyFarm = (personId: number): FarmValue => ({ key: randomId(), personId, hectares: '', description: '' });

/**
 * An update starts from the current interview (the worker changes what changed); a first interview starts from
 * the household as the register has it.
 */
export function initialInterviewValues(detail: CaseDetail, workerUserId: number | null): InterviewValues {
  const current = detail.currentInterview;
  const months = incomeMonthOptions(detail.applicationDate);
  const common = {
    interviewDate: todayIso(),
    workerUserId: workerUserId === null ? null : String(workerUserId),
  };
  if (!current) {
    return {
      ...common,
      // A household of one is, in the act's words, a person living alone (art. 6 pkt 8 u.p.s.).
      livesAlone: detail.registerHousehold.length === 1,
      incomeMonth: months[detail.incomeLostInApplicationMonth ? 1 : 0]!.value,
      members: detail.registerHousehold,
      incomes: [],
      alimonyPaid: [],
      farms: [],
      findings: '',
      proposedPeriodicAmount: '',
    };
  }
  return {
    ...common,
    livesAlone: current.livesAlone,
    incomeMonth: current.incomeMonth,
    members: current.members,
    incomes: current.incomes.map((income) => ({
      key: randomId(),
      personId: income.personId,
      kind: income.kind,
      description: income.description ?? '',
      gross: formatAmount(income.gross),
      tax: amountText(income.tax),
      healthContribution: amountText(income.healthContribution),
      socialContribution: amountText(income.socialContribution),
      oneOffReceivedOn: income.oneOffReceivedOn,
    })),
    alimonyPaid: current.alimonyPaid.map((entry) => ({
      key: randomId(),
      personId: entry.personId,
      amount: formatAmount(entry.amount),
      description: entry.description ?? '',
    })),
    farms: current.farms.map((farm) => ({
      key: randomId(),
      personId: farm.personId,
      hectares: String(farm.hectares).replace('.', ','),
      description: farm.description ?? '',
    })),
    findings: current.findings,
    proposedPeriodicAmount: current.proposedPeriodicAmount === null ? '' : formatAmount(current.proposedPeriodicAmount),
  };
}

export type HectaresParse = { ok: true; hectares: number } | { ok: false; message: string };

/** "3,5", "12.0457": hectares przeliczeniowe as on the tax notice, at most four decimal places. */
export function parseHectares(text: string): HectaresParse {
  const trimmed = text.trim().replace(/\s*ha$/i, '');
  if (trimmed === '') return { ok: false, message: 'Podaj liczbę hektarów przeliczeniowych.' };
  if (/^\d+[,.]\d{5,}$/.test(trimmed)) return { ok: false, message: 'Najwyżej 4 miejsca po przecinku.' };
  if (!/^\d{1,5}([,.]\d{1,4})?$/.test(trimmed)) return { ok: false, message: 'Wpisz liczbę hektarów, np. 3,5 albo 0,8520.' };
  return { ok: true, hectares: Number(trimmed.replace(',', '.')) };
}

export interface ConvertedInterview {
  /** Null while anything is missing or unreadable. */
  input: InterviewInput | null;
  /** Typed but unreadable ("12,345", "abc"): shown at once, next to the field. */
  invalid: Record<string, string>;
  /** Not filled in yet: shown next to the field only on saving; the live panel lists them as still to do. */
  missing: Record<string, string>;
  /** Whose and which field a path is ("Piotr Nowak, emerytura — przychód brutto"), for lists away from the field. */
  where: Record<string, string>;
}

export function toInterviewInput(values: InterviewValues): ConvertedInterview {
  const invalid: Record<string, string> = {};
  const missing: Record<string, string> = {};
  const where: Record<string, string> = {};
  const names = new Map(values.members.map((member) => [member.personId, member.fullName]));
  const who = (personId: number) => names.get(personId) ?? 'osoba spoza gospodarstwa';

  const amount = (path: string, text: string, required: boolean): number => {
    if (text.trim() === '') {
      if (required) missing[path] = 'Podaj kwotę.';
      return 0;
    }
    const parsed = parseMoney(text);
    if (!parsed.ok) {
      invalid[path] = parsed.message;
      return 0;
    }
    return parsed.grosze;
  };

  // A date typed wrong waits, like a missing one, to be corrected: the field itself says what is wrong once left.
  const today = todayIso();
  const date = (path: string, value: string | null, label: string) => {
    const problem = dateProblem(value, { label, today });
    if (problem) missing[path] = problem;
  };
  if (!values.interviewDate) missing.interviewDate = 'Podaj datę wywiadu.';
  date('interviewDate', values.interviewDate, 'Data wywiadu');
  if (!values.workerUserId) missing.workerUserId = 'Wybierz pracownika, który przeprowadził wywiad.';

  const incomes = values.incomes.map((income, index) => {
    const path = `incomes.${index}`;
    const what = `${who(income.personId)}, ${income.kind ? incomeKinds[income.kind].label.toLowerCase() : 'dochód'}`;
    where[`${path}.kind`] = `${who(income.personId)}, rodzaj dochodu`;
    where[`${path}.gross`] = `${what} — przychód brutto`;
    where[`${path}.tax`] = `${what} — podatek`;
    where[`${path}.healthContribution`] = `${what} — składka zdrowotna`;
    where[`${path}.socialContribution`] = `${what} — składki społeczne`;
    where[`${path}.oneOffReceivedOn`] = `${what} — data dochodu jednorazowego`;
    if (!income.kind) missing[`${path}.kind`] = 'Wybierz rodzaj dochodu.';
    date(`${path}.oneOffReceivedOn`, income.oneOffReceivedOn, 'Data dochodu jednorazowego');
    return {
      personId: income.personId,
      kind: income.kind ?? 'other',
      description: income.description,
      gross: amount(`${path}.gross`, income.gross, true),
      tax: amount(`${path}.tax`, income.tax, false),
      healthContribution: amount(`${path}.healthContribution`, income.healthContribution, false),
      socialContribution: amount(`${path}.socialContribution`, income.socialContribution, false),
      oneOffReceivedOn: income.oneOffReceivedOn,
    };
  });

  const alimonyPaid = values.alimonyPaid.map((entry, index) => {
    where[`alimonyPaid.${index}.amount`] = `${who(entry.personId)}, alimenty świadczone`;
    return {
      personId: entry.personId,
      amount: amount(`alimonyPaid.${index}.amount`, entry.amount, true),
      description: entry.description,
    };
  });

  const farms = values.farms.map((farm, index) => {
    const path = `farms.${index}.hectares`;
    where[path] = `${who(farm.personId)}, gospodarstwo rolne`;
    const parsed = parseHectares(farm.hectares);
    if (!parsed.ok) (farm.hectares.trim() === '' ? missing : invalid)[path] = parsed.message;
    return { personId: farm.personId, hectares: parsed.ok ? parsed.hectares : 0, description: farm.description };
  });

  let proposedPeriodicAmount: number | null = null;
  where.proposedPeriodicAmount = 'Proponowana kwota zasiłku okresowego';
  if (values.proposedPeriodicAmount.trim() !== '') proposedPeriodicAmount = amount('proposedPeriodicAmount', values.proposedPeriodicAmount, false);

  const complete = Object.keys(invalid).length === 0 && Object.keys(missing).length === 0;
  return {
    input: complete
      ? {
          interviewDate: values.interviewDate!,
          workerUserId: Number(values.workerUserId),
          livesAlone: values.livesAlone,
          incomeMonth: values.incomeMonth,
          members: values.members.map(({ personId, relation }) => ({ personId, relation })),
          incomes,
          alimonyPaid,
          farms,
          findings: values.findings,
          proposedPeriodicAmount,
        }
      : null,
    invalid,
    missing,
    where,
  };
}

/** "Piotr Nowak, gospodarstwo rolne: Najwyżej 4 miejsca po przecinku." — a field's message where the field is not in sight. */
export function describeProblems(problems: Record<string, string>, where: Record<string, string>): string[] {
  return Object.entries(problems).map(([path, message]) => (where[path] ? `${where[path]}: ${message}` : message));
}

/** Answers about the input (paths like ["interview", "incomes", 0, "gross"]) as the form's field keys. */
export function interviewIssuesToErrors(issues: { path: (string | number)[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'interview' ? issue.path.slice(1) : issue.path;
    const key = path.join('.');
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
