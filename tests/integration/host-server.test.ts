import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServer } from '../../electron/host/server';
import { methodNames } from '../../shared/contract';
import type { Person } from '../../shared/contract/persons';
import type { ErrorBody } from '../../shared/envelope';
import type { Issue } from '../../shared/errors';
import { createTempDataDir, type TempDataDir } from '../../db/testing';
import { createTestCore, PESEL, personWithPesel, type TestCore } from './helpers';

const TOKEN = 'klucz-testowy-0123456789abcdef';
const SECRET = 'SEKRET-NIE-DLA-PRZEGLADARKI';

let t: TestCore;
let files: TempDataDir;
let server: http.Server;
let port: number;

/** An envelope as it arrives over the wire: the test reads whichever side it expects. */
interface WireEnvelope<V> {
  ok: boolean;
  value: V;
  error: ErrorBody & { issues: Issue[] };
}

interface JsonSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** Every input is a JSON object: one shape, or one of several (a discriminated union such as dashboard.items). */
function objectTypes(schema: JsonSchema): string[] {
  const members = schema.oneOf ?? schema.anyOf;
  return members ? members.flatMap(objectTypes) : [schema.type ?? 'none'];
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<V = unknown>(): WireEnvelope<V>;
}

/** One raw HTTP request: the path and the headers go out exactly as given (no URL normalisation). */
function request(
  method: string,
  rawPath: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; token?: string | null; session?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const session = options.session === undefined ? t?.sessionToken : options.session;
  if (session) headers['X-Ostoja-Session'] = session;
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: rawPath, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: <V>() => JSON.parse(text) as WireEnvelope<V>,
        });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${rawPath}`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const invoke = (method: string, input: unknown, options: Parameters<typeof request>[2] = {}) =>
  request('POST', `/api/invoke/${method}`, { body: JSON.stringify(input), ...options });

beforeAll(async () => {
  t = await createTestCore();
  // A built renderer in app/dist/renderer, with files outside it that must never be served.
  files = createTempDataDir('ostoja-static-');
  const app = path.join(files.dir, 'app');
  const staticDir = path.join(app, 'dist', 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ostoja</title><div id="root"></div>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("Ostoja");');
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'ostoja', secret: SECRET }));
  fs.writeFileSync(path.join(app, 'dist', 'secret.txt'), SECRET);
  // A sibling folder whose name starts like the interface folder's.
  fs.mkdirSync(path.join(app, 'dist', 'renderer-old'));
  fs.writeFileSync(path.join(app, 'dist', 'renderer-old', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(files.dir, 'secret.txt'), SECRET);

  server = createHostServer({ router: t.core.router, token: TOKEN, staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  t?.cleanup();
  files?.cleanup();
});

describe('host: the token', () => {
  it('a call without the token is refused with 401 and does nothing', async () => {
    const answer = await invoke('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M), { token: null });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/klucz dostępu/) } });
    expect(t.count('persons')).toBe(0);
  });

  it.each([
    ['a wrong token of the same length', { Authorization: `Bearer ${TOKEN.replace(/.$/, 'X')}` }],
    ['a wrong shorter token', { Authorization: 'Bearer abc' }],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['the token in another scheme', { Authorization: `Basic ${TOKEN}` }],
    ['the token without a scheme', { Authorization: TOKEN }],
  ])('%s is refused with 401', async (_label, headers) => {
    const answer = await request('POST', '/api/invoke/system.info', { body: '{}', headers, token: null });
    expect(answer.status).toBe(401);
    expect(answer.json().error.code).toBe('UNAUTHORIZED');
  });

  it('the method list also needs the token', async () => {
    expect((await request('GET', '/api/methods', { token: null })).status).toBe(401);
  });
});

describe('host: calls', () => {
  it('answers a good call with 200 and the envelope', async () => {
    const answer = await invoke('system.info', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json()).toMatchObject({ ok: true, value: { appName: 'Ostoja', schemaVersion: t.core.database.schemaVersion } });
  });

  it('an unknown method is 404 with a NOT_FOUND envelope', async () => {
    const answer = await invoke('persons.deleteAll', {});
    expect(answer.status).toBe(404);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^Nieznana operacja/) } });
  });

  it('an unknown address under /api is 404', async () => {
    expect((await request('GET', '/api/other')).json().error.code).toBe('NOT_FOUND');
    expect((await request('POST', '/api/invoke/', { body: '{}' })).status).toBe(404);
    expect((await request('POST', '/api/invoke/persons.get/1', { body: '{}' })).status).toBe(404);
  });

  it('a call by GET is refused with 405', async () => {
    expect((await request('GET', '/api/invoke/system.info')).status).toBe(405);
  });

  it('a body that is not JSON is 400 VALIDATION', async () => {
    const answer = await request('POST', '/api/invoke/persons.search', { body: '{"query": "kowal"' });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Przesłane dane nie są poprawnym JSON-em.' } });
  });

  it('malformed input is 400 VALIDATION with issues at the fields', async () => {
    const answer = await invoke('persons.create', { firstName: '', lastName: 'Nowak', pesel: '44051401358', address: {} });
    expect(answer.status).toBe(400);
    const { error } = answer.json();
    expect(error.code).toBe('VALIDATION');
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'pesel', 'address.locality', 'address.postalCode']));
  });

  it('an empty body counts as no input', async () => {
    expect((await request('POST', '/api/invoke/settings.getOffice', { body: '' })).status).toBe(200);
    const search = await request('POST', '/api/invoke/persons.search', { body: '' });
    expect(search.status).toBe(400);
    expect(search.json().error.issues[0]?.path).toEqual(['query']);
  });

  it('a conflict is 409 and keeps its issues and details, as over IPC', async () => {
    const created = await invoke('persons.create', personWithPesel('Anna', 'Nowak', PESEL.anna2002F));
    expect(created.status).toBe(200);
    const id = created.json<Person>().value.id;
    const duplicate = await invoke('persons.create', personWithPesel('Anna', 'Nowakowska', PESEL.anna2002F));
    expect(duplicate.status).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['pesel'] }],
      details: { existingPersonId: id },
    });
  });

  it('a body over the limit (5 MB) is refused with 413 and nothing is saved', async () => {
    const before = t.count('persons');
    const huge = JSON.stringify({ ...personWithPesel('Jan', 'Wielki', PESEL.m1980), phone: 'x'.repeat(5 * 1024 * 1024) });
    const answer = await request('POST', '/api/invoke/persons.create', { body: huge });
    expect(answer.status).toBe(413);
    expect(answer.json().error.code).toBe('VALIDATION');
    expect(t.count('persons')).toBe(before);
  });

  it('lists every method of the contract with JSON Schemas of input and output', async () => {
    const answer = await request('GET', '/api/methods');
    expect(answer.status).toBe(200);
    const methods = answer.json<{ name: string; summary: string; input: JsonSchema; output: JsonSchema }[]>().value;
    expect(methods.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    for (const method of methods) {
      expect(method.summary.length, method.name).toBeGreaterThan(0);
      expect(new Set(objectTypes(method.input)), method.name).toEqual(new Set(['object']));
      expect(method.output, method.name).toBeTypeOf('object');
    }
    const create = methods.find((m) => m.name === 'persons.create')!;
    expect(create.input.required).toEqual(expect.arrayContaining(['firstName', 'lastName', 'address']));
    expect(Object.keys(create.input.properties ?? {})).toEqual(expect.arrayContaining(['pesel', 'idDocument', 'birthDate', 'sex']));
    expect(create.input.properties?.address?.required).toEqual(expect.arrayContaining(['locality', 'houseNumber', 'postalCode', 'postTown']));
    const get = methods.find((m) => m.name === 'persons.get')!;
    expect(Object.keys(get.output.properties ?? {})).toEqual(expect.arrayContaining(['id', 'pesel', 'household', 'version']));
  });
});

describe('host: only this computer, only the program itself', () => {
  it('a call from a page of another site (foreign Origin) is 403 and does nothing', async () => {
    const before = t.count('persons');
    const answer = await invoke('persons.create', personWithPesel('Obcy', 'Intruz', PESEL.m1975), {
      headers: { Origin: 'http://evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(answer.json().error.code).toBe('FORBIDDEN');
    expect(t.count('persons')).toBe(before);
  });

  it.each(['http://127.0.0.1:1', 'http://127.0.0.1', 'https://127.0.0.1:PORT', 'http://evil.example:PORT', 'null', 'file://'])(
    'Origin %s is 403',
    async (origin) => {
      const answer = await invoke('system.info', {}, { headers: { Origin: origin.replace('PORT', String(port)) } });
    expect(answer.status).toBe(403);
  });

  it('the program’s own origin is allowed, as 127.0.0.1 and as localhost', async () => {
    expect((await invoke('system.info', {}, { headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
    expect((await invoke('system.info', {}, { headers: { Origin: `http://localhost:${port}`, Host: `localhost:${port}` } })).status).toBe(200);
  });

  // PORT is replaced by the server's port when the test runs.
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1', '127.0.0.1:1', '127.0.0.1.evil.example:PORT', '192.168.1.10:PORT'])(
    'a foreign Host header (DNS rebinding) %s is 403, for the API and for pages',
    async (host) => {
      const resolved = host.replace('PORT', String(port));
      expect((await invoke('system.info', {}, { headers: { Host: resolved } })).status).toBe(403);
      const page = await request('GET', '/', { headers: { Host: resolved }, token: null });
      expect(page.status).toBe(403);
      expect(page.text).not.toContain('<div id="root">');
    },
  );
});

