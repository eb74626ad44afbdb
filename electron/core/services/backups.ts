import fs from 'node:fs';
import path from 'node:path';
import type { SqliteDatabase } from '../../../db/cipher';
import type { Db } from '../../../db/open';
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatDatePl } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import {
  BackupError,
  createBackup,
  drillBackup,
  listBackups,
  planRotation,
  readHeader,
  restoreBackup,
  safetyFolder,
  STEP_LABELS,
  undoableRestore,
  undoLastRestore,
  type BackupEvent,
} from '../backup';
import { prepareSecondPlace, SecondPlaceError } from '../backup/second-place';
import { primaryBackupDir, readBackupSettings, writeBackupSettings } from '../backup-settings';
import { acknowledgeRestoreNotice, recordRestoreNotice, restoreNoticeFor } from '../restore-notice';
import type { AuditEvent } from '../audit';
import { recordReplacement, tailStart, type AuditTail } from '../audit-carry';
import { messages } from '../backup/messages';
import type { Clock, RequestContext, SessionUser } from '../context';

type Location = 'primary' | 'secondary' | 'folder';
type Listing = MethodOutput<'backups.list'>;

/** The database a restore (or its undo) replaces. */
export interface LiveDatabase {
  /**
   * Just before the swap, once the new data has passed every check: the calls in flight finish and new ones
   * wait (a BackupError DATABASE_BUSY when they do not finish in time: nothing was closed); the log's entries
   * since `since` are read; the database closes.
   */
  close(since: string): Promise<AuditTail>;
  /**
   * After the swap, or after a refusal that came once the database was closed: it opens again and calls go on.
   * `swapped`: the sessions end, as they belonged to the other data; `write` runs first, on the new data.
   */
  reopen(swapped: boolean, write?: (tx: Db) => void): void;
}

