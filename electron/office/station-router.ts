import { stationContract, type StationStatus } from '../../shared/contract/station';
import { fail, ok, type Envelope } from '../../shared/envelope';
import type { CallContext } from '../core/context';
import { zodIssues, type Router } from '../core/router';
import { JoinError } from './join';
import type { SavedStation } from './station-file';

/**
 * The router a transport (the browser host, Electron's IPC) is given on every PC: `station.*` answered here, every
 * other call to where this PC's register is — its own core, or the main PC through the office client. At the first
 * start of a PC that holds nothing yet (no accounts), `station.join` pairs it with the main PC and from then on
 * every call is forwarded; the empty local core is closed.
 */

export type StationTarget = { mode: 'main'; router: Router } | { mode: 'joined'; router: Router & { close?: () => void }; station: SavedStation };

export interface StationRouterOptions {
  target: StationTarget;
  /** Pairs with the main PC and saves the link (key protected); gives the forwarding router. */
  join?: (input: { address: string; pairingCode: string; pcName: string }) => Promise<{ router: Router; station: SavedStation }>;
  /** Closes the local core once this PC forwards (the database it made at start holds no account and no case). */
  closeLocal?: () => Promise<void>;
  log?: (message: string, error?: unknown) => void;
}

export interface StationRouter extends Router {
  status(): StationStatus;
}

export function createStationRouter(options: StationRouterOptions): StationRouter {
  let target = options.target;
  let joining = false;

  const status = (): StationStatus =>
    target.mode === 'joined'
      ? { mode: 'joined', mainAddress: target.station.mainAddress, pcName: target.station.pcName }
      : { mode: 'main', mainAddress: null, pcName: null };

  async function join(input: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
    const parsed = stationContract['station.join'].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return fail({ code: 'VALIDATION', message: issues[0]!.message, issues });
    }
    if (target.mode === 'joined') {
      return fail({ code: 'CONFLICT', message: `Ten komputer jest już połączony ze stanowiskiem głównym (${target.station.mainAddress}).` });
    }
    if (!options.join || joining) {
      return fail({ code: 'CONFLICT', message: joining ? 'Dołączanie do stanowiska głównego już trwa.' : 'Ten komputer nie może dołączyć do stanowiska głównego.' });
    }
    // Only a PC that holds nothing may join: its own accounts and cases would otherwise be left behind unseen.
    const setup = await target.router.invoke('setup.status', {}, ctx);
    if (!setup.ok || !(setup.value as { needsSetup: boolean }).needsSetup) {
      return fail({
        code: 'CONFLICT',
        message: 'Ten komputer ma już własny rejestr z kontami użytkowników, więc nie dołączy do innego stanowiska głównego. Nic nie zmieniono.',
      });
    }
    joining = true;
    try {
      const joined = await options.join(parsed.data);
      target = { mode: 'joined', router: joined.router, station: joined.station };
      await options.closeLocal?.().catch((error: unknown) => options.log?.('Nie udało się zamknąć pustej bazy tego komputera', error));
      return ok({ mainAddress: joined.station.mainAddress });
    } catch (error) {
      if (error instanceof JoinError) return fail({ code: 'VALIDATION', message: error.message });
      options.log?.('Błąd dołączania do stanowiska głównego', error);
      return fail({ code: 'INTERNAL', message: 'Nie udało się dołączyć do stanowiska głównego. Ten komputer nie został połączony.' });
    } finally {
      joining = false;
    }
  }

  return {
    status,
    async invoke(method, input, ctx) {
      if (method === 'station.status') return ok(status());
      if (method === 'station.join') return join(input, ctx);
      return target.router.invoke(method, input, ctx);
    },
  };
}
