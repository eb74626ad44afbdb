import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseWithInterview, NRB, signDecision, TRANSFER } from './fixtures/decisions-support';
import { createTestCore, expectError, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const OTHER_NRB = '61109010140000071219812874';

describe("a person's bank accounts", () => {
  it('are added checked, refused twice, remembered from a signed decision, and marked unused without being lost', async () => {
    const { caseId, personId } = await caseWithInterview(t);
    const added = await t.api.call('persons.addBankAccount', { personId, nrb: '61 1090 1014 0000 0712 1981 2874', holder: 'Anna Kowalska (opiekun prawny)' });
    expect(added).toMatchObject({ nrb: OTHER_NRB, holder: 'Anna Kowalska (opiekun prawny)', removedAt: null, usedBy: [] });
    const twice = expectError(await t.invoke('persons.addBankAccount', { personId, nrb: OTHER_NRB }), 'VALIDATION');
    expect(twice.issues).toEqual([{ path: ['nrb'], message: 'Ten rachunek jest już zapisany u tej osoby.' }]);
    const wrong = expectError(await t.invoke('persons.addBankAccount', { personId, nrb: '61109010140000071219812875' }), 'VALIDATION');
    expect(wrong.issues?.[0]?.message).toBe('Numer rachunku (NRB) jest błędny: sprawdź 26 cyfr.');

    // A decision paying by transfer to a number typed in the draft: signed, the number joins the person's accounts.
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, TRANSFER);
    expect(signed.partyPersonId).toBe(personId);
    const accounts = await t.api.call('persons.bankAccounts', { personId });
    expect(accounts.map((account) => [account.nrb, account.usedBy.map((use) => use.decisionNumber)])).toEqual([
      [OTHER_NRB, []],
      [NRB, ['1/8311/2025']],
    ]);

    await t.api.call('persons.removeBankAccount', { id: added.id });
    const after = await t.api.call('persons.bankAccounts', { personId });
    expect(after.find((account) => account.id === added.id)?.removedAt).toBe('2025-03-10T09:00:00.000Z');
    expectError(await t.invoke('persons.removeBankAccount', { id: added.id }), 'CONFLICT');
    const audit = await t.api.call('audit.list', { personId });
    expect(audit.entries.map((entry) => entry.summary)).toEqual(expect.arrayContaining(['Dopisano rachunek 61 1090 1014 0000 0712 1981 2874', 'Rachunek 61 1090 1014 0000 0712 1981 2874 oznaczono jako nieużywany']));
  });
});
