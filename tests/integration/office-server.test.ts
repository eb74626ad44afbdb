/**
 * The main PC's office server over real HTTPS on 127.0.0.1 (port 0): pairing, refusals, removed PCs, change ids,
 * the PC in the audit, and nothing served but the contract. The other PCs' client is tested on its own
 * (office-client tests); here a plain https request plays the other PC.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_AUDIT_KEY } from '../../db/testing';
import { writeOfficeSettings } from '../../electron/core/office-network';
import { createOfficeTransport } from '../../electron/office/serving';
import { certificateFingerprint, certificateMatchesCode, OFFICE_HEADERS, parsePairingCode } from '../../electron/office/protocol';
import type { OfficeStatus } from '../../shared/contract/office';
import type { Envelope } from '../../shared/envelope';
import { createTestCore, expectError, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';

interface Answer {
  status: number;
  body: Envelope<unknown>;
  headers: http.IncomingHttpHeaders;
}

/** Where the test's "other PC" connects, and what it has pinned (null: accept the certificate, as before pairing). */
let port = 0;

/** One https request; when `pin` is given, the certificate is checked before a single byte of the request is sent. */
function request(path: string, options: { body?: unknown; headers?: Record<string, string>; method?: string; pin?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false });
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      const presented = certificateFingerprint(socket.getPeerCertificate().raw);
      if (options.pin && presented !== options.pin) {
        socket.destroy();
        reject(new Error('pinned certificate differs: nothing sent'));
        return;
      }
      const text = options.body === undefined ? '' : JSON.stringify(options.body);
      const req = https.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: options.method ?? 'POST',
          createConnection: () => socket,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...options.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw ? (JSON.parse(raw) as Envelope<unknown>) : ({} as Envelope<unknown>) });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  });
}

let t: TestCore;

/** The one-time secret: the code's first 6 characters. */
const secretOf = (code: string) => code.replace(/-/g, '').slice(0, 6);

async function status(): Promise<OfficeStatus> {
  return t.api.call('office.status', {});
}

async function pair(pcName: string): Promise<{ pcId: number; pcKey: string }> {
  const code = (await status()).pairingCode!.code;
  const answer = await request('/office/pair', { body: { secret: secretOf(code), pcName } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { ok: true; value: { pcId: number; pcKey: string } }).value;
}

function call(pc: { pcId: number; pcKey: string }, method: string, input: unknown, extra: { session?: string; changeId?: string } = {}) {
  return request(`/office/api/${method}`, {
    body: input,
    headers: {
      [OFFICE_HEADERS.pc]: String(pc.pcId),
      authorization: `Bearer ${pc.pcKey}`,
      [OFFICE_HEADERS.changeId]: extra.changeId ?? randomUUID(),
      ...(extra.session ? { [OFFICE_HEADERS.session]: extra.session } : {}),
    },
  });
}

function auditRows(kind?: string): { kind: string; summary: string; user_name: string | null; pc_id: number | null; pc_name: string | null }[] {
  const sql = `SELECT kind, summary, user_name, pc_id, pc_name FROM audit_log ${kind ? 'WHERE kind = ?' : ''} ORDER BY id`;
  return t.core.database.sqlite.prepare(sql).all(...(kind ? [kind] : [])) as ReturnType<typeof auditRows>;
}

/** A worker logs in through the office network, as on another PC. */
async function workerSessionOn(pc: { pcId: number; pcKey: string }, login: string): Promise<string> {
  await t.loginAs(['socialWorker'], login);
  const answer = await call(pc, 'auth.login', { login, password: TEST_PASSWORD });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { ok: true; value: { sessionToken: string } }).value.sessionToken;
}

beforeEach(async () => {
  t = await createTestCore({
    start: '2026-03-16T09:00:00+01:00',
    office: ({ dir, clock }) => {
      writeOfficeSettings(dir, { serving: false, port: 0 }); // any free port
      return createOfficeTransport({ dataDir: dir, sealingSecret: TEST_AUDIT_KEY, clock, host: '127.0.0.1' });
    },
  });
  const serving = await t.api.call('office.setServing', { serving: true });
  port = serving.port;
});

afterEach(async () => {
  await t.api.call('office.setServing', { serving: false }).catch(() => undefined);
  t.cleanup();
});

