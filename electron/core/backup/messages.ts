/**
 * Every way a backup, a check or a restore can fail, as a typed error with a plain Polish message for the person
 * in front of the screen (an IT volunteer or an office worker). The code is stable; services and the command
 * line decide what to do with it, the message is what they show.
 */

export type BackupErrorCode =
  /** The passphrase does not open this backup. */
  | 'WRONG_PASSPHRASE'
  /** The file is shorter than its header says: copied only in part, or cut off. */
  | 'TRUNCATED'
  /** The content, the manifest or the checksum does not match: the file was changed or damaged. */
  | 'DAMAGED'
  /** A backup whose writing was interrupted (the program stopped before it finished). */
  | 'UNFINISHED'
  /** Not an Ostoja backup at all (another file, or a plain database file). */
  | 'NOT_A_BACKUP'
  /** Written by a newer program version (newer file format or newer database schema). */
  | 'TOO_NEW'
  /** The database inside is damaged or is not an Ostoja database. */
  | 'BAD_DATABASE'
  | 'DISK_FULL'
  | 'NOT_WRITABLE'
  | 'NOT_FOUND'
  /** There is no database to back up in the data folder. */
  | 'NO_DATABASE'
  /** The live database is in use (the program is running). */
  | 'DATABASE_BUSY'
  /** Undo of a restore asked for, but no safety copy exists. */
  | 'NO_SAFETY_COPY'
  | 'CANCELLED'
  | 'EMPTY_PASSPHRASE'
  | 'INTERNAL';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export const messages = {
  wrongPassphrase: () =>
    'Hasło nie pasuje do tej kopii zapasowej. Sprawdź, czy wpisujesz hasło kopii (nie hasło do konta) i czy nie jest ' +
    'włączony Caps Lock. Jeśli hasło na pewno jest dobre, plik może być uszkodzony — użyj innej kopii.',
  truncated: (file: string) =>
    `Plik kopii ${file} jest niekompletny: jest krótszy, niż powinien (np. kopiowanie na pendrive przerwano). ` +
    'Tej kopii nie da się odtworzyć — użyj innej.',
  damaged: (file: string, what: string) =>
    `Plik kopii ${file} jest uszkodzony lub został zmieniony (${what}). Tej kopii nie da się bezpiecznie odtworzyć — ` +
    'użyj innej.',
  unfinished: (file: string) =>
    `Plik ${file} to kopia, której zapis przerwano (program zamknięto w trakcie). Nie nadaje się do odtworzenia — ` +
    'użyj innej kopii.',
  notABackup: (file: string) => `Plik ${file} nie jest kopią zapasową programu Ostoja.`,
  plainDatabase: (file: string) =>
    `Plik ${file} to zwykła baza danych, a nie zaszyfrowana kopia zapasowa programu Ostoja.`,
  formatTooNew: (file: string, format: number) =>
    `Kopię ${file} zapisała nowsza wersja programu Ostoja (format pliku ${format}). Zainstaluj najnowszą wersję ` +
    'programu i spróbuj ponownie.',
  schemaTooNew: (file: string, schema: number, known: number, programVersion?: string) =>
    `Kopię ${file} zapisała nowsza wersja programu Ostoja (${programVersion ? `${programVersion}, ` : ''}schemat bazy ${schema}; ten program ` +
    `zna schemat ${known}). Zainstaluj najnowszą wersję programu i spróbuj ponownie. Obecne dane nie zostały zmienione.`,
  integrity: (what: string, detail: string) =>
    `Baza danych ${what} jest uszkodzona (sprawdzenie spójności: ${detail}).`,
  notOstojaDatabase: (what: string) => `Baza danych ${what} nie jest bazą programu Ostoja.`,
  diskFull: (where: string) =>
    `Brak miejsca na dysku (${where}). Zwolnij miejsce albo wybierz inny folder. Obecne dane nie zostały zmienione.`,
  notWritable: (where: string) =>
    `Nie można zapisywać w folderze ${where} (brak uprawnień, nośnik tylko do odczytu albo ścieżka wskazuje plik). ` +
    'Wybierz inny folder. Obecne dane nie zostały zmienione.',
  notFound: (file: string) => `Nie znaleziono pliku ${file}.`,
  noDatabase: (dir: string) => `W folderze ${dir} nie ma bazy danych programu Ostoja (pliku ostoja.db).`,
  busy: (file: string) =>
    `Baza danych ${file} jest w tej chwili używana — prawdopodobnie program Ostoja jest uruchomiony. Zamknij program ` +
    'na wszystkich kontach tego komputera i spróbuj ponownie. Dane nie zostały zmienione.',
  noSafetyCopy: (dir: string) =>
    `Nie ma kopii bezpieczeństwa sprzed odtworzenia (folder ${dir}) albo ostatnie odtworzenie zostało już cofnięte. Nie ma czego cofnąć.`,
  reopenFailed: (file: string, detail: string) =>
    `Dane z kopii zostały już podstawione w ${file}, ale nie udało się ich otworzyć (${detail}). Poprzednie dane są ` +
    'w kopii bezpieczeństwa: polecenie "undo-restore" (albo "Cofnij ostatnie odtworzenie") je przywróci.',
  cancelled: () => 'Przerwano na prośbę użytkownika. Obecne dane nie zostały zmienione.',
  emptyPassphrase: () => 'Hasło kopii zapasowej nie może być puste.',
  internal: (detail: string) => `Nieoczekiwany błąd: ${detail}. Obecne dane nie zostały zmienione.`,
} as const;

/** Node's and SQLite's error codes that mean "no space left". */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
/** …and those that mean "cannot write there". */
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns any failure into a BackupError. `where` names the place being written (for disk full / not writable),
 * so the message says which folder to look at.
 */
export function toBackupError(error: unknown, where: string): BackupError {
  if (error instanceof BackupError) return error;
  const code = errorCode(error);
  if (code && DISK_FULL.has(code)) return new BackupError('DISK_FULL', messages.diskFull(where), { cause: error });
  if (code && NOT_WRITABLE.has(code)) return new BackupError('NOT_WRITABLE', messages.notWritable(where), { cause: error });
  if (code === 'ENOENT') return new BackupError('NOT_FOUND', messages.notFound(where), { cause: error });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'EBUSY') {
    return new BackupError('DATABASE_BUSY', messages.busy(where), { cause: error });
  }
  if (code === 'ABORT_ERR') return new BackupError('CANCELLED', messages.cancelled(), { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new BackupError('INTERNAL', messages.internal(detail), { cause: error });
}
