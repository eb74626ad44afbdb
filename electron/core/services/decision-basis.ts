import { formatAddress, type Address } from '../../../shared/domain/address';
import type { BenefitKind, HelpReason } from '../../../shared/domain/cases';
import type { BenefitComputation } from '../../../shared/domain/case-computation';
import type { DecisionBasis } from '../../../shared/domain/decision-content';
import { resolveDecisionTexts } from '../../../shared/domain/decision-texts';
import { householdRelations } from '../../../shared/domain/household';
import type { DecisionFields } from '../../../shared/contract/decisions';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import type { CaseRow } from '../../../db/repositories/cases';
import type { DecisionRow } from '../../../db/repositories/decisions';
import { getDecisionRow } from '../../../db/repositories/decisions';
import { listCaseInterviews } from '../../../db/repositories/interviews';
import { getPersonById } from '../../../db/repositories/persons';
import { getOfficeSettingsRow, type OfficeSettingsRow } from '../../../db/repositories/settings';
import { getUserById } from '../../../db/repositories/users';
import type { InterviewsService } from './interviews';
import { fullName } from './persons';

/** "Sitno 12" / "22-424 Sitno": an address as two lines of an envelope. */
export function addressLines(address: Address): string[] {
  const line = formatAddress(address);
  const postal = `${address.postalCode} ${address.postTown}`;
  return line.endsWith(`, ${postal}`) ? [line.slice(0, -postal.length - 2), postal] : [line];
}

export function officeOf(settings: OfficeSettingsRow): DecisionBasis['office'] {
  const contact = [settings.phone && `tel. ${settings.phone}`, settings.email && `e-mail: ${settings.email}`].filter(Boolean).join(', ');
  return {
    officeName: settings.officeName,
    addressLines: [settings.street ? `${settings.street} ${settings.houseNumber}` : `${settings.town} ${settings.houseNumber}`, `${settings.postalCode} ${settings.town}`],
    contactLine: contact || null,
    town: settings.town,
  };
}

export function requireSettings(tx: Db): OfficeSettingsRow {
  const settings = getOfficeSettingsRow(tx);
  if (!settings) throw new AppError('CONFLICT', 'Uzupełnij „Dane urzędu” (nazwa ośrodka, adres, kierownik): bez nich nie da się wydać pisma ani decyzji.');
  return settings;
}

/**
 * Gathers what a decision is based on from the case as it is now: the party, the latest interview's household
 * and computation, the office and its texts. Signing freezes the result; a draft is gathered anew each time.
 */
export function gatherDecisionBasis(
  tx: Db,
  interviews: InterviewsService,
  decision: Pick<DecisionRow, 'kind' | 'benefit' | 'fields' | 'refersToDecisionId' | 'preparedByUserId'>,
  caseRow: CaseRow,
  moment: { number: string | null; issuedOn: string; signer: { name: string; post: string } | null },
): DecisionBasis {
  const settings = requireSettings(tx);
  const party = getPersonById(tx, caseRow.applicantPersonId)!;
  const latest = listCaseInterviews(tx, caseRow.id)[0];
  const interview = latest ? interviews.toInterview(tx, latest.interview, true) : null;
  const benefit = decision.benefit as BenefitKind;
  const refersTo = decision.refersToDecisionId ? getDecisionRow(tx, decision.refersToDecisionId) : undefined;
  const members = interview
    ? [...interview.members].sort((a, b) => Number(b.personId === party.id) - Number(a.personId === party.id))
    : [];
  return {
    kind: decision.kind,
    benefit,
    office: officeOf(settings),
    texts: resolveDecisionTexts(settings.decisionTexts, settings.gminaName, settings.officeName),
    caseRef: caseRow.caseRef,
    applicationDate: caseRow.applicationDate,
    reasons: caseRow.reasons as HelpReason[],
    party: { fullName: fullName(party), pesel: party.pesel, addressLines: addressLines(party) },
    household: members.map((member) => ({ fullName: member.fullName, relation: householdRelations[member.relation] })),
    interview: interview ? { date: interview.interviewDate, incomeMonth: interview.incomeMonth, findings: interview.findings } : null,
    computation: interview ? { thresholdCitation: interview.computation.thresholdCitation, income: interview.computation.income } : null,
    benefitComputation: (interview?.computation.benefits.find((entry) => entry.benefit === benefit) as BenefitComputation | undefined) ?? null,
    fields: decision.fields as DecisionFields,
    refersTo:
      refersTo && refersTo.decisionNumber && refersTo.issuedOn
        ? { decisionNumber: refersTo.decisionNumber, issuedOn: refersTo.issuedOn, amount: refersTo.monthlyAmount, effectiveUntil: refersTo.effectiveUntil }
        : null,
    number: moment.number,
    issuedOn: moment.issuedOn,
    signer: moment.signer ?? { name: settings.directorName, post: settings.directorTitle },
    preparedBy: getUserById(tx, decision.preparedByUserId)?.fullName ?? '—',
  };
}
