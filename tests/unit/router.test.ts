import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../electron/core/router';
import type { Gate } from '../../electron/core/gate';

/** These tests are about input and errors, not permissions: every call is let through. */
const openGate: Gate = () => ({ ok: true, user: null, session: null });
import { methodNames } from '../../shared/contract';
import { AppError } from '../../shared/errors';

/** Handlers that fail loudly if a method the test did not expect is called. */
function handlersWith(overrides: Partial<Record<string, (input: unknown) => unknown>>): Handlers {
  const handlers: Record<string, (input: unknown) => unknown> = {};
  for (const name of methodNames) {
    handlers[name] = overrides[name] ?? (() => {
      throw new Error(`unexpected call of ${name}`);
    });
  }
  return handlers as unknown as Handlers;
}

const ctx = { transport: 'test' as const };

describe('router: the contract is the allow-list', () => {
  it.each(['persons.delete', 'toString', '__proto__', 'constructor', 'hasOwnProperty', ''])(
    'refuses %j as an unknown operation without calling anything',
    async (method) => {
      const log = vi.fn();
      const router = createRouter(handlersWith({}), openGate, log);
      const envelope = await router.invoke(method, {}, ctx);
      expect(envelope).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^Nieznana operacja/) } });
      expect(log).not.toHaveBeenCalled();
    },
  );

  it('does not echo an endless method name back', async () => {
    const router = createRouter(handlersWith({}), openGate, vi.fn());
    const envelope = await router.invoke('x'.repeat(10_000), {}, ctx);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message.length).toBeLessThan(200);
  });
});

describe('router: input is checked before a service sees it', () => {
  it('does not call the service when the input is invalid', async () => {
    const get = vi.fn();
    const router = createRouter(handlersWith({ 'persons.get': get }), openGate, vi.fn());
    const envelope = await router.invoke('persons.get', { id: 'abc' }, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['id'] }] } });
    expect(get).not.toHaveBeenCalled();
  });

  it('gives the service the parsed input (trimmed, defaults filled in)', async () => {
    const search = vi.fn(() => ({ items: [], more: false }));
    const router = createRouter(handlersWith({ 'persons.search': search }), openGate, vi.fn());
    await router.invoke('persons.search', { query: 'kowal' }, ctx);
    expect(search).toHaveBeenCalledWith({ query: 'kowal', limit: 50 }, { ...ctx, user: null });
  });
});

describe('router: nothing thrown inside reaches the caller as is', () => {
  it('an unexpected error becomes INTERNAL with a Polish message and no internals', async () => {
    const log = vi.fn();
    const router = createRouter(
      handlersWith({
        'system.info': () => {
          throw new Error('SQLITE_CORRUPT: /home/gops/ostoja.db');
        },
      }),
      openGate,
      log,
    );
    const envelope = await router.invoke('system.info', {}, ctx);
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Wystąpił nieoczekiwany błąd programu. Operacja nie została wykonana.' },
    });
    expect(JSON.stringify(envelope)).not.toContain('SQLITE');
    expect(log).toHaveBeenCalledOnce();
  });

  it('an answer that does not match the contract is not sent out', async () => {
    const log = vi.fn();
    const router = createRouter(
      handlersWith({ 'system.info': () => ({ appName: 'Ostoja', version: 1, secret: 'x' }) }),
      openGate,
      log,
    );
    const envelope = await router.invoke('system.info', {}, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('an AppError reaches the caller with its code, issues and details', async () => {
    const router = createRouter(
      handlersWith({
        'persons.get': () => {
          throw new AppError('CONFLICT', 'Już jest.', [{ path: ['pesel'], message: 'Już jest.' }], { existingPersonId: 7 });
        },
      }),
      openGate,
      vi.fn(),
    );
    expect(await router.invoke('persons.get', { id: 1 }, ctx)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Już jest.', issues: [{ path: ['pesel'], message: 'Już jest.' }], details: { existingPersonId: 7 } },
    });
  });

  it('an async service that rejects is handled like one that throws', async () => {
    const router = createRouter(
      handlersWith({ 'system.info': async () => Promise.reject(new AppError('FORBIDDEN', 'Brak uprawnień.')) }),
      openGate,
      vi.fn(),
    );
    expect(await router.invoke('system.info', {}, ctx)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Brak uprawnień.' } });
  });
});
