import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { registerAuditKey, verifyAuditChain } from '../../db/repositories/audit';
import { MIGRATIONS_FOLDER, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { createRecoveryCore } from '../../electron/core/recovery';
import { APP_VERSION, createTestCore, expectError, personWithPesel, PESEL, type TestCore } from './helpers';

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

    const recovery = createRecoveryCore({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY });
    const call = (method: string, input: unknown) => recovery.router.invoke(method, input, { transport: 'test' });
    expect(await call('system.info', {})).toMatchObject({ ok: true, value: { mode: 'recovery' } });
    const listed = await call('backups.list', {});
    expect(listed.ok && (listed.value as { backups: { fileName: string }[] }).backups.map((b) => b.fileName)).toEqual([backup.fileName]);

    const restored = await call('backups.restore', { location: 'primary', fileName: backup.fileName, passphrase: PASSPHRASE, confirmation: 'PRZYWRÓĆ' });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    expect(fs.readdirSync(path.join(t.dir, 'safety')).some((name) => name.startsWith('ostoja-damaged-'))).toBe(true);

    const reopened = openDatabase({ file: live, migrationsFolder: MIGRATIONS_FOLDER, key: TEST_DATABASE_KEY });
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
    const recovery = createRecoveryCore({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY });
    const call = (method: string, input: unknown) => recovery.router.invoke(method, input, { transport: 'test' });
    for (const method of ['persons.search', 'auth.login', 'users.list', 'backups.createNow', 'backups.configure', 'setup.initialize']) {
      expect(expectError(await call(method, {}), 'FORBIDDEN').message).toContain('trybie przywracania');
    }
  });

  it('restores only with the passphrase typed there (the one kept on this computer is not enough), carrying the history since the backup', async () => {
    await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
    await t.api.call('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    const backup = await t.api.call('backups.createNow', {});
    await t.moveClockTo('2026-11-24T11:00:00.000Z');
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    t.core.close();

    const recovery = createRecoveryCore({ dataDir: t.dir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: APP_VERSION, auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY });
    const call = (method: string, input: unknown) => recovery.router.invoke(method, input, { transport: 'test' });
    const ref = { location: 'primary', fileName: backup.fileName, confirmation: 'PRZYWRÓĆ' };
    for (const method of ['backups.restore', 'backups.drill']) {
      const refused = expectError(await call(method, ref), 'VALIDATION');
      expect(refused.message).toBe('W trybie przywracania wpisz hasło kopii zapasowej: hasło zapamiętane na tym komputerze tu nie wystarcza.');
      expect(refused.issues?.[0]?.path).toEqual(['passphrase']);
    }
    expect(expectError(await call('backups.restore', { ...ref, passphrase: 'nie-to-haslo-kopii' }), 'VALIDATION').message).toContain('Hasło nie pasuje');
    expect(fs.existsSync(path.join(t.dir, 'safety'))).toBe(false); // nothing was replaced

    const restored = await call('backups.restore', { ...ref, passphrase: PASSPHRASE });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    const live = path.join(t.dir, 'ostoja.db');
    const reopened = openDatabase({ file: live, migrationsFolder: MIGRATIONS_FOLDER, key: TEST_DATABASE_KEY });
    try {
      expect(reopened.sqlite.prepare('SELECT last_name FROM persons').all()).toEqual([{ last_name: 'Nowak' }]);
      const log = reopened.sqlite.prepare('SELECT kind, summary, details FROM audit_log ORDER BY id').all() as { kind: string; summary: string; details: string | null }[];
      const janCreated = log.find((entry) => entry.kind === 'person.create' && entry.summary.includes('Kowalski'));
      expect(janCreated?.details).toContain('"carriedOver"');
      expect(log.at(-1)?.kind).toBe('backup.restore');
      expect(log.at(-1)?.summary).toMatch(/\(tryb przywracania\) \(przeniesiono wpisy dziennika z okresu po kopii: \d+\)$/);
      registerAuditKey(reopened.sqlite, TEST_AUDIT_KEY);
      expect(verifyAuditChain(reopened.db).problems).toEqual([]);
    } finally {
      reopened.close();
    }
  });
});
