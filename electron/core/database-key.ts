/**
 * The database key of a data folder and the one-time encryption of a database written before Ostoja encrypted
 * its data (db/cipher.ts says how the pages are encrypted).
 */
import path from 'node:path';
import { encryptInPlace, isEncryptedDatabaseFile, isPlainDatabaseFile, openSqliteFile } from '../../db/cipher';
import { DATABASE_FILE_NAME } from './core';
import { compactTimestamp } from './backup/format';
import { ensureDir, fsyncDir, fsyncFile, removeQuietly, removeStaleTemporaryFiles, renameAtomic, tempPath } from './backup/files';
import { safetyFolder } from './backup/restore';
import { loadSecretKey, type KeyPlace } from './secret-keys';

/**
 * The key of this data folder, from where the operating system keeps it. A new one is made only for a folder
 * whose database is not encrypted yet (new, or from before encryption); for an encrypted database a missing key
 * is reported (secret-keys.ts says so in Polish), never replaced by a new key that would open nothing.
 */
export function loadDatabaseKey(place: KeyPlace): Promise<Buffer> {
  const encrypted = isEncryptedDatabaseFile(path.join(place.dataDir, DATABASE_FILE_NAME));
  return loadSecretKey('database', place, { create: !encrypted });
}

export interface EncryptOnceOptions {
  databaseFile: string;
  key: Buffer;
  now: Date;
  nativeBinding?: string | undefined;
}

/**
 * A plain database (written before Ostoja encrypted its data) gets a safety copy first, then openDatabase
 * encrypts the live file in place. The copy is made plain under a temporary name in safety/, encrypted there
 * with the same key, flushed, and only then given its name `ostoja-before-encryption-<time>.db`: no plain copy
 * is kept (a temporary one left by a crash is removed with the other temporary files). Returns the copy, or
 * null when the database is not plain (new, or already encrypted).
 */
export function safetyCopyBeforeEncryption(options: EncryptOnceOptions): string | null {
  if (!isPlainDatabaseFile(options.databaseFile)) return null;
  const safetyDir = safetyFolder(options.databaseFile);
  ensureDir(safetyDir);
  removeStaleTemporaryFiles(safetyDir, Date.now()); // file times are the computer's, not the program's clock
  const temporary = tempPath(safetyDir, 'encryption', '.db');
  try {
    const reader = openSqliteFile(options.databaseFile, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      reader.prepare('VACUUM INTO ?').run(temporary);
    } finally {
      reader.close();
    }
    const copy = openSqliteFile(temporary, { fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      encryptInPlace(copy, options.key);
    } finally {
      copy.close();
    }
    fsyncFile(temporary);
    const final = path.join(safetyDir, `ostoja-before-encryption-${compactTimestamp(options.now)}.db`);
    renameAtomic(temporary, final);
    fsyncDir(safetyDir);
    return final;
  } finally {
    removeQuietly(temporary);
  }
}
