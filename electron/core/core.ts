import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../db/open';
import { systemClock, type Clock } from './context';
import { createGate } from './gate';
import { createRouter, type Handlers, type Logger, type Router } from './router';
import { createAuditService } from './services/audit';
import { createAuthService } from './services/auth';
import { createHouseholdsService } from './services/households';
import { createLegalParametersService } from './services/legal-parameters';
import { createPersonsService } from './services/persons';
import { createSettingsService } from './services/settings';
import { createSetupService } from './services/setup';
import { createUsersService } from './services/users';
import { createSessionStore } from './sessions';

export const APP_NAME = 'Ostoja';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string;
  clock?: Clock;
  log?: Logger;
  /** Extra wait after a wrong password (default 1 s); tests shorten it. */
  failedLoginDelayMs?: number;
}

export interface Core {
  router: Router;
  database: DatabaseHandle;
  close(): void;
}

export const DATABASE_FILE_NAME = 'ostoja.db';

/** The whole program without a window: the database, the services and the router that both transports call. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const database = openDatabase({
    file: path.join(options.dataDir, DATABASE_FILE_NAME),
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
  });
  const { db } = database;
  const sessions = createSessionStore(clock);
  const auth = createAuthService(db, clock, sessions, { failedLoginDelayMs: options.failedLoginDelayMs ?? 1000 });
  const setup = createSetupService(db, clock, auth);
  const users = createUsersService(db, clock, sessions);
  const audit = createAuditService(db, clock);
  const persons = createPersonsService(db, clock);
  const households = createHouseholdsService(db, clock);
  const settings = createSettingsService(db, clock);
  const legalParameters = createLegalParametersService(db, clock);

  const handlers: Handlers = {
    'system.info': () => ({ appName: APP_NAME, version: options.appVersion, schemaVersion: database.schemaVersion }),
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
    'audit.list': audit.list,
    'audit.verify': audit.verify,
    'persons.search': persons.search,
    'persons.get': persons.get,
    'persons.create': persons.create,
    'persons.update': persons.update,
    'persons.checkPesel': persons.checkPesel,
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
  };

  return {
    router: createRouter(handlers, createGate(db, sessions), options.log),
    database,
    close: () => database.close(),
  };
}
