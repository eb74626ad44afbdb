/** The backups in a folder, read from their headers (no passphrase: the manifest is not yet authenticated). */
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION, readHeader, type BackupManifest } from './format';
import { TEMP_PREFIX } from './files';
import { BackupError, type BackupErrorCode } from './messages';

export interface ListedBackup {
  file: string;
  fileName: string;
  bytes: number;
  /** Read from the header; `verify` authenticates it. */
  manifest: BackupManifest;
  modifiedAt: Date;
}

export interface SkippedFile {
  file: string;
  fileName: string;
  code: BackupErrorCode;
  message: string;
}

export interface BackupListing {
  /** Complete-looking backups (finished, the right size), newest first. */
  backups: ListedBackup[];
  /** Files named like backups that are not complete ones: interrupted, cut off, damaged, foreign. */
  skipped: SkippedFile[];
}

export function listBackups(dir: string): BackupListing {
  const listing: BackupListing = { backups: [], skipped: [] };
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return listing;
  }
  for (const fileName of names) {
    // Temporary files of a backup being written (or killed) never count, whatever they hold.
    if (!fileName.endsWith(BACKUP_EXTENSION) || fileName.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(dir, fileName);
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      const header = readHeader(file);
      listing.backups.push({ file, fileName, bytes: stat.size, manifest: header.manifest, modifiedAt: stat.mtime });
    } catch (error) {
      if (!(error instanceof BackupError)) continue;
      listing.skipped.push({ file, fileName, code: error.code, message: error.message });
    }
  }
  listing.backups.sort(
    (a, b) => Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt) || b.fileName.localeCompare(a.fileName),
  );
  return listing;
}
