import type { DatabaseHandle } from '../../../db/open';
import { getOfficePc, listActiveOfficePcs, markOfficePcRemoved } from '../../../db/repositories/office';
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { readOfficeSettings, writeOfficeSettings, type OfficeGateway, type OfficeTransport } from '../office-network';
import type { Logger } from '../router';

type Status = MethodOutput<'office.status'>;

/**
 * The administrator's side of the office network (contract office.*): serving on and off, the pairing code, the
 * paired PCs. Only on the main PC itself: a PC of the office must not switch off the network it works through.
 */
export function createOfficeService(deps: {
  dataDir: string;
  database: () => DatabaseHandle;
  clock: Clock;
  transport: OfficeTransport | undefined;
  gateway: OfficeGateway;
  log: Logger;
}) {
  const { dataDir, clock, transport, gateway } = deps;
  /** Why serving is on but nothing listens (e.g. the port is taken), for the screen. */
  let problem: string | null = null;

  function status(): Status {
    const settings = readOfficeSettings(dataDir);
    const state = transport?.state() ?? null;
    return {
      serving: settings.serving,
      available: transport !== undefined,
      port: state?.port ?? settings.port,
      addresses: transport?.lanAddresses() ?? [],
      pairingCode: state?.pairingCode ?? null,
      problem: settings.serving && !state ? (problem ?? 'Obsługa innych komputerów jest włączona, ale jeszcze nie działa.') : null,
      pcs: listActiveOfficePcs(deps.database().db).map((pc) => ({ id: pc.id, name: pc.name, pairedAt: pc.pairedAt, lastSeenAt: pc.lastSeenAt })),
    };
  }

  function onMainPcOnly(ctx: RequestContext): void {
    if (ctx.pc) throw new AppError('FORBIDDEN', 'Sieć biura ustawia się na stanowisku głównym, nie na innym komputerze biura.');
  }

  function audit(ctx: RequestContext, event: Parameters<typeof recordAudit>[3]): void {
    deps.database().db.transaction((tx) => recordAudit(tx, ctx, clock, event));
  }

  /** Starts serving with the stored port; the reason it could not is kept for the screen. */
  async function start(): Promise<void> {
    if (!transport) throw new AppError('CONFLICT', 'Ten program nie może obsługiwać innych komputerów biura.');
    try {
      await transport.start(readOfficeSettings(dataDir).port, gateway);
      problem = null;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      throw new AppError('CONFLICT', problem);
    }
  }

  return {
    /** At the program's start: serving again when the administrator left it on. */
    async startIfEnabled(): Promise<void> {
      if (!transport || !readOfficeSettings(dataDir).serving) return;
      await start().catch((error: unknown) => deps.log('Sieć biura nie wystartowała', error));
    },

    async stop(): Promise<void> {
      await transport?.stop();
    },

    status: (_input: ParsedInput<'office.status'>, _ctx: RequestContext): Status => status(),

    async setServing(input: ParsedInput<'office.setServing'>, ctx: RequestContext): Promise<Status> {
      onMainPcOnly(ctx);
      const settings = readOfficeSettings(dataDir);
      if (input.serving) {
        await start();
      } else {
        await transport?.stop();
        problem = null;
      }
      writeOfficeSettings(dataDir, { ...settings, serving: input.serving });
      if (settings.serving !== input.serving) {
        const port = transport?.state()?.port ?? settings.port;
        audit(ctx, {
          kind: 'office.serving',
          summary: input.serving ? `Włączono obsługę innych komputerów biura (port ${port})` : 'Wyłączono obsługę innych komputerów biura',
          details: { serving: input.serving, port },
        });
      }
      return status();
    },

    newPairingCode(_input: ParsedInput<'office.newPairingCode'>, ctx: RequestContext): Status {
      onMainPcOnly(ctx);
      if (!transport?.state()) throw new AppError('CONFLICT', 'Najpierw włącz obsługę innych komputerów biura.');
      transport.newPairingCode();
      // The code itself is not written down: it is a secret for the next ten minutes.
      audit(ctx, { kind: 'office.pairingCode', summary: 'Nowy kod parowania komputerów biura' });
      return status();
    },

    removePc(input: ParsedInput<'office.removePc'>, ctx: RequestContext): Status {
      onMainPcOnly(ctx);
      const { db } = deps.database();
      db.transaction((tx) => {
        const pc = getOfficePc(tx, input.pcId);
        if (!pc || pc.removedAt) throw new AppError('NOT_FOUND', 'Nie ma takiego sparowanego komputera (może został już usunięty).');
        markOfficePcRemoved(tx, pc.id, clock.now().toISOString(), ctx.user!.id);
        recordAudit(tx, ctx, clock, {
          kind: 'office.pcRemoved',
          summary: `Usunięto komputer „${pc.name}” z sieci biura: jego następne połączenie zostanie odrzucone`,
          details: { pcId: pc.id, pcName: pc.name },
        });
      });
      return status();
    },
  };
}

export type OfficeService = ReturnType<typeof createOfficeService>;
