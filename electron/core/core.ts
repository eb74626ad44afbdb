import path from 'node:path';
import { fail } from '../../shared/envelope';
import { openDatabase, type DatabaseHandle } from '../../db/open';
import { getUserById } from '../../db/repositories/users';
import { recordAudit } from './audit';
import { readAuditTail } from './audit-carry';
import { backupAnchors, createAuditVerifyService, startAuditChain } from './audit-chain';
import { BackupError } from './backup';
import { createCallDrain, RESTORE_IN_PROGRESS } from './call-drain';
import { systemClock, type Clock } from './context';
import { safetyCopyBeforeEncryption } from './database-key';
import { createGate } from './gate';
import { createOfficeGateway } from './office-gateway';
import type { OfficeTransport } from './office-network';
import { createRouter, type Handlers, type Logger, type Router } from './router';
import { createAuditService } from './services/audit';
import { createAuthService } from './services/auth';
import { createBackupsService } from './services/backups';
import { createCasesService } from './services/cases';
import { createDecisionsService } from './services/decisions';
import { createLettersService } from './services/letters';
import { createOfficeService } from './services/office';
import { createPaymentsService } from './services/payments';
import { createRegistersService } from './services/registers';
import { createReportsService } from './services/reports';
import { createDashboardService } from './services/dashboard';
import { createBankAccountsService } from './services/bank-accounts';
import { loadPdfFonts, type PdfFonts } from './documents/fonts';
import { createCertificatesService } from './services/certificates';
import { createEligibilityReviewService } from './services/eligibility-review';
import { createHouseholdsService } from './services/households';
import { createInterviewsService } from './services/interviews';
import { createLegalParametersService } from './services/legal-parameters';
import { createPersonHistoryService } from './services/person-history';
import { createPersonsService } from './services/persons';
import { createSettingsService } from './services/settings';
import { createSetupService } from './services/setup';
import { createUsersService } from './services/users';
import { createWorklistService } from './services/worklist';
import { createSessionStore } from './sessions';

export const APP_NAME = 'Ostoja';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  /** DejaVu Sans for documents (build/fonts in the repository, resources/fonts when installed). */
  fontsFolder: string;
  appVersion: string;
  nativeBinding?: string;
  /**
   * The audit-chain key of this data folder (32 bytes, secret-keys.ts: never in the database): every audit entry
   * carries an HMAC-SHA-256 under it, so that nobody without it rewrites the log unnoticed. Tests give a test key.
   */
  auditKey: Buffer;
  /**
   * The database key of this data folder (32 bytes, secret-keys.ts via database-key.ts): the database, its WAL
   * and the safety copies are encrypted with it (db/cipher.ts), and so is the stored backup passphrase.
   */
  databaseKey: Buffer;
  clock?: Clock;
  log?: Logger;
  /** Extra wait after a wrong password (default 1 s); tests shorten it. */
  failedLoginDelayMs?: number;
  /** Automatic backups: at start and every this many minutes when something changed (0 = off, as in tests). */
  backupEveryMinutes?: number;
  /** A backup taken before the database was opened (see backupBeforeMigration), to be written to the audit log. */
  backupBeforeMigration?: { fileName: string; fromSchema: number; toSchema: number } | null;
  /** How other PCs of the office reach this one (electron/office/); absent: this program serves no other PC. */
  office?: OfficeTransport;
}

export interface Core {
  router: Router;
  /** The live database (a new handle after a restore). */
  readonly database: DatabaseHandle;
  /** Closes at once (tests, a refused start). */
  close(): void;
  /** Stops the schedule, takes a last backup when something changed, then closes. */
  shutdown(): Promise<void>;
  /** What the schedule runs every `backupEveryMinutes`: a backup when something changed since the last one. */
  scheduledBackup(): Promise<void>;
  /** Serves the other PCs of the office again when the administrator left serving on. */
  startOffice(): Promise<void>;
}

export const DATABASE_FILE_NAME = 'ostoja.db';

