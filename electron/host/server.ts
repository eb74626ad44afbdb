import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import type { ErrorCode } from '../../shared/errors';
import type { Router } from '../core/router';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { TestClock } from './test-clock';

/** Browser mode only: the same router over HTTP on 127.0.0.1. Never packaged. */
export interface HostOptions {
  router: Router;
  token: string;
  /** The built renderer (vite build), served as static files. */
  staticDir: string;
  maxBodyBytes?: number;
  /** End-to-end tests only: `GET`/`POST /api/test/clock` read and move the program's clock. */
  testClock?: TestClock | undefined;
}

/** The user's session travels in its own header; the Bearer token only proves the caller is our page. */
export const SESSION_HEADER = 'x-ostoja-session';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};


const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, code: ErrorCode, message: string, status = STATUS_BY_CODE[code]): void {
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Only pages of this very host may call it: refuses DNS rebinding (Host) and other web pages (Origin). */
function isOwnOrigin(req: http.IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** GET /api/methods: every method with the JSON Schema of its input and output. */
function describeMethods() {
  return methodNames.map((name) => ({
    name,
    summary: contract[name].summary,
    input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(contract[name].output, { io: 'output', unrepresentable: 'any' }),
  }));
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, options: HostOptions) {
  if (!tokenMatches(req.headers.authorization, options.token)) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return sendError(res, 'UNAUTHORIZED', 'Brak lub błędny klucz dostępu. Otwórz adres wypisany przy uruchomieniu programu.');
  }
  if (url.pathname === '/api/methods' && req.method === 'GET') {
    return sendJson(res, 200, { ok: true, value: describeMethods() });
  }
  if (url.pathname === '/api/test/clock' && options.testClock) return handleTestClock(req, res, options.testClock);
  const invoke = /^\/api\/invoke\/([A-Za-z0-9_.-]{1,100})$/.exec(url.pathname);
  if (!invoke) return sendError(res, 'NOT_FOUND', 'Nie ma takiego adresu.');
  if (req.method !== 'POST') return sendError(res, 'VALIDATION', 'Operacje wywołuje się metodą POST.', 405);

  const body = await readBody(req, options.maxBodyBytes ?? 5 * 1024 * 1024);
  if (body === 'too-large') return sendError(res, 'VALIDATION', 'Przesłane dane są zbyt duże.', 413);
  let input: unknown = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      return sendError(res, 'VALIDATION', 'Przesłane dane nie są poprawnym JSON-em.');
    }
  }
  const session = req.headers[SESSION_HEADER];
  const envelope = await options.router.invoke(invoke[1]!, input, {
    transport: 'http',
    sessionToken: typeof session === 'string' ? session : undefined,
  });
  sendJson(res, envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code], envelope);
}

/** The test clock: GET tells the program's now, POST `{ "at": ISO }` moves it. Absent without `--test-clock`. */
async function handleTestClock(req: http.IncomingMessage, res: http.ServerResponse, clock: TestClock) {
  if (req.method === 'POST') {
    const body = await readBody(req, 1024);
    let at = Number.NaN;
    try {
      at = body === 'too-large' ? Number.NaN : new Date((JSON.parse(body) as { at?: unknown }).at as string).getTime();
    } catch {
      // Refused below.
    }
    if (Number.isNaN(at)) return sendError(res, 'VALIDATION', 'Podaj czas jako { "at": "2026-03-30T09:00:00+02:00" }.');
    clock.set(new Date(at));
  }
  sendJson(res, 200, { ok: true, value: { now: clock.now().toISOString() } });
}

function serveStatic(res: http.ServerResponse, url: URL, staticDir: string): void {
  const root = path.resolve(staticDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return sendError(res, 'NOT_FOUND', 'Nie ma takiego pliku.');
  }
  let file = path.resolve(root, '.' + pathname);
  if (!file.startsWith(root + path.sep) && file !== root) return sendError(res, 'NOT_FOUND', 'Nie ma takiego pliku.');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Interfejs nie jest zbudowany. Uruchom: npm run start:browser');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}

export function createHostServer(options: HostOptions): http.Server {
  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number }).port;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isOwnOrigin(req, port)) return sendError(res, 'FORBIDDEN', 'Dostęp tylko z tego komputera, z adresu programu.');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url, options).catch((error: unknown) => {
        console.error('Błąd serwera', error);
        if (!res.headersSent) sendError(res, 'INTERNAL', 'Wystąpił nieoczekiwany błąd programu.');
        else res.end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'NOT_FOUND', 'Nie ma takiego adresu.');
    serveStatic(res, url, options.staticDir);
  });
  return server;
}
