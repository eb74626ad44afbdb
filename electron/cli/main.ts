/**
 * The command line for when the program will not start (README: "Kopie zapasowe z wiersza poleceń"):
 *
 *   npm run cli -- backup create       [--data-dir DIR] [--out DIR]
 *   npm run cli -- backup list         [--data-dir DIR] [--out DIR | FOLDER]
 *   npm run cli -- backup verify       FILE
 *   npm run cli -- backup drill        FILE
 *   npm run cli -- backup restore      FILE [--data-dir DIR] [--yes]
 *   npm run cli -- backup undo-restore [--data-dir DIR] [--yes]
 *
 * The data folder is the installed program's own (%APPDATA%\Ostoja on Windows, see data-dir.ts) unless --data-dir
 * names another; the first line says which. The passphrase comes from OSTOJA_BACKUP_PASSPHRASE, else the one the
 * program stored in that folder (as the program itself uses it), else it is asked for on the terminal without echo.
 * The database is encrypted with the data folder's key (db/cipher.ts). The command line reads it as browser mode
 * keeps it: an owner-only file in the user's profile (--key-dir names another folder). The desktop program's key
 * is protected by Windows for the program alone, so on its folder create, restore and undo-restore refuse and
 * point to the program's recovery mode; verify, drill and list need no key.
 * Messages are in Polish, like the program's. Exit codes: 0 done, 1 the operation failed (the message says
 * why; the live data is unchanged unless the message says otherwise), 2 wrong use of the command.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { logOfClosedDatabase, recordReplacement, tailStart, type AuditTail } from '../core/audit-carry';
import { DATABASE_FILE_NAME } from '../core/core';
import { systemClock } from '../core/context';
import {
  BackupError,
  createBackup,
  drillBackup,
  listBackups,
  listSafetyCopies,
  readHeader,
  restoreBackup,
  STEP_LABELS,
  undoableRestore,
  undoLastRestore,
  verifyBackup,
  type BackupEvent,
} from '../core/backup';
import { BACKUP_SETTINGS_FILE, readBackupSettings } from '../core/backup-settings';
import { recordRestoreNotice } from '../core/restore-notice';
import { loadDatabaseKey } from '../core/database-key';
import { defaultKeyDir, loadSecretKey, osProtectedKeyFile, SecretKeyError } from '../core/secret-keys';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { programDataDir } from './data-dir';
import { BACKUP_MAIN_RECORDS, describeMainRecords } from '../../shared/domain/backup-contents';
import packageJson from '../../package.json' with { type: 'json' };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const migrationsFolder = path.join(repoRoot, 'db', 'migrations');
const PASSPHRASE_ENV = 'OSTOJA_BACKUP_PASSPHRASE';
const defaultDataDir = programDataDir({ platform: process.platform, env: process.env, homedir: os.homedir() });

class UsageError extends Error {}

const USAGE = `Użycie:
  npm run cli -- backup create        [--data-dir FOLDER] [--out FOLDER] [--key-dir FOLDER]
  npm run cli -- backup list          [--data-dir FOLDER] [--out FOLDER | FOLDER]
  npm run cli -- backup verify        PLIK [--data-dir FOLDER]
  npm run cli -- backup drill         PLIK [--data-dir FOLDER]
  npm run cli -- backup restore       PLIK [--data-dir FOLDER] [--key-dir FOLDER] [--yes]
  npm run cli -- backup undo-restore  [--data-dir FOLDER] [--key-dir FOLDER] [--yes]

  --data-dir  folder danych programu (domyślnie folder zainstalowanego programu: ${defaultDataDir})
  --out       folder kopii (domyślnie: <folder danych>/backups)
  --yes       bez pytania o potwierdzenie (restore, undo-restore)
  --key-dir   folder kluczy tego użytkownika (domyślnie: ${defaultKeyDir(process.env, process.platform, os.homedir())})
Hasło kopii: zmienna środowiskowa ${PASSPHRASE_ENV}, a bez niej hasło zapisane przez program w folderze danych,
a gdy go nie ma — pytanie w terminalu (hasło nie jest wyświetlane).
Kody wyjścia: 0 — gotowe, 1 — operacja się nie udała, 2 — błędne wywołanie.`;

const numberFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });
const megabytes = (bytes: number) => `${numberFormat.format(bytes / (1024 * 1024))} MB`;
const localTime = (iso: string) => new Date(iso).toLocaleString('pl-PL');
const seconds = (ms: number) => `${numberFormat.format(ms / 1000)} s`;

/** The main records first, then the rest, so the volunteer sees what matters. */
function describeCounts(counts: Record<string, number>, indent = '  '): string {
  const lines = describeMainRecords(counts).map((line) => `${indent}${line}`);
  const others = Object.keys(counts).filter((table) => !BACKUP_MAIN_RECORDS.some(([main]) => main === table));
  if (others.length > 0) lines.push(`${indent}pozostałe tabele: ${others.map((table) => `${table} ${counts[table]}`).join(', ')}`);
  return lines.join('\n');
}

