import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadSecretKey, secretKeyFile, type KeyPlace } from '../core/secret-keys';
import type { JoinedStation } from './client';

/**
 * What another PC of the office keeps in its data folder: the main PC's address, the pinned certificate
 * fingerprint and its PC id in station.json; its key as a secret (electron/core/secret-keys.ts: safeStorage in
 * the desktop program, an owner-only file outside the data folder in browser mode). No database, no case data.
 * The file's presence is what makes this PC "another PC": it is written last, once the key is stored.
 */

export const STATION_FILE_NAME = 'station.json';

const stationFileSchema = z.object({
  format: z.literal('ostoja-station'),
  version: z.literal(1),
  mainAddress: z.string().regex(/^https:\/\/[^/\s]+:\d+$/),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  pcId: z.number().int().positive(),
  pcName: z.string(),
  joinedAt: z.string(),
});

export type SavedStation = JoinedStation & { pcName: string };

export class StationFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StationFileError';
  }
}

export function stationFile(dataDir: string): string {
  return path.join(dataDir, STATION_FILE_NAME);
}

export function isJoinedStation(dataDir: string): boolean {
  return fs.existsSync(stationFile(dataDir));
}

/** This PC's link to the main PC, or null when this PC is not joined to one. */
export async function readStation(place: KeyPlace): Promise<SavedStation | null> {
  const file = stationFile(place.dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: z.infer<typeof stationFileSchema>;
  try {
    parsed = stationFileSchema.parse(JSON.parse(text));
  } catch {
    throw new StationFileError(
      `Plik ${file} (połączenie ze stanowiskiem głównym) jest uszkodzony. Usuń go i dołącz ten komputer ponownie kodem parowania.`,
    );
  }
  const key = await loadSecretKey('office-pc-key', place, { create: false });
  return {
    mainAddress: parsed.mainAddress,
    fingerprint: parsed.fingerprint,
    pcId: parsed.pcId,
    pcName: parsed.pcName,
    pcKey: key.toString('base64url'),
  };
}

/** Stores the key (protected), then station.json written whole; a stale key of an earlier pairing is replaced. */
export async function saveStation(place: KeyPlace, station: SavedStation, now: Date): Promise<void> {
  const keyBytes = Buffer.from(station.pcKey, 'base64url');
  fs.rmSync(secretKeyFile('office-pc-key', place), { force: true });
  // The main PC made this key; it is stored here exactly as a key made on this PC would be.
  await loadSecretKey('office-pc-key', place, { create: true, random: () => keyBytes });
  const content: z.infer<typeof stationFileSchema> = {
    format: 'ostoja-station',
    version: 1,
    mainAddress: station.mainAddress,
    fingerprint: station.fingerprint,
    pcId: station.pcId,
    pcName: station.pcName,
    joinedAt: now.toISOString(),
  };
  fs.mkdirSync(place.dataDir, { recursive: true });
  const file = stationFile(place.dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}
