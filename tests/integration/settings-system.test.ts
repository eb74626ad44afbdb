import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeSettingsInput } from '../../shared/contract/settings';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import { APP_VERSION, createTestCore, expectError, OFFICE, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore();
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/** An empty street on the form must be stored as no street. */
const office: OfficeSettingsInput = { ...OFFICE, street: '' };

describe('office settings', () => {
  it('a new database says the office is not configured yet', async () => {
    expect(await t.api.call('settings.getOffice', {})).toMatchObject({ configured: false, gminaName: '', updatedAt: null });
  });

  it('saves the office and reads it back; empty optional texts become null', async () => {
    const saved = await t.api.call('settings.updateOffice', office);
    expect(saved).toEqual({
      configured: true,
      gminaName: 'Sitno',
      officeName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      street: null,
      houseNumber: '1',
      postalCode: '22-424',
      town: 'Sitno',
      phone: '84 611 00 00',
      email: 'gops@sitno.pl',
      directorName: 'Anna Nowak',
      directorTitle: 'Kierownik Gminnego Ośrodka Pomocy Społecznej',
      lockAfterMinutes: 10,
      periodicAllowanceMinPercent: 50,
      caseRefUnit: 'GOPS',
      caseRefSymbols: {},
      // Nothing typed: the decision texts in effect are the defaults, with the office's names in the genitive.
      decisionTexts: {
        upsCitation: 'Dz.U. 2025 poz. 1214',
        kpaCitation: 'Dz.U. 2024 poz. 572',
        appealBody: 'Samorządowego Kolegium Odwoławczego',
        officeGenitive: 'Gminnego Ośrodka Pomocy Społecznej w Sitnie',
        organGenitive: 'Wójta Gminy Sitno',
        careServicesResolution: '',
        changeReportingParagraph: expect.stringContaining('art. 109 ustawy o pomocy społecznej'),
        undueBenefitsParagraph: expect.stringContaining('art. 98'),
      },
      updatedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(await t.api.call('settings.getOffice', {})).toEqual(saved);
  });

  it('keeps the decision texts the office typed and takes the defaults for the ones left empty', async () => {
    const saved = await t.api.call('settings.updateOffice', {
      ...office,
      decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu', upsCitation: '  ', organGenitive: 'Burmistrza Miasta i Gminy Sitno' },
    });
    expect(saved.decisionTexts).toMatchObject({
      appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu',
      upsCitation: 'Dz.U. 2025 poz. 1214',
      organGenitive: 'Burmistrza Miasta i Gminy Sitno',
    });
    const tooLong = await t.invoke('settings.updateOffice', { ...office, decisionTexts: { appealBody: 'x'.repeat(2001) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('saving again replaces the values (there is one office)', async () => {
    await t.api.call('settings.updateOffice', office);
    t.clock.advance(5 * 60_000); // within the screen-lock time, so the session stays open
    await t.api.call('settings.updateOffice', { ...office, directorName: 'Barbara Lis', email: '' });
    expect(await t.api.call('settings.getOffice', {})).toMatchObject({
      directorName: 'Barbara Lis',
      email: null,
      updatedAt: '2025-03-10T09:05:00.000Z',
    });
    expect(t.count('office_settings')).toBe(1);
  });

  it('a wrong e-mail and postal code are refused with issues at the fields, and nothing is saved', async () => {
    await t.api.call('settings.updateOffice', office);
    const error = expectError(
      await t.invoke('settings.updateOffice', { ...office, email: 'gops(at)sitno.pl', postalCode: '2242', gminaName: 'Zmieniona' }),
      'VALIDATION',
    );
    expect(error.message).toBe('Popraw zaznaczone pola (2).');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['email'], message: 'To nie wygląda na adres e-mail.' },
        { path: ['postalCode'], message: 'Kod pocztowy ma postać NN-NNN, np. 22-424.' },
      ]),
    );
    expect((await t.api.call('settings.getOffice', {})).gminaName).toBe('Sitno');
  });

  it('missing required fields are named in Polish', async () => {
    const error = expectError(await t.invoke('settings.updateOffice', { gminaName: 'Sitno' }), 'VALIDATION');
    const byPath = Object.fromEntries((error.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath).toMatchObject({
      officeName: 'Podaj pełną nazwę ośrodka.',
      houseNumber: 'Podaj numer budynku.',
      postalCode: 'Podaj kod pocztowy.',
      town: 'Podaj miejscowość.',
      directorName: 'Podaj imię i nazwisko kierownika.',
      directorTitle: 'Podaj stanowisko kierownika.',
    });
    expect((await t.api.call('settings.getOffice', {})).configured).toBe(false);
  });
});

describe('system.info', () => {
  it('tells the program name, its version and the schema version of the database', async () => {
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    const migrationFiles = fs.readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql'));
    expect(journal.entries).toHaveLength(migrationFiles.length);
    expect(await t.api.call('system.info', {})).toEqual({
      appName: 'Ostoja',
      version: APP_VERSION,
      schemaVersion: migrationFiles.length,
      mode: 'normal',
    });
  });
});