describe('host: the built interface', () => {
  it('serves index.html with a strict Content-Security-Policy', async () => {
    const page = await request('GET', '/', { token: null });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their type, and index.html for the program’s own routes', async () => {
    const script = await request('GET', '/assets/app.js', { token: null });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.text).toBe('console.log("Ostoja");');
    const route = await request('GET', '/osoby/12', { token: null });
    expect(route.status).toBe(200);
    expect(route.text).toContain('<div id="root">');
  });

  it.each([
    '/../package.json',
    '/../../package.json',
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/%2E%2E/secret.txt',
    '/..%2fpackage.json',
    '/..%2f..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/%2e%2e%2fsecret.txt',
    '/..%5c..%5cpackage.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '//../package.json',
    '/../renderer-old/secret.txt',
    '/..%2frenderer-old%2fsecret.txt',
    '/%00../package.json',
  ])('GET %s does not leak a file outside the interface folder', async (rawPath) => {
    const answer = await request('GET', rawPath, { token: null });
    expect([200, 404]).toContain(answer.status);
    expect(answer.text).not.toContain(SECRET);
  });

  it('a path with broken percent-encoding does not bring the server down', async () => {
    const answer = await request('GET', '/%E0%A4%A', { token: null });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain(SECRET);
    expect((await invoke('system.info', {})).status).toBe(200);
  });

  it('other methods than GET on pages are refused', async () => {
    expect((await request('POST', '/index.html', { body: 'x', token: null })).status).toBe(404);
  });
});

describe('host: after all that bad traffic', () => {
  it('still answers good calls: a person is saved and found', async () => {
    const created = await invoke('persons.create', personWithPesel('Łukasz', 'Żółć', PESEL.m1980));
    expect(created.status).toBe(200);
    const found = await invoke('persons.search', { query: 'zolc lukasz' });
    expect(found.status).toBe(200);
    expect(found.json<{ items: { id: number }[] }>().value.items.map((item) => item.id)).toEqual([created.json<Person>().value.id]);
    expect(t.internalErrors).toEqual([]);
  });
});
