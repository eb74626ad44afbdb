import type { Core } from '../core/core';
import { DATABASE_FILE_NAME } from '../core/core';
import type { KeyPlace } from '../core/secret-keys';
import { joinAndSave, openJoinedStation, removeEmptyLocalDatabase, type Joined } from '../office/station';
import { createStationRouter, type StationRouter } from '../office/station-router';

/**
 * Browser mode as a PC of the office: either it holds the register (its own core, and at the first start it may
 * still join a main PC), or it forwards every call to the main PC — the same forwarding the Electron shell of
 * another PC uses. `--join ADDRESS --pairing-code CODE` joins before anything opens (tests, scripted installs).
 */

export interface JoinArgs {
  join?: string | undefined;
  pairingCode?: string | undefined;
  pcName: string;
}

/** The saved link to the main PC, or a new one made from --join; null when this PC holds its own register. */
export async function joinedFromArgs(place: KeyPlace, args: JoinArgs): Promise<Joined | null> {
  const saved = await openJoinedStation(place);
  if (saved) return saved;
  if (args.join === undefined) return null;
  if (!args.pairingCode) throw new Error('Do --join podaj też --pairing-code (kod z ekranu „Sieć biura” stanowiska głównego).');
  return joinAndSave(place, { address: args.join, pairingCode: args.pairingCode, pcName: args.pcName }, new Date());
}

export interface HostStation {
  router: StationRouter;
  shutdown(): Promise<void>;
}

export function hostStation(options: {
  place: KeyPlace;
  joined: Joined | null;
  core: Pick<Core, 'router' | 'shutdown'> | null;
  /** Recovery mode never joins: it is there to restore this PC's own register. */
  mayJoin: boolean;
}): HostStation {
  let close: () => Promise<void>;
  let router: StationRouter;
  if (options.joined) {
    const joined = options.joined;
    close = async () => joined.router.close();
    router = createStationRouter({ target: { mode: 'joined', router: joined.router, station: joined.station } });
  } else {
    const core = options.core!;
    close = () => core.shutdown();
    router = createStationRouter({
      target: { mode: 'main', router: core.router },
      join: options.mayJoin
        ? async (input) => {
            const joined = await joinAndSave(options.place, input, new Date());
            close = async () => joined.router.close();
            return joined;
          }
        : undefined,
      closeLocal: async () => {
        await core.shutdown();
        removeEmptyLocalDatabase(options.place.dataDir, DATABASE_FILE_NAME);
      },
      log: (message, error) => console.error(message, error),
    });
  }
  return { router, shutdown: () => close() };
}
