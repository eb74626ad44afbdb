/**
 * The drill ("Sprawdź tę kopię"): the backup is verified, restored into a private temporary folder and opened
 * with this program (which migrates an older one forward), and the report says what it holds. The live data
 * folder is never named, so it cannot be touched; the temporary folder is removed at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { knownSchemaVersion, openDatabase } from '../../../db/open';
import { emitter, type BackupEventListener } from './events';
import { type BackupManifest } from './format';
import { type BackupIo } from './files';
import { toBackupError } from './messages';
import { countRows, type SqliteOptions } from './sqlite';
import { decryptAndCheck, privateTempDir } from './verify';
import os from 'node:os';

export interface DrillOptions extends SqliteOptions {
  file: string;
  passphrase: string;
  migrationsFolder: string;
  /** Where the private temporary folder is made; the system's temporary folder by default. */
  workDir?: string;
  onEvent?: BackupEventListener;
  signal?: AbortSignal;
  io?: BackupIo;
}

export interface DrillReport {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  createdAt: string;
  programVersion: string;
  /** Schema version inside the backup, and after this program opened (and migrated) it. */
  schemaVersion: number;
  schemaVersionAfterOpening: number;
  /** Rows of every table after opening with this program. */
  counts: Record<string, number>;
  durationMs: number;
}

export async function drillBackup(options: DrillOptions): Promise<DrillReport> {
  const started = Date.now();
  const emit = emitter('drill', options.onEvent);
  emit('start');
  let dir: string;
  try {
    dir = privateTempDir(options.workDir, 'ostoja-drill-');
  } catch (error) {
    throw toBackupError(error, options.workDir ?? os.tmpdir());
  }
  try {
    const plain = path.join(dir, 'ostoja.db');
    const verified = await decryptAndCheck(
      { ...options, knownSchemaVersion: knownSchemaVersion(options.migrationsFolder) },
      plain,
      emit,
    );
    emit('migrate');
    let schemaVersionAfterOpening: number;
    let counts: Record<string, number>;
    try {
      const handle = openDatabase({ file: plain, migrationsFolder: options.migrationsFolder, nativeBinding: options.nativeBinding });
      try {
        schemaVersionAfterOpening = handle.schemaVersion;
        counts = countRows(handle.sqlite);
      } finally {
        handle.close();
      }
    } catch (error) {
      throw toBackupError(error, dir);
    }
    emit('done');
    return {
      file: verified.file,
      bytes: verified.bytes,
      manifest: verified.manifest,
      createdAt: verified.manifest.createdAt,
      programVersion: verified.manifest.programVersion,
      schemaVersion: verified.schemaVersion,
      schemaVersionAfterOpening,
      counts,
      durationMs: Date.now() - started,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
