import type { MethodName } from '../../../shared/contract';
import type { AuditEntry, AuditKind } from '../../../shared/contract/audit';
import { auditKindLabel } from '../../../shared/domain/audit-text';
import type { Role } from '../../../shared/domain/roles';
import { CARRIED_DETAIL } from '../../../db/repositories/audit';
import { mayCall, permissions } from '../permissions';

/**
 * Audit without disclosure: the log tells everyone who may read it who did what to which record and when,
 * but the values of personal and special-category data (names, PESEL, addresses, reasons for help, incomes,
 * notes, accounts, amounts) only to those who may read that record themselves. The director reads everything;
 * the administrator, who keeps the program but may not open a person's file, reads "osoba nr 12" and the
 * names of the fields that changed, never their values.
 *
 * Both the list and the export (CSV and PDF) build their lines through `discloseEntry` and the filter's
 * subject through `discloseSubject`: this file is the one place that decides.
 */

/**
 * For each kind of entry, the method whose callers may read the record it is about; null for entries about
 * the program itself (logins, accounts of staff, settings, backups, the log), which everyone who reads the log
 * sees whole. A new kind must be placed here (the type requires it), and an unknown one is withheld.
 */
const RECORD_READ: Record<AuditKind, MethodName | null> = {
  'auth.login': null,
  'auth.loginFailed': null,
  'auth.logout': null,
  'auth.unlockFailed': null,
  'auth.passwordChanged': null,
  'person.view': 'persons.get',
  'person.create': 'persons.get',
  'person.update': 'persons.get',
  'person.certificateAdd': 'persons.listCertificates',
  'person.certificateUpdate': 'persons.listCertificates',
  'person.certificateRemove': 'persons.listCertificates',
  'person.bankAccountAdd': 'persons.bankAccounts',
  'person.bankAccountRemove': 'persons.bankAccounts',
  'case.create': 'cases.get',
  'case.view': 'cases.get',
  'case.review': 'cases.get',
  'case.update': 'cases.get',
  'case.decision': 'cases.get',
  'case.close': 'cases.get',
  'decision.draft': 'decisions.get',
  'decision.update': 'decisions.get',
  'decision.submit': 'decisions.get',
  'decision.return': 'decisions.get',
  'decision.discard': 'decisions.get',
  'decision.sign': 'decisions.get',
  'decision.refused': 'decisions.get',
  'decision.delivery': 'decisions.get',
  'decision.print': 'decisions.get',
  'decision.export': 'decisions.register',
  'letter.create': 'cases.get',
  'letter.print': 'cases.get',
  'interview.save': 'interviews.get',
  'household.create': 'households.get',
  'household.addMember': 'households.get',
  'household.updateMember': 'households.get',
  'household.removeMember': 'households.get',
  'settings.update': null,
  'legalParameters.add': null,
  'legalParameters.remove': null,
  'setup.initialize': null,
  'user.create': null,
  'user.update': null,
  'user.resetPassword': null,
  'user.deputy': null,
  'audit.verify': null,
  // A print of the log narrowed to a person or a case names them: see readMethod.
  'audit.export': null,
  'backup.create': null,
  'backup.failed': null,
  'backup.drill': null,
  'backup.restore': null,
  'backup.undoRestore': null,
  'backup.configure': null,
  'payment.settings': null,
  'payment.prepare': 'payments.getList',
  'payment.approve': 'payments.getList',
  'payment.discard': 'payments.getList',
  'payment.print': 'payments.getList',
  'payment.bankFile': 'payments.getList',
  'payment.mark': 'payments.getList',
  'report.print': 'reports.mrpips03',
  'report.export': 'reports.mrpips03',
  // A register's entry names its filter, never a person: those who read the persons' register read it whole.
  'register.print': 'registers.persons',
  'register.export': 'registers.persons',
  // The office network: about PCs of the office, no one's record.
  'office.serving': null,
  'office.pairingCode': null,
  'office.paired': null,
  'office.pcRemoved': null,
  'office.refused': null,
};

/** The method whose callers may read what this entry is about; null when it is about no one's record. */
function readMethod(kind: string, details: Record<string, unknown> | null): MethodName | null | undefined {
  if (kind === 'audit.export') {
    const filter = details?.filter as { personId?: unknown; caseId?: unknown } | undefined;
    return filter?.personId !== undefined || filter?.caseId !== undefined ? 'persons.history' : null;
  }
  return kind in RECORD_READ ? RECORD_READ[kind as AuditKind] : undefined;
}

