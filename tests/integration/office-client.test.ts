/**
 * The other PCs' side of the office network against a stand-in main PC (node:https with certificates of its own):
 * what the client sends, to whom it refuses to send anything, and how a lost answer is sent again.
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeClient, type JoinedStation } from '../../electron/office/client';
import { joinMainPc, JoinError, normaliseMainAddress } from '../../electron/office/join';
import { createStationRouter } from '../../electron/office/station-router';
import type { Router } from '../../electron/core/router';
import { certificateFingerprint, encodePairingCode, OFFICE_HEADERS, WRONG_CERTIFICATE_MESSAGE } from '../../electron/office/protocol';

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface StandIn {
  address: string;
  port: number;
  der: Buffer;
  seen: Seen[];
  /** TCP connections the server accepted. */
  connections: number;
  /** How the next requests are treated: answered, or the connection cut before the answer. */
  dropNext: number;
  close(): Promise<void>;
}

type Pems = { cert: string; private: string };
let ours: Pems;
let impostor: Pems;
const servers: StandIn[] = [];

beforeAll(async () => {
  [ours, impostor] = await Promise.all([generate([{ name: 'commonName', value: 'Ostoja' }], { keySize: 2048 }), generate([{ name: 'commonName', value: 'Ostoja' }], { keySize: 2048 })]);
}, 60_000);

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function standIn(pems: Pems, answer: (seen: Seen) => unknown = () => ({ ok: true, value: { fine: true } })): Promise<StandIn> {
  const state = { seen: [] as Seen[], connections: 0, dropNext: 0 };
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      state.seen.push(seen);
      if (state.dropNext > 0) {
        state.dropNext--;
        req.socket.destroy(); // the change ran, the answer is lost on the way
        return;
      }
      const text = JSON.stringify(answer(seen));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const running: StandIn = {
    address: `https://127.0.0.1:${port}`,
    port,
    der: new X509Certificate(pems.cert).raw,
    get seen() {
      return state.seen;
    },
    get connections() {
      return state.connections;
    },
    get dropNext() {
      return state.dropNext;
    },
    set dropNext(value: number) {
      state.dropNext = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(running);
  return running;
}

const stationFor = (server: StandIn, fingerprintOf: Buffer = server.der): JoinedStation => ({
  mainAddress: server.address,
  fingerprint: certificateFingerprint(fingerprintOf),
  pcId: 7,
  pcKey: 'k'.repeat(43),
});

const SESSION = 'sesja-ewy-0123456789';

describe('forwarding a call to the main PC', () => {
  it('sends the method, the input, the PC id and key, the session and a change id over TLS to the pinned certificate', async () => {
    const main = await standIn(ours, (seen) => ({ ok: true, value: { echo: JSON.parse(seen.body) } }));
    const client = createOfficeClient({ station: stationFor(main) });
    const answer = await client.invoke('persons.search', { query: 'kowal' }, { transport: 'http', sessionToken: SESSION });
    client.close();
    expect(answer).toEqual({ ok: true, value: { echo: { query: 'kowal' } } });
    expect(main.seen).toHaveLength(1);
    const [call] = main.seen;
    expect(call!.path).toBe('/office/api/persons.search');
    expect(call!.headers[OFFICE_HEADERS.pc]).toBe('7');
    expect(call!.headers.authorization).toBe(`Bearer ${'k'.repeat(43)}`);
    expect(call!.headers[OFFICE_HEADERS.session]).toBe(SESSION);
    expect(call!.headers[OFFICE_HEADERS.changeId]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps the connection open between calls (keep-alive), and each call has its own change id', async () => {
    const main = await standIn(ours);
    const client = createOfficeClient({ station: stationFor(main) });
    for (let i = 0; i < 5; i++) expect((await client.invoke('system.info', {}, { transport: 'http' })).ok).toBe(true);
    client.close();
    expect(main.connections).toBe(1);
    expect(new Set(main.seen.map((seen) => seen.headers[OFFICE_HEADERS.changeId])).size).toBe(5);
  });

  it('a machine with another certificate than the pinned one gets nothing: no request, no session token, no key', async () => {
    const other = await standIn(impostor);
    const ourMain = await standIn(ours);
    // The client pinned our main PC's certificate; the address now answers with another one.
    const client = createOfficeClient({ station: { ...stationFor(ourMain), mainAddress: other.address }, retryDelaysMs: [10, 10] });
    const answer = await client.invoke('persons.create', { firstName: 'Jan' }, { transport: 'http', sessionToken: SESSION });
    client.close();
    expect(answer).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: WRONG_CERTIFICATE_MESSAGE, details: { mainAddress: other.address } } });
    expect(other.connections).toBeGreaterThan(0); // it was reached …
    expect(other.seen).toEqual([]); // … but not one request was written to it
  });

  it('an answer lost after the change ran is asked for again with the same change id', async () => {
    const main = await standIn(ours);
    main.dropNext = 2;
    const client = createOfficeClient({ station: stationFor(main), retryDelaysMs: [10, 20, 40] });
    const answer = await client.invoke('cases.create', { personId: 1 }, { transport: 'http', sessionToken: SESSION });
    client.close();
    expect(answer.ok).toBe(true);
    expect(main.seen).toHaveLength(3);
    const ids = main.seen.map((seen) => seen.headers[OFFICE_HEADERS.changeId]);
    expect(new Set(ids).size).toBe(1);
    expect(main.seen.every((seen) => seen.body === JSON.stringify({ personId: 1 }))).toBe(true);
  });

  it('when the main PC does not answer: UNAVAILABLE naming its address; the same call sent again keeps its change id', async () => {
    const main = await standIn(ours);
    main.dropNext = 100;
    const client = createOfficeClient({ station: stationFor(main), retryDelaysMs: [10, 10] });
    const first = await client.invoke('interviews.save', { caseId: 3 }, { transport: 'http', sessionToken: SESSION });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('UNAVAILABLE');
    expect(first.error.message).toContain(`Nie można połączyć się ze stanowiskiem głównym (${main.address})`);
    expect(main.seen).toHaveLength(3); // the first try and two resends, then it gave up

    main.dropNext = 0; // the main PC is back; the worker presses "Zapisz" again on the unchanged form
    const again = await client.invoke('interviews.save', { caseId: 3 }, { transport: 'http', sessionToken: SESSION });
    const other = await client.invoke('interviews.save', { caseId: 4 }, { transport: 'http', sessionToken: SESSION });
    client.close();
    expect(again.ok && other.ok).toBe(true);
    const ids = main.seen.map((seen) => seen.headers[OFFICE_HEADERS.changeId]);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[4]).not.toBe(ids[0]);
  });

  it('a main PC that is switched off: UNAVAILABLE after the bounded resends, not a hang', async () => {
    const main = await standIn(ours);
    const station = stationFor(main);
    await main.close();
    servers.splice(servers.indexOf(main), 1);
    const client = createOfficeClient({ station, retryDelaysMs: [50, 50, 50] });
    const started = Date.now();
    const answer = await client.invoke('auth.login', { login: 'ewa', password: 'x' }, { transport: 'http' });
    client.close();
    expect(answer.ok ? null : answer.error.code).toBe('UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('joining the main PC', () => {
  const pairAnswer = { ok: true, value: { pcId: 3, pcKey: 'A'.repeat(43) } };

  it('checks the certificate against the code, sends the secret and the name, and pins the whole fingerprint', async () => {
    const main = await standIn(ours, () => pairAnswer);
    const code = encodePairingCode('7K3MQ9', main.der);
    const joined = await joinMainPc({ address: `127.0.0.1:${main.port}`, pairingCode: code.toLowerCase(), pcName: ' Pokój 2 ' });
    expect(joined).toEqual({ mainAddress: main.address, fingerprint: certificateFingerprint(main.der), pcId: 3, pcKey: 'A'.repeat(43), pcName: 'Pokój 2' });
    expect(main.seen).toEqual([expect.objectContaining({ path: '/office/pair', body: JSON.stringify({ secret: '7K3MQ9', pcName: 'Pokój 2' }) })]);
  });

  it('refuses a machine whose certificate is not the one of the code, before the secret is sent', async () => {
    const other = await standIn(impostor, () => pairAnswer);
    const code = encodePairingCode('7K3MQ9', new X509Certificate(ours.cert).raw);
    await expect(joinMainPc({ address: other.address, pairingCode: code, pcName: 'Pokój 2' })).rejects.toThrow(new JoinError(WRONG_CERTIFICATE_MESSAGE));
    expect(other.seen).toEqual([]);
  });

  it('passes on the main PC\'s refusal in Polish (a wrong or expired secret)', async () => {
    const main = await standIn(ours, () => ({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Kod parowania jest błędny albo wygasł.' } }));
    await expect(joinMainPc({ address: main.address, pairingCode: encodePairingCode('AAAAAA', main.der), pcName: 'Pokój 2' })).rejects.toThrow(
      'Stanowisko główne nie przyjęło tego komputera: Kod parowania jest błędny albo wygasł.',
    );
  });

  it('reads addresses as people type them, and refuses plain http and codes of the wrong length', async () => {
    expect(normaliseMainAddress('192.168.1.10')).toBe('https://192.168.1.10:47900');
    expect(normaliseMainAddress(' https://serwer-gops:48000/ ')).toBe('https://serwer-gops:48000');
    expect(() => normaliseMainAddress('http://192.168.1.10:47900')).toThrow(/szyfrowanym/);
    await expect(joinMainPc({ address: '192.168.1.10', pairingCode: '7K3M-Q9XA', pcName: 'Pokój 2' })).rejects.toThrow(/16 znaków/);
  });
});

afterAll(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe("this PC's place in the office (station.*)", () => {
  const localRouter = (needsSetup: boolean): Router => ({
    invoke: async (method) => (method === 'setup.status' ? { ok: true, value: { needsSetup } } : { ok: true, value: { local: method } }),
  });
  const joinInput = { address: '192.168.1.10', pairingCode: '7K3M-Q9XA-4TZR-8HVC', pcName: 'Pokój 2' };

  it('a PC that already holds accounts of its own does not join another main PC, and nothing is paired', async () => {
    let joins = 0;
    const router = createStationRouter({ target: { mode: 'main', router: localRouter(false) }, join: async () => ((joins += 1), Promise.reject(new Error('not reached'))) });
    const answer = await router.invoke('station.join', joinInput, { transport: 'http' });
    expect(answer.ok ? null : answer.error.code).toBe('CONFLICT');
    expect(joins).toBe(0);
    expect(await router.invoke('station.status', {}, { transport: 'http' })).toEqual({ ok: true, value: { mode: 'main', mainAddress: null, pcName: null } });
  });

  it('a PC at its first start joins: from then on every call goes to the main PC and the local core is closed', async () => {
    let closed = false;
    const station = { mainAddress: 'https://192.168.1.10:47900', fingerprint: 'a'.repeat(64), pcId: 4, pcKey: 'k'.repeat(43), pcName: 'Pokój 2' };
    const forwarded: Router = { invoke: async (method) => ({ ok: true, value: { forwarded: method } }) };
    const router = createStationRouter({
      target: { mode: 'main', router: localRouter(true) },
      join: async (input) => (expect(input).toEqual(joinInput), { router: forwarded, station }),
      closeLocal: async () => void (closed = true),
    });
    expect(await router.invoke('station.join', { ...joinInput, pcName: '  Pokój 2 ' }, { transport: 'http' })).toEqual({ ok: true, value: { mainAddress: station.mainAddress } });
    expect(closed).toBe(true);
    expect(await router.invoke('persons.search', { query: 'x' }, { transport: 'http' })).toEqual({ ok: true, value: { forwarded: 'persons.search' } });
    expect(await router.invoke('station.status', {}, { transport: 'http' })).toEqual({ ok: true, value: { mode: 'joined', mainAddress: station.mainAddress, pcName: 'Pokój 2' } });
    const again = await router.invoke('station.join', joinInput, { transport: 'http' });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
  });
});
