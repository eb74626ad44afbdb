import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, expectError, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore({ start: '2026-11-24T09:00:00.000Z' });
});
afterEach(() => t.cleanup());

/** DOMAIN.md §3, transcribed by hand into grosze: what the seeding migration must have written. */
const DOMAIN_TABLE = [
  ['2018-10-01', 70_100, 52_800, 64_500, 3_000, 100, 30_800, 'Dz.U. 2018 poz. 1358'],
  ['2022-01-01', 77_600, 60_000, 71_900, 3_000, 100, 34_500, 'Dz.U. 2021 poz. 1296'],
  ['2024-01-01', 77_600, 60_000, 100_000, 10_000, 130, 34_500, 'Dz.U. 2023 poz. 1693'],
  ['2025-01-01', 101_000, 82_300, 122_900, 10_000, 130, 45_900, 'Dz.U. 2024 poz. 1044'],
] as const;

const row2028 = {
  validFrom: '2028-01-01',
  singleThreshold: 120_000,
  perPersonThreshold: 95_000,
  permanentAllowanceMax: 140_000,
  permanentAllowanceMin: 10_000,
  permanentAllowanceThresholdPercent: 130,
  hectareAmount: 50_000,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2027 poz. 999',
};

describe('legal parameters as dated data', () => {
  it('a new database holds the DOMAIN.md table from 2018-10-01 on, and knows the row in force today', async () => {
    const { rows, inForceTodayId } = await t.api.call('legalParameters.list', {});
    expect(
      rows.map((r) => [r.validFrom, r.singleThreshold, r.perPersonThreshold, r.permanentAllowanceMax, r.permanentAllowanceMin, r.permanentAllowanceThresholdPercent, r.hectareAmount, r.source]),
    ).toEqual(DOMAIN_TABLE.map((row) => [...row]));
    expect(rows.every((r) => r.periodicAllowanceMinimum === 2_000 && !r.addedByOffice)).toBe(true);
    expect(rows.find((r) => r.id === inForceTodayId)?.validFrom).toBe('2025-01-01');
  });

  it('an administrator adds the next verification without a new program version, and it is audited', async () => {
    const added = await t.api.call('legalParameters.add', row2028);
    expect(added).toMatchObject({ ...row2028, addedByOffice: true });
    const { rows, inForceTodayId } = await t.api.call('legalParameters.list', {});
    expect(rows.map((r) => r.validFrom)).toEqual(['2018-10-01', '2022-01-01', '2024-01-01', '2025-01-01', '2028-01-01']);
    expect(rows.find((r) => r.id === inForceTodayId)?.validFrom).toBe('2025-01-01');
    const audit = await t.api.call('audit.list', { kind: 'legalParameters.add' });
    expect(audit.entries[0]?.summary).toContain('01.01.2028');
  });

  it('refuses a second row from the same day, a minimum above the maximum, and a negative amount, saving nothing', async () => {
    await t.api.call('legalParameters.add', row2028);
    expectError(await t.invoke('legalParameters.add', row2028), 'CONFLICT');
    const inverted = expectError(
      await t.invoke('legalParameters.add', { ...row2028, validFrom: '2029-01-01', permanentAllowanceMin: 150_000 }),
      'VALIDATION',
    );
    expect(inverted.issues).toEqual([
      { path: ['permanentAllowanceMin'], message: 'Najniższa kwota zasiłku stałego nie może być wyższa niż najwyższa.' },
    ]);
    const negative = expectError(await t.invoke('legalParameters.add', { ...row2028, validFrom: '2029-01-01', hectareAmount: -1 }), 'VALIDATION');
    expect(negative.issues?.[0]?.path).toEqual(['hectareAmount']);
    expect((await t.api.call('legalParameters.list', {})).rows).toHaveLength(5);
  });

  it('a row not yet in force may be removed (a typo); a row that already applied stays as history', async () => {
    const added = await t.api.call('legalParameters.add', row2028);
    expect(await t.api.call('legalParameters.removeFuture', { id: added.id })).toEqual({ removed: true });
    const { rows } = await t.api.call('legalParameters.list', {});
    expect(rows.map((r) => r.validFrom)).not.toContain('2028-01-01');
    const current = rows.find((r) => r.validFrom === '2025-01-01')!;
    const refused = expectError(await t.invoke('legalParameters.removeFuture', { id: current.id }), 'CONFLICT');
    expect(refused.message).toContain('zostają w historii');
  });

  it('only an administrator changes the figures; everyone logged in may read them', async () => {
    const worker = await t.loginAs(['socialWorker']);
    expect((await t.invokeWith(worker, 'legalParameters.list', {})).ok).toBe(true);
    expectError(await t.invokeWith(worker, 'legalParameters.add', row2028), 'FORBIDDEN');
    const director = await t.loginAs(['director']);
    expectError(await t.invokeWith(director, 'legalParameters.add', row2028), 'FORBIDDEN');
  });
});