/** Whether someone with these roles reads the values of this entry. An unknown kind is withheld. */
export function mayReadEntry(roles: readonly Role[], kind: string, details: Record<string, unknown> | null): boolean {
  const method = readMethod(kind, details);
  if (method === undefined) return false;
  return method === null || mayCall(permissions[method], roles);
}

/** Whether someone with these roles reads who a person is (for the filter's subject and the "Osoba" column). */
export function mayReadPersons(roles: readonly Role[]): boolean {
  return mayCall(permissions['persons.get'], roles);
}

/** Whether someone with these roles reads case references (a case reference is shown only with the case). */
export function mayReadCases(roles: readonly Role[]): boolean {
  return mayCall(permissions['cases.get'], roles);
}

/** Details keys that name records by number or count them: kept, as they say which record, not what is in it. */
const REFERENCE_KEYS: Record<string, string> = {
  caseId: 'sprawa nr',
  interviewId: 'wywiad nr',
  decisionId: 'decyzja (nr wewnętrzny)',
  letterId: 'pismo nr',
  certificateId: 'orzeczenie nr',
  accountId: 'rachunek nr',
  householdId: 'gospodarstwo nr',
  listId: 'lista wypłat nr',
};
const KEPT_KEYS = new Set([...Object.keys(REFERENCE_KEYS), 'decisionIds', 'lineIds', 'supersedesId', 'userId']);

export const personReference = (personId: number) => `osoba nr ${personId}`;

/** Names of the fields an entry records values of (changes, after, before), without the values. */
function fieldNames(details: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const key of ['changes', 'after', 'before']) {
    const value = details[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const field of Object.keys(value)) names.add(field);
  }
  return [...names];
}

/**
 * The entry as this reader may see it. Withheld: the summary becomes the kind and the records it is about
 * ("Zmiana danych osoby — osoba nr 12"), the details keep only record numbers and the names of the changed
 * fields (details.fields), the person is "osoba nr 12".
 */
export function discloseEntry(entry: AuditEntry, roles: readonly Role[]): AuditEntry {
  if (mayReadEntry(roles, entry.kind, entry.details)) {
    return entry.personId !== null && !mayReadPersons(roles) ? { ...entry, personName: personReference(entry.personId) } : entry;
  }
  const details = entry.details ?? {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (KEPT_KEYS.has(key) && (typeof value === 'number' || (Array.isArray(value) && value.every((item) => typeof item === 'number')))) kept[key] = value;
  }
  const fields = fieldNames(details);
  if (fields.length) kept.fields = fields;
  // An entry carried over by a restore (audit-carry.ts) says so to every reader: its original number and time
  // are no one's personal data.
  const origin = details[CARRIED_DETAIL] as { id?: unknown; at?: unknown } | undefined;
  const carried = typeof origin?.id === 'number' && typeof origin.at === 'string' ? origin.id : null;
  if (carried !== null) kept[CARRIED_DETAIL] = details[CARRIED_DETAIL];
  const references = [
    entry.personId !== null ? personReference(entry.personId) : null,
    ...Object.entries(REFERENCE_KEYS).map(([key, label]) => (typeof details[key] === 'number' ? `${label} ${details[key]}` : null)),
  ].filter((part): part is string => part !== null);
  return {
    ...entry,
    summary:
      `${auditKindLabel(entry.kind)}${references.length ? ` — ${references.join(', ')}` : ''} (szczegóły widzi kierownik)` +
      (carried !== null ? ` (wpis nr ${carried} przeniesiony po przywróceniu danych)` : ''),
    personName: entry.personId !== null ? personReference(entry.personId) : null,
    details: Object.keys(kept).length ? kept : null,
    withheld: true,
  };
}

/** The filter's person and case as this reader may see them. */
export function discloseSubject(
  subject: { personName: string | null; caseRef: string | null },
  filter: { personId?: number; caseId?: number },
  roles: readonly Role[],
): { personName: string | null; caseRef: string | null } {
  return {
    personName: filter.personId !== undefined && !mayReadPersons(roles) ? personReference(filter.personId) : subject.personName,
    caseRef: filter.caseId !== undefined && !mayReadCases(roles) ? `sprawa nr ${filter.caseId}` : subject.caseRef,
  };
}
