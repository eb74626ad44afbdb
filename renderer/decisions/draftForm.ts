import { decisionFields, type DecisionFields, type DecisionFieldsInput } from '../../shared/contract/decisions';
import type { BenefitKind } from '../../shared/domain/cases';
import { benefitWording, type DecisionKind, type PaymentMethod } from '../../shared/domain/decisions';
import { formatAmount, parseMoney } from '../../shared/domain/money';
import { formatNrb } from '../../shared/domain/nrb';
import { dateProblem } from '../common/dateText';
import { validateWith } from '../common/formErrors';
import { amountIsTyped } from './decisionText';

/** The draft as the form holds it: amounts and the account as typed, numbers possibly half-typed (''). */
export interface DraftValues {
  periodFrom: string | null;
  periodUntil: string | null;
  indefinite: boolean;
  paymentMethod: PaymentMethod | null;
  bankAccount: string;
  payDay: number | '';
  amount: string;
  purpose: string;
  careServices: { scope: string; hoursPerWeek: number | ''; hourlyCost: string; feePercent: number | '' };
  careHome: { homeName: string; homeAddress: string };
  immediate: boolean;
  immediateEnforceabilityReason: string;
  factualReasons: string;
  omitReasons: boolean;
}

/** Which parts of the form a decision of this kind about this benefit has. */
export interface DraftSections {
  periodFrom: boolean;
  periodUntil: boolean;
  /** Zasiłek stały may be granted "na czas nieokreślony". */
  indefinite: boolean;
  payment: boolean;
  amount: boolean;
  purpose: boolean;
  careServices: boolean;
  careHome: boolean;
  omitReasons: boolean;
}

export function draftSections(kind: DecisionKind, benefit: BenefitKind): DraftSections {
  const money = benefitWording[benefit].money;
  const grant = kind === 'grant';
  const forPeriod = money === 'monthly' || benefit === 'careServices' || benefit === 'meals' || benefit === 'shelter';
  return {
    periodFrom: (grant && benefit !== 'careHome' && benefit !== 'funeral' && benefit !== 'clothing') || kind === 'change' || kind === 'suspension' || kind === 'revocation',
    periodUntil: grant && forPeriod,
    indefinite: grant && benefit === 'permanentAllowance',
    payment: grant && money !== null,
    amount: amountIsTyped(kind, benefit),
    purpose: grant && benefit !== 'careServices' && benefit !== 'careHome' && money !== 'monthly',
    careServices: grant && benefit === 'careServices',
    careHome: grant && benefit === 'careHome',
    omitReasons: grant,
  };
}

const amountText = (grosze: number | null | undefined) => (grosze == null ? '' : formatAmount(grosze));

export function toDraftValues(fields: DecisionFields): DraftValues {
  return {
    periodFrom: fields.periodFrom,
    periodUntil: fields.periodUntil,
    indefinite: fields.periodUntil === null,
    paymentMethod: fields.paymentMethod,
    bankAccount: fields.bankAccount ? formatNrb(fields.bankAccount) : '',
    payDay: fields.payDay ?? '',
    amount: amountText(fields.amount),
    purpose: fields.purpose ?? '',
    careServices: {
      scope: fields.careServices?.scope ?? '',
      hoursPerWeek: fields.careServices?.hoursPerWeek ?? '',
      hourlyCost: amountText(fields.careServices?.hourlyCost),
      feePercent: fields.careServices?.feePercent ?? '',
    },
    careHome: { homeName: fields.careHome?.homeName ?? '', homeAddress: fields.careHome?.homeAddress ?? '' },
    immediate: fields.immediateEnforceabilityReason !== null,
    immediateEnforceabilityReason: fields.immediateEnforceabilityReason ?? '',
    factualReasons: fields.factualReasons,
    omitReasons: fields.omitReasons,
  };
}

type Errors = Record<string, string>;

function money(text: string, key: string, errors: Errors, required: boolean): number | null {
  if (text.trim() === '') {
    if (required) errors[key] = 'Podaj kwotę.';
    return null;
  }
  const parsed = parseMoney(text);
  if (parsed.ok) return parsed.grosze;
  errors[key] = parsed.message;
  return null;
}

function date(value: string | null, key: string, errors: Errors): string | null {
  const problem = dateProblem(value);
  if (problem) errors[key] = problem;
  return problem ? null : value;
}

/**
 * The fields to send, only of the parts this decision has, checked with the same schema the core uses (its
 * messages at the fields); a typed amount or date that cannot be read is said at its field.
 */
export function toDecisionFields(values: DraftValues, sections: DraftSections): { fields: DecisionFieldsInput; errors: Errors } {
  const errors: Errors = {};
  const careTyped = Object.values(values.careServices).some((value) => String(value).trim() !== '');
  const homeTyped = values.careHome.homeName.trim() !== '' || values.careHome.homeAddress.trim() !== '';
  const careServices =
    sections.careServices && careTyped
      ? {
          scope: values.careServices.scope,
          hoursPerWeek: values.careServices.hoursPerWeek === '' ? (undefined as unknown as number) : values.careServices.hoursPerWeek,
          hourlyCost: money(values.careServices.hourlyCost, 'careServices.hourlyCost', errors, true) ?? 0,
          feePercent: values.careServices.feePercent === '' ? (undefined as unknown as number) : values.careServices.feePercent,
        }
      : null;
  const fields: DecisionFieldsInput = {
    periodFrom: sections.periodFrom ? date(values.periodFrom, 'periodFrom', errors) : null,
    periodUntil: sections.periodUntil && !(sections.indefinite && values.indefinite) ? date(values.periodUntil, 'periodUntil', errors) : null,
    paymentMethod: sections.payment ? values.paymentMethod : null,
    bankAccount: sections.payment && values.paymentMethod === 'transfer' ? values.bankAccount : null,
    payDay: sections.payment && values.payDay !== '' ? values.payDay : null,
    amount: sections.amount ? money(values.amount, 'amount', errors, false) : null,
    purpose: sections.purpose ? values.purpose : null,
    careServices,
    careHome: sections.careHome && homeTyped ? values.careHome : null,
    immediateEnforceabilityReason: values.immediate ? values.immediateEnforceabilityReason : null,
    factualReasons: values.factualReasons,
    omitReasons: sections.omitReasons && values.omitReasons,
  };
  if (sections.payment && values.paymentMethod === 'transfer' && values.bankAccount.trim() === '') {
    errors.bankAccount = 'Podaj numer rachunku bankowego strony (NRB) do przelewu.';
  }
  if (values.immediate && values.immediateEnforceabilityReason.trim() === '') {
    errors.immediateEnforceabilityReason = 'Podaj, dlaczego decyzji nadaje się rygor natychmiastowej wykonalności (art. 108 § 1 k.p.a.).';
  }
  return { fields, errors: { ...validateWith(decisionFields, fields), ...errors } };
}

/** Contract issues about the fields (["fields", "bankAccount"]) as the form's keys ("bankAccount"). */
export function fieldErrors(errors: Errors): Errors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^fields\./, ''), message]));
}
