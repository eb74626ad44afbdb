import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import { DatabaseOpenError } from '../../db/open';
import { fontsFolderFor } from '../core/documents/fonts';
import { createCore, DATABASE_FILE_NAME, type Core } from '../core/core';
import { createRecoveryCore } from '../core/recovery';
import { backupBeforeMigration } from '../core/backup-before-migration';
import { loadSecretKey, SecretKeyError } from '../core/secret-keys';
import { loadDatabaseKey } from '../core/database-key';
import { systemClock } from '../core/context';
import { createOfficeTransport } from '../office/serving';
import { joinAndSave, openJoinedStation, removeEmptyLocalDatabase, type Joined } from '../office/station';
import { createStationRouter } from '../office/station-router';
import { ArgsError, parseDataDir } from './args';
import { parseAllowlist, readExternalLinks, DEFAULT_EXTERNAL_LINKS, type AllowedLink } from './external-links';
import { createEmitter, registerInvokeHandler, type Log } from './ipc';
import { runtimePaths } from './paths';
import { safeStorageProtector } from './safe-storage';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

/**
 * The Electron main process: lifecycle, one window, the IPC transport. Bundled by
 * scripts/build-electron.mjs to dist/electron/main.cjs (CommonJS, so __dirname is the bundle's folder).
 */

const log: Log = (message, detail) => (detail === undefined ? console.error(message) : console.error(message, detail));

/** `--recovery` (its own Start-menu shortcut): only the restore screen; the live database is not opened. */
const recovery = process.argv.includes('--recovery');

let core: Pick<Core, 'router' | 'shutdown'> | undefined;
let mainWindow: BrowserWindow | undefined;

const getWebContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined);

/** Main → renderer events (progress of long work); the renderer listens with window.ostoja.on(name, …). */
export const emit = createEmitter(getWebContents);

