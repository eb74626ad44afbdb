import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { createTestCore, expectError, TEST_PASSWORD, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-23T23:30:00.000Z' });
});
afterEach(() => t.cleanup());

async function secondSession(login: string): Promise<string> {
  const answer = await t.invokeWith(undefined, 'auth.login', { login, password: TEST_PASSWORD });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { sessionToken: string }).sessionToken;
}

describe('sessions end when they should', () => {
  it('five wrong passwords on the lock screen end the session, so guessing falls back to the login lockout', async () => {
    const token = await t.loginAs(['socialWorker'], 'ewa');
    await t.invokeWith(token, 'auth.lock', {});
    for (let attempt = 1; attempt <= 4; attempt++) {
      const refused = expectError(await t.invokeWith(token, 'auth.unlock', { password: `zgaduję-${attempt}-hasło` }), 'UNAUTHORIZED');
      expect(refused.details).toEqual({ locked: true });
    }
    const fifth = expectError(await t.invokeWith(token, 'auth.unlock', { password: 'zgaduję-5-hasło' }), 'UNAUTHORIZED');
    expect(fifth.message).toBe('Zbyt wiele błędnych haseł. Zaloguj się ponownie.');
    // Even the right password does not bring this session back.
    expectError(await t.invokeWith(token, 'auth.unlock', { password: TEST_PASSWORD }), 'UNAUTHORIZED');
    expect((await t.invokeWith(await secondSession('ewa'), 'auth.me', {})).ok).toBe(true);
  });

  it('changing one’s password ends the user’s other sessions and keeps the one that changed it', async () => {
    const here = await t.loginAs(['socialWorker'], 'ewa');
    const elsewhere = await secondSession('ewa');
    const changed = await t.invokeWith(here, 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'nowe-dlugie-haslo-7' });
    expect(changed.ok).toBe(true);
    expect((await t.invokeWith(here, 'auth.me', {})).ok).toBe(true);
    expectError(await t.invokeWith(elsewhere, 'auth.me', {}), 'UNAUTHORIZED');
  });

  it('a password set by the administrator ends every session of that user', async () => {
    const token = await t.loginAs(['socialWorker'], 'ewa');
    const users = await t.api.call('users.list', {});
    const ewa = users.find((user) => user.login === 'ewa')!;
    await t.api.call('users.resetPassword', { id: ewa.id, password: 'haslo-od-admina-1' });
    expectError(await t.invokeWith(token, 'auth.me', {}), 'UNAUTHORIZED');
  });

  it('a lockout that has passed is not shown on the users list', async () => {
    await t.loginAs(['socialWorker'], 'ewa');
    for (let i = 0; i < 5; i++) await t.invokeWith(undefined, 'auth.login', { login: 'ewa', password: `zle-haslo-${i}-xx` });
    const locked = (await t.api.call('users.list', {})).find((user) => user.login === 'ewa')!;
    expect(locked.lockedUntil).not.toBeNull();
    t.clock.advance(6 * 60_000);
    expect((await t.api.call('users.list', {})).find((user) => user.login === 'ewa')!.lockedUntil).toBeNull();
  });
});

describe('the audit log in Polish time and Polish words', () => {
  it('a day filter means the day in Poland: 23:30 UTC on 23 November is already 24 November in Sitno', async () => {
    const entries = (input: { from?: string; to?: string }) =>
      t.api.call('audit.list', { ...input, limit: 500 }).then((answer) => answer.entries.map((entry: AuditEntry) => entry.kind));
    expect(await entries({ from: '2026-11-24', to: '2026-11-24' })).toContain('auth.login');
    expect(await entries({ from: '2026-11-23', to: '2026-11-23' })).toEqual([]);
  });

  it('the check says "1 wpis", "2 wpisy", "5 wpisów"', async () => {
    const summaries: string[] = [];
    for (let run = 0; run < 4; run++) {
      await t.api.call('audit.verify', {});
      const [latest] = (await t.api.call('audit.list', { kind: 'audit.verify', limit: 1 })).entries;
      summaries.push(latest!.summary);
    }
    // The tester's login is entry 1; each check adds one entry after counting.
    expect(summaries).toEqual([
      'Dziennik nienaruszony (1 wpis)',
      'Dziennik nienaruszony (2 wpisy)',
      'Dziennik nienaruszony (3 wpisy)',
      'Dziennik nienaruszony (4 wpisy)',
    ]);
    await t.api.call('audit.verify', {});
    const [fifth] = (await t.api.call('audit.list', { kind: 'audit.verify', limit: 1 })).entries;
    expect(fifth!.summary).toBe('Dziennik nienaruszony (5 wpisów)');
  });
});
