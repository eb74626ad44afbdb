import fs from 'node:fs';
import path from 'node:path';
import { isEncryptedDatabaseFile, openSqliteFile } from '../../db/cipher';
import { knownSchemaVersion, readHeaderValues } from '../../db/open';
import { createBackup } from './backup';
import { primaryBackupDir, readBackupSettings } from './backup-settings';
import { DATABASE_FILE_NAME } from './core';

export interface BackupBeforeMigrationOptions {
  dataDir: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string | undefined;
  /** The data folder's database key: the database may be encrypted, and the stored passphrase is. */
  databaseKey: Buffer;
}

/**
 * When a new program version is about to migrate an older database, an encrypted backup of it is taken first,
 * from the closed file, so that a migration gone wrong can be undone with the restore wizard. Nothing happens
 * for a new database, one already up to date, one from a newer version (which openDatabase refuses) or when
 * backups are not set up. Returns what was backed up, for the audit log.
 */
export async function backupBeforeMigration(
  options: BackupBeforeMigrationOptions,
): Promise<{ fileName: string; fromSchema: number; toSchema: number } | null> {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  const { passphrase } = readBackupSettings(options.dataDir, options.databaseKey);
  if (!passphrase || !fs.existsSync(file)) return null;
  let fromSchema: number;
  try {
    fromSchema = schemaVersionOf(file, options);
  } catch {
    return null; // not a database: openDatabase says so in its own words
  }
  const toSchema = knownSchemaVersion(options.migrationsFolder);
  if (fromSchema === 0 || fromSchema >= toSchema) return null;
  const created = await createBackup({
    source: { file },
    destinationDir: primaryBackupDir(options.dataDir),
    passphrase,
    programVersion: options.appVersion,
    nativeBinding: options.nativeBinding,
    databaseKey: options.databaseKey,
  });
  return { fileName: created.fileName, fromSchema, toSchema };
}

/** user_version of the closed database: from the plain header, or through SQLite when the file is encrypted. */
function schemaVersionOf(file: string, options: BackupBeforeMigrationOptions): number {
  if (!isEncryptedDatabaseFile(file)) return readHeaderValues(file)?.userVersion ?? 0;
  const reader = openSqliteFile(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding, key: options.databaseKey });
  try {
    return reader.pragma('user_version', { simple: true }) as number;
  } finally {
    reader.close();
  }
}
