import fs from 'node:fs';
import path from 'node:path';

/**
 * "Przywrócono dane z kopii z …": after a restore (or its undo) every person who worked on the data is told,
 * at their next login, from which moment the data now comes, so that they re-enter what they did later. Each
 * person sees it until they press "Rozumiem" (someone on leave learns it when they are back); accounts made
 * after the restore never saw the older data and are not told.
 *
 * Kept in a file of the data folder beside the database, not in it: the restore swaps the database, and the
 * command line and recovery mode restore while the program is closed. The next restore or undo replaces it.
 */
export const RESTORE_NOTICE_FILE = 'restore-notice.json';

export interface RestoreNotice {
  kind: 'restore' | 'undo';
  /** When the restore (or undo) was done. */
  at: string;
  /** The moment the data now in use comes from: the backup's creation, or the safety copy's. */
  dataFrom: string;
  /** Users (of the data now in use) who pressed "Rozumiem". */
  acknowledgedBy: number[];
}

const fileOf = (dataDir: string) => path.join(dataDir, RESTORE_NOTICE_FILE);

export function readRestoreNotice(dataDir: string): RestoreNotice | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(fileOf(dataDir), 'utf8')) as Partial<RestoreNotice>;
    if ((parsed.kind !== 'restore' && parsed.kind !== 'undo') || typeof parsed.at !== 'string' || typeof parsed.dataFrom !== 'string') return null;
    const acknowledgedBy = Array.isArray(parsed.acknowledgedBy) ? parsed.acknowledgedBy.filter((id) => Number.isInteger(id)) : [];
    return { kind: parsed.kind, at: parsed.at, dataFrom: parsed.dataFrom, acknowledgedBy };
  } catch {
    return null; // none yet, or unreadable: nobody is told rather than the program failing
  }
}

/** Written whole into a temporary file and renamed, so a reader never sees half of it. */
export function writeRestoreNotice(dataDir: string, notice: RestoreNotice): void {
  const file = fileOf(dataDir);
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(notice, null, 2));
  fs.renameSync(temp, file);
}

/** A new restore or undo: everyone is to be told again. */
export function recordRestoreNotice(dataDir: string, kind: RestoreNotice['kind'], at: Date, dataFrom: Date | string): void {
  writeRestoreNotice(dataDir, { kind, at: at.toISOString(), dataFrom: typeof dataFrom === 'string' ? dataFrom : dataFrom.toISOString(), acknowledgedBy: [] });
}

/** The notice for this user, or null: none, already acknowledged, or the account was made after it. */
export function restoreNoticeFor(dataDir: string, user: { id: number; createdAt: string | null }): Omit<RestoreNotice, 'acknowledgedBy'> | null {
  const notice = readRestoreNotice(dataDir);
  if (!notice || notice.acknowledgedBy.includes(user.id)) return null;
  if (user.createdAt && Date.parse(user.createdAt) > Date.parse(notice.at)) return null;
  return { kind: notice.kind, at: notice.at, dataFrom: notice.dataFrom };
}

export function acknowledgeRestoreNotice(dataDir: string, userId: number): void {
  const notice = readRestoreNotice(dataDir);
  if (!notice || notice.acknowledgedBy.includes(userId)) return;
  writeRestoreNotice(dataDir, { ...notice, acknowledgedBy: [...notice.acknowledgedBy, userId] });
}
