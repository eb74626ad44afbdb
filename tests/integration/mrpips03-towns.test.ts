import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDecision } from './fixtures/decisions-support';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, type TestCore } from './helpers';

/**
 * "Na wsi" in MRPiPS-03 follows the office's list of towns. Two families of one, both for ubóstwo, each granted a
 * zasiłek celowy on 10.03.2025: Jan Kowalski in Sitno (a village) and Anna Nowak in Tyszowce (a town once the office
 * says so). Clock: 10.03.2025.
 */

let t: TestCore;

async function grantedFamily(first: string, last: string, pesel: string, locality: string) {
  const personId = (await t.api.call('persons.create', personWithPesel(first, last, pesel, { confirmedNotDuplicate: true, address: { locality, houseNumber: '1', postalCode: '22-424', postTown: locality } }))).id;
  const workerUserId = (await t.api.call('auth.me', {})).id;
  const caseId = (await t.api.call('cases.create', { applicantPersonId: personId, applicationDate: '2025-03-10', benefits: ['purposeAllowance'], reasons: ['poverty'], workerUserId })).id;
  await t.api.call('interviews.save', {
    caseId,
    interview: {
      interviewDate: '2025-03-10',
      workerUserId,
      livesAlone: true,
      incomeMonth: '2025-02',
      members: [{ personId, relation: 'head' }],
      incomes: [],
      alimonyPaid: [],
      farms: [],
      findings: 'Brak opału na zimę.',
      proposedPeriodicAmount: null,
    },
  });
  await signDecision(t, { caseId, kind: 'grant', benefit: 'purposeAllowance' }, { paymentMethod: 'cash', payDay: 10, periodFrom: '2025-03-10', amount: 30_000, purpose: 'zakup opału' });
}

/** [families, of them in the countryside] for ubóstwo in the year 2025. */
async function poverty(extra: { townLocalities?: string[] } = {}) {
  const report = await t.api.call('reports.mrpips03', { year: 2025, half: 'year', ...extra });
  const row = report.reasons.find((reason) => reason.key === 'poverty')!;
  return [row.cells.families, row.cells.familiesRural];
}

beforeAll(async () => {
  t = await createTestCore();
  await t.api.call('settings.updateOffice', { ...OFFICE, decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu' } });
  await grantedFamily('Jan', 'Kowalski', PESEL.jan1944M, 'Sitno');
  await grantedFamily('Anna', 'Nowak', PESEL.f1985, 'Tyszowce');
}, 120_000);

afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

describe('the towns of the gmina', () => {
  it('start empty: every family lives in the countryside', async () => {
    expect(await t.api.call('settings.townLocalities', {})).toEqual({ items: [] });
    expect(await poverty()).toEqual([2, 2]);
  });

  it('once set by the director, the report counts Tyszowce as a town by default, and audits the change', async () => {
    const director = await t.loginAs(['director']);
    const saved = await t.invokeWith(director, 'settings.updateTownLocalities', { items: [' Tyszowce ', 'Łaszczów'] });
    expect(saved).toEqual({ ok: true, value: { items: ['Łaszczów', 'Tyszowce'] } });
    expect(await poverty()).toEqual([2, 1]);
    // A call may still name its own towns (none here): the setting is only the default.
    expect(await poverty({ townLocalities: [] })).toEqual([2, 2]);
    const [entry] = (await t.api.call('audit.list', { kind: 'settings.update', limit: 1 })).entries;
    expect(entry!.summary).toBe('Zmieniono listę miejscowości będących miastami (MRPiPS-03)');
    expect(entry!.details).toEqual({ changes: { townLocalities: { before: [], after: ['Łaszczów', 'Tyszowce'] } } });
  });

  it('stay when the payment settings are saved (they share the office row)', async () => {
    await t.api.call('payments.updateSettings', {
      payerName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      payerAddress: 'Sitno 1, 22-424 Sitno',
      payerAccount: '61 1090 1014 0000 0712 1981 2874',
      bankName: 'Bank Spółdzielczy w Sitnie',
      bankFileVariant: 'windows-1250',
      defaultPayDay: 10,
    });
    expect(await t.api.call('settings.townLocalities', {})).toEqual({ items: ['Łaszczów', 'Tyszowce'] });
    expect((await t.api.call('payments.settings', {})).payerName).toBe('Gminny Ośrodek Pomocy Społecznej w Sitnie');
    expect(await poverty()).toEqual([2, 1]);
  });

  it('are set by the administrator or the director only, each town once', async () => {
    for (const roles of [['socialWorker'], ['accountant']] as const) {
      expectError(await t.invokeWith(await t.loginAs([...roles]), 'settings.updateTownLocalities', { items: ['Sitno'] }), 'FORBIDDEN');
    }
    const admin = await t.loginAs(['administrator']);
    const twice = expectError(await t.invokeWith(admin, 'settings.updateTownLocalities', { items: ['Tyszowce', 'tyszowce'] }), 'VALIDATION');
    expect(twice.issues?.[0]?.message).toBe('Każdą miejscowość podaj raz.');
    expect(await t.invokeWith(admin, 'settings.updateTownLocalities', { items: [] })).toEqual({ ok: true, value: { items: [] } });
    expect(await poverty()).toEqual([2, 2]);
  });
});
