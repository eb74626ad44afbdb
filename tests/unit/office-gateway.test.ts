/** The office gateway while a restore swaps the database: the other PCs are told to wait, nothing is written. */
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/open';
import { createTestClock } from '../../db/testing';
import { RESTORE_IN_PROGRESS } from '../../electron/core/call-drain';
import { createOfficeGateway } from '../../electron/core/office-gateway';

describe('office gateway during a restore', () => {
  it('answers "try again" and writes nothing while the old database is closed and the new one not yet open', () => {
    const closed = {
      sqlite: { open: false },
      get db(): never {
        throw new Error('the closed database was used');
      },
    } as unknown as DatabaseHandle;
    const gateway = createOfficeGateway({
      database: () => closed,
      clock: createTestClock('2026-03-16T09:00:00+01:00'),
      router: { invoke: async () => ({ ok: true, value: null }) },
    });
    const auth = gateway.authenticate('1', 'k'.repeat(43));
    expect(auth).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: RESTORE_IN_PROGRESS } });
    const pc = { id: 1, name: 'Pokój 2' };
    expect(gateway.replay(pc, '6f1c1b9e-3c1e-4d5e-9a7b-1c2d3e4f5a6b')).toBeNull();
    expect(() => gateway.keepAnswer(pc, '6f1c1b9e-3c1e-4d5e-9a7b-1c2d3e4f5a6b', { ok: true, value: 1 })).not.toThrow();
    expect(() => gateway.refused('10.0.0.5', 'test', 0)).not.toThrow();
  });
});
