/**
 * Progress of long backup work, as events. A service forwards them to the UI (and may write the audit entry
 * when it sees the result); the command line prints them; the kill tests stop a child process at a chosen one.
 */

export type BackupOperation = 'create' | 'verify' | 'restore' | 'drill' | 'undo-restore';

export type BackupStep =
  | 'start'
  /** Online copy of the live database (SQLite backup API) into a temporary file: done/total in pages. */
  | 'snapshot'
  /** PRAGMA integrity_check, application id, schema version and counts of a plain database copy. */
  | 'check'
  /** Reading the copy, hashing and encrypting it into the temporary backup file: done/total in bytes. */
  | 'encrypt'
  /** The temporary backup file is complete and flushed; next comes the rename to its final name. */
  | 'commit'
  /** Renamed to the final name; the header is being marked finished. */
  | 'committed'
  /** Deriving the key from the passphrase (scrypt). */
  | 'key'
  /** Decrypting into a temporary plain database: done/total in bytes. */
  | 'decrypt'
  /** Opening the restored copy with this program, which migrates an older schema forward. */
  | 'migrate'
  /** Taking the exclusive lock of the live database (refused when the program holds it open). */
  | 'lock'
  /** Online copy of the live database into the safety folder: done/total in pages. */
  | 'safety-copy'
  /** Moving everything of the live database's WAL into its main file, so that no -wal file is left. */
  | 'checkpoint'
  /** The new file is complete and flushed; next comes the rename over the live database. */
  | 'swap'
  /** The rename is done: the live database is the new one. */
  | 'swapped'
  /** Opening the new live database once, to confirm it opens and to count its records. */
  | 'reopen'
  | 'done';

export interface BackupEvent {
  operation: BackupOperation;
  step: BackupStep;
  /** Units done in this step, when it has any (pages or bytes). */
  done?: number;
  total?: number;
}

export type BackupEventListener = (event: BackupEvent) => void;

/** Plain Polish names of the steps, for a progress bar or the command line. */
export const STEP_LABELS: Record<BackupStep, string> = {
  start: 'Rozpoczynanie',
  snapshot: 'Kopiowanie bazy danych',
  check: 'Sprawdzanie spójności bazy',
  encrypt: 'Szyfrowanie i zapis pliku kopii',
  commit: 'Zatwierdzanie pliku kopii',
  committed: 'Zatwierdzanie pliku kopii',
  key: 'Sprawdzanie hasła',
  decrypt: 'Odszyfrowywanie i sprawdzanie sumy kontrolnej',
  migrate: 'Dostosowywanie bazy do tej wersji programu',
  lock: 'Sprawdzanie, czy program nie używa bazy',
  'safety-copy': 'Kopia bezpieczeństwa obecnych danych',
  checkpoint: 'Porządkowanie obecnej bazy',
  swap: 'Podmiana bazy danych',
  swapped: 'Podmiana bazy danych',
  reopen: 'Otwieranie odtworzonej bazy',
  done: 'Gotowe',
};

export function emitter(operation: BackupOperation, listener: BackupEventListener | undefined) {
  return (step: BackupStep, done?: number, total?: number) => {
    if (!listener) return;
    const event: BackupEvent = { operation, step };
    if (done !== undefined) event.done = done;
    if (total !== undefined) event.total = total;
    listener(event);
  };
}

export type Emit = ReturnType<typeof emitter>;
