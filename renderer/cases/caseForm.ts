import { caseInput, type CaseInput } from '../../shared/contract/cases';
import type { BenefitKind, HelpReason } from '../../shared/domain/cases';
import { dateProblem } from '../common/dateText';
import { validateWith } from '../common/formErrors';
import { todayIso } from './caseText';

/** The application as the registration form and the "Zmień wniosek" dialog hold it. */
export interface CaseFormValues {
  applicationDate: string | null;
  benefits: BenefitKind[];
  reasons: HelpReason[];
  workerUserId: string | null;
  complex: boolean;
  incomeLostInApplicationMonth: boolean;
  notes: string;
}

export function toCaseInput(values: CaseFormValues, applicantPersonId: number): CaseInput {
  return {
    applicantPersonId,
    applicationDate: values.applicationDate ?? '',
    benefits: values.benefits,
    reasons: values.reasons,
    workerUserId: values.workerUserId ? Number(values.workerUserId) : 0,
    complex: values.complex,
    incomeLostInApplicationMonth: values.incomeLostInApplicationMonth,
    notes: values.notes,
  };
}

/**
 * The contract's own messages, plus those the form knows better: an empty date, a date typed wrong or later than
 * today (which the core, knowing its clock, refuses too), no worker chosen.
 */
export function validateCaseForm(values: CaseFormValues, applicantPersonId: number): Record<string, string> {
  const errors = validateWith(caseInput, toCaseInput(values, applicantPersonId));
  const dateError = values.applicationDate
    ? dateProblem(values.applicationDate, { label: 'Data wpływu wniosku', today: todayIso() })
    : 'Podaj datę wpływu wniosku.';
  if (dateError) errors.applicationDate = dateError;
  if (!values.workerUserId) errors.workerUserId = 'Wybierz pracownika socjalnego prowadzącego sprawę.';
  delete errors.applicantPersonId;
  return errors;
}
