import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secret keys of this computer (the database key, a keyed audit chain, an unattended backup passphrase):
 * random 32 bytes, never written in plain text beside the data they open.
 *
 * - In the desktop program the operating system protects them: Electron's safeStorage (DPAPI on Windows,
 *   bound to the Windows user), injected as an OsProtector. The protected blob lives in the data folder
 *   (`keys/<name>.protected`); copied to another PC or read by another user it opens nothing.
 * - In browser mode there is no such service: the key is a file readable by its owner only (0600 in a 0700
 *   folder) in a folder of the user's profile, outside the data folder, named after the data folder it belongs
 *   to. A copy of the data folder alone carries no key.
 *
 * Electron-free: the Electron side (electron/main/safe-storage.ts) passes safeStorage in.
 */

/** office-pc-key: another PC's key to the main PC (made by the main PC at pairing, stored here like the others). */
export type SecretKeyName = 'database' | 'audit-chain' | 'backup-passphrase' | 'office-pc-key';

export const KEY_BYTES = 32;

/** The operating system's protection of a secret (Electron safeStorage); async as safeStorage's own API. */
export interface OsProtector {
  /** For the stored file and the messages, e.g. "safeStorage". */
  readonly name: string;
  isAvailable(): Promise<boolean>;
  encrypt(text: string): Promise<Buffer>;
  /** shouldReEncrypt: the OS rotated its key; the caller writes the blob again. */
  decrypt(data: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

export type KeyPlace =
  | { kind: 'os'; dataDir: string; protector: OsProtector }
  | { kind: 'owner-only-file'; dataDir: string; /** e.g. ~/.config/ostoja/keys; never inside dataDir. */ keyDir: string };

export type SecretKeyErrorReason = 'missing' | 'unprotected' | 'unreadable' | 'no-protection' | 'inside-data-folder';

export class SecretKeyError extends Error {
  constructor(
    readonly reason: SecretKeyErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

interface ProtectedFile {
  format: 'ostoja-protected-key';
  version: 1;
  protector: string;
  data: string;
}

const isWindows = process.platform === 'win32';

/** Where the desktop program keeps a key of this data folder, protected by the operating system. */
export function osProtectedKeyFile(name: SecretKeyName, dataDir: string): string {
  return path.join(dataDir, 'keys', `${name}.protected`);
}

/** The file that holds (or would hold) a key for this data folder. */
export function secretKeyFile(name: SecretKeyName, place: KeyPlace): string {
  if (place.kind === 'os') return osProtectedKeyFile(name, place.dataDir);
  // The data folder's resolved path names its key, so two data folders never share one.
  const id = createHash('sha256').update(path.resolve(place.dataDir)).digest('hex').slice(0, 16);
  return path.join(place.keyDir, `${name}-${id}.key`);
}

/**
 * Written whole (a temporary file, then in place), readable by the owner only. `exclusive`: a file made
 * meanwhile by another process wins (false is returned), so two first starts never keep two keys.
 */
function writeOwnerOnly(file: string, content: string, exclusive: boolean): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (!exclusive) {
    fs.renameSync(temp, file);
    return true;
  }
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function checkOwnerOnly(file: string): void {
  if (isWindows) return; // NTFS rights are not mode bits; %APPDATA% of the user is theirs only.
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new SecretKeyError(
      'unprotected',
      `Plik klucza ${file} mogą czytać inni użytkownicy tego komputera (uprawnienia ${mode.toString(8)}). ` +
        `Program go nie użyje. Ustaw uprawnienia tylko dla właściciela: chmod 600 "${file}".`,
    );
  }
}

function decodeKey(text: string, file: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new SecretKeyError('unreadable', `Plik klucza ${file} jest uszkodzony. Program go nie użyje.`);
  }
  return key;
}

async function readOsProtected(file: string, protector: OsProtector): Promise<Buffer | null> {
  let stored: ProtectedFile;
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as ProtectedFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SecretKeyError('unreadable', `Plik klucza ${file} jest uszkodzony. Program go nie użyje.`);
  }
  if (stored?.format !== 'ostoja-protected-key' || typeof stored.data !== 'string') {
    throw new SecretKeyError('unreadable', `Plik klucza ${file} jest uszkodzony. Program go nie użyje.`);
  }
  let decrypted: { text: string; shouldReEncrypt: boolean };
  try {
    decrypted = await protector.decrypt(Buffer.from(stored.data, 'base64'));
  } catch {
    throw new SecretKeyError(
      'unreadable',
      `Klucza ${file} nie można odczytać: został zabezpieczony dla innego użytkownika Windows albo na innym komputerze. ` +
        'Dane tego folderu otworzy tylko ten użytkownik na tamtym komputerze; na nowym komputerze przywróć kopię zapasową jej hasłem.',
    );
  }
  const key = decodeKey(decrypted.text, file);
  if (decrypted.shouldReEncrypt) await writeOsProtected(file, key, protector, false);
  return key;
}

async function writeOsProtected(file: string, key: Buffer, protector: OsProtector, exclusive: boolean): Promise<boolean> {
  const data = await protector.encrypt(key.toString('base64'));
  const stored: ProtectedFile = { format: 'ostoja-protected-key', version: 1, protector: protector.name, data: data.toString('base64') };
  return writeOwnerOnly(file, `${JSON.stringify(stored, null, 2)}\n`, exclusive);
}

function readOwnerOnlyFile(file: string): Buffer | null {
  if (!fs.existsSync(file)) return null;
  checkOwnerOnly(file);
  return decodeKey(fs.readFileSync(file, 'utf8'), file);
}

export interface LoadKeyOptions {
  /** Make a new key when there is none (a new data folder); otherwise a missing key is an error. */
  create: boolean;
  random?: (bytes: number) => Buffer;
}

/**
 * The key `name` of this data folder: read, or made once and stored protected. Refuses an OS place whose
 * protection is not available (no plain-text fallback) and an owner-only file inside the data folder or
 * readable by others.
 */
export async function loadSecretKey(name: SecretKeyName, place: KeyPlace, options: LoadKeyOptions): Promise<Buffer> {
  const file = secretKeyFile(name, place);
  if (place.kind === 'os') {
    if (!(await place.protector.isAvailable())) {
      throw new SecretKeyError(
        'no-protection',
        'System nie udostępnia ochrony kluczy (safeStorage), więc program nie zapisze klucza danych. ' +
          'Uruchom program jako zwykły użytkownik Windows po zalogowaniu.',
      );
    }
    const existing = await readOsProtected(file, place.protector);
    if (existing) return existing;
  } else {
    if (isInside(place.keyDir, place.dataDir)) {
      throw new SecretKeyError(
        'inside-data-folder',
        `Folder kluczy ${place.keyDir} leży w folderze danych ${place.dataDir}: klucz nie może leżeć obok danych.`,
      );
    }
    const existing = readOwnerOnlyFile(file);
    if (existing) return existing;
  }
  if (!options.create) {
    throw new SecretKeyError(
      'missing',
      `Brak klucza danych (${file}). Bez niego zaszyfrowanych danych nie da się otworzyć; ` +
        'na nowym komputerze przywróć kopię zapasową jej hasłem.',
    );
  }
  const key = (options.random ?? randomBytes)(KEY_BYTES);
  if (key.length !== KEY_BYTES) throw new Error(`Klucz musi mieć ${KEY_BYTES} bajty`);
  const written =
    place.kind === 'os'
      ? await writeOsProtected(file, key, place.protector, true)
      : writeOwnerOnly(file, `${key.toString('base64')}\n`, true);
  if (written) return key;
  // Another process made the key first: use theirs.
  const theirs = place.kind === 'os' ? await readOsProtected(file, place.protector) : readOwnerOnlyFile(file);
  if (!theirs) throw new SecretKeyError('unreadable', `Plik klucza ${file} zniknął w trakcie zapisu.`);
  return theirs;
}

/**
 * Browser mode's key folder, in the user's profile and never in the data folder: %LOCALAPPDATA%\Ostoja\keys on
 * Windows (not roaming: a key must not travel with the profile), $XDG_CONFIG_HOME/ostoja/keys or
 * ~/.config/ostoja/keys elsewhere.
 */
export function defaultKeyDir(env: Record<string, string | undefined>, platform: string, homeDir: string): string {
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA || path.win32.join(homeDir, 'AppData', 'Local'), 'Ostoja', 'keys');
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(homeDir, '.config'), 'ostoja', 'keys');
}
