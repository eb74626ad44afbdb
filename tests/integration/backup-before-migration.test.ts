import { openSqliteFile } from '../../db/cipher';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knownSchemaVersion } from '../../db/open';
import { FONTS_FOLDER, MIGRATIONS_FOLDER, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { backupBeforeMigration } from '../../electron/core/backup-before-migration';
import { createCore } from '../../electron/core/core';
import { listBackups } from '../../electron/core/backup';
import { primaryBackupDir, writeBackupSettings } from '../../electron/core/backup-settings';
import { APP_VERSION, createTestCore, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
});
afterEach(() => t.cleanup());

/** Makes the closed database look as if an older program version had written it. */
function pretendOlderSchema(file: string, version: number): void {
  const raw = openSqliteFile(file, { key: TEST_DATABASE_KEY });
  raw.pragma(`user_version = ${version}`);
  raw.close();
}

describe('a backup before the database is migrated', () => {
  const options = () => ({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, fontsFolder: FONTS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY });

  it('is taken when a newer program opens an older database, and the audit log says so', async () => {
    writeBackupSettings(t.dir, { passphrase: 'haslo-kopii-gops-sitno', secondaryDir: null }, TEST_DATABASE_KEY);
    const file = t.core.database.file;
    t.core.close();
    const known = knownSchemaVersion(MIGRATIONS_FOLDER);
    pretendOlderSchema(file, known - 1);

    const backedUp = await backupBeforeMigration(options());
    expect(backedUp).toMatchObject({ fromSchema: known - 1, toSchema: known });
    const { backups } = listBackups(primaryBackupDir(t.dir));
    expect(backups.map((backup) => backup.fileName)).toEqual([backedUp!.fileName]);
    expect(backups[0]!.manifest.schemaVersion).toBe(known - 1);

    const core = createCore({ ...options(), backupBeforeMigration: backedUp });
    try {
      const entry = core.database.sqlite.prepare("SELECT summary FROM audit_log WHERE kind = 'backup.create'").get() as { summary: string };
      expect(entry.summary).toBe(`Kopia zapasowa przed aktualizacją bazy danych (schemat ${known - 1} → ${known}): ${backedUp!.fileName}`);
      expect(core.database.sqlite.pragma('user_version', { simple: true })).toBe(known);
    } finally {
      core.close();
    }
  });

  it('is not taken for a database already up to date, or when backups are not set up', async () => {
    t.core.close();
    expect(await backupBeforeMigration(options())).toBeNull(); // no passphrase yet
    writeBackupSettings(t.dir, { passphrase: 'haslo-kopii-gops-sitno', secondaryDir: null }, TEST_DATABASE_KEY);
    expect(await backupBeforeMigration(options())).toBeNull(); // up to date
    expect(listBackups(primaryBackupDir(t.dir)).backups).toEqual([]);
  });
});
