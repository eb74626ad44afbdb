/**
 * Keys of a backup file. scrypt turns the passphrase and the file's own random salt into 64 bytes: the first
 * 32 are the AES-256-GCM key of the content, the last 32 the HMAC-SHA-256 key of the header. A short key check
 * (an HMAC of a fixed text) tells a wrong passphrase apart from a damaged file before anything is decrypted.
 */
import crypto from 'node:crypto';
import { BackupError, messages } from './messages';

export interface KdfParams {
  /** log2 of scrypt's N (cost). */
  logN: number;
  r: number;
  p: number;
}

/** N = 2^15, r = 8, p = 1: 32 MiB of memory and about 0.1 s per derivation on an office PC. */
export const DEFAULT_KDF: KdfParams = { logN: 15, r: 8, p: 1 };

/** What a file may ask for: enough to reject a header that would make us spend minutes or gigabytes. */
export const KDF_LIMITS = { logN: [14, 20], r: [1, 32], p: [1, 16] } as const;

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_CHECK_BYTES = 16;
export const MAC_BYTES = 32;

export interface BackupKeys {
  encryptionKey: Buffer;
  macKey: Buffer;
}

export function kdfWithinLimits(kdf: KdfParams): boolean {
  const within = (value: number, [min, max]: readonly [number, number]) => Number.isInteger(value) && value >= min && value <= max;
  return within(kdf.logN, KDF_LIMITS.logN) && within(kdf.r, KDF_LIMITS.r) && within(kdf.p, KDF_LIMITS.p);
}

/**
 * The passphrase is normalised to NFC: "ż" typed on one keyboard may arrive as one code point, on another as
 * "z" plus a combining dot; both must open the same file.
 */
export function deriveKeys(passphrase: string, salt: Buffer, kdf: KdfParams): Promise<BackupKeys> {
  if (passphrase.length === 0) return Promise.reject(new BackupError('EMPTY_PASSPHRASE', messages.emptyPassphrase()));
  const N = 2 ** kdf.logN;
  // scrypt needs 128·N·r bytes for its table plus 128·r·p for the blocks; twice that leaves room for overhead.
  const maxmem = 2 * 128 * N * kdf.r + 128 * kdf.r * kdf.p + 1024 * 1024;
  return new Promise((resolve, reject) => {
    crypto.scrypt(passphrase.normalize('NFC'), salt, 64, { N, r: kdf.r, p: kdf.p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve({ encryptionKey: key.subarray(0, 32), macKey: key.subarray(32, 64) });
    });
  });
}

export function keyCheck(keys: BackupKeys): Buffer {
  return crypto.createHmac('sha256', keys.macKey).update('ostoja-backup/key-check/v1').digest().subarray(0, KEY_CHECK_BYTES);
}

export function headerMac(keys: BackupKeys, headerBytes: Buffer): Buffer {
  return crypto.createHmac('sha256', keys.macKey).update(headerBytes).digest();
}

/** Constant-time comparison of two byte strings of any length. */
export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
