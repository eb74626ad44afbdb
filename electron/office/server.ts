import https from 'node:https';
import type http from 'node:http';
import type { OfficeGateway } from '../core/office-network';
import type { Envelope } from '../../shared/envelope';
import type { ErrorCode } from '../../shared/errors';
import { createChangeRunner } from './change-ids';
import type { OfficeCertificate } from './certificate';
import type { PairingCodes } from './pairing-code';
import { isChangeId, OFFICE_HEADERS, OFFICE_PATHS, pairRequestSchema, type PairAnswer } from './protocol';
import { createRefusalLimiter } from './refusal-log';

/**
 * The main PC's server for the other PCs of the office: HTTPS only, two kinds of request (protocol.ts) and
 * nothing else: no static files, no list of methods. Every call goes through the core's gateway: the PC is
 * authenticated, the change id honoured, and the call itself runs through the same router as every transport.
 */
export interface OfficeServerOptions {
  certificate: OfficeCertificate;
  gateway: OfficeGateway;
  pairing: PairingCodes;
  now: () => number;
  maxBodyBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

const METHOD_PATH = /^\/office\/api\/([A-Za-z0-9_.-]{1,100})$/;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>, headers?: Record<string, string>): void {
  sendJson(res, envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code], envelope, headers);
}

function sendError(res: http.ServerResponse, code: ErrorCode, message: string, status = STATUS_BY_CODE[code]): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: http.IncomingMessage, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> {
  const body = await readBody(req, limit);
  if (body === 'too-large') return { ok: false, status: 413, message: 'Przesłane dane są zbyt duże.' };
  if (body.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, status: 400, message: 'Przesłane dane nie są poprawnym JSON-em.' };
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function bearer(req: http.IncomingMessage): string | undefined {
  return /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(header(req, OFFICE_HEADERS.authorization) ?? '')?.[1];
}

export function createOfficeServer(options: OfficeServerOptions): https.Server {
  const { gateway, pairing } = options;
  const limit = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const log = options.log ?? console.error;
  const refusals = createRefusalLimiter(options.now);
  const runChange = createChangeRunner(gateway);

  function refuse(req: http.IncomingMessage, reason: string): void {
    const address = req.socket.remoteAddress ?? 'nieznany';
    const admitted = refusals.admit(address);
    if (admitted.audit) gateway.refused(address, reason, admitted.suppressed);
  }

  async function handlePair(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readJson(req, 4096);
    if (!body.ok) return sendError(res, 'VALIDATION', body.message, body.status);
    const parsed = pairRequestSchema.safeParse(body.value);
    if (!parsed.success) return sendError(res, 'VALIDATION', parsed.error.issues[0]!.message);
    const check = pairing.check(parsed.data.secret);
    if (check !== 'ok') {
      refuse(req, check === 'expired' ? 'parowanie wygasłym kodem' : check === 'too-fast' ? 'zbyt szybkie próby parowania' : 'parowanie błędnym kodem');
      const message =
        check === 'too-fast'
          ? 'Zbyt szybko po błędnej próbie. Odczekaj chwilę i wpisz kod ponownie.'
          : check === 'expired'
          ? 'Kod parowania wygasł (jest ważny 10 minut). Na stanowisku głównym kliknij „Nowy kod” i przepisz go.'
          : check === 'wrong-renewed'
            ? 'Błędny kod parowania. Po 5 błędnych próbach stanowisko główne zmieniło kod: przepisz nowy z jego ekranu.'
            : 'Błędny kod parowania. Przepisz go dokładnie z ekranu stanowiska głównego.';
      return sendError(res, 'UNAUTHORIZED', message);
    }
    const answer: PairAnswer = gateway.registerPc(parsed.data.pcName, req.socket.remoteAddress ?? 'nieznany');
    sendJson(res, 200, { ok: true, value: answer });
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    const auth = gateway.authenticate(header(req, OFFICE_HEADERS.pc), bearer(req));
    if (!auth.ok) {
      req.resume(); // the body is not read, only drained
      if (auth.error.code !== 'UNAUTHORIZED') return sendEnvelope(res, { ok: false, error: auth.error }); // a restore under way
      refuse(req, auth.reason);
      return sendEnvelope(res, { ok: false, error: auth.error }, { 'WWW-Authenticate': 'Bearer' });
    }
    const changeId = header(req, OFFICE_HEADERS.changeId);
    if (!isChangeId(changeId)) {
      req.resume();
      return sendError(res, 'VALIDATION', 'Wywołanie bez identyfikatora zmiany (x-ostoja-change-id: uuid v4). Zaktualizuj program na tym komputerze.');
    }
    const body = await readJson(req, limit);
    if (!body.ok) return sendError(res, 'VALIDATION', body.message, body.status);
    const { envelope, replayed } = await runChange(auth.pc, changeId, () =>
      gateway.router.invoke(method, body.value, {
        transport: 'office',
        sessionToken: header(req, OFFICE_HEADERS.session),
        pc: auth.pc,
        changeId,
      }),
    );
    sendEnvelope(res, envelope, replayed ? { [OFFICE_HEADERS.replayed]: '1' } : {});
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const pathname = new URL(req.url ?? '/', 'https://office').pathname;
    const method = METHOD_PATH.exec(pathname)?.[1];
    if (pathname === OFFICE_PATHS.pair || method) {
      if (req.method !== 'POST') {
        req.resume();
        return sendError(res, 'VALIDATION', 'Sieć biura przyjmuje tylko żądania POST.', 405);
      }
      return method ? handleCall(req, res, method) : handlePair(req, res);
    }
    req.resume();
    sendError(res, 'NOT_FOUND', 'Nie ma takiego adresu.');
  }

  const server = https.createServer({ key: options.certificate.keyPem, cert: options.certificate.certPem, minVersion: 'TLSv1.2' }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('Błąd serwera sieci biura', error);
      if (!res.headersSent) sendError(res, 'INTERNAL', 'Wystąpił nieoczekiwany błąd programu na stanowisku głównym.');
      else res.end();
    });
  });
  // A PC that connects and sends nothing does not hold a socket for long.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  return server;
}
