import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/**
 * An HTTPS agent that trusts exactly one certificate: the main PC's, checked by its own test (the 50 bits of the
 * pairing code, then the pinned full fingerprint). The main PC's certificate is self-signed, so the system's CAs
 * mean nothing here; instead the connection is handed to the request only after the check passed, so nothing
 * (no pairing secret, no PC key, no session token) is ever written to a machine that presented another one.
 */

/** The presented certificate is not the main PC's: nothing was sent, and sending again will not help. */
export class WrongCertificateError extends Error {
  constructor() {
    super('The server presented another certificate than the pinned one');
    this.name = 'WrongCertificateError';
  }
}

export interface PinnedAgentOptions {
  /** Whether the certificate (DER) the server presented is the main PC's. */
  accepts: (certificateDer: Buffer) => boolean;
  /** Until the TLS handshake is done; a machine that is off or unplugged answers nothing at all. */
  connectTimeoutMs: number;
  /** Sockets kept open for the next calls (keep-alive). */
  maxSockets?: number;
}

export class PinnedAgent extends https.Agent {
  readonly #accepts: (certificateDer: Buffer) => boolean;
  readonly #connectTimeoutMs: number;

  constructor(options: PinnedAgentOptions) {
    // No TLS session resumption: every new connection shows its certificate again and is checked again.
    super({ keepAlive: true, maxSockets: options.maxSockets ?? 16, maxCachedSessions: 0 });
    this.#accepts = options.accepts;
    this.#connectTimeoutMs = options.connectTimeoutMs;
  }

  override createConnection(options: https.RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const host = options.host ?? options.hostname ?? 'localhost';
    const socket = tls.connect({
      host,
      port: Number(options.port),
      // An address such as 192.168.1.10 carries no name; the check below is by fingerprint, not by name.
      ...(net.isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
    });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      if (error) socket.destroy();
      callback?.(error, socket);
    };
    socket.setTimeout(this.#connectTimeoutMs, () => settle(new Error(`TLS connection not ready within ${this.#connectTimeoutMs} ms`)));
    socket.once('error', (error) => settle(error));
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerCertificate(true);
      const der = certificate && 'raw' in certificate ? certificate.raw : undefined;
      settle(der && this.#accepts(der) ? null : new WrongCertificateError());
    });
    // Handed over in the callback only once checked: the request writes nothing before that.
    return undefined;
  }
}
