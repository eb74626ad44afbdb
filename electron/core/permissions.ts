import type { MethodName } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';

/**
 * Who may call what: the one table the router enforces. Every method of the contract must be here (the
 * type makes a missing one a compile error, and a test calls each method as each role).
 * - 'public': before login (setup and login themselves).
 * - 'anyUser': every logged-in user.
 * - 'lockedUser': also while the screen is locked (to unlock or log out).
 * - a list of roles: a logged-in user with at least one of them.
 */
export type Access = 'public' | 'anyUser' | 'lockedUser' | readonly Role[];

const caseWork: readonly Role[] = ['socialWorker', 'director'];
const readRegister: readonly Role[] = ['socialWorker', 'director', 'accountant'];
// Money: the accountant prepares and settles the lists, the director (or the deputy) approves them.
const money: readonly Role[] = ['accountant', 'director'];

export const permissions: Record<MethodName, Access> = {
  'system.info': 'public',
  'setup.status': 'public',
  'setup.initialize': 'public',
  'auth.login': 'public',
  'auth.logout': 'lockedUser',
  'auth.unlock': 'lockedUser',
  'auth.me': 'anyUser',
  'auth.lock': 'anyUser',
  'auth.changePassword': 'anyUser',
  // The director sees the staff to choose a deputy; only the administrator changes accounts.
  'users.list': ['administrator', 'director'],
  'users.create': ['administrator'],
  'users.update': ['administrator'],
  'users.resetPassword': ['administrator'],
  'users.authoriseDeputy': ['director'],
  'audit.list': ['director', 'administrator'],
  'audit.verify': ['director', 'administrator'],
  'audit.export': ['director', 'administrator'],
  'backups.status': 'anyUser',
  'backups.settings': ['administrator'],
  'backups.configure': ['administrator'],
  'backups.createNow': ['administrator'],
  'backups.list': ['administrator'],
  'backups.listFolder': ['administrator'],
  'backups.drill': ['administrator'],
  'backups.restore': ['administrator'],
  'backups.undoRestore': ['administrator'],
  // Everyone is told that the data was restored, and says they have read it.
  'backups.restoreNotice': 'anyUser',
  'backups.acknowledgeRestoreNotice': 'anyUser',
  'persons.search': readRegister,
  'persons.get': readRegister,
  'persons.checkPesel': caseWork,
  'persons.create': caseWork,
  'persons.update': caseWork,
  'persons.findDuplicates': caseWork,
  // Cases hold incomes, health and findings of the household: only those who work on cases read them.
  'persons.history': caseWork,
  // Certificates are health data: kept and read by those who work on cases, like the person's file itself.
  'persons.listCertificates': caseWork,
  'persons.addCertificate': caseWork,
  'persons.updateCertificate': caseWork,
  'persons.removeCertificate': caseWork,
  'cases.create': caseWork,
  'cases.get': caseWork,
  'cases.list': caseWork,
  'cases.update': caseWork,
  'cases.close': caseWork,
  'cases.workers': caseWork,
  'cases.eligibilityReview': caseWork,
  'interviews.preview': caseWork,
  'interviews.save': caseWork,
  'interviews.get': caseWork,
  'worklist.get': caseWork,
  // Decisions are drafted by those who work on cases; only the director (or the authorised deputy) signs.
  'decisions.createDraft': caseWork,
  'decisions.get': caseWork,
  'decisions.listForCase': caseWork,
  'decisions.updateDraft': caseWork,
  'decisions.submit': caseWork,
  'decisions.returnToDraft': caseWork,
  'decisions.discard': caseWork,
  'decisions.sign': ['director'],
  'decisions.recordDelivery': caseWork,
  'decisions.pdf': caseWork,
  'decisions.pdfMany': caseWork,
  'decisions.batchProgress': caseWork,
  'decisions.register': caseWork,
  'decisions.registerExport': caseWork,
  'letters.create': caseWork,
  'letters.pdf': caseWork,
  'persons.bankAccounts': readRegister,
  'persons.addBankAccount': [...caseWork, 'accountant'],
  'persons.removeBankAccount': [...caseWork, 'accountant'],
  'payments.settings': ['accountant', 'director', 'administrator'],
  'payments.updateSettings': money,
  'payments.schedule': readRegister,
  'payments.personHistory': readRegister,
  'payments.lists': money,
  'payments.prepare': ['accountant'],
  'payments.getList': money,
  'payments.approve': ['director'],
  'payments.discard': ['accountant'],
  'payments.listPdf': money,
  'payments.bankFile': money,
  'payments.monthSummaryPdf': money,
  'payments.healthContributionsPdf': money,
  'payments.mark': ['accountant'],
  // Statistics for the voivode: the director signs the report off, the accountant reconciles it with the books.
  'reports.mrpips03': money,
  'reports.mrpips03Cell': money,
  'reports.mrpips03Checks': money,
  'reports.mrpips03Export': money,
  // Registers follow what each role may read: persons for all who read the register, cases for case work, money for money.
  'registers.localities': readRegister,
  'registers.persons': readRegister,
  'registers.personsExport': readRegister,
  'registers.cases': caseWork,
  'registers.casesExport': caseWork,
  'registers.payments': money,
  'registers.paymentsExport': money,
  // The director's view: the director (and the deputy while authorised, who then holds the role).
  'dashboard.overview': ['director'],
  'dashboard.items': ['director'],
  'households.list': readRegister,
  'households.get': readRegister,
  'households.create': caseWork,
  'households.addMember': caseWork,
  'households.updateMember': caseWork,
  'households.removeMember': caseWork,
  'legalParameters.list': 'anyUser',
  'legalParameters.add': ['administrator'],
  'legalParameters.removeFuture': ['administrator'],
  'settings.getOffice': 'anyUser',
  'settings.updateOffice': ['administrator', 'director'],
  // Which localities are towns: read by whoever makes the report, set with the office's data.
  'settings.townLocalities': 'anyUser',
  'settings.updateTownLocalities': ['administrator', 'director'],
  // The office network (serving other PCs, pairing, removing a PC) is the administrator's.
  'office.status': ['administrator'],
  'office.setServing': ['administrator'],
  'office.newPairingCode': ['administrator'],
  'office.removePc': ['administrator'],
};

export function mayCall(access: Access, roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'anyUser' || access === 'lockedUser') return true;
  return access.some((role) => roles.includes(role));
}

/** The methods a user with these roles may call, for the UI to show only what works for them. */
export function allowedMethods(roles: readonly Role[]): MethodName[] {
  return (Object.keys(permissions) as MethodName[]).filter((method) => mayCall(permissions[method], roles));
}
