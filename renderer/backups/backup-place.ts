import type { MethodOutput } from '../../shared/contract';

export type Backup = MethodOutput<'backups.list'>['backups'][number];
export type BackupListing = MethodOutput<'backups.list'>;

/** Where a backup is, as the administrator calls it. */
export function placeLabel(backup: Pick<Backup, 'location' | 'folder'>): string {
  if (backup.location === 'primary') return 'ten komputer';
  if (backup.location === 'secondary') return 'drugie miejsce';
  return backup.folder ?? 'inny folder';
}

/** What the backup methods need to find the file again. */
export function backupRef(backup: Backup): Pick<Backup, 'location' | 'folder' | 'fileName'> {
  return { location: backup.location, ...(backup.folder ? { folder: backup.folder } : {}), fileName: backup.fileName };
}