describe('serving', () => {
  it('is off until the administrator turns it on, and then shows the port and a code that pins this certificate', async () => {
    const state = await status();
    expect(state.serving).toBe(true);
    expect(state.port).toBeGreaterThan(0);
    expect(state.pairingCode!.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(state.pairingCode!.expiresAt).toBe('2026-03-16T08:10:00.000Z');

    // The certificate the server presents is the one whose fingerprint the code carries.
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false });
    const der = await new Promise<Buffer>((resolve) => socket.once('secureConnect', () => resolve(socket.getPeerCertificate().raw)));
    socket.destroy();
    const parsed = parsePairingCode(state.pairingCode!.code);
    expect(parsed.ok && certificateMatchesCode(der, parsed.code)).toBe(true);

    await t.api.call('office.setServing', { serving: false });
    expect((await status()).pairingCode).toBeNull();
    await expect(request('/office/pair', { body: {} })).rejects.toThrow(/ECONNREFUSED/);
    expect(auditRows('office.serving').map((row) => row.summary)).toEqual([
      `Włączono obsługę innych komputerów biura (port ${port})`,
      'Wyłączono obsługę innych komputerów biura',
    ]);
  });

  it('is the administrator’s, and only on the main PC', async () => {
    const worker = await t.loginAs(['socialWorker']);
    expectError(await t.invokeWith(worker, 'office.setServing', { serving: false }), 'FORBIDDEN');
    const director = await t.loginAs(['director']);
    expectError(await t.invokeWith(director, 'office.status', {}), 'FORBIDDEN');

    // An administrator working on another PC cannot switch off the network that PC works through.
    const pc = await pair('Pokój 2');
    await t.loginAs(['administrator'], 'admin2');
    const login = await call(pc, 'auth.login', { login: 'admin2', password: TEST_PASSWORD });
    const session = (login.body as { ok: true; value: { sessionToken: string } }).value.sessionToken;
    const answer = await call(pc, 'office.setServing', { serving: false }, { session });
    expect(answer.status).toBe(403);
    expect((await status()).serving).toBe(true);
  });
});

describe('pairing', () => {
  it('with the right code gives the PC an id and a key; the code is used up and the PC is listed and audited', async () => {
    const before = (await status()).pairingCode!.code;
    const pc = await pair('Pokój 2 — Anna');
    expect(pc.pcKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const after = await status();
    expect(after.pcs).toEqual([{ id: pc.pcId, name: 'Pokój 2 — Anna', pairedAt: '2026-03-16T08:00:00.000Z', lastSeenAt: null }]);
    expect(after.pairingCode!.code).not.toBe(before);
    // Only the key's hash is kept.
    const stored = t.core.database.sqlite.prepare('SELECT key_hash FROM office_pcs').get() as { key_hash: string };
    expect(stored.key_hash).not.toContain(pc.pcKey);
    expect(auditRows('office.paired')).toEqual([
      { kind: 'office.paired', summary: 'Sparowano komputer „Pokój 2 — Anna” (adres 127.0.0.1)', user_name: null, pc_id: pc.pcId, pc_name: 'Pokój 2 — Anna' },
    ]);

    const used = await request('/office/pair', { body: { secret: secretOf(before), pcName: 'Drugi raz' } });
    expect(used.status).toBe(401);
    expect((await status()).pcs).toHaveLength(1);
  });

  it('refuses a wrong secret; after 5 wrong tries the code changes and the old one no longer pairs', async () => {
    const code = (await status()).pairingCode!.code;
    const wrong = code.startsWith('0') ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      t.clock.set(new Date(t.clock.now().getTime() + 1000).toISOString()); // one try a second at most
      const answer = await request('/office/pair', { body: { secret: wrong, pcName: 'Obcy' } });
      expect(answer.status).toBe(401);
      expect(expectError(answer.body, 'UNAUTHORIZED').message).toMatch(attempt < 5 ? /Błędny kod parowania\. Przepisz/ : /zmieniło kod/);
    }
    const tooFast = await request('/office/pair', { body: { secret: wrong, pcName: 'Obcy' } });
    expect(expectError(tooFast.body, 'UNAUTHORIZED').message).toMatch(/Odczekaj chwilę/);
    t.clock.set(new Date(t.clock.now().getTime() + 1000).toISOString());
    const renewed = (await status()).pairingCode!.code;
    expect(renewed).not.toBe(code);
    expect(renewed.slice(-12)).toBe(code.slice(-12)); // same certificate, new secret
    const late = await request('/office/pair', { body: { secret: secretOf(code), pcName: 'Obcy' } });
    expect(late.status).toBe(401);
    expect((await status()).pcs).toEqual([]);
    // A flood from one address is one entry a minute.
    expect(auditRows('office.refused').map((row) => row.summary)).toEqual(['Odrzucono połączenie z adresu 127.0.0.1: parowanie błędnym kodem']);
  });

  it('refuses a code older than 10 minutes', async () => {
    const code = (await status()).pairingCode!.code;
    t.clock.set('2026-03-16T09:10:01+01:00');
    const answer = await request('/office/pair', { body: { secret: secretOf(code), pcName: 'Spóźniony' } });
    expect(expectError(answer.body, 'UNAUTHORIZED').message).toMatch(/wygasł/);
  });

  it('a client that pinned another certificate sends nothing: the secret stays unused', async () => {
    const code = (await status()).pairingCode!.code;
    await expect(request('/office/pair', { body: { secret: secretOf(code), pcName: 'Oszukany' }, pin: 'ab'.repeat(32) })).rejects.toThrow(/nothing sent/);
    expect((await status()).pcs).toEqual([]);
    expect((await status()).pairingCode!.code).toBe(code);
    expect(auditRows('office.refused')).toEqual([]);
  });
});