export interface BackupsDeps {
  dataDir: string;
  databaseFile: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string | undefined;
  /** This data folder's database key: the live database and its safety copies are encrypted with it, and so is the stored passphrase. */
  databaseKey: Buffer;
  clock: Clock;
  /** The live connection of the running program (backups are taken online through it). */
  connection(): SqliteDatabase;
  live: LiveDatabase;
  /**
   * Recovery mode (`--recovery`): nobody is logged in, so the passphrase kept on this computer is never used —
   * the person types the backup's passphrase — and the entries say they were made in recovery mode.
   */
  recovery?: boolean;
  /** Writes an audit entry into the live database. */
  audit(user: SessionUser | null, event: AuditEvent): void;
  /** When a user's account was made (the restore notice is not for accounts made after the restore). */
  userCreatedAt?(id: number): string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Backup errors are told to the person as they are: each message already says what happened and what to do. */
function asAppError(error: unknown): unknown {
  if (!(error instanceof BackupError)) return error;
  if (error.code === 'WRONG_PASSPHRASE' || error.code === 'EMPTY_PASSPHRASE') {
    return new AppError('VALIDATION', error.message, [{ path: ['passphrase'], message: error.message }]);
  }
  if (error.code === 'NOT_FOUND') return new AppError('NOT_FOUND', error.message);
  return new AppError('CONFLICT', error.message, undefined, { backupError: error.code });
}

/**
 * Backups of the running program: taken online through the live connection, encrypted, written to the data
 * folder's backups/ and copied to the second destination, rotated; checked by a drill; restored with a
 * safety copy first. One piece of backup work at a time; its progress is read with backups.status.
 */
export function createBackupsService(deps: BackupsDeps) {
  let running: BackupEvent | null = null;
  let lastFailure: { at: string; message: string } | null = null;
  let secondary: { ok: boolean | null; message: string | null } = { ok: null, message: null };
  let changesAtLastBackup: number | null = null;

  const settings = () => readBackupSettings(deps.dataDir, deps.databaseKey);
  const primaryDir = () => primaryBackupDir(deps.dataDir);

  /** A folder the administrator named: a full path to an existing folder, said plainly when it is not one. */
  function namedFolder(folder: string | undefined): string {
    if (!folder) throw new AppError('VALIDATION', 'Podaj folder z kopiami.', [{ path: ['folder'], message: 'Podaj folder z kopiami.' }]);
    if (!path.isAbsolute(folder)) {
      const message = 'Podaj pełną ścieżkę folderu, np. E:\\Kopie Ostoja.';
      throw new AppError('VALIDATION', message, [{ path: ['folder'], message }]);
    }
    let isFolder = false;
    try {
      isFolder = fs.statSync(folder).isDirectory();
    } catch {
      // missing or unreadable: said below
    }
    if (!isFolder) throw new AppError('NOT_FOUND', `Nie ma folderu ${folder}. Sprawdź, czy pendrive lub dysk sieciowy jest podłączony.`);
    return path.resolve(folder);
  }

  function folderOf(location: Location, folder?: string): string {
    if (location === 'primary') return primaryDir();
    if (location === 'folder') return namedFolder(folder);
    const dir = settings().secondaryDir;
    if (!dir) throw new AppError('NOT_FOUND', 'Drugie miejsce kopii nie jest ustawione.');
    return dir;
  }

  function backupFile(input: { location: Location; folder?: string | undefined; fileName: string }): string {
    const file = path.join(folderOf(input.location, input.folder), input.fileName);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Nie ma pliku kopii ${input.fileName}.`);
    return file;
  }

  /** The backups of one place into `into`, with `folder` named on each when the place is a named folder. */
  function listInto(into: Listing, location: Location, dir: string): void {
    const named = location === 'folder' ? { folder: dir } : {};
    const listing = listBackups(dir);
    for (const backup of listing.backups) {
      into.backups.push({
        location,
        ...named,
        fileName: backup.fileName,
        at: backup.manifest.createdAt,
        bytes: backup.bytes,
        programVersion: backup.manifest.programVersion,
        schemaVersion: backup.manifest.schemaVersion,
        counts: backup.manifest.counts,
      });
    }
    for (const skipped of listing.skipped) into.skipped.push({ location, ...named, fileName: skipped.fileName, message: skipped.message });
    into.backups.sort((a, b) => b.at.localeCompare(a.at));
  }

  function passphraseFor(given: string | undefined): string {
    if (deps.recovery && !given) {
      const message = 'W trybie przywracania wpisz hasło kopii zapasowej: hasło zapamiętane na tym komputerze tu nie wystarcza.';
      throw new AppError('VALIDATION', message, [{ path: ['passphrase'], message }]);
    }
    const passphrase = given || settings().passphrase;
    if (!passphrase) {
      throw new AppError('VALIDATION', 'Hasło kopii nie jest ustawione. Ustaw je w ustawieniach kopii zapasowych.', [
        { path: ['passphrase'], message: 'Podaj hasło kopii.' },
      ]);
    }
    return passphrase;
  }

  /** One piece of backup work at a time; its steps are what backups.status shows as progress. */
  async function exclusive<T>(operation: BackupEvent['operation'], work: (onEvent: (event: BackupEvent) => void) => Promise<T>): Promise<T> {
    if (running) throw new AppError('CONFLICT', 'Trwa inna praca z kopiami zapasowymi. Spróbuj za chwilę.');
    running = { operation, step: 'start' };
    try {
      return await work((event) => (running = event));
    } catch (error) {
      throw asAppError(error);
    } finally {
      running = null;
    }
  }

  /** Keeps the last 10 of today, one a day for 14 days and one a week for 8 weeks; removes the rest. */
  function rotate(dir: string): void {
    const { backups } = listBackups(dir);
    const plan = planRotation(
      backups.map((backup) => ({ id: backup.file, createdAt: new Date(backup.manifest.createdAt) })),
      deps.clock.now(),
      { timeZone: 'Europe/Warsaw' },
    );
    for (const file of plan.remove) fs.rmSync(file, { force: true });
  }

  /** The second destination gets a copy of the finished (already encrypted) file, written atomically. */
  function copyToSecondary(file: string): { ok: boolean; message: string | null } {
    const dir = settings().secondaryDir;
    if (!dir) return { ok: true, message: null };
    const target = path.join(dir, path.basename(file));
    const temp = path.join(dir, `.tmp-${path.basename(file)}`);
    try {
      // Never made here: a stick taken out must not turn its folder into one on this computer's disk
      // (configure made the folder, on the stick, when it was chosen).
      if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
      fs.copyFileSync(file, temp);
      const fd = fs.openSync(temp, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(temp, target);
      rotate(dir);
      return { ok: true, message: null };
    } catch (error) {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // The folder itself is unreachable: there is no temporary file to remove.
      }
      const reason = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'brak miejsca' : 'folder niedostępny';
      return {
        ok: false,
        message: `Nie udało się zapisać kopii w drugim miejscu (${dir}: ${reason}). Sprawdź, czy pendrive jest podłączony, a folder sieciowy dostępny.`,
      };
    }
  }

  /** Safety copies are named by the program's clock, like the backups, so both tell the same time. */
  const now = () => deps.clock.now();

  /** What "Cofnij ostatnie przywrócenie" would bring back, or null when there is nothing to undo. */
  function undoInfo(): MethodOutput<'backups.settings'>['undo'] {
    const undoable = undoableRestore(deps.databaseFile);
    return undoable ? { returnsTo: undoable.createdAt.toISOString() } : null;
  }

  /**
   * Puts other data in place of the live database (`replace`: a restore or its undo). The running program is
   * disturbed only once the new data has passed every check (beforeReplace): a refused restore closes nothing
   * and logs nobody out. After the swap, the entries of the replaced log since `since` are carried into the new
   * one, followed by the entry `entry` describes, in one transaction; then everyone logs in again.
   */
  async function replaceLive<R>(
    user: SessionUser | null,
    since: () => string,
    onEvent: (event: BackupEvent) => void,
    replace: (hooks: { beforeReplace: () => Promise<void>; onEvent: (event: BackupEvent) => void }) => Promise<R>,
    entry: (result: R) => AuditEvent,
  ): Promise<R> {
    const state: { tail: AuditTail | null; swapped: boolean } = { tail: null, swapped: false };
    let result: R;
    try {
      result = await replace({
        beforeReplace: async () => {
          state.tail = await deps.live.close(since());
        },
        onEvent: (event) => {
          if (event.step === 'swapped') state.swapped = true;
          onEvent(event);
        },
      });
    } catch (error) {
      // Refused before the swap: the same data opens again and everyone stays logged in. (After the swap only
      // the reopening can have failed; the previous data waits in the safety copy.)
      if (state.tail) deps.live.reopen(state.swapped);
      throw error;
    }
    changesAtLastBackup = null;
    const event = entry(result);
    const tail = state.tail!; // set by beforeReplace, which every swap passes
    deps.live.reopen(true, (tx) =>
      recordReplacement(tx, deps.clock, tail, user, deps.recovery ? { ...event, summary: `${event.summary} (tryb przywracania)` } : event),
    );
    return result;
  }

  const changesNow = () => (deps.connection().prepare('SELECT total_changes() AS n').get() as { n: number }).n;

  async function backUp(user: SessionUser | null, trigger: 'manual' | 'automatic'): Promise<MethodOutput<'backups.createNow'>> {
    const passphrase = passphraseFor(undefined);
    return exclusive('create', async (onEvent) => {
      try {
        const created = await createBackup({
          source: { connection: deps.connection() },
          destinationDir: primaryDir(),
          passphrase,
          programVersion: deps.appVersion,
          now: () => deps.clock.now(),
          onEvent,
          nativeBinding: deps.nativeBinding,
          databaseKey: deps.databaseKey,
        });
        lastFailure = null;
        secondary = copyToSecondary(created.file);
        rotate(primaryDir());
        deps.audit(user, {
          kind: 'backup.create',
          summary: `${trigger === 'manual' ? 'Kopia zapasowa' : 'Automatyczna kopia zapasowa'}: ${created.fileName}` + (secondary.ok ? '' : ' (bez drugiego miejsca)'),
          details: { fileName: created.fileName, bytes: created.bytes, counts: created.manifest.counts, secondary },
        });
        // Marked after the backup's own audit entry, so that an idle office is not backed up again and again.
        changesAtLastBackup = changesNow();
        return { fileName: created.fileName, at: created.manifest.createdAt, bytes: created.bytes, counts: created.manifest.counts, secondary: { ok: secondary.ok ?? true, message: secondary.message } };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        lastFailure = { at: deps.clock.now().toISOString(), message };
        deps.audit(user, { kind: 'backup.failed', summary: `Kopia zapasowa nie powiodła się: ${message}` });
        throw error;
      }
    });
  }

  return {
    /** For the schedule: a backup when anything changed since the last one (or none was taken yet). */
    async backUpIfChanged(): Promise<void> {
      if (!settings().passphrase || running) return;
      if (changesAtLastBackup !== null && changesNow() === changesAtLastBackup) return;
      await backUp(null, 'automatic');
    },

    status(): MethodOutput<'backups.status'> {
      const { passphrase, secondaryDir } = settings();
      const newest = listBackups(primaryDir()).backups[0];
      const warnings: string[] = [];
      if (!passphrase) warnings.push('Kopie zapasowe nie są skonfigurowane: administrator musi ustawić hasło kopii.');
      else if (!newest) warnings.push('Nie ma jeszcze żadnej kopii zapasowej.');
      else if (deps.clock.now().getTime() - Date.parse(newest.manifest.createdAt) > DAY_MS) {
        warnings.push(`Ostatnia kopia zapasowa jest starsza niż dzień (z ${formatDatePl(newest.manifest.createdAt.slice(0, 10))}).`);
      }
      if (lastFailure) warnings.push(`Ostatnia próba kopii nie powiodła się: ${lastFailure.message}`);
      if (secondaryDir && secondary.ok === false && secondary.message) warnings.push(secondary.message);
      if (passphrase && !secondaryDir) warnings.push('Kopie są tylko na tym komputerze: ustaw drugie miejsce (pendrive lub folder sieciowy).');
      const percent = running?.total ? Math.round(((running.done ?? 0) / running.total) * 100) : null;
      return {
        configured: passphrase !== null,
        lastBackup: newest ? { at: newest.manifest.createdAt, fileName: newest.fileName } : null,
        secondary: { configured: secondaryDir !== null, ok: secondary.ok, message: secondary.message },
        running: running ? { operation: running.operation, step: STEP_LABELS[running.step], percent } : null,
        warnings,
      };
    },

    settings(): MethodOutput<'backups.settings'> {
      const current = settings();
      return { primaryDir: primaryDir(), secondaryDir: current.secondaryDir, passphraseSet: current.passphrase !== null, undo: undoInfo() };
    },

    configure(input: ParsedInput<'backups.configure'>, ctx: RequestContext): MethodOutput<'backups.configure'> {
      const current = settings();
      let secondaryDir = input.secondaryDir;
      // An unchanged place is kept as it is, even while its stick is out: only a newly typed one is checked.
      if (secondaryDir && secondaryDir !== current.secondaryDir) {
        try {
          secondaryDir = prepareSecondPlace(secondaryDir, { dataDir: deps.dataDir });
        } catch (error) {
          if (!(error instanceof SecondPlaceError)) throw error;
          throw new AppError('VALIDATION', error.message, [{ path: ['secondaryDir'], message: error.message }]);
        }
      }
      const next = { passphrase: input.passphrase ?? current.passphrase, secondaryDir };
      writeBackupSettings(deps.dataDir, next, deps.databaseKey);
      secondary = { ok: null, message: null };
      deps.audit(ctx.user, {
        kind: 'backup.configure',
        summary: 'Zmieniono ustawienia kopii zapasowych' + (input.passphrase ? ' (nowe hasło kopii)' : ''),
        details: { secondaryDir: next.secondaryDir, passphraseChanged: input.passphrase !== undefined },
      });
      return { primaryDir: primaryDir(), secondaryDir: next.secondaryDir, passphraseSet: next.passphrase !== null, undo: undoInfo() };
    },

    createNow(_input: ParsedInput<'backups.createNow'>, ctx: RequestContext) {
      return backUp(ctx.user, 'manual');
    },

    list(): Listing {
      const result: Listing = { backups: [], skipped: [] };
      listInto(result, 'primary', primaryDir());
      const secondaryDir = settings().secondaryDir;
      if (secondaryDir) listInto(result, 'secondary', secondaryDir);
      return result;
    },

    /** Backups in a folder the administrator names, e.g. on a USB stick brought from the computer that broke. */
    listFolder(input: ParsedInput<'backups.listFolder'>): Listing {
      const result: Listing = { backups: [], skipped: [] };
      listInto(result, 'folder', namedFolder(input.folder));
      return result;
    },

    drill(input: ParsedInput<'backups.drill'>, ctx: RequestContext): Promise<MethodOutput<'backups.drill'>> {
      const file = backupFile(input);
      const passphrase = passphraseFor(input.passphrase);
      return exclusive('drill', async (onEvent) => {
        const report = await drillBackup({ file, passphrase, migrationsFolder: deps.migrationsFolder, onEvent, nativeBinding: deps.nativeBinding });
        deps.audit(ctx.user, {
          kind: 'backup.drill',
          summary: `Sprawdzono kopię ${input.fileName}: poprawna, z ${formatDatePl(report.createdAt.slice(0, 10))}`,
          details: { fileName: input.fileName, folder: path.dirname(file), counts: report.counts },
        });
        return {
          createdAt: report.createdAt,
          programVersion: report.programVersion,
          schemaVersion: report.schemaVersion,
          schemaVersionAfterOpening: report.schemaVersionAfterOpening,
          counts: report.counts,
          durationMs: report.durationMs,
        };
      });
    },

    /**
     * The audit entry goes into the restored database, after the entries carried over from the replaced log: the
     * record of the restore, and of everything done since the backup, travels with the data now in use.
     */
    restore(input: ParsedInput<'backups.restore'>, ctx: RequestContext): Promise<MethodOutput<'backups.restore'>> {
      const file = backupFile(input);
      const passphrase = passphraseFor(input.passphrase);
      return exclusive('restore', async (onEvent) => {
        const result = await replaceLive(
          ctx.user,
          // Read once the backup passed its check: its header is authentic by then.
          () => tailStart(readHeader(file).manifest.createdAt),
          onEvent,
          (hooks) => restoreBackup({ file, passphrase, databaseFile: deps.databaseFile, migrationsFolder: deps.migrationsFolder, now, nativeBinding: deps.nativeBinding, databaseKey: deps.databaseKey, ...hooks }),
          (restored) => ({
            kind: 'backup.restore',
            summary: `Przywrócono dane z kopii ${input.fileName} z ${formatDatePl(restored.backup.manifest.createdAt.slice(0, 10))}`,
            details: {
              fileName: input.fileName,
              folder: path.dirname(file),
              safetyCopy: restored.safetyCopy && path.basename(restored.safetyCopy),
              counts: restored.current.counts,
            },
          }),
        );
        recordRestoreNotice(deps.dataDir, 'restore', deps.clock.now(), result.backup.manifest.createdAt);
        return {
          restoredFrom: input.fileName,
          backupCreatedAt: result.backup.manifest.createdAt,
          counts: result.current.counts,
          safetyCopy: result.safetyCopy && path.basename(result.safetyCopy),
          migratedFrom: result.migratedFrom,
        };
      });
    },

    restoreNotice(_input: ParsedInput<'backups.restoreNotice'>, ctx: RequestContext): MethodOutput<'backups.restoreNotice'> {
      if (!ctx.user) return null;
      return restoreNoticeFor(deps.dataDir, { id: ctx.user.id, createdAt: deps.userCreatedAt?.(ctx.user.id) ?? null });
    },

    acknowledgeRestoreNotice(_input: ParsedInput<'backups.acknowledgeRestoreNotice'>, ctx: RequestContext): MethodOutput<'backups.acknowledgeRestoreNotice'> {
      if (ctx.user) acknowledgeRestoreNotice(deps.dataDir, ctx.user.id);
      return {};
    },

    undoRestore(_input: ParsedInput<'backups.undoRestore'>, ctx: RequestContext): Promise<MethodOutput<'backups.undoRestore'>> {
      const undoable = undoableRestore(deps.databaseFile);
      // Nothing to undo is said at once: the database is not even touched.
      if (!undoable) return Promise.reject(asAppError(new BackupError('NO_SAFETY_COPY', messages.noSafetyCopy(safetyFolder(deps.databaseFile)))));
      return exclusive('undo-restore', async (onEvent) => {
        const result = await replaceLive(
          ctx.user,
          () => tailStart(undoable.createdAt),
          onEvent,
          (hooks) => undoLastRestore({ databaseFile: deps.databaseFile, migrationsFolder: deps.migrationsFolder, now, nativeBinding: deps.nativeBinding, databaseKey: deps.databaseKey, ...hooks }),
          (undone) => ({
            kind: 'backup.undoRestore',
            summary: `Cofnięto ostatnie przywrócenie: wróciły dane z kopii bezpieczeństwa ${path.basename(undone.restoredFrom)}`,
            details: { restoredFrom: path.basename(undone.restoredFrom), counts: undone.current.counts },
          }),
        );
        recordRestoreNotice(deps.dataDir, 'undo', deps.clock.now(), undoable.createdAt);
        return { restoredFrom: path.basename(result.restoredFrom), counts: result.current.counts };
      });
    },
  };
}

export type BackupsService = ReturnType<typeof createBackupsService>;
