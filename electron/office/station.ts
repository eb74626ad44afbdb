import fs from 'node:fs';
import path from 'node:path';
import type { KeyPlace } from '../core/secret-keys';
import { createOfficeClient, type OfficeClient, type OfficeClientOptions } from './client';
import { joinMainPc } from './join';
import { readStation, saveStation, type SavedStation } from './station-file';

/** Opening another PC of the office, shared by the browser host and the Electron shell. */

export interface Joined {
  router: OfficeClient;
  station: SavedStation;
}

type ClientTuning = Omit<OfficeClientOptions, 'station'>;

/** The forwarding router from what the data folder holds, or null when this PC is not joined to a main PC. */
export async function openJoinedStation(place: KeyPlace, tuning: ClientTuning = {}): Promise<Joined | null> {
  const station = await readStation(place);
  return station && { router: createOfficeClient({ ...tuning, station }), station };
}

/** Pairs with the main PC (address and code typed from its screen), keeps the link, and forwards from now on. */
export async function joinAndSave(
  place: KeyPlace,
  request: { address: string; pairingCode: string; pcName: string },
  now: Date,
  tuning: ClientTuning = {},
): Promise<Joined> {
  const station = await joinMainPc(request);
  await saveStation(place, station, now);
  return { router: createOfficeClient({ ...tuning, station }), station };
}

/**
 * After joining: the database this PC made at its first start goes (it was checked to hold no account, so no
 * case either), so that no register of its own is left beside the main PC's.
 */
export function removeEmptyLocalDatabase(dataDir: string, databaseFileName: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, databaseFileName + suffix), { force: true });
}