describe('calls', () => {
  it('without pairing are refused and audited, at most once a minute per address', async () => {
    const answer = await request('/office/api/persons.search', { body: { query: 'Kowal' }, headers: { [OFFICE_HEADERS.changeId]: randomUUID() } });
    expect(answer.status).toBe(401);
    expect(expectError(answer.body, 'UNAUTHORIZED').message).toMatch(/nie jest sparowany/);
    await request('/office/api/persons.search', { body: { query: 'Kowal' } });
    t.clock.set('2026-03-16T09:01:01+01:00');
    await request('/office/api/persons.search', { body: { query: 'Kowal' } });
    expect(auditRows('office.refused').map((row) => row.summary)).toEqual([
      'Odrzucono połączenie z adresu 127.0.0.1: brak numeru komputera (niesparowany)',
      'Odrzucono połączenie z adresu 127.0.0.1: brak numeru komputera (niesparowany); wcześniej jeszcze 1 odrzuconych z tego adresu, niezapisanych osobno',
    ]);
  });

  it('with a wrong key are refused', async () => {
    const pc = await pair('Pokój 3');
    const answer = await call({ pcId: pc.pcId, pcKey: 'x'.repeat(43) }, 'system.info', {});
    expect(answer.status).toBe(401);
    expect(auditRows('office.refused').at(-1)!.summary).toBe('Odrzucono połączenie z adresu 127.0.0.1: błędny klucz komputera „Pokój 3” (nr 1)');
  });

  it('of a removed PC are refused at its next call', async () => {
    const pc = await pair('Stary laptop');
    expect((await call(pc, 'system.info', {})).status).toBe(200);
    await t.api.call('office.removePc', { pcId: pc.pcId });
    expect((await status()).pcs).toEqual([]);
    const answer = await call(pc, 'system.info', {});
    expect(answer.status).toBe(401);
    expect(auditRows('office.pcRemoved')[0]!.summary).toBe('Usunięto komputer „Stary laptop” z sieci biura: jego następne połączenie zostanie odrzucone');
    expect(auditRows('office.refused').at(-1)!.summary).toMatch(/usunięty komputer „Stary laptop”/);
  });

  it('go through the router and the permission table: a login is needed, roles apply', async () => {
    const pc = await pair('Pokój 4');
    expect((await call(pc, 'persons.search', { query: 'Kowal' })).status).toBe(401); // no session
    const session = await workerSessionOn(pc, 'anna');
    expect((await call(pc, 'persons.search', { query: 'Kowal' }, { session })).status).toBe(200);
    expect((await call(pc, 'users.list', {}, { session })).status).toBe(403);
  });

  it('with the same change id twice apply once and get the same answer', async () => {
    const pc = await pair('Pokój 2');
    const session = await workerSessionOn(pc, 'anna');
    const changeId = randomUUID();
    const person = personWithPesel('Jan', 'Kowalski', '85010112345');
    const first = await call(pc, 'persons.create', person, { session, changeId });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await call(pc, 'persons.create', person, { session, changeId });
    expect(again.body).toEqual(first.body);
    expect(again.headers[OFFICE_HEADERS.replayed]).toBe('1');
    expect(t.count('persons')).toBe(1);
    expect(auditRows('person.create')).toHaveLength(1);

    // Sent again while the first run is still going: one run, both answered alike.
    const racing = randomUUID();
    const [a, b] = await Promise.all([
      call(pc, 'persons.create', personWithPesel('Ewa', 'Nowak', '90020254327'), { session, changeId: racing }),
      call(pc, 'persons.create', personWithPesel('Ewa', 'Nowak', '90020254327'), { session, changeId: racing }),
    ]);
    expect(a.body).toEqual(b.body);
    expect(t.count('persons')).toBe(2);

    // A new change id is a new change: the same person again is refused as a duplicate, not silently merged.
    const other = await call(pc, 'persons.create', person, { session });
    expect(other.status).toBe(409);
  });

  it('of a change applied but whose answer was not kept (the main PC stopped in between) say it was saved', async () => {
    const pc = await pair('Pokój 2');
    const changeId = randomUUID();
    t.core.database.sqlite.prepare('INSERT INTO office_changes (pc_id, change_id, at, answer) VALUES (?, ?, ?, NULL)').run(pc.pcId, changeId, '2026-03-16T08:00:00.000Z');
    const answer = await call(pc, 'persons.create', personWithPesel('Jan', 'Kowalski', '85010112345'), { changeId });
    expect(answer.status).toBe(409);
    expect(expectError(answer.body, 'CONFLICT').message).toMatch(/już zapisana/);
    expect(t.count('persons')).toBe(0);
  });

  it('are audited with their user and PC, under the keyed chain', async () => {
    const pc = await pair('Pokój 2 — Anna');
    const session = await workerSessionOn(pc, 'anna');
    await call(pc, 'persons.create', personWithPesel('Jan', 'Kowalski', '85010112345'), { session });
    await t.api.call('persons.create', personWithPesel('Ewa', 'Nowak', '90020254327'));

    const rows = auditRows().filter((row) => row.kind === 'auth.login' || row.kind === 'person.create');
    const tester = 'Test socialWorker director accountant administrator';
    expect(rows.map((row) => [row.kind, row.user_name, row.pc_name])).toEqual([
      ['auth.login', tester, null], // null: the main PC itself
      ['auth.login', 'Test socialWorker', null], // the helper makes Anna's account and logs her in on the main PC
      ['auth.login', 'Test socialWorker', 'Pokój 2 — Anna'],
      ['person.create', 'Test socialWorker', 'Pokój 2 — Anna'],
      ['person.create', tester, null],
    ]);
    expect((await t.api.call('audit.verify', {})).intact).toBe(true);
    // The log's screen, print and export name the PC too (newest first; null: the main PC itself).
    const listed = await t.api.call('audit.list', { kind: 'person.create' });
    expect(listed.entries.map((entry) => entry.pcName)).toEqual([null, 'Pokój 2 — Anna']);

    // The PC is covered by the entry's keyed hash: naming another PC breaks the chain at that entry.
    const sqlite = t.core.database.sqlite;
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    const tampered = sqlite.prepare("SELECT id FROM audit_log WHERE kind = 'person.create' AND pc_name IS NOT NULL").get() as { id: number };
    sqlite.prepare('UPDATE audit_log SET pc_name = ? WHERE id = ?').run('stanowisko główne', tampered.id);
    const verified = await t.api.call('audit.verify', {});
    expect(verified.intact).toBe(false);
    expect(verified.problems.map((problem) => problem.entryId)).toContain(tampered.id);
  });
});

describe('nothing but the contract', () => {
  it('answers 404 to any other path, serves no files, and only POST', async () => {
    const pc = await pair('Pokój 2');
    for (const path of ['/', '/index.html', '/api/methods', '/office/api/', '/office/api/../../etc/passwd', '/office/methods']) {
      const answer = await request(path, { method: 'GET' });
      expect(answer.status, path).toBe(404);
    }
    expect((await call(pc, 'system.shutdown', {})).status).toBe(404);
    expect((await request('/office/api/system.info', { method: 'GET' })).status).toBe(405);
    const noChangeId = await request('/office/api/system.info', { body: {}, headers: { [OFFICE_HEADERS.pc]: String(pc.pcId), authorization: `Bearer ${pc.pcKey}` } });
    expect(noChangeId.status).toBe(400);
  });
});