const paths = runtimePaths({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
  platform: process.platform,
  arch: process.arch,
  electronVersion: process.versions.electron,
});
const fontsFolder = fontsFolderFor({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
/** The page is served by the app:// protocol from dist/renderer, never loaded from file://. */
const indexUrl = APP_INDEX_URL;
/** Addresses that may open in the system browser: external-links.json in the data folder, read at start. */
let externalLinks: readonly AllowedLink[] = parseAllowlist(DEFAULT_EXTERNAL_LINKS);

function fatal(title: string, message: string, code = 1): void {
  dialog.showErrorBox(title, message);
  app.exit(code);
}

/** Automatic backups: at start, then every 30 minutes when something changed, and at close. */
const BACKUP_EVERY_MINUTES = 30;

async function openCore(dataDir: string, auditKey: Buffer, databaseKey: Buffer): Promise<Core | undefined> {
  try {
    const backedUp = await backupBeforeMigration({
      dataDir,
      migrationsFolder: paths.migrationsFolder,
      appVersion: app.getVersion(),
      nativeBinding: paths.nativeBinding,
      databaseKey,
    });
    const opened = createCore({
      dataDir,
      migrationsFolder: paths.migrationsFolder,
      fontsFolder,
      appVersion: app.getVersion(),
      nativeBinding: paths.nativeBinding,
      auditKey,
      databaseKey,
      log,
      backupEveryMinutes: BACKUP_EVERY_MINUTES,
      backupBeforeMigration: backedUp,
      // The main PC serves the other PCs of the office (when the administrator turns it on): every interface of
      // the local network; the certificate's private key sealed under the audit-chain key (safeStorage).
      office: createOfficeTransport({ dataDir, sealingSecret: auditKey, clock: systemClock, log }),
    });
    // Serving again when the administrator left it on (a failure is logged and shown on the office screen).
    void opened.startOffice();
    return opened;
  } catch (error) {
    log('Nie można otworzyć bazy danych', error);
    let message: string;
    if (error instanceof DatabaseOpenError) {
      message = error.message;
    } else if (!fs.existsSync(paths.nativeBinding)) {
      message =
        `Brakuje modułu bazy danych dla tej wersji programu: ${paths.nativeBinding}.` +
        (app.isPackaged ? ' Zainstaluj program ponownie.' : ' Uruchom: node scripts/prepare-electron-native.mjs');
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      message = `Nie udało się otworzyć bazy danych w folderze ${dataDir}. Szczegóły: ${detail}`;
    }
    fatal('Ostoja — nie można otworzyć bazy danych', message);
    return undefined;
  }
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ root: paths.rendererRoot, readFile: (file) => fs.promises.readFile(file), log }),
  );

  let dataDir: string;
  try {
    dataDir = path.resolve(parseDataDir(process.argv) ?? app.getPath('userData'));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    fatal('Ostoja — błędne uruchomienie', error.message, 2);
    return;
  }
  const links = readExternalLinks(dataDir);
  externalLinks = links.allowlist;
  if (links.problem) log(links.problem);

  if (!fs.existsSync(paths.rendererIndex)) {
    fatal('Ostoja — brak interfejsu', `Nie znaleziono interfejsu programu: ${paths.rendererIndex}. Zbuduj go: npm run build`);
    return;
  }

  // Another PC of the office (station.json in the data folder): no database here, every call goes to the main PC.
  const stationPlace = { kind: 'os', dataDir, protector: safeStorageProtector(safeStorage) } as const;
  let joined: Joined | null;
  try {
    joined = recovery ? null : await openJoinedStation(stationPlace);
  } catch (error) {
    log('Nie można odczytać połączenia ze stanowiskiem głównym', error);
    fatal('Ostoja — połączenie ze stanowiskiem głównym', error instanceof Error ? error.message : String(error));
    return;
  }
  if (joined) {
    const station = joined.station;
    registerInvokeHandler(ipcMain, { router: createStationRouter({ target: { mode: 'joined', router: joined.router, station } }), getWebContents, indexUrl, log });
    openWindow();
    return;
  }

  // The audit chain's key, protected by the operating system (safeStorage); made once for a new data folder.
  const place = { kind: 'os', dataDir, protector: safeStorageProtector(safeStorage) } as const;
  let auditKey: Buffer;
  try {
    auditKey = await loadSecretKey('audit-chain', place, { create: true });
  } catch (error) {
    log('Nie można odczytać klucza dziennika zdarzeń', error);
    const detail = error instanceof SecretKeyError ? error.message : error instanceof Error ? error.message : String(error);
    fatal('Ostoja — brak klucza dziennika zdarzeń', detail);
    return;
  }
  // The database key, protected the same way: without it the encrypted data of this folder does not open.
  let databaseKey: Buffer;
  try {
    databaseKey = await loadDatabaseKey(place);
  } catch (error) {
    log('Nie można odczytać klucza bazy danych', error);
    const detail = error instanceof SecretKeyError ? error.message : error instanceof Error ? error.message : String(error);
    fatal('Ostoja — brak klucza bazy danych', detail);
    return;
  }

  core = recovery
    ? {
        ...createRecoveryCore({ dataDir, migrationsFolder: paths.migrationsFolder, appVersion: app.getVersion(), nativeBinding: paths.nativeBinding, auditKey, databaseKey, log }),
        shutdown: async () => undefined,
      }
    : await openCore(dataDir, auditKey, databaseKey);
  if (!core) return;

  // At the first start (no accounts yet) this PC may still join a main PC instead; then its empty database goes.
  const localCore = core;
  const router = createStationRouter({
    target: { mode: 'main', router: localCore.router },
    join: recovery ? undefined : (input) => joinAndSave(stationPlace, input, new Date()),
    closeLocal: async () => {
      core = undefined;
      await localCore.shutdown();
      removeEmptyLocalDatabase(dataDir, DATABASE_FILE_NAME);
    },
    log,
  });
  registerInvokeHandler(ipcMain, { router, getWebContents, indexUrl, log });
  openWindow();
}

function openWindow(): void {
  mainWindow = createMainWindow({
    preload: path.join(__dirname, 'preload.cjs'),
    indexUrl,
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

// Before 'ready': app:// is a standard, secure origin (protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('pl.ostoja.app');

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, indexUrl, () => externalLinks, log));
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    // The last backup is taken before the database closes; quitting waits for it, once.
    if (!core || closing) return;
    closing = true;
    event.preventDefault();
    void core.shutdown().finally(() => app.quit());
    core = undefined;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log('Błąd uruchamiania programu', error);
      const detail = error instanceof Error ? error.message : String(error);
      fatal('Ostoja — błąd uruchamiania', `Nie udało się uruchomić programu Ostoja. Szczegóły: ${detail}`);
    });
}
