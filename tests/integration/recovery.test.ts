import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_FOLDER, TEST_AUDIT_KEY } from '../../db/testing';
import { createRecoveryCore } from '../../electron/core/recovery';
import { APP_VERSION, createTestCore, expectError, personWithPesel, type TestCore } from './helpers';

const PASSPHRASE = 'haslo-kopii-gops-sitno';
let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
});
afterEach(() => t.cleanup());

describe('recovery mode (--recovery)', () => {
  it('restores a backup over a database that will not open, without ever opening the live one', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', '02211307589'));
    const backup = await t.api.call('backups.createNow', {});
    t.core.close();
    // The live database is wrecked: the normal program cannot start.
    const live = path.join(t.dir, 'ostoja.db');
    fs.writeFileSync(live, 'zniszczony plik'.repeat(100));
    fs.rmSync(`${live}-wal`, { force: true });
    fs.rmSync(`${live}-shm`, { force: true });

    const recovery = createRecoveryCore({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY });
    const call = (method: string, input: unknown) => recovery.router.invoke(method, input, { transport: 'test' });
    expect(await call('system.info', {})).toMatchObject({ ok: true, value: { mode: 'recovery' } });
    const listed = await call('backups.list', {});
    expect(listed.ok && (listed.value as { backups: { fileName: string }[] }).backups.map((b) => b.fileName)).toEqual([backup.fileName]);

    const restored = await call('backups.restore', { location: 'primary', fileName: backup.fileName, confirmation: 'PRZYWRÓĆ' });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    expect(fs.readdirSync(path.join(t.dir, 'safety')).some((name) => name.startsWith('ostoja-damaged-'))).toBe(true);

    const reopened = openDatabase({ file: live, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      expect(reopened.sqlite.prepare('SELECT first_name FROM persons').all()).toEqual([{ first_name: 'Anna' }]);
      const entry = reopened.sqlite.prepare("SELECT summary FROM audit_log WHERE kind = 'backup.restore'").get() as { summary: string };
      expect(entry.summary).toContain('(tryb przywracania)');
    } finally {
      reopened.close();
    }
  });

  it('offers nothing but the backups: every other method is refused', async () => {
    t.core.close();
    const recovery = createRecoveryCore({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY });
    const call = (method: string, input: unknown) => recovery.router.invoke(method, input, { transport: 'test' });
    for (const method of ['persons.search', 'auth.login', 'users.list', 'backups.createNow', 'backups.configure', 'setup.initialize']) {
      expect(expectError(await call(method, {}), 'FORBIDDEN').message).toContain('trybie przywracania');
    }
  });
});