/** One progress line on the terminal (stderr), rewritten in place; nothing when the output is not a terminal. */
function progressPrinter(): { onEvent: (event: BackupEvent) => void; finish: () => void } {
  const tty = process.stderr.isTTY;
  let last = '';
  return {
    onEvent(event) {
      if (!tty || event.step === 'done') return;
      const percent = event.total ? ` ${Math.floor(((event.done ?? 0) / event.total) * 100)}%` : '';
      const line = `${STEP_LABELS[event.step]}…${percent}`;
      if (line === last) return;
      last = line;
      process.stderr.write(`\r\x1b[K${line}`);
    },
    finish() {
      if (tty && last) process.stderr.write('\r\x1b[K');
    },
  };
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    stdin.setRawMode(true); // before the question, so that nothing typed early is echoed
    process.stderr.write(question);
    let value = '';
    const cleanup = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          cleanup();
          resolve(value);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          cleanup();
          reject(new UsageError('Przerwano.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (char === '\u0015') value = '';
        else if (char >= ' ') value += char;
      }
    };
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** Set when the passphrase came from the program's settings: a wrong one then needs a hint where to give another. */
let usedStoredPassphrase = false;

/**
 * The data folder's database key where the command line can read it (an owner-only file, as in browser mode).
 * The desktop program's folder keeps its key protected by Windows for the program only: said plainly.
 */
async function databaseKey(dataDir: string, keyDir: string): Promise<Buffer> {
  if (fs.existsSync(osProtectedKeyFile('database', dataDir))) {
    throw new UsageError(
      `Baza danych w ${dataDir} jest zaszyfrowana kluczem, który Windows chroni dla programu Ostoja; wiersz poleceń go nie odczyta. ` +
        'Uruchom program w trybie przywracania (Ostoja --recovery), aby odtworzyć kopię lub cofnąć odtworzenie.',
    );
  }
  return loadDatabaseKey({ kind: 'owner-only-file', dataDir, keyDir });
}

/**
 * The log of the data folder's database while the program is closed: a restore carries its entries since the
 * backup into the restored data and records itself, as the program does (electron/core/audit-carry.ts).
 */
async function closedLog(dataDir: string, keyDir: string, key: Buffer) {
  const auditKey = await loadSecretKey('audit-chain', { kind: 'owner-only-file', dataDir, keyDir }, { create: true });
  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  return logOfClosedDatabase(() => openDatabase({ file: databaseFile, migrationsFolder, key }), auditKey);
}

/** The key when there is one (for the stored passphrase); never made here. */
async function existingDatabaseKey(dataDir: string, keyDir: string): Promise<Buffer | undefined> {
  try {
    return await loadSecretKey('database', { kind: 'owner-only-file', dataDir, keyDir }, { create: false });
  } catch {
    return undefined;
  }
}

async function passphrase(confirm: boolean, dataDir: string, keyDir: string): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  // As the program does: the passphrase set on the "Kopie zapasowe" screen of this computer (sealed with its key).
  const stored = readBackupSettings(dataDir, await existingDatabaseKey(dataDir, keyDir)).passphrase;
  if (stored) {
    console.log(`Hasło kopii: zapisane w programie na tym komputerze (${path.join(dataDir, BACKUP_SETTINGS_FILE)}).`);
    usedStoredPassphrase = true;
    return stored;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError(`Podaj hasło kopii w zmiennej środowiskowej ${PASSPHRASE_ENV} albo uruchom polecenie w terminalu, który zapyta o nie.`);
  }
  const first = await promptHidden('Hasło kopii zapasowej: ');
  if (!first) throw new UsageError('Hasło nie może być puste.');
  if (confirm && (await promptHidden('Powtórz hasło: ')) !== first) throw new UsageError('Hasła się różnią. Nic nie zostało zapisane.');
  return first;
}

