import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The renderer's pages come from `app://ostoja/…`, never from file://: a page (or a script injected into it)
 * can reach only the files of the built renderer, not the database beside it or anything else on the disk.
 * Pure apart from the injected readFile, and only type imports from 'electron', so tests run it without
 * the Electron binary; main.ts registers the scheme and the handler.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'ostoja';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page of the program (the screens route by the hash). */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready (protocol.registerSchemesAsPrivileged): a standard, secure origin, so
 * the CSP's 'self', fetch and blob: URLs behave as on https; no CORS, no service workers, no bypass of the CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an app:// URL names, or null when the URL is not ours or would leave the
 * folder: another scheme or host, credentials or a port, an undecodable or encoded separator, a NUL,
 * a backslash, a `..` or `.` segment, a drive letter, an empty segment, or a path that resolves outside root.
 * `app://ostoja/` is the index.
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  // Encoded separators and dots would be decoded after the URL parser has already folded the path.
  if (/%(2f|5c|2e|00)/i.test(parsed.pathname)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.includes(':')) return null;
  const segments = pathname.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/** Requests the session cancels: anything from file:// (the pages, their scripts and images come from app://). */
export function isRefusedRequestUrl(url: string): boolean {
  return /^\s*file:/i.test(url);
}

/** Headers of every answer of the app:// protocol: the CSP as a header (not only the meta tag). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export interface AppProtocolOptions {
  /** dist/renderer (inside app.asar when packaged: Electron's fs reads it as a folder). */
  root: string;
  readFile: (file: string) => Promise<Uint8Array>;
  log: (message: string, detail?: unknown) => void;
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function refusal(status: 400 | 403 | 404 | 405, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** The handler given to protocol.handle('app', …): GET and HEAD of files under root, nothing else. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'Niedozwolona metoda.');
    }
    const file = resolveAppFile(options.root, request.url);
    if (file === null) {
      options.log('Odrzucono adres spoza plików programu', request.url.slice(0, 300));
      return refusal(403, 'Odmowa dostępu.');
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(file);
    } catch {
      return refusal(404, 'Nie znaleziono.');
    }
    const headers = appResponseHeaders(contentTypeOf(file));
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), { status: 200, headers });
  };
}
