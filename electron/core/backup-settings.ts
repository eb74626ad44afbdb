import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where backups go and the passphrase that encrypts them. Kept in a file of this computer beside the
 * database, not in it: a restore of older data must not bring back an old passphrase or destination, and a
 * backup must not carry the key that opens it. Written atomically, readable by the owner only.
 *
 * The passphrase (which unattended backups need, so it must be stored) is sealed with AES-256-GCM under a key
 * derived from the data folder's database key, which the operating system protects (secret-keys.ts): the file
 * beside the backups opens nothing without this computer's key. A file written before the passphrase was sealed
 * (`passphrase` in plain text) is read once and written again sealed.
 */
export interface BackupSettings {
  passphrase: string | null;
  /** The second destination: a USB stick or a network folder. */
  secondaryDir: string | null;
}

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const PRIMARY_BACKUP_FOLDER = 'backups';

interface StoredSettings {
  /** Before sealing: the passphrase in plain text. Never written any more. */
  passphrase?: unknown;
  /** base64 of IV (12) | GCM tag (16) | ciphertext. */
  sealedPassphrase?: unknown;
  secondaryDir?: unknown;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The sealing key is derived, not the database key itself: one key, one purpose. */
const SEAL_INFO = 'ostoja backup-settings passphrase v1';

export function primaryBackupDir(dataDir: string): string {
  return path.join(dataDir, PRIMARY_BACKUP_FOLDER);
}

function sealingKey(databaseKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', databaseKey, Buffer.alloc(0), SEAL_INFO, 32));
}

function seal(passphrase: string, databaseKey: Buffer): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(databaseKey), iv);
  const ciphertext = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/** Null when the sealed passphrase does not open with this key (another computer's file): it must be set again. */
function unseal(sealed: string, databaseKey: Buffer): string | null {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', sealingKey(databaseKey), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8') || null;
  } catch {
    return null;
  }
}

/**
 * The settings of this data folder. `databaseKey` opens the sealed passphrase; without it (the command line on
 * the desktop program's folder, whose key only the program can unlock) the passphrase reads as not set.
 */
export function readBackupSettings(dataDir: string, databaseKey?: Buffer): BackupSettings {
  let stored: StoredSettings;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as StoredSettings;
  } catch {
    return { passphrase: null, secondaryDir: null };
  }
  const secondaryDir = typeof stored.secondaryDir === 'string' && stored.secondaryDir ? stored.secondaryDir : null;
  const plain = typeof stored.passphrase === 'string' && stored.passphrase ? stored.passphrase : null;
  if (plain !== null) {
    // Written before the passphrase was sealed: sealed now, once, so that it no longer lies in plain text.
    if (databaseKey) writeBackupSettings(dataDir, { passphrase: plain, secondaryDir }, databaseKey);
    return { passphrase: plain, secondaryDir };
  }
  const sealed = typeof stored.sealedPassphrase === 'string' ? stored.sealedPassphrase : null;
  return { passphrase: sealed && databaseKey ? unseal(sealed, databaseKey) : null, secondaryDir };
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings, databaseKey: Buffer): void {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  const stored: StoredSettings = {
    ...(settings.passphrase ? { sealedPassphrase: seal(settings.passphrase, databaseKey) } : {}),
    secondaryDir: settings.secondaryDir,
  };
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(stored, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
