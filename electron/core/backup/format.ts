/**
 * The backup file format, version 1. All integers big-endian.
 *
 *   offset  size  field
 *   0       16    magic: "OSTOJA-BACKUP" + 3 NUL bytes; "OSTOJA-WRITING" + 2 NUL while the file is being written
 *   16      1     format version (1)
 *   17      3     scrypt log2(N), r, p
 *   20      16    scrypt salt (random per file)
 *   36      12    AES-256-GCM iv (random per file)
 *   48      16    key check: HMAC-SHA-256(macKey, "ostoja-backup/key-check/v1"), first 16 bytes
 *   64      4     manifest length n
 *   68      n     manifest: UTF-8 JSON (program and schema version, time, counts, size, SHA-256 of the database)
 *   68+n    32    header MAC: HMAC-SHA-256(macKey, bytes 16 … 68+n) — authenticates the manifest
 *   100+n   m     AES-256-GCM ciphertext of the plain SQLite database (m = manifest.databaseBytes);
 *                 additional authenticated data: bytes 16 … 68
 *   100+n+m 16    GCM authentication tag
 *
 * The magic is written last, after the rename to the final name: a file left by a process killed at any
 * moment before that says "OSTOJA-WRITING" and never passes verification, whatever its name.
 */
import fs from 'node:fs';
import { IV_BYTES, KEY_CHECK_BYTES, MAC_BYTES, SALT_BYTES, TAG_BYTES, kdfWithinLimits, type KdfParams } from './crypto';
import { BackupError, messages } from './messages';

export const MAGIC = Buffer.from('OSTOJA-BACKUP\0\0\0', 'latin1');
export const MAGIC_WRITING = Buffer.from('OSTOJA-WRITING\0\0', 'latin1');
export const FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.ostoja-backup';

const OFFSET = { version: 16, kdf: 17, salt: 20, iv: 36, keyCheck: 48, manifestLength: 64, manifest: 68 } as const;
export const FIXED_HEADER_BYTES = OFFSET.manifest;
const MAX_MANIFEST_BYTES = 1024 * 1024;

export interface BackupManifest {
  application: 'Ostoja';
  /** The version of the program that wrote the backup (package.json). */
  programVersion: string;
  /** PRAGMA user_version of the copy: the number of migrations applied. */
  schemaVersion: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Size of the plain database in bytes (= size of the ciphertext). */
  databaseBytes: number;
  /** SHA-256 of the plain database, lowercase hex. */
  sha256: string;
  /** Rows of every ordinary table of the copy, by table name. */
  counts: Record<string, number>;
  /** The audit chain's last entry in the copy (its id and keyed hash): an anchor outside the database. */
  auditHead?: { id: number; hash: string };
}

export interface BackupHeader {
  formatVersion: number;
  kdf: KdfParams;
  salt: Buffer;
  iv: Buffer;
  keyCheck: Buffer;
  manifest: BackupManifest;
  /** Bytes 16 … 68+n, covered by the header MAC. */
  macCovered: Buffer;
  /** Bytes 16 … 68, the GCM additional data. */
  aad: Buffer;
  mac: Buffer;
  /** Offset of the ciphertext. */
  headerBytes: number;
  /** The size the whole file must have. */
  expectedFileBytes: number;
  /** False for a file whose writing never finished (magic "OSTOJA-WRITING"). */
  finished: boolean;
}

