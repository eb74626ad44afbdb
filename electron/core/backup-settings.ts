import fs from 'node:fs';
import path from 'node:path';

/**
 * Where backups go and the passphrase that encrypts them. Kept in a file of this computer beside the
 * database, not in it: a restore of older data must not bring back an old passphrase or destination, and a
 * backup must not carry the key that opens it. Written atomically, readable by the owner only.
 */
export interface BackupSettings {
  passphrase: string | null;
  /** The second destination: a USB stick or a network folder. */
  secondaryDir: string | null;
}

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const PRIMARY_BACKUP_FOLDER = 'backups';

export function primaryBackupDir(dataDir: string): string {
  return path.join(dataDir, PRIMARY_BACKUP_FOLDER);
}

export function readBackupSettings(dataDir: string): BackupSettings {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as Partial<BackupSettings>;
    return {
      passphrase: typeof parsed.passphrase === 'string' && parsed.passphrase ? parsed.passphrase : null,
      secondaryDir: typeof parsed.secondaryDir === 'string' && parsed.secondaryDir ? parsed.secondaryDir : null,
    };
  } catch {
    return { passphrase: null, secondaryDir: null };
  }
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(settings, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
