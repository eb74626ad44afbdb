import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorBody, Envelope } from '../../shared/envelope';
import type { CallerPc } from './context';
import type { Router } from './router';

/**
 * The office network as the core sees it: the core decides (serving on or off, which PCs are paired, what is
 * audited) and a transport outside the core does the network (electron/office/: TLS, the pairing code, the
 * wire protocol). The core never knows how the other PCs reach it: it hands the transport an OfficeGateway.
 */
export interface OfficeTransport {
  /** Starts serving the gateway on the port (0: any free one); rejects with a Polish message when it cannot. */
  start(port: number, gateway: OfficeGateway): Promise<void>;
  stop(): Promise<void>;
  /** While serving: the port listened on and the current pairing code; null when not serving. */
  state(): { port: number; pairingCode: { code: string; expiresAt: string; expired: boolean } } | null;
  /** A new pairing code (the old one stops working). */
  newPairingCode(): void;
  /** This PC's addresses on the local network. */
  lanAddresses(): string[];
}

/** What the transport may ask of the core; each answer is already decided and audited here. */
export interface OfficeGateway {
  /** The same router as every transport's: contract, permission table, audit. */
  router: Router;
  /** After the transport checked the pairing secret: a new PC, its id and its key (kept only as a hash). */
  registerPc(pcName: string, remoteAddress: string): { pcId: number; pcKey: string };
  /** The PC a call claims to come from, or the refusal to answer with (the transport audits it via `refused`). */
  authenticate(pcIdHeader: string | undefined, pcKey: string | undefined): { ok: true; pc: CallerPc } | { ok: false; error: ErrorBody; reason: string };
  /** Writes a refused connection to the audit log (the transport limits how often per address). */
  refused(remoteAddress: string, reason: string, suppressedSince: number): void;
  /**
   * The answer of a change this PC already made with this id (a CONFLICT saying it was saved when the answer was
   * not kept); null when no change was made with this id.
   */
  replay(pc: CallerPc, changeId: string): Envelope<unknown> | null;
  /** Keeps the answer of a call that changed something (nothing is kept for a call that changed nothing). */
  keepAnswer(pc: CallerPc, changeId: string, envelope: Envelope<unknown>): void;
}

export const OFFICE_DEFAULT_PORT = 47900;

/**
 * Serving on or off, and the port, in a file of this computer beside the database, not in it: a restore of
 * older data must not turn serving on or off.
 */
export interface OfficeSettings {
  serving: boolean;
  port: number;
}

export const OFFICE_SETTINGS_FILE = 'office-network.json';

export function readOfficeSettings(dataDir: string): OfficeSettings {
  const defaults: OfficeSettings = { serving: false, port: OFFICE_DEFAULT_PORT };
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, OFFICE_SETTINGS_FILE), 'utf8')) as Partial<OfficeSettings>;
    return {
      serving: stored.serving === true,
      port: Number.isInteger(stored.port) && stored.port! >= 0 && stored.port! <= 65535 ? stored.port! : defaults.port,
    };
  } catch {
    return defaults; // no file yet: serving off
  }
}

/** Written whole (a temporary file, then in place), so a crash never leaves half a file. */
export function writeOfficeSettings(dataDir: string, settings: OfficeSettings): void {
  const file = path.join(dataDir, OFFICE_SETTINGS_FILE);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}
