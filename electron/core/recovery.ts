import path from 'node:path';
import { methodNames, type MethodName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { recordAudit } from './audit';
import { logOfClosedDatabase } from './audit-carry';
import { systemClock, type Clock } from './context';
import { APP_NAME, DATABASE_FILE_NAME, type CoreOptions } from './core';
import { createRouter, type Handlers, type Router } from './router';
import { createBackupsService } from './services/backups';

/** What recovery mode offers: seeing, checking and restoring backups. */
export const RECOVERY_METHODS: readonly MethodName[] = [
  'system.info',
  'backups.status',
  'backups.settings',
  'backups.list',
  'backups.listFolder',
  'backups.drill',
  'backups.restore',
  'backups.undoRestore',
];

/**
 * For when the program will not start (`--recovery`): the live database is never opened, so a damaged or
 * refused one cannot stop the restore. Nobody can log in without a database, so these few methods need no
 * session. Whoever sits at the office computer sees them, but restores only by typing the backup's passphrase:
 * the one kept on this computer is not used here (services/backups.ts, `recovery`). The entries of the log
 * being replaced are carried into the restored one, as in the running program.
 */
export function createRecoveryCore(options: Omit<CoreOptions, 'backupEveryMinutes' | 'fontsFolder'>): { router: Router } {
  const clock: Clock = options.clock ?? systemClock;
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const open = () => openDatabase({
    file: databaseFile,
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    key: options.databaseKey,
  });

  // The log being replaced is read from its file; the restored database is opened once to record who restored
  // it and how, after what it carried over.
  const log = logOfClosedDatabase(open, options.auditKey);

  const backups = createBackupsService({
    dataDir: options.dataDir,
    databaseFile,
    migrationsFolder: options.migrationsFolder,
    appVersion: options.appVersion,
    nativeBinding: options.nativeBinding,
    databaseKey: options.databaseKey,
    clock,
    connection: () => {
      throw new AppError('FORBIDDEN', 'W trybie przywracania nie tworzy się kopii: baza danych nie jest otwarta.');
    },
    recovery: true,
    live: {
      close: async (since) => log.readTail(since),
      reopen: (swapped, write) => {
        if (swapped && write) log.write(write);
      },
    },
    audit: (_user, event) => log.write((tx) => recordAudit(tx, { user: null }, clock, { ...event, summary: `${event.summary} (tryb przywracania)` })),
  });

  const notInRecovery = () => {
    throw new AppError('FORBIDDEN', 'Program działa w trybie przywracania: dostępne jest tylko przywracanie danych z kopii.');
  };
  const handlers = Object.fromEntries(methodNames.map((method) => [method, notInRecovery])) as unknown as Handlers;
  Object.assign(handlers, {
    'system.info': () => ({ appName: APP_NAME, version: options.appVersion, schemaVersion: knownSchemaVersion(options.migrationsFolder), mode: 'recovery' }),
    'backups.status': backups.status,
    'backups.settings': backups.settings,
    'backups.list': backups.list,
    'backups.listFolder': backups.listFolder,
    'backups.drill': backups.drill,
    'backups.restore': backups.restore,
    'backups.undoRestore': backups.undoRestore,
  } satisfies Partial<Handlers>);

  const openToThisComputer = (method: MethodName) =>
    RECOVERY_METHODS.includes(method)
      ? ({ ok: true, user: null, session: null } as const)
      : ({ ok: false, error: { code: 'FORBIDDEN', message: 'Program działa w trybie przywracania: dostępne jest tylko przywracanie danych z kopii.' } } as const);
  return { router: createRouter(handlers, openToThisComputer, options.log) };
}
