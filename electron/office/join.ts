import https from 'node:https';
import type { JoinedStation } from './client';
import { PinnedAgent, WrongCertificateError } from './pinned-agent';
import {
  certificateFingerprint,
  certificateMatchesCode,
  OFFICE_DEFAULT_PORT,
  OFFICE_PATHS,
  pairAnswerSchema,
  pairRequestSchema,
  parsePairingCode,
  WRONG_CERTIFICATE_MESSAGE,
} from './protocol';

/**
 * Joining this PC to the main PC: the address and the pairing code typed from the main PC's screen. The TLS
 * certificate the address presents must carry the fingerprint bits of the code, or the secret is not sent at all;
 * then /office/pair gives this PC its id and key, and the certificate's full fingerprint is pinned from then on.
 */

/** Joining failed; the message, in Polish, says why and what to do. */
export class JoinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JoinError';
  }
}

/** "192.168.1.10", "192.168.1.10:47900", "https://serwer-gops:47900/" → "https://192.168.1.10:47900". */
export function normaliseMainAddress(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new JoinError('Podaj adres stanowiska głównego, np. 192.168.1.10:47900.');
  if (/^http:\/\//i.test(trimmed)) {
    throw new JoinError('Stanowisko główne łączy się tylko szyfrowanym połączeniem: adres zaczyna się od https:// albo od samego numeru komputera.');
  }
  let url: URL;
  try {
    url = new URL(/^https:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new JoinError(`„${trimmed.slice(0, 100)}” nie jest adresem komputera. Przepisz adres ze stanowiska głównego, np. 192.168.1.10:47900.`);
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new JoinError('Adres stanowiska głównego to tylko nazwa lub numer komputera i port, np. 192.168.1.10:47900.');
  }
  return `https://${url.hostname}:${url.port || OFFICE_DEFAULT_PORT}`;
}

export interface JoinRequest {
  address: string;
  pairingCode: string;
  pcName: string;
  connectTimeoutMs?: number;
}

export async function joinMainPc(request: JoinRequest): Promise<JoinedStation & { pcName: string }> {
  const mainAddress = normaliseMainAddress(request.address);
  const parsed = parsePairingCode(request.pairingCode);
  if (!parsed.ok) throw new JoinError(parsed.message);
  const pair = pairRequestSchema.safeParse({ secret: parsed.code.secret, pcName: request.pcName });
  if (!pair.success) throw new JoinError(pair.error.issues[0]!.message);
  let presented: Buffer | undefined;
  const agent = new PinnedAgent({
    accepts: (der) => {
      presented = der;
      return certificateMatchesCode(der, parsed.code);
    },
    connectTimeoutMs: request.connectTimeoutMs ?? 5_000,
  });
  const url = new URL(mainAddress);
  const body = JSON.stringify(pair.data);
  try {
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const call = https.request(
        {
          agent,
          host: url.hostname,
          port: Number(url.port),
          method: 'POST',
          path: OFFICE_PATHS.pair,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: 30_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      call.on('timeout', () => call.destroy(new Error('no answer in time')));
      call.on('error', reject);
      call.end(body);
    });
    let answer: { ok?: boolean; value?: unknown; error?: { message?: unknown } };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      throw new JoinError(`Pod adresem ${mainAddress} odpowiada inny program niż Ostoja (HTTP ${status}).`);
    }
    if (answer.ok !== true) {
      const message = typeof answer.error?.message === 'string' ? answer.error.message : `HTTP ${status}`;
      throw new JoinError(`Stanowisko główne nie przyjęło tego komputera: ${message}`);
    }
    const paired = pairAnswerSchema.safeParse(answer.value);
    if (!paired.success || !presented) throw new JoinError('Stanowisko główne odpowiedziało niezrozumiale. Czy to ta sama wersja programu Ostoja?');
    return { mainAddress, fingerprint: certificateFingerprint(presented), pcId: paired.data.pcId, pcKey: paired.data.pcKey, pcName: pair.data.pcName };
  } catch (error) {
    if (error instanceof JoinError) throw error;
    if (error instanceof WrongCertificateError) throw new JoinError(WRONG_CERTIFICATE_MESSAGE);
    throw new JoinError(
      `Nie można połączyć się ze stanowiskiem głównym (${mainAddress}). Sprawdź adres i czy na stanowisku głównym ` +
        'włączono sieć biura (Ustawienia → Sieć biura).',
    );
  } finally {
    agent.destroy();
  }
}
