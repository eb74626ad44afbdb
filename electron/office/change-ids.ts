import type { CallerPc } from '../core/context';
import type { OfficeGateway } from '../core/office-network';
import type { Envelope } from '../../shared/envelope';

/**
 * The change-id rule (protocol.ts) on the main PC: a change id seen before gets the stored answer of its first
 * run. A call sent again while its first run is still going (the client gave up waiting and resent) waits for
 * that run and gets its answer too, so the two never run side by side.
 */
export function createChangeRunner(gateway: Pick<OfficeGateway, 'replay' | 'keepAnswer'>) {
  const running = new Map<string, Promise<Envelope<unknown>>>();

  return async function run(
    pc: CallerPc,
    changeId: string,
    call: () => Promise<Envelope<unknown>>,
  ): Promise<{ envelope: Envelope<unknown>; replayed: boolean }> {
    const key = `${pc.id}:${changeId}`;
    const inFlight = running.get(key);
    if (inFlight) return { envelope: await inFlight, replayed: true };
    const stored = gateway.replay(pc, changeId);
    if (stored) return { envelope: stored, replayed: true };
    const first = (async () => {
      const envelope = await call();
      // The change (if any) recorded its id in its own transaction; here its answer joins that record.
      gateway.keepAnswer(pc, changeId, envelope);
      return envelope;
    })();
    running.set(key, first);
    try {
      return { envelope: await first, replayed: false };
    } finally {
      running.delete(key);
    }
  };
}
