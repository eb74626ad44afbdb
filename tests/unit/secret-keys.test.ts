import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultKeyDir,
  KEY_BYTES,
  loadSecretKey,
  SecretKeyError,
  secretKeyFile,
  type KeyPlace,
  type OsProtector,
} from '../../electron/core/secret-keys';
import { safeStorageProtector, type SafeStorageLike } from '../../electron/main/safe-storage';

/** A stand-in for DPAPI: AES-GCM under a key that belongs to "this Windows user on this PC". */
function fakeOs(userKey = randomBytes(32), options: { available?: boolean; reEncrypt?: boolean } = {}) {
  const calls = { encrypt: 0, decrypt: 0 };
  const protector: OsProtector = {
    name: 'safeStorage',
    isAvailable: async () => options.available ?? true,
    async encrypt(text) {
      calls.encrypt++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', userKey, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      calls.decrypt++;
      const decipher = createDecipheriv('aes-256-gcm', userKey, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      const text = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
      return { text, shouldReEncrypt: options.reEncrypt ?? false };
    },
  };
  return { protector, calls };
}

let base: string;
let dataDir: string;
let keyDir: string;
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-keys-'));
  dataDir = path.join(base, 'Ostoja');
  keyDir = path.join(base, 'profile', 'ostoja', 'keys');
  fs.mkdirSync(dataDir);
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

/** Every file under a folder, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      found.set(file, fs.readFileSync(file));
    }
  }
  return found;
}

function containsKey(bytes: Buffer, key: Buffer): boolean {
  return bytes.includes(key) || bytes.includes(key.toString('base64')) || bytes.includes(key.toString('hex')) || bytes.includes(key.toString('base64url'));
}

describe('secret keys protected by the operating system (desktop)', () => {
  it('makes a key once, keeps it only protected in the data folder, and reads the same key again', async () => {
    const { protector } = fakeOs();
    const place: KeyPlace = { kind: 'os', dataDir, protector };
    const key = await loadSecretKey('database', place, { create: true });
    expect(key).toHaveLength(KEY_BYTES);
    expect(await loadSecretKey('database', place, { create: false })).toEqual(key);
    const files = filesUnder(dataDir);
    expect([...files.keys()]).toEqual([secretKeyFile('database', place)]);
    for (const bytes of files.values()) expect(containsKey(bytes, key)).toBe(false);
    if (process.platform !== 'win32') {
      expect(fs.statSync(secretKeyFile('database', place)).mode & 0o777).toBe(0o600);
    }
    // Each name is its own key.
    const other = await loadSecretKey('audit-chain', place, { create: true });
    expect(other).not.toEqual(key);
  });

  it('opens nothing for another user or on another PC (the data folder copied elsewhere)', async () => {
    await loadSecretKey('database', { kind: 'os', dataDir, protector: fakeOs().protector }, { create: true });
    const copy = path.join(base, 'stolen');
    fs.cpSync(dataDir, copy, { recursive: true });
    const elsewhere = { kind: 'os' as const, dataDir: copy, protector: fakeOs().protector };
    const error = await loadSecretKey('database', elsewhere, { create: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretKeyError);
    expect((error as SecretKeyError).reason).toBe('unreadable');
    expect((error as Error).message).toContain('innego użytkownika Windows albo na innym komputerze');
  });

  it('never stores a key when the protection is not available', async () => {
    const place: KeyPlace = { kind: 'os', dataDir, protector: fakeOs(undefined, { available: false }).protector };
    await expect(loadSecretKey('database', place, { create: true })).rejects.toMatchObject({ reason: 'no-protection' });
    expect(filesUnder(dataDir).size).toBe(0);
  });

  it('writes the blob again when the operating system asks for it', async () => {
    const userKey = randomBytes(32);
    const first = fakeOs(userKey);
    const key = await loadSecretKey('database', { kind: 'os', dataDir, protector: first.protector }, { create: true });
    const before = fs.readFileSync(secretKeyFile('database', { kind: 'os', dataDir, protector: first.protector }));
    const rotating = fakeOs(userKey, { reEncrypt: true });
    const place: KeyPlace = { kind: 'os', dataDir, protector: rotating.protector };
    expect(await loadSecretKey('database', place, { create: false })).toEqual(key);
    expect(rotating.calls.encrypt).toBe(1);
    expect(fs.readFileSync(secretKeyFile('database', place))).not.toEqual(before);
  });

  it('says so when the key is missing or the file is damaged', async () => {
    const place: KeyPlace = { kind: 'os', dataDir, protector: fakeOs().protector };
    await expect(loadSecretKey('database', place, { create: false })).rejects.toMatchObject({ reason: 'missing' });
    fs.mkdirSync(path.join(dataDir, 'keys'));
    fs.writeFileSync(secretKeyFile('database', place), '{ not json');
    await expect(loadSecretKey('database', place, { create: true })).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

describe('secret keys in an owner-only file (browser mode)', () => {
  it('keeps the key outside the data folder, readable by its owner only', async () => {
    const place: KeyPlace = { kind: 'owner-only-file', dataDir, keyDir };
    const key = await loadSecretKey('database', place, { create: true });
    expect(await loadSecretKey('database', place, { create: false })).toEqual(key);
    for (const bytes of filesUnder(dataDir).values()) expect(containsKey(bytes, key)).toBe(false);
    const file = secretKeyFile('database', place);
    expect(path.dirname(file)).toBe(keyDir);
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(keyDir).mode & 0o777).toBe(0o700);
    }
    // Another data folder gets its own key.
    const otherData = path.join(base, 'inne-dane');
    const other = await loadSecretKey('database', { kind: 'owner-only-file', dataDir: otherData, keyDir }, { create: true });
    expect(other).not.toEqual(key);
  });

  it.runIf(process.platform !== 'win32')('refuses a key file that others may read', async () => {
    const place: KeyPlace = { kind: 'owner-only-file', dataDir, keyDir };
    await loadSecretKey('database', place, { create: true });
    fs.chmodSync(secretKeyFile('database', place), 0o644);
    const error = await loadSecretKey('database', place, { create: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'unprotected' });
    expect((error as Error).message).toContain('chmod 600');
  });

  it('refuses a key folder inside the data folder', async () => {
    const place: KeyPlace = { kind: 'owner-only-file', dataDir, keyDir: path.join(dataDir, 'keys') };
    await expect(loadSecretKey('database', place, { create: true })).rejects.toMatchObject({ reason: 'inside-data-folder' });
    expect(filesUnder(dataDir).size).toBe(0);
  });

  it('keeps the key another start made meanwhile', async () => {
    const place: KeyPlace = { kind: 'owner-only-file', dataDir, keyDir };
    const theirs = randomBytes(KEY_BYTES);
    // Between our look for a key and our write, another process writes its own.
    const key = await loadSecretKey('database', place, {
      create: true,
      random: (bytes) => {
        fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
        fs.writeFileSync(secretKeyFile('database', place), `${theirs.toString('base64')}\n`, { mode: 0o600 });
        return randomBytes(bytes);
      },
    });
    expect(key).toEqual(theirs);
    expect(fs.readdirSync(keyDir)).toEqual([path.basename(secretKeyFile('database', place))]);
  });

  it('has a default key folder in the user profile', () => {
    expect(defaultKeyDir({ LOCALAPPDATA: 'C:\\Users\\ala\\AppData\\Local' }, 'win32', 'C:\\Users\\ala')).toBe('C:\\Users\\ala\\AppData\\Local\\Ostoja\\keys');
    expect(defaultKeyDir({}, 'linux', '/home/ala')).toBe('/home/ala/.config/ostoja/keys');
    expect(defaultKeyDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ala')).toBe('/cfg/ostoja/keys');
  });
});

describe('safeStorage as the protector', () => {
  function fakeSafeStorage(available: boolean, backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>): SafeStorageLike {
    return {
      isAsyncEncryptionAvailable: async () => available,
      getSelectedStorageBackend: () => backend,
      encryptStringAsync: async (text) => Buffer.from(`enc:${text}`),
      decryptStringAsync: async (data) => ({ result: data.toString().slice(4), shouldReEncrypt: false }),
    };
  }
  it('is available on Windows once Electron says so, never with Linux basic_text', async () => {
    expect(await safeStorageProtector(fakeSafeStorage(true, 'unknown'), 'win32').isAvailable()).toBe(true);
    expect(await safeStorageProtector(fakeSafeStorage(false, 'unknown'), 'win32').isAvailable()).toBe(false);
    expect(await safeStorageProtector(fakeSafeStorage(true, 'basic_text'), 'linux').isAvailable()).toBe(false);
    expect(await safeStorageProtector(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').isAvailable()).toBe(true);
  });
  it('passes the text through encryptStringAsync and decryptStringAsync', async () => {
    const protector = safeStorageProtector(fakeSafeStorage(true, 'unknown'), 'win32');
    expect(await protector.decrypt(await protector.encrypt('abc'))).toEqual({ text: 'abc', shouldReEncrypt: false });
  });
});
