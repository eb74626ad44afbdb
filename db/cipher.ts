/**
 * Encryption at rest: every page of the database and of its WAL is encrypted by SQLite3 Multiple Ciphers
 * (better-sqlite3-multiple-ciphers, a drop-in for better-sqlite3) with ChaCha20-Poly1305, under the data
 * folder's database key (32 random bytes that the operating system protects: electron/core/secret-keys.ts).
 * Poly1305 authenticates each page, so a changed byte is found, not read as data.
 *
 * The key is given raw ("raw:" + hex): it is already random, so SQLite3MC's passphrase derivation (PBKDF2, some
 * 64,000 rounds at every open of every connection) would only cost time.
 *
 * A connection opened without a key reads a plain file as plain SQLite (tests, the temporary plain copies of
 * the backup engine, a database written before encryption, which openDatabase then encrypts once).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

export type SqliteDatabase = Database.Database;

export const KEY_BYTES = 32;
const CIPHER = 'chacha20';
const PLAIN_HEADER = 'SQLite format 3\u0000';

export interface OpenSqliteOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** better_sqlite3.node built for another runtime (Electron's ABI); Node's own build otherwise. */
  nativeBinding?: string | undefined;
  /** The database key; without it the file is read (or made) plain. */
  key?: Buffer | undefined;
}

/** The file starts with SQLite's plain header (false for an encrypted file, or one that is no database at all). */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(16);
    return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === PLAIN_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/** The file holds something but not SQLite's plain header: encrypted (or no database at all). */
export function isEncryptedDatabaseFile(file: string): boolean {
  try {
    return fs.statSync(file).size > 0 && !isPlainDatabaseFile(file);
  } catch {
    return false;
  }
}

function keyPragma(key: Buffer): string {
  if (key.length !== KEY_BYTES) throw new Error(`Klucz bazy danych musi mieć ${KEY_BYTES} bajty`);
  return `'raw:${key.toString('hex')}'`;
}

/** Keys a fresh connection (before it reads anything): the cipher first, then the key. */
export function applyKey(sqlite: SqliteDatabase, key: Buffer): void {
  sqlite.pragma(`cipher = '${CIPHER}'`);
  sqlite.pragma(`key = ${keyPragma(key)}`);
}

/**
 * Encrypts a plain database in place with the key (PRAGMA rekey rewrites every page in one transaction).
 * SQLite3MC cannot rekey in WAL mode, so the connection is switched to the rollback journal for it; the caller
 * sets the journal mode it wants afterwards.
 */
export function encryptInPlace(sqlite: SqliteDatabase, key: Buffer): void {
  const mode = sqlite.pragma('journal_mode = DELETE', { simple: true });
  if (mode !== 'delete') throw new Error(`nie można przełączyć bazy w tryb dziennika (${String(mode)})`);
  sqlite.pragma(`cipher = '${CIPHER}'`);
  sqlite.pragma(`rekey = ${keyPragma(key)}`);
}

/**
 * Opens a database file. With a key, a file that is not plain is keyed; a plain file stays plain (the caller
 * decides whether to encrypt it). Nothing is read yet, so a wrong key shows at the first read
 * (SQLITE_NOTADB).
 */
export function openSqliteFile(file: string, options: OpenSqliteOptions = {}): SqliteDatabase {
  const keyed = options.key !== undefined && !isPlainDatabaseFile(file);
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    nativeBinding: options.nativeBinding,
  });
  try {
    // Sorting and temporary indexes stay in memory: a temporary file would hold plain pages.
    sqlite.pragma('temp_store = MEMORY');
    if (keyed) applyKey(sqlite, options.key!);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** SQLite's answer when a page does not decrypt: a wrong key, or not a database at all. */
export function isNotADatabase(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_NOTADB';
}