async function confirm(question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY) throw new UsageError('To polecenie zmienia dane. Dodaj --yes, jeśli uruchamiasz je bez terminala.');
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} Wpisz "tak", aby kontynuować: `)).trim().toLowerCase();
    if (answer !== 'tak') throw new UsageError('Nic nie zostało zmienione.');
  } finally {
    rl.close();
  }
}

function fileArgument(positionals: string[], command: string): string {
  const file = positionals[2];
  if (!file) throw new UsageError(`Podaj plik kopii: npm run cli -- backup ${command} PLIK`);
  if (positionals.length > 3) throw new UsageError(`Za dużo argumentów: ${positionals.slice(3).join(' ')}`);
  return path.resolve(file);
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      yes: { type: 'boolean', default: false },
      'key-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals[0] !== 'backup' || !positionals[1]) throw new UsageError(USAGE);
  const command = positionals[1];
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir);
  console.log(`Folder danych: ${dataDir}${values['data-dir'] ? '' : ' (folder zainstalowanego programu; inny: --data-dir FOLDER)'}`);
  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  const outDir = path.resolve(values.out ?? path.join(dataDir, 'backups'));
  const keyDir = path.resolve(values['key-dir'] ?? defaultKeyDir(process.env, process.platform, os.homedir()));
  const progress = progressPrinter();
  const onEvent = progress.onEvent;

  try {
    switch (command) {
      case 'create': {
        if (positionals.length > 2) throw new UsageError(`Za dużo argumentów: ${positionals.slice(2).join(' ')}`);
        const secret = await passphrase(true, dataDir, keyDir);
        const key = await databaseKey(dataDir, keyDir);
        const created = await createBackup({
          source: { file: databaseFile },
          destinationDir: outDir,
          passphrase: secret,
          programVersion: packageJson.version,
          onEvent,
          databaseKey: key,
        });
        progress.finish();
        console.log(`Kopia zapasowa zapisana: ${created.file}`);
        console.log(`  rozmiar: ${megabytes(created.bytes)}, czas: ${seconds(created.durationMs)}, schemat bazy: ${created.manifest.schemaVersion}`);
        console.log(describeCounts(created.manifest.counts));
        console.log('Zapamiętaj hasło: bez niego kopii nie da się odtworzyć.');
        return 0;
      }
      case 'list': {
        if (positionals.length > 3) throw new UsageError(`Za dużo argumentów: ${positionals.slice(3).join(' ')}`);
        const folder = positionals[2] ? path.resolve(positionals[2]) : outDir;
        const { backups, skipped } = listBackups(folder);
        if (backups.length === 0) console.log(`W folderze ${folder} nie ma kopii zapasowych.`);
        else console.log(`Kopie zapasowe w ${folder} (od najnowszej; opis sprawdza dopiero "verify"):`);
        for (const backup of backups) {
          const persons = backup.manifest.counts.persons;
          console.log(
            `  ${localTime(backup.manifest.createdAt).padEnd(22)} ${backup.fileName}  ${megabytes(backup.bytes)}, program ${backup.manifest.programVersion}, ` +
              `schemat ${backup.manifest.schemaVersion}${persons === undefined ? '' : `, osób: ${persons}`}`,
          );
        }
        for (const file of skipped) console.log(`  pominięto ${file.fileName}: ${file.message}`);
        const safety = listSafetyCopies(databaseFile);
        if (!values.out && !positionals[2] && safety.length > 0) {
          console.log(`Kopie bezpieczeństwa w ${path.dirname(safety[0]!.file)} (cofnięcie odtworzenia: undo-restore):`);
          for (const copy of safety) {
            const label = copy.kind === 'before-restore' ? 'sprzed odtworzenia' : 'sprzed cofnięcia';
            console.log(`  ${localTime(copy.createdAt.toISOString()).padEnd(22)} ${path.basename(copy.file)} (${label})`);
          }
        }
        return 0;
      }
      case 'verify': {
        const file = fileArgument(positionals, command);
        const secret = await passphrase(false, dataDir, keyDir);
        const verified = await verifyBackup({ file, passphrase: secret, knownSchemaVersion: knownSchemaVersion(migrationsFolder), onEvent });
        progress.finish();
        console.log(`Kopia jest poprawna: ${verified.file}`);
        console.log(`  utworzona: ${localTime(verified.manifest.createdAt)}, program ${verified.manifest.programVersion}, schemat bazy ${verified.schemaVersion}`);
        console.log('  hasło, suma kontrolna i spójność bazy: w porządku');
        console.log(describeCounts(verified.counts));
        return 0;
      }
      case 'drill': {
        const file = fileArgument(positionals, command);
        const secret = await passphrase(false, dataDir, keyDir);
        const report = await drillBackup({ file, passphrase: secret, migrationsFolder, onEvent });
        progress.finish();
        console.log(`Próbne odtworzenie udane (w folderze tymczasowym, obecne dane nietknięte): ${report.file}`);
        console.log(`  utworzona: ${localTime(report.createdAt)}, program ${report.programVersion}`);
        console.log(
          `  schemat bazy: ${report.schemaVersion}` +
            (report.schemaVersionAfterOpening === report.schemaVersion ? '' : ` (po dostosowaniu do tej wersji programu: ${report.schemaVersionAfterOpening})`),
        );
        console.log(describeCounts(report.counts));
        console.log(`  czas: ${seconds(report.durationMs)}`);
        return 0;
      }
      case 'restore': {
        const file = fileArgument(positionals, command);
        const key = await databaseKey(dataDir, keyDir);
        const secret = await passphrase(false, dataDir, keyDir);
        await confirm(
          fs.existsSync(databaseFile)
            ? `Obecne dane w ${dataDir} zostaną zastąpione danymi z kopii (przedtem powstanie kopia bezpieczeństwa).`
            : `W folderze ${dataDir} powstanie baza danych z kopii.`,
          values.yes,
        );
        const log = await closedLog(dataDir, keyDir, key);
        const read: { tail: AuditTail | null } = { tail: null };
        const result = await restoreBackup({
          file,
          passphrase: secret,
          databaseFile,
          migrationsFolder,
          onEvent,
          databaseKey: key,
          // Read once the backup passed its check, just before the swap.
          beforeReplace: async () => {
            read.tail = log.readTail(tailStart(readHeader(file).manifest.createdAt));
          },
        });
        progress.finish();
        const carried = read.tail ?? { since: result.backup.manifest.createdAt, rows: null };
        log.write((tx) =>
          recordReplacement(tx, systemClock, carried, null, {
            kind: 'backup.restore',
            summary: `Przywrócono dane z kopii ${path.basename(file)} z ${localTime(result.backup.manifest.createdAt)} (wiersz poleceń)`,
            details: { fileName: path.basename(file), folder: path.dirname(file), safetyCopy: result.safetyCopy && path.basename(result.safetyCopy), counts: result.current.counts },
          }),
        );
        // Everyone who logs in next is told from which moment the data comes.
        recordRestoreNotice(dataDir, 'restore', new Date(), result.backup.manifest.createdAt);
        console.log(`Odtworzono dane z kopii ${result.backup.file} (utworzonej ${localTime(result.backup.manifest.createdAt)}).`);
        if (result.migratedFrom !== result.current.schemaVersion) {
          console.log(`  baza dostosowana do tej wersji programu (schemat ${result.migratedFrom} → ${result.current.schemaVersion})`);
        }
        console.log(describeCounts(result.current.counts));
        if (result.safetyCopy) console.log(`Poprzednie dane zachowano w ${result.safetyCopy} — cofnięcie: npm run cli -- backup undo-restore`);
        if (result.damagedCopy) console.log(`Poprzednia baza była nieczytelna; jej pliki zachowano w ${result.damagedCopy}.`);
        return 0;
      }
      case 'undo-restore': {
        if (positionals.length > 2) throw new UsageError(`Za dużo argumentów: ${positionals.slice(2).join(' ')}`);
        const key = await databaseKey(dataDir, keyDir);
        const latest = undoableRestore(databaseFile);
        if (latest) {
          await confirm(
            `Obecne dane w ${dataDir} zostaną zastąpione kopią bezpieczeństwa z ${localTime(latest.createdAt.toISOString())}.`,
            values.yes,
          );
        }
        const log = await closedLog(dataDir, keyDir, key);
        const read: { tail: AuditTail | null } = { tail: null };
        const result = await undoLastRestore({
          databaseFile,
          migrationsFolder,
          onEvent,
          databaseKey: key,
          beforeReplace: async () => {
            read.tail = latest ? log.readTail(tailStart(latest.createdAt)) : null;
          },
        });
        progress.finish();
        const carried = read.tail ?? { since: new Date().toISOString(), rows: null };
        log.write((tx) =>
          recordReplacement(tx, systemClock, carried, null, {
            kind: 'backup.undoRestore',
            summary: `Cofnięto ostatnie przywrócenie: wróciły dane z kopii bezpieczeństwa ${path.basename(result.restoredFrom)} (wiersz poleceń)`,
            details: { restoredFrom: path.basename(result.restoredFrom), counts: result.current.counts },
          }),
        );
        if (latest) recordRestoreNotice(dataDir, 'undo', new Date(), latest.createdAt);
        console.log(`Cofnięto odtworzenie: przywrócono ${result.restoredFrom}.`);
        console.log(describeCounts(result.current.counts));
        if (result.safetyCopy) console.log(`Dane sprzed cofnięcia zachowano w ${result.safetyCopy}.`);
        return 0;
      }
      default:
        throw new UsageError(`Nieznane polecenie "${command}".\n${USAGE}`);
    }
  } finally {
    progress.finish();
  }
}

async function main(): Promise<void> {
  let code: number;
  try {
    code = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      code = 2;
    } else if (error instanceof SecretKeyError) {
      console.error(`Błąd: ${error.message}`);
      code = 1;
    } else if (error instanceof BackupError) {
      console.error(`Błąd: ${error.message}`);
      if (error.code === 'WRONG_PASSPHRASE' && usedStoredPassphrase) {
        console.error(`To było hasło zapisane w programie na tym komputerze. Kopia z innym hasłem: podaj je w zmiennej ${PASSPHRASE_ENV}.`);
      }
      code = 1;
    } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      code = 2;
    } else {
      console.error(`Nieoczekiwany błąd: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      code = 1;
    }
  }
  process.exitCode = code;
}

await main();
