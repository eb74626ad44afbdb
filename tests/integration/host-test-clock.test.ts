import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostServer } from '../../electron/host/server';
import { createTestClock, parseTestClockStart } from '../../electron/host/test-clock';
import type { Router } from '../../electron/core/router';

const TOKEN = 'klucz-testowy-zegara';
const router: Router = { invoke: async () => ({ ok: true, value: null }) } as unknown as Router;
let server: http.Server | undefined;

async function listen(withClock: boolean) {
  const clock = withClock ? createTestClock(new Date('2026-03-16T09:00:00+01:00')) : undefined;
  server = createHostServer({ router, token: TOKEN, staticDir: '/nonexistent', testClock: clock });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const call = async (method: 'GET' | 'POST', body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/test/clock`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { ok: boolean; value?: { now: string }; error?: { message: string } } };
  };
  return { clock, call };
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('the test clock of browser mode', () => {
  it('starts at the given moment whatever today is, runs on, and moves when told', async () => {
    const { clock, call } = await listen(true);
    const first = await call('GET');
    const started = Date.parse('2026-03-16T08:00:00Z');
    expect(Date.parse(first.body.value!.now) - started).toBeGreaterThanOrEqual(0);
    expect(Date.parse(first.body.value!.now) - started).toBeLessThan(60_000);

    const moved = await call('POST', { at: '2026-03-31T09:00:00+02:00' });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.value!.now) - Date.parse('2026-03-31T07:00:00Z')).toBeLessThan(60_000);
    expect(clock!.now().toISOString().slice(0, 10)).toBe('2026-03-31');

    const refused = await call('POST', { at: 'jutro' });
    expect(refused.status).toBe(400);
    expect(refused.body.error!.message).toContain('Podaj czas');
    expect(clock!.now().toISOString().slice(0, 10)).toBe('2026-03-31');
  });

  it('does not exist when browser mode runs on the real clock', async () => {
    const { call } = await listen(false);
    const answer = await call('GET');
    expect(answer.status).toBe(404);
    expect(answer.body.ok).toBe(false);
  });

  it('accepts only a full ISO moment with its offset at start', () => {
    expect(parseTestClockStart('2026-03-16T09:00:00+01:00')?.toISOString()).toBe('2026-03-16T08:00:00.000Z');
    expect(parseTestClockStart('2026-03-16')).toBeNull();
  });
});