/** What the next call of everyone logged in is told after a restore (or its undo) replaced the data. */
export const DATA_RESTORED = 'Dane przywrócono z kopii zapasowej — zaloguj się ponownie.';
/** A restore waits this long for the calls in flight (a wrong password's wait is at most 32 s)… */
const DRAIN_MS = 60_000;
/** …and a new call waits this long for the restore before it is told to try again in a moment. */
const WAIT_MS = 60_000;
/** The calls that replace the data: they wait for every other call, never for themselves. */
const REPLACING_METHODS = new Set(['backups.restore', 'backups.undoRestore']);

/** The whole program without a window: the database, the services and the router that both transports call. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? console.error;
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  // Read once, on the first document: a program that prints nothing never reads them.
  let fonts: PdfFonts | undefined;
  const documentFonts = () => (fonts ??= loadPdfFonts(options.fontsFolder));

  // One store for the program's life: a refused restore keeps everyone logged in; a real one ends every session.
  const sessions = createSessionStore(clock);
  const drain = createCallDrain({ waitMs: WAIT_MS, drainMs: DRAIN_MS });

  /** The safety copy made when a database from before encryption was encrypted at this start (for the audit log). */
  const encryption: { copy: string | null } = { copy: null };

  /** Everything that lives on one open database; rebuilt when a restore puts other data in its place. */
  function openServices() {
    const database = openDatabase({
      file: databaseFile,
      migrationsFolder: options.migrationsFolder,
      nativeBinding: options.nativeBinding,
      key: options.databaseKey,
      // A database from before encryption: an encrypted safety copy first, then openDatabase encrypts it in place.
      beforeEncrypting: () => {
        encryption.copy = safetyCopyBeforeEncryption({
          databaseFile,
          key: options.databaseKey,
          now: clock.now(),
          nativeBinding: options.nativeBinding,
        });
      },
    });
    const { db } = database;
    startAuditChain(database, options.auditKey, clock);
    const auth = createAuthService(db, clock, sessions, { failedLoginDelayMs: options.failedLoginDelayMs ?? 1000 });
    const setup = createSetupService(db, clock, auth);
    const users = createUsersService(db, clock, sessions);
    const audit = createAuditService(db, clock, { fonts: documentFonts });
    const auditChain = createAuditVerifyService(() => database, clock, () => backupAnchors(options.dataDir));
    const persons = createPersonsService(db, clock);
    const certificates = createCertificatesService(db, clock);
    const households = createHouseholdsService(db, clock);
    const settings = createSettingsService(db, clock);
    const legalParameters = createLegalParametersService(db, clock);
    const interviews = createInterviewsService(db, clock);
    const cases = createCasesService(db, clock, interviews);
    const personHistory = createPersonHistoryService(db, clock);
    const worklist = createWorklistService(db, clock);
    const eligibility = createEligibilityReviewService(db, clock);
    const decisions = createDecisionsService(db, clock, interviews, { fonts: documentFonts });
    const letters = createLettersService(db, clock, { fonts: documentFonts });
    const payments = createPaymentsService(db, clock, { fonts: documentFonts });
    const bankAccounts = createBankAccountsService(db, clock);
    const reports = createReportsService(db, clock, { fonts: documentFonts });
    const registers = createRegistersService(db, clock, { fonts: documentFonts });
    const dashboard = createDashboardService(db, clock);

    const handlers: Handlers = {
      'system.info': () => ({ appName: APP_NAME, version: options.appVersion, schemaVersion: database.schemaVersion, mode: 'normal' as const }),
      'setup.status': setup.status,
      'setup.initialize': setup.initialize,
      'auth.login': auth.login,
      'auth.logout': auth.logout,
      'auth.me': auth.me,
      'auth.lock': auth.lock,
      'auth.unlock': auth.unlock,
      'auth.changePassword': auth.changePassword,
      'users.list': users.list,
      'users.create': users.create,
      'users.update': users.update,
      'users.resetPassword': users.resetPassword,
      'users.authoriseDeputy': users.authoriseDeputy,
      'audit.list': audit.list,
      'audit.verify': auditChain.verify,
      'audit.export': audit.export,
      'backups.status': backups.status,
      'backups.settings': backups.settings,
      'backups.configure': backups.configure,
      'backups.createNow': backups.createNow,
      'backups.list': backups.list,
      'backups.listFolder': backups.listFolder,
      'backups.drill': backups.drill,
      'backups.restore': backups.restore,
      'backups.undoRestore': backups.undoRestore,
      'backups.restoreNotice': backups.restoreNotice,
      'backups.acknowledgeRestoreNotice': backups.acknowledgeRestoreNotice,
      'persons.search': persons.search,
      'persons.get': persons.get,
      'persons.create': persons.create,
      'persons.update': persons.update,
      'persons.checkPesel': persons.checkPesel,
      'persons.findDuplicates': personHistory.findDuplicates,
      'persons.history': personHistory.history,
      'persons.listCertificates': certificates.list,
      'persons.addCertificate': certificates.add,
      'persons.updateCertificate': certificates.update,
      'persons.removeCertificate': certificates.remove,
      'cases.create': cases.create,
      'cases.get': cases.get,
      'cases.list': cases.list,
      'cases.update': cases.update,
      'cases.close': cases.close,
      'cases.workers': cases.workers,
      'cases.eligibilityReview': eligibility.review,
      'interviews.preview': interviews.preview,
      'interviews.save': interviews.save,
      'interviews.get': interviews.get,
      'worklist.get': worklist.get,
      'decisions.createDraft': decisions.createDraft,
      'decisions.get': decisions.get,
      'decisions.listForCase': decisions.listForCase,
      'decisions.updateDraft': decisions.updateDraft,
      'decisions.submit': decisions.submit,
      'decisions.returnToDraft': decisions.returnToDraft,
      'decisions.discard': decisions.discard,
      'decisions.sign': decisions.sign,
      'decisions.recordDelivery': decisions.recordDelivery,
      'decisions.pdf': decisions.pdf,
      'decisions.pdfMany': decisions.pdfMany,
      'decisions.batchProgress': decisions.batchProgress,
      'decisions.register': decisions.register,
      'decisions.registerExport': decisions.registerExport,
      'letters.create': letters.create,
      'letters.pdf': letters.pdf,
      'persons.bankAccounts': bankAccounts.list,
      'persons.addBankAccount': bankAccounts.add,
      'persons.removeBankAccount': bankAccounts.remove,
      'payments.settings': payments.settings,
      'payments.updateSettings': payments.updateSettings,
      'payments.schedule': payments.schedule,
      'payments.personHistory': payments.personHistory,
      'payments.lists': payments.lists,
      'payments.prepare': payments.prepare,
      'payments.getList': payments.getList,
      'payments.approve': payments.approve,
      'payments.discard': payments.discard,
      'payments.listPdf': payments.listPdf,
      'payments.bankFile': payments.bankFile,
      'payments.monthSummaryPdf': payments.monthSummaryPdf,
      'payments.healthContributionsPdf': payments.healthContributionsPdf,
      'payments.mark': payments.mark,
      'reports.mrpips03': reports.mrpips03,
      'reports.mrpips03Cell': reports.mrpips03Cell,
      'reports.mrpips03Checks': reports.mrpips03Checks,
      'reports.mrpips03Export': reports.mrpips03Export,
      'registers.localities': registers.localities,
      'registers.persons': registers.persons,
      'registers.personsExport': registers.personsExport,
      'registers.cases': registers.cases,
      'registers.casesExport': registers.casesExport,
      'registers.payments': registers.payments,
      'registers.paymentsExport': registers.paymentsExport,
      'dashboard.overview': dashboard.overview,
      'dashboard.items': dashboard.items,
      'households.list': households.list,
      'households.get': households.get,
      'households.create': households.create,
      'households.addMember': households.addMember,
      'households.updateMember': households.updateMember,
      'households.removeMember': households.removeMember,
      'legalParameters.list': legalParameters.list,
      'legalParameters.add': legalParameters.add,
      'legalParameters.removeFuture': legalParameters.removeFuture,
      'settings.getOffice': settings.getOffice,
      'settings.updateOffice': settings.updateOffice,
      'settings.townLocalities': settings.townLocalities,
      'settings.updateTownLocalities': settings.updateTownLocalities,
      'office.status': office.status,
      'office.setServing': office.setServing,
      'office.newPairingCode': office.newPairingCode,
      'office.removePc': office.removePc,
    };
    return { database, router: createRouter(handlers, createGate(db, sessions, clock), log) };
  }

  // The office network outlives a restore (its database is read through `current`); its calls take the same
  // router as every transport's (api.router below), so they too wait while the data is swapped.
  const office = createOfficeService({
    dataDir: options.dataDir,
    database: () => current.database,
    clock,
    transport: options.office,
    gateway: createOfficeGateway({ database: () => current.database, clock, router: { invoke: (method, input, ctx) => api.router.invoke(method, input, ctx) } }),
    log,
  });

  const backups = createBackupsService({
    dataDir: options.dataDir,
    databaseFile,
    migrationsFolder: options.migrationsFolder,
    appVersion: options.appVersion,
    nativeBinding: options.nativeBinding,
    databaseKey: options.databaseKey,
    clock,
    connection: () => current.database.sqlite,
    live: {
      /** Calls in flight finish, new ones wait at the door (call-drain.ts) until `reopen`. */
      async close(since) {
        if (!(await drain.hold())) {
          throw new BackupError('DATABASE_BUSY', 'Program wciąż wykonuje inne operacje (np. długi wydruk). Dane nie zostały zmienione — spróbuj przywrócić za chwilę.');
        }
        try {
          const tail = readAuditTail(current.database.db, since);
          current.database.close();
          return tail;
        } catch (error) {
          drain.release();
          throw error;
        }
      },
      reopen(swapped, write) {
        try {
          current = openServices();
          if (swapped) sessions.endAll(DATA_RESTORED);
          if (write) current.database.db.transaction(write);
        } finally {
          drain.release();
        }
      },
    },
    audit: (user, event) => current.database.db.transaction((tx) => recordAudit(tx, { user }, clock, event)),
    userCreatedAt: (id) => getUserById(current.database.db, id)?.createdAt ?? null,
  });

  let current = openServices();
  const copyBeforeEncryption = encryption.copy;
  if (copyBeforeEncryption) {
    current.database.db.transaction((tx) =>
      recordAudit(tx, { user: null }, clock, {
        kind: 'backup.create',
        summary: `Baza danych została zaszyfrowana; kopia bezpieczeństwa sprzed szyfrowania (też zaszyfrowana): ${path.basename(copyBeforeEncryption)}`,
        details: { fileName: path.basename(copyBeforeEncryption) },
      }),
    );
  }
  if (options.backupBeforeMigration) {
    const { fileName, fromSchema, toSchema } = options.backupBeforeMigration;
    current.database.db.transaction((tx) =>
      recordAudit(tx, { user: null }, clock, {
        kind: 'backup.create',
        summary: `Kopia zapasowa przed aktualizacją bazy danych (schemat ${fromSchema} → ${toSchema}): ${fileName}`,
        details: { fileName, fromSchema, toSchema },
      }),
    );
  }

  const everyMinutes = options.backupEveryMinutes ?? 0;
  const runScheduled = () => backups.backUpIfChanged().catch((error: unknown) => log('Automatyczna kopia zapasowa nie powiodła się', error));
  const timer = everyMinutes > 0 ? setInterval(runScheduled, everyMinutes * 60_000) : null;
  timer?.unref();
  if (everyMinutes > 0) void runScheduled();

  const api: Core = {
    router: {
      invoke: (method, input, ctx) =>
        drain.run(
          () => current.router.invoke(method, input, ctx),
          () => fail({ code: 'CONFLICT', message: RESTORE_IN_PROGRESS }),
          !REPLACING_METHODS.has(method),
        ),
    },
    get database() {
      return current.database;
    },
    close() {
      if (timer) clearInterval(timer);
      void office.stop();
      if (current.database.sqlite.open) current.database.close();
    },
    scheduledBackup: () => backups.backUpIfChanged(),
    startOffice: () => office.startIfEnabled(),
    async shutdown() {
      if (timer) clearInterval(timer);
      await office.stop();
      await drain.run(async () => undefined, () => undefined); // a restore under way ends first
      await runScheduled();
      if (current.database.sqlite.open) current.database.close();
    },
  };
  return api;
}
