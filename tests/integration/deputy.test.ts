import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, expectError, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
});
afterEach(() => t.cleanup());

async function userId(login: string): Promise<number> {
  return (await t.api.call('users.list', {})).find((user) => user.login === login)!.id;
}

describe('a deputy of the director', () => {
  it('acts as director until the end of the day the director set, and not a day longer', async () => {
    const director = await t.loginAs(['director'], 'kierowniczka');
    const worker = await t.loginAs(['socialWorker'], 'zastepca');
    expectError(await t.invokeWith(worker, 'audit.list', {}), 'FORBIDDEN');

    const granted = await t.invokeWith(director, 'users.authoriseDeputy', { userId: await userId('zastepca'), until: '2026-11-30' });
    expect(granted.ok && (granted.value as { deputyUntil: string }).deputyUntil).toBe('2026-11-30');
    expect((await t.invokeWith(worker, 'audit.list', {})).ok).toBe(true);
    const me = await t.invokeWith(worker, 'auth.me', {});
    expect(me.ok && (me.value as { roles: string[] }).roles).toEqual(['socialWorker', 'director']);

    // 30 November 23:30 in Sitno (22:30 UTC) is still the last day; an hour later it is over.
    t.clock.set('2026-11-30T22:30:00.000Z');
    expect((await t.invokeWith(await relogin('zastepca'), 'audit.list', {})).ok).toBe(true);
    t.clock.set('2026-11-30T23:30:00.000Z');
    expectError(await t.invokeWith(await relogin('zastepca'), 'audit.list', {}), 'FORBIDDEN');

    const audit = await t.invokeWith(await relogin('kierowniczka'), 'audit.list', { kind: 'user.deputy' });
    expect(audit.ok && (audit.value as { entries: { summary: string }[] }).entries[0]?.summary).toBe(
      'Upoważniono Test socialWorker do zastępowania kierownika do 30.11.2026',
    );
  });

  it('only a director in their own right authorises: not the administrator, not a deputy', async () => {
    const admin = await t.loginAs(['administrator'], 'admin');
    const director = await t.loginAs(['director'], 'kierowniczka');
    const deputy = await t.loginAs(['socialWorker'], 'zastepca');
    await t.loginAs(['socialWorker'], 'ktos-inny');
    expectError(await t.invokeWith(admin, 'users.authoriseDeputy', { userId: await userId('zastepca'), until: '2026-12-31' }), 'FORBIDDEN');
    await t.invokeWith(director, 'users.authoriseDeputy', { userId: await userId('zastepca'), until: '2026-12-31' });
    const refused = expectError(
      await t.invokeWith(deputy, 'users.authoriseDeputy', { userId: await userId('ktos-inny'), until: '2026-12-31' }),
      'FORBIDDEN',
    );
    expect(refused.message).toContain('zastępca nie może upoważnić kolejnej osoby');
  });

  it('the director withdraws the authorisation at once, and cannot date it in the past', async () => {
    const director = await t.loginAs(['director'], 'kierowniczka');
    const deputy = await t.loginAs(['socialWorker'], 'zastepca');
    const id = await userId('zastepca');
    expectError(await t.invokeWith(director, 'users.authoriseDeputy', { userId: id, until: '2026-11-23' }), 'VALIDATION');
    await t.invokeWith(director, 'users.authoriseDeputy', { userId: id, until: '2026-12-31' });
    expect((await t.invokeWith(deputy, 'audit.list', {})).ok).toBe(true);
    await t.invokeWith(director, 'users.authoriseDeputy', { userId: id, until: null });
    expectError(await t.invokeWith(deputy, 'audit.list', {}), 'FORBIDDEN');
  });
});

/** A fresh session after the clock moved far (an old one would have locked itself meanwhile). */
async function relogin(login: string): Promise<string> {
  const answer = await t.invokeWith(undefined, 'auth.login', { login, password: 'hasło-testowe-123' });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { sessionToken: string }).sessionToken;
}
