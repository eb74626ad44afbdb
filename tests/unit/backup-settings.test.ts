/** The backup passphrase stored for unattended backups: sealed with the data folder's key, never in plain text. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTempDataDir } from '../../db/testing';
import { BACKUP_SETTINGS_FILE, readBackupSettings, writeBackupSettings } from '../../electron/core/backup-settings';

const KEY = Buffer.alloc(32, 0x21);
const OTHER_KEY = Buffer.alloc(32, 0x42);
const PASSPHRASE = 'Zażółć gęślą jaźń — kopia 2025';

const temp = createTempDataDir('ostoja-backup-settings-');
afterEach(() => fs.rmSync(path.join(temp.dir, BACKUP_SETTINGS_FILE), { force: true }));
afterAll(() => temp.cleanup());
const file = () => path.join(temp.dir, BACKUP_SETTINGS_FILE);

describe('backup settings', () => {
  it('keep the passphrase sealed: it reads back with the key, not with another key or none', () => {
    writeBackupSettings(temp.dir, { passphrase: PASSPHRASE, secondaryDir: 'E:\\Kopie' }, KEY);
    expect(fs.readFileSync(file(), 'utf8')).not.toContain(PASSPHRASE);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(readBackupSettings(temp.dir, KEY)).toEqual({ passphrase: PASSPHRASE, secondaryDir: 'E:\\Kopie' });
    expect(readBackupSettings(temp.dir, OTHER_KEY)).toEqual({ passphrase: null, secondaryDir: 'E:\\Kopie' });
    expect(readBackupSettings(temp.dir)).toEqual({ passphrase: null, secondaryDir: 'E:\\Kopie' });
  });

  it('convert a file written before sealing once, at the first read with the key', () => {
    fs.writeFileSync(file(), JSON.stringify({ passphrase: PASSPHRASE, secondaryDir: null }));
    // Without the key (the command line on the desktop program's folder) the file is read but left as it is.
    expect(readBackupSettings(temp.dir).passphrase).toBe(PASSPHRASE);
    expect(fs.readFileSync(file(), 'utf8')).toContain(PASSPHRASE);

    expect(readBackupSettings(temp.dir, KEY)).toEqual({ passphrase: PASSPHRASE, secondaryDir: null });
    const written = fs.readFileSync(file(), 'utf8');
    expect(written).not.toContain(PASSPHRASE);
    expect(JSON.parse(written)).toEqual({ sealedPassphrase: expect.any(String), secondaryDir: null });
    expect(readBackupSettings(temp.dir, KEY).passphrase).toBe(PASSPHRASE);
  });

  it('without a passphrase store none', () => {
    writeBackupSettings(temp.dir, { passphrase: null, secondaryDir: null }, KEY);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({ secondaryDir: null });
    expect(readBackupSettings(temp.dir, KEY)).toEqual({ passphrase: null, secondaryDir: null });
  });
});
