import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/contract/auth';
import { expectOk } from './auth-helpers';
import { createTestCore, type TestCore } from './helpers';

/**
 * A password typed by the administrator (a new account, a reset) is not the person's own: the core says so with
 * the logged-in user, and the screens ask for a new one before anything opens, as the user dialog promises.
 */
let t: TestCore; // its clock stands at 10.03.2025
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

async function logIn(login: string, password: string): Promise<{ token: string; user: CurrentUser }> {
  const answer = expectOk<{ sessionToken: string; user: CurrentUser }>(await t.invokeWith(undefined, 'auth.login', { login, password }));
  return { token: answer.sessionToken, user: answer.user };
}

describe('the first login asks for one\'s own password', () => {
  it('a new account must change the initial password; once changed, it need not', async () => {
    await t.api.call('users.create', { login: 'ewa', fullName: 'Ewa Kowalska', roles: ['socialWorker'], password: 'od-administratora-1' });
    const first = await logIn('ewa', 'od-administratora-1');
    expect(first.user.mustChangePassword).toBe(true);
    expect(expectOk<CurrentUser>(await t.invokeWith(first.token, 'auth.me', {})).mustChangePassword).toBe(true);

    expectOk(await t.invokeWith(first.token, 'auth.changePassword', { currentPassword: 'od-administratora-1', newPassword: 'tylko-moje-haslo-2' }));
    expect(expectOk<CurrentUser>(await t.invokeWith(first.token, 'auth.me', {})).mustChangePassword).toBe(false);
    expect((await logIn('ewa', 'tylko-moje-haslo-2')).user.mustChangePassword).toBe(false);
  });

  it('a reset by the administrator asks again', async () => {
    const ewa = await t.api.call('users.create', { login: 'ewa', fullName: 'Ewa Kowalska', roles: ['socialWorker'], password: 'od-administratora-1' });
    const first = await logIn('ewa', 'od-administratora-1');
    expectOk(await t.invokeWith(first.token, 'auth.changePassword', { currentPassword: 'od-administratora-1', newPassword: 'tylko-moje-haslo-2' }));

    await t.api.call('users.resetPassword', { id: ewa.id, password: 'znowu-od-admina-3' });
    expect((await logIn('ewa', 'znowu-od-admina-3')).user.mustChangePassword).toBe(true);
  });
});
