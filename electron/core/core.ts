import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../db/open';
import { systemClock, type Clock } from './context';
import { createRouter, type Handlers, type Logger, type Router } from './router';
import { createHouseholdsService } from './services/households';
import { createPersonsService } from './services/persons';
import { createSettingsService } from './services/settings';

export const APP_NAME = 'Ostoja';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string;
  clock?: Clock;
  log?: Logger;
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
  const persons = createPersonsService(db, clock);
  const households = createHouseholdsService(db, clock);
  const settings = createSettingsService(db, clock);

  const handlers: Handlers = {
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
    'settings.getOffice': settings.getOffice,
    'settings.updateOffice': settings.updateOffice,
    'system.info': () => ({ appName: APP_NAME, version: options.appVersion, schemaVersion: database.schemaVersion }),
  };

  return {
    router: createRouter(handlers, options.log),
    database,
    close: () => database.close(),
  };
}
