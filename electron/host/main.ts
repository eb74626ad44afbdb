import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../core/core';
import { createRecoveryCore } from '../core/recovery';
import { backupBeforeMigration } from '../core/backup-before-migration';
import { DatabaseOpenError } from '../../db/open';
import { defaultKeyDir, loadSecretKey, SecretKeyError } from '../core/secret-keys';
import { loadDatabaseKey } from '../core/database-key';
import { createHostServer } from './server';
import { hostStation, joinedFromArgs } from './station';
import { createTestClock, parseTestClockStart, type TestClock } from './test-clock';
import { systemClock } from '../core/context';
import { readOfficeSettings, writeOfficeSettings } from '../core/office-network';
import { createOfficeTransport } from '../office/serving';
import packageJson from '../../package.json' with { type: 'json' };

/** `npm run start:browser -- [--data-dir DIR] [--port N]`: Ostoja in a browser, for development and tests. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(repoRoot, '.data', 'browser') },
    port: { type: 'string', default: '5174' },
    recovery: { type: 'boolean', default: false },
    /** The folder of this user's key files (owner-only, outside the data folder); the profile's by default. */
    'key-dir': { type: 'string' },
    /** End-to-end tests only: the program's clock starts at this moment (ISO with offset) and can be moved. */
    'test-clock': { type: 'string' },
    /** Another PC of the office: the main PC's address and the pairing code from its screen (joins once). */
    join: { type: 'string' },
    'pairing-code': { type: 'string' },
    /** This PC's name in the main PC's list and audit log; the computer's name by default. */
    'pc-name': { type: 'string' },
    /** The main PC: the office network's port for this data folder (kept in its office-network.json; 0: any free). */
    'office-port': { type: 'string' },
    /** The main PC: where the office network listens (every interface by default; tests give 127.0.0.1). */
    'office-host': { type: 'string', default: '0.0.0.0' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Błędny numer portu: ${values.port}`);
  process.exit(2);
}
const dataDir = path.resolve(values['data-dir']);
const token = process.env.OSTOJA_HOST_TOKEN || randomBytes(24).toString('base64url');
let testClock: TestClock | undefined;
if (values['test-clock'] !== undefined) {
  const start = parseTestClockStart(values['test-clock']);
  if (!start) {
    console.error(`Błędny czas zegara testowego: ${values['test-clock']} (np. 2026-03-16T09:00:00+01:00)`);
    process.exit(2);
  }
  testClock = createTestClock(start);
}

const migrationsFolder = path.join(repoRoot, 'db', 'migrations');
const keyDir = path.resolve(values['key-dir'] ?? defaultKeyDir(process.env, process.platform, os.homedir()));
// Joined to a main PC (station.json in the data folder, or --join now): no database and no core on this PC.
let joined: Awaited<ReturnType<typeof joinedFromArgs>> = null;
try {
  joined = values.recovery
    ? null
    : await joinedFromArgs({ kind: 'owner-only-file', dataDir, keyDir }, { join: values.join, pairingCode: values['pairing-code'], pcName: values['pc-name'] ?? os.hostname() });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
let core: (Pick<Core, 'router' | 'shutdown'> & Partial<Pick<Core, 'startOffice'>>) | null = null;
let office: ReturnType<typeof createOfficeTransport> | undefined;
if (!joined) try {
  // Browser mode has no safeStorage: the audit-chain and database keys are owner-only files in the user's profile.
  const place = { kind: 'owner-only-file', dataDir, keyDir } as const;
  const auditKey = await loadSecretKey('audit-chain', place, { create: true });
  const databaseKey = await loadDatabaseKey(place);
  const backedUp = values.recovery ? null : await backupBeforeMigration({ dataDir, migrationsFolder, appVersion: packageJson.version, databaseKey });
  if (backedUp) console.log(`Kopia zapasowa przed aktualizacją bazy danych: ${backedUp.fileName}`);
  if (values['office-port'] !== undefined) {
    const officePort = Number(values['office-port']);
    if (!Number.isInteger(officePort) || officePort < 0 || officePort > 65535) throw new Error(`Błędny numer portu sieci biura: ${values['office-port']}`);
    writeOfficeSettings(dataDir, { ...readOfficeSettings(dataDir), port: officePort });
  }
  // The certificate's private key is sealed under the audit-chain key: kept as the other secrets are.
  office = values.recovery ? undefined : createOfficeTransport({ dataDir, sealingSecret: auditKey, clock: testClock ?? systemClock, host: values['office-host'] });
  core = values.recovery
    ? { ...createRecoveryCore({ dataDir, migrationsFolder, appVersion: packageJson.version, auditKey, databaseKey }), shutdown: async () => undefined }
    : createCore({
    dataDir,
    clock: testClock,
    migrationsFolder,
    fontsFolder: path.join(repoRoot, 'build', 'fonts'),
    appVersion: packageJson.version,
    auditKey,
    databaseKey,
    backupEveryMinutes: Number(process.env.OSTOJA_BACKUP_EVERY_MINUTES ?? 30),
    backupBeforeMigration: backedUp,
    office,
  });
} catch (error) {
  console.error(error instanceof DatabaseOpenError || error instanceof SecretKeyError ? error.message : error);
  process.exit(1);
}

const station = hostStation({ place: { kind: 'owner-only-file', dataDir, keyDir }, joined, core, mayJoin: !values.recovery });
const server = createHostServer({ router: station.router, token, staticDir: path.join(repoRoot, 'dist', 'renderer'), testClock });
server.listen(port, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`Ostoja (tryb przeglądarki${values.recovery ? ', TRYB PRZYWRACANIA' : ''}) — dane: ${dataDir}`);
  if (joined) console.log(`Stanowisko połączone ze stanowiskiem głównym ${joined.station.mainAddress} (${joined.station.pcName})`);
  if (testClock) console.log(`ZEGAR TESTOWY: program liczy czas od ${testClock.now().toISOString()}`);
  console.log(`Otwórz: http://127.0.0.1:${address.port}/?token=${encodeURIComponent(token)}`);
});

// The main PC serves the other PCs of the office again when the administrator left serving on.
if (core?.startOffice) {
  await core.startOffice();
  const serving = office?.state();
  if (serving) console.log(`Sieć biura: obsługa innych komputerów włączona, port ${serving.port} (${values['office-host']})`);
}

/** The last backup is taken before the database closes (when something changed and backups are set up). */
let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  station.shutdown().finally(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