export function manifestJson(manifest: BackupManifest): Buffer {
  // A fixed key order, so that the length is known before the checksum is (the checksum is always 64 hex digits).
  const ordered: BackupManifest = {
    application: manifest.application,
    programVersion: manifest.programVersion,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    databaseBytes: manifest.databaseBytes,
    sha256: manifest.sha256,
    counts: manifest.counts,
    ...(manifest.auditHead ? { auditHead: { id: manifest.auditHead.id, hash: manifest.auditHead.hash } } : {}),
  };
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

/** The header without its MAC (bytes 16 … 68+n) and its fixed part (16 … 68), for a file being written. */
export function encodeHeaderBody(fields: {
  kdf: KdfParams;
  salt: Buffer;
  iv: Buffer;
  keyCheck: Buffer;
  manifest: Buffer;
}): { body: Buffer; aad: Buffer } {
  const fixed = Buffer.alloc(FIXED_HEADER_BYTES - OFFSET.version);
  fixed.writeUInt8(FORMAT_VERSION, 0);
  fixed.writeUInt8(fields.kdf.logN, 1);
  fixed.writeUInt8(fields.kdf.r, 2);
  fixed.writeUInt8(fields.kdf.p, 3);
  fields.salt.copy(fixed, OFFSET.salt - OFFSET.version);
  fields.iv.copy(fixed, OFFSET.iv - OFFSET.version);
  fields.keyCheck.copy(fixed, OFFSET.keyCheck - OFFSET.version);
  fixed.writeUInt32BE(fields.manifest.length, OFFSET.manifestLength - OFFSET.version);
  return { body: Buffer.concat([fixed, fields.manifest]), aad: fixed };
}

export function headerLength(manifestBytes: number): number {
  return FIXED_HEADER_BYTES + manifestBytes + MAC_BYTES;
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

function isManifest(value: unknown): value is BackupManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const counts = m.counts as Record<string, unknown> | null;
  return (
    m.application === 'Ostoja' &&
    typeof m.programVersion === 'string' &&
    Number.isSafeInteger(m.schemaVersion) &&
    typeof m.createdAt === 'string' &&
    !Number.isNaN(Date.parse(m.createdAt)) &&
    Number.isSafeInteger(m.databaseBytes) &&
    (m.databaseBytes as number) >= 0 &&
    typeof m.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(m.sha256) &&
    typeof counts === 'object' &&
    counts !== null &&
    Object.values(counts).every((n) => Number.isSafeInteger(n)) &&
    (m.auditHead === undefined || isAuditHead(m.auditHead))
  );
}

function isAuditHead(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return Number.isSafeInteger(head.id) && typeof head.hash === 'string' && head.hash.length <= 200;
}

/**
 * Reads and checks the header of a backup file without the passphrase: the magic, the format version, the
 * manifest's shape and the file's size. Nothing here is authenticated yet (that needs the key).
 * `allowUnfinished` returns the header of an interrupted file instead of refusing it (for listings).
 */
export function readHeader(file: string, options: { allowUnfinished?: boolean } = {}): BackupHeader {
  let fd: number;
  try {
    if (fs.statSync(file).isDirectory()) throw new BackupError('NOT_A_BACKUP', messages.notABackup(file));
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError('NOT_FOUND', messages.notFound(file), { cause: error });
    if (code === 'EISDIR') throw new BackupError('NOT_A_BACKUP', messages.notABackup(file), { cause: error });
    throw error;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const fixed = readAt(fd, FIXED_HEADER_BYTES, 0);
    const magic = fixed.subarray(0, MAGIC.length);
    let finished = true;
    if (magic.length === MAGIC.length && magic.equals(MAGIC_WRITING)) {
      if (!options.allowUnfinished) throw new BackupError('UNFINISHED', messages.unfinished(file));
      finished = false;
    } else if (magic.length < MAGIC.length || !magic.equals(MAGIC)) {
      if (magic.length > 0 && MAGIC.subarray(0, magic.length).equals(magic)) {
        throw new BackupError('TRUNCATED', messages.truncated(file)); // cut off inside the magic itself
      }
      if (fixed.toString('latin1', 0, 16) === 'SQLite format 3\0') throw new BackupError('NOT_A_BACKUP', messages.plainDatabase(file));
      throw new BackupError('NOT_A_BACKUP', messages.notABackup(file));
    }
    if (fixed.length < FIXED_HEADER_BYTES) throw new BackupError('TRUNCATED', messages.truncated(file));
    const formatVersion = fixed.readUInt8(OFFSET.version);
    if (formatVersion > FORMAT_VERSION) throw new BackupError('TOO_NEW', messages.formatTooNew(file, formatVersion));
    if (formatVersion < 1) throw new BackupError('DAMAGED', messages.damaged(file, 'nieznana wersja formatu'));
    const kdf: KdfParams = { logN: fixed.readUInt8(OFFSET.kdf), r: fixed.readUInt8(OFFSET.kdf + 1), p: fixed.readUInt8(OFFSET.kdf + 2) };
    if (!kdfWithinLimits(kdf)) throw new BackupError('DAMAGED', messages.damaged(file, 'nagłówek'));
    const manifestLength = fixed.readUInt32BE(OFFSET.manifestLength);
    if (manifestLength === 0 || manifestLength > MAX_MANIFEST_BYTES) throw new BackupError('DAMAGED', messages.damaged(file, 'nagłówek'));
    const rest = readAt(fd, manifestLength + MAC_BYTES, FIXED_HEADER_BYTES);
    if (rest.length < manifestLength + MAC_BYTES) throw new BackupError('TRUNCATED', messages.truncated(file));
    let manifest: unknown;
    try {
      manifest = JSON.parse(rest.subarray(0, manifestLength).toString('utf8'));
    } catch {
      throw new BackupError('DAMAGED', messages.damaged(file, 'opis kopii'));
    }
    if (!isManifest(manifest)) throw new BackupError('DAMAGED', messages.damaged(file, 'opis kopii'));
    const headerBytes = headerLength(manifestLength);
    const expectedFileBytes = headerBytes + manifest.databaseBytes + TAG_BYTES;
    if (finished && size < expectedFileBytes) throw new BackupError('TRUNCATED', messages.truncated(file));
    if (finished && size > expectedFileBytes) throw new BackupError('DAMAGED', messages.damaged(file, 'nadmiarowe dane na końcu pliku'));
    return {
      formatVersion,
      kdf,
      salt: Buffer.from(fixed.subarray(OFFSET.salt, OFFSET.salt + SALT_BYTES)),
      iv: Buffer.from(fixed.subarray(OFFSET.iv, OFFSET.iv + IV_BYTES)),
      keyCheck: Buffer.from(fixed.subarray(OFFSET.keyCheck, OFFSET.keyCheck + KEY_CHECK_BYTES)),
      manifest,
      macCovered: Buffer.concat([fixed.subarray(OFFSET.version), rest.subarray(0, manifestLength)]),
      aad: Buffer.from(fixed.subarray(OFFSET.version)),
      mac: Buffer.from(rest.subarray(manifestLength)),
      headerBytes,
      expectedFileBytes,
      finished,
    };
  } finally {
    fs.closeSync(fd);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "ostoja-kopia-2025-03-10_10-05-00.ostoja-backup", in the computer's local time, so that people can read it. */
export function backupFileName(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`;
  return `ostoja-kopia-${day}_${time}${BACKUP_EXTENSION}`;
}

/** Compact UTC time for names of safety copies and temporary files: 20250310T090000123Z. */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}
