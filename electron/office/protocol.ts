import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';

/**
 * The office network's wire protocol, shared by the main PC's server (server.ts) and the other PCs' client.
 * Changing it means telling the other side: a commit message starting "office protocol:".
 *
 * - TLS only (node:https), with a certificate the main PC makes for itself. The pairing code carries the first
 *   50 bits of its SHA-256; after pairing the client pins the whole fingerprint.
 * - `POST /office/pair` with PairRequest → the envelope `{ ok: true, value: PairAnswer }`.
 * - `POST /office/api/<method>` with the method's input as the JSON body and the headers below → the same envelope
 *   as the browser host's /api/invoke/<method>, with the same HTTP statuses.
 * - Nothing else is served (no static files, no method list): anything else is 404.
 */

/** The core keeps the port setting (office-network.ts); its default is the protocol's. */
export { OFFICE_DEFAULT_PORT } from '../core/office-network';

export const OFFICE_PATHS = {
  pair: '/office/pair',
  /** Followed by the method name, e.g. /office/api/persons.search. */
  apiPrefix: '/office/api/',
} as const;

export const OFFICE_HEADERS = {
  /** The paired PC's id (decimal). */
  pc: 'x-ostoja-pc',
  /** `Bearer <pcKey>`: the key the PC got at pairing. */
  authorization: 'authorization',
  /** The user's session token, as the browser host carries it. */
  session: 'x-ostoja-session',
  /** A fresh uuid v4 for every call; a call sent again after a dropped answer carries the same one. */
  changeId: 'x-ostoja-change-id',
  /** On an answer: "1" when it is the stored answer of an earlier run of the same change id (nothing ran again). */
  replayed: 'x-ostoja-replayed',
} as const;

/**
 * The change-id rule: every call carries a uuid v4 of its own (lower-case). The main PC keeps, per PC, the answer
 * of every call that changed something, and answers the same change id again with that stored answer (header
 * `replayed: 1`) instead of running it a second time. So a client whose answer was lost (a dropped connection,
 * the main PC restarted) sends the very same call with the very same id, and a change is never applied twice.
 * Calls that changed nothing (reads, refusals) are not kept: sent again, they simply run again.
 */
export const CHANGE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isChangeId(value: unknown): value is string {
  return typeof value === 'string' && CHANGE_ID_PATTERN.test(value);
}

/** POST /office/pair: the code's secret (its first 6 characters, as typed or normalised) and the PC's name. */
export const pairRequestSchema = z.object({
  secret: z.string().trim().min(1, 'Podaj kod parowania.').max(40),
  pcName: z.string().trim().min(1, 'Podaj nazwę tego komputera.').max(60, 'Nazwa komputera może mieć najwyżej 60 znaków.'),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

/** pcKey: 32 random bytes, base64url; the main PC keeps only its hash. */
export const pairAnswerSchema = z.object({
  pcId: z.number().int().positive(),
  pcKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type PairAnswer = z.infer<typeof pairAnswerSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The pairing code: 16 Crockford base32 characters "XXXX-XXXX-XXXX-XXXX". The first 6 are a one-time secret
// (30 random bits; valid 10 minutes, 5 wrong tries make a new one); the last 10 are the first 50 bits of the
// SHA-256 of the main PC's certificate (DER), which the client checks before it sends the secret.
// ---------------------------------------------------------------------------------------------------------------

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_SECRET_LENGTH = 6;
const FINGERPRINT_CHARS = 10;
const CODE_LENGTH = PAIRING_SECRET_LENGTH + FINGERPRINT_CHARS;
export const PAIRING_CODE_VALID_MINUTES = 10;
export const PAIRING_MAX_WRONG_TRIES = 5;

/** The full SHA-256 of the certificate (DER) in lower-case hex: what the client pins after pairing. */
export function certificateFingerprint(der: Buffer | Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

/** The first 50 bits of the certificate's SHA-256 as 10 Crockford characters. */
function fingerprintChars(der: Buffer | Uint8Array): string {
  const digest = createHash('sha256').update(der).digest();
  let bits = digest.readBigUInt64BE(0) >> 14n; // the top 50 of the first 64 bits
  let text = '';
  for (let i = 0; i < FINGERPRINT_CHARS; i++) {
    text = CROCKFORD[Number(bits & 31n)]! + text;
    bits >>= 5n;
  }
  return text;
}

/** A new one-time secret: 6 random Crockford characters. */
export function newPairingSecret(): string {
  let secret = '';
  for (let i = 0; i < PAIRING_SECRET_LENGTH; i++) secret += CROCKFORD[randomInt(32)]!;
  return secret;
}

/** The code shown on the main PC's screen, e.g. "7K3M-Q9XA-4TZR-8HVC". */
export function encodePairingCode(secret: string, certificateDer: Buffer | Uint8Array): string {
  const raw = normaliseCrockford(secret) + fingerprintChars(certificateDer);
  return raw.match(/.{4}/g)!.join('-');
}

/** Crockford's reading of what a person types: case, hyphens and spaces ignored, O→0, I and L→1. */
export function normaliseCrockford(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export type ParsedPairingCode = { secret: string; fingerprintPrefix: string };

/** The code as typed on another PC, or null (with the Polish reason) when it cannot be one. */
export function parsePairingCode(text: string): { ok: true; code: ParsedPairingCode } | { ok: false; message: string } {
  const raw = normaliseCrockford(text);
  if (raw.length !== CODE_LENGTH) {
    return { ok: false, message: `Kod parowania ma ${CODE_LENGTH} znaków (np. 7K3M-Q9XA-4TZR-8HVC); wpisano ${raw.length}.` };
  }
  if ([...raw].some((char) => !CROCKFORD.includes(char))) {
    return { ok: false, message: 'Kod parowania składa się tylko z cyfr i liter (bez U). Przepisz go z ekranu stanowiska głównego.' };
  }
  return { ok: true, code: { secret: raw.slice(0, PAIRING_SECRET_LENGTH), fingerprintPrefix: raw.slice(PAIRING_SECRET_LENGTH) } };
}

/** Whether the certificate the main PC presented is the one whose fingerprint the code carries. */
export function certificateMatchesCode(certificateDer: Buffer | Uint8Array, code: ParsedPairingCode): boolean {
  return fingerprintChars(certificateDer) === code.fingerprintPrefix;
}

/** What the client says when the presented certificate is not the one of the code (or, later, the pinned one). */
export const WRONG_CERTIFICATE_MESSAGE =
  'Komputer pod tym adresem nie jest stanowiskiem głównym, z którym sparowano ten komputer (inny certyfikat). ' +
  'Ktoś może podszywać się pod stanowisko główne: nie połączono. Sprawdź adres i kod parowania.';
