import type https from 'node:https';
import os from 'node:os';
import type { Clock } from '../core/context';
import type { OfficeGateway, OfficeTransport } from '../core/office-network';
import { loadOrCreateCertificate } from './certificate';
import { createPairingCodes, type PairingCodes } from './pairing-code';
import { createOfficeServer } from './server';

/**
 * The office network's transport for the core (core/office-network.ts), as browser mode and the Electron main
 * give it: the certificate made at the first start of serving, the server on every interface (the other PCs
 * are on the local network), the pairing code.
 */
export function createOfficeTransport(options: {
  dataDir: string;
  /** A secret key of this data folder (secret-keys.ts); the certificate's private key is sealed under it. */
  sealingSecret: Buffer;
  clock: Clock;
  /** Where to listen; the other PCs need every interface, tests the loopback only. */
  host?: string;
  log?: (message: string, error?: unknown) => void;
}): OfficeTransport {
  let running: { server: https.Server; port: number; pairing: PairingCodes } | null = null;

  return {
    async start(port: number, gateway: OfficeGateway) {
      if (running) return;
      const certificate = await loadOrCreateCertificate(options.dataDir, options.sealingSecret, options.clock.now());
      const pairing = createPairingCodes(certificate.der, options.clock);
      const server = createOfficeServer({ certificate, gateway, pairing, now: () => options.clock.now().getTime(), log: options.log });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            new Error(
              error.code === 'EADDRINUSE'
                ? `Port ${port} zajmuje inny program: sieć biura nie ruszyła. Zamknij tamten program albo wybierz inny port.`
                : `Sieć biura nie ruszyła: ${error.message}`,
            ),
          ),
        );
        server.listen(port, options.host ?? '0.0.0.0', () => resolve());
      });
      server.on('error', (error) => options.log?.('Błąd serwera sieci biura', error));
      running = { server, port: (server.address() as { port: number }).port, pairing };
    },

    async stop() {
      if (!running) return;
      const { server } = running;
      running = null;
      // Open keep-alive connections of the other PCs end now too: serving is off.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },

    state() {
      return running ? { port: running.port, pairingCode: running.pairing.current() } : null;
    },

    newPairingCode() {
      running?.pairing.renew();
    },

    lanAddresses() {
      return Object.values(os.networkInterfaces())
        .flatMap((addresses) => addresses ?? [])
        .filter((address) => address.family === 'IPv4' && !address.internal)
        .map((address) => address.address);
    },
  };
}
