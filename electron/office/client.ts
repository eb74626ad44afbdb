import { randomUUID } from 'node:crypto';
import https from 'node:https';
import { fail, type Envelope } from '../../shared/envelope';
import { errorCodes } from '../../shared/errors';
import type { Router } from '../core/router';
import { certificateFingerprint, OFFICE_HEADERS, OFFICE_PATHS, WRONG_CERTIFICATE_MESSAGE } from './protocol';
import { PinnedAgent, WrongCertificateError } from './pinned-agent';

/**
 * Another PC of the office: every call of its screens goes over TLS to the main PC's router, with this PC's id and
 * key, the user's session and a change id of its own. A dropped connection or a lost answer is sent again with the
 * same change id (the main PC answers a change it already made with the stored answer), a bounded number of times;
 * then the screens are told UNAVAILABLE, naming the main PC's address.
 */

export interface JoinedStation {
  /** e.g. https://192.168.1.10:47900 */
  mainAddress: string;
  /** SHA-256 of the main PC's certificate (DER), lower-case hex: the only certificate this PC trusts. */
  fingerprint: string;
  pcId: number;
  pcKey: string;
}

export interface OfficeClientOptions {
  station: JoinedStation;
  /** Pauses before each resend; their number is the number of resends. */
  retryDelaysMs?: readonly number[];
  connectTimeoutMs?: number;
  /** How long one answer may take (a large report, a backup made now) before the connection counts as lost. */
  answerTimeoutMs?: number;
  maxBodyBytes?: number;
}

export interface OfficeClient extends Router {
  close(): void;
}

/** About 7 s of resending: a main PC restarting comes back within it; a PC switched off is reported after it. */
export const DEFAULT_RETRY_DELAYS_MS = [100, 300, 600, 1_000, 2_000, 3_000] as const;

/** Change ids of calls that ended UNAVAILABLE, kept so that the same call sent again (the worker presses
 *  "Zapisz" once more on the unchanged form) carries the same id and cannot be applied twice. */
const REMEMBERED_CHANGES = 200;

export function unavailableMessage(mainAddress: string): string {
  return (
    `Nie można połączyć się ze stanowiskiem głównym (${mainAddress}). ` +
    'Sprawdź, czy tamten komputer jest włączony i ma uruchomiony program Ostoja. Wpisane dane zostają: ' +
    'zapisz je ponownie, gdy połączenie wróci (ta sama zmiana nie zostanie wykonana dwa razy).'
  );
}

class LostAnswerError extends Error {}

const isEnvelope = (value: unknown): value is Envelope<unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'value' in candidate;
  return (
    candidate.ok === false &&
    typeof candidate.error?.message === 'string' &&
    (errorCodes as readonly unknown[]).includes(candidate.error.code)
  );
};

export function createOfficeClient(options: OfficeClientOptions): OfficeClient {
  const { station } = options;
  const base = new URL(station.mainAddress);
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? 120_000;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const agent = new PinnedAgent({
    accepts: (der) => certificateFingerprint(der) === station.fingerprint,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
  });
  const pendingChanges = new Map<string, string>();

  function post(method: string, body: string, sessionToken: string | undefined, changeId: string): Promise<Envelope<unknown>> {
    return new Promise((resolve, reject) => {
      const request = https.request(
        {
          agent,
          host: base.hostname,
          port: Number(base.port || 443),
          method: 'POST',
          path: OFFICE_PATHS.apiPrefix + encodeURIComponent(method),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [OFFICE_HEADERS.pc]: String(station.pcId),
            [OFFICE_HEADERS.authorization]: `Bearer ${station.pcKey}`,
            [OFFICE_HEADERS.changeId]: changeId,
            ...(sessionToken ? { [OFFICE_HEADERS.session]: sessionToken } : {}),
          },
          timeout: answerTimeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBodyBytes) request.destroy(new LostAnswerError('answer too large'));
            else chunks.push(chunk);
          });
          response.on('end', () => {
            try {
              const answer: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (isEnvelope(answer)) resolve(answer);
              else reject(new LostAnswerError(`not an envelope (HTTP ${response.statusCode})`));
            } catch {
              reject(new LostAnswerError(`unreadable answer (HTTP ${response.statusCode})`));
            }
          });
          response.on('error', reject);
          response.on('aborted', () => reject(new LostAnswerError('answer cut off')));
        },
      );
      request.on('timeout', () => request.destroy(new LostAnswerError('no answer in time')));
      request.on('error', reject);
      request.end(body);
    });
  }

  return {
    async invoke(method, input, ctx) {
      const body = JSON.stringify(input ?? {});
      const callKey = `${ctx.sessionToken ?? ''}\n${method}\n${body}`;
      const changeId = pendingChanges.get(callKey) ?? randomUUID();
      pendingChanges.delete(callKey);
      for (let attempt = 0; ; attempt++) {
        try {
          return await post(method, body, ctx.sessionToken, changeId);
        } catch (error) {
          if (error instanceof WrongCertificateError) {
            return fail({ code: 'UNAVAILABLE', message: WRONG_CERTIFICATE_MESSAGE, details: { mainAddress: station.mainAddress } });
          }
          if (attempt >= retryDelays.length) break;
          await new Promise((resolve) => setTimeout(resolve, retryDelays[attempt]));
        }
      }
      pendingChanges.set(callKey, changeId);
      if (pendingChanges.size > REMEMBERED_CHANGES) pendingChanges.delete(pendingChanges.keys().next().value!);
      return fail({ code: 'UNAVAILABLE', message: unavailableMessage(station.mainAddress), details: { mainAddress: station.mainAddress } });
    },
    close() {
      agent.destroy();
    },
  };
}
