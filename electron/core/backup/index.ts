/**
 * The backup engine: plain Node, no Electron. A service (later) calls these functions, forwards the progress
 * events to the UI and writes the audit entries from the results; the command line (electron/cli) calls them
 * directly.
 */
export { createBackup, type CreateBackupOptions, type CreatedBackup } from './create';
export { verifyBackup, type VerifyBackupOptions, type VerifiedBackup } from './verify';
export {
  restoreBackup,
  undoLastRestore,
  undoableRestore,
  listSafetyCopies,
  safetyFolder,
  type RestoreBackupOptions,
  type RestoreResult,
  type UndoResult,
  type ReplaceOptions,
  type SafetyCopy,
} from './restore';
export { drillBackup, type DrillOptions, type DrillReport } from './drill';
export { listBackups, type BackupListing, type ListedBackup, type SkippedFile } from './list';
export { planRotation, DEFAULT_ROTATION, type RotationPolicy, type RotationEntry, type RotationPlan } from './rotation';
export { BackupError, type BackupErrorCode } from './messages';
export { STEP_LABELS, type BackupEvent, type BackupEventListener, type BackupOperation, type BackupStep } from './events';
export { BACKUP_EXTENSION, readHeader, type BackupManifest } from './format';
export { DEFAULT_KDF, type KdfParams } from './crypto';
export type { BackupIo } from './files';
