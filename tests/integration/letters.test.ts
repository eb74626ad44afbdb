import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyText, expectInOrder, pageTexts } from '../unit/documents/pdf-text';
import { caseWithInterview, decideCase } from './fixtures/decisions-support';
import { createTestCore, expectError, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await createTestCore(); // 10.03.2025
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const text = async (base64: string) => bodyText(await pageTexts(Buffer.from(base64, 'base64')), null);
const sha = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

describe('letters printed from a case', () => {
  it('the notice of a late case (art. 36 k.p.a.) names the new date and the reason, and is kept as printed', async () => {
    const { caseId } = await caseWithInterview(t);
    const letter = await t.api.call('letters.create', { caseId, kind: 'delayNotice', newDate: '2025-04-30', delayReason: 'Oczekiwanie na zaświadczenie z ZUS.' });
    expect(letter.issuedOn).toBe('2025-03-10');
    const first = await t.api.call('letters.pdf', { id: letter.id });
    expectInOrder(await text(first.base64), [
      'Gminny Ośrodek Pomocy Społecznej w Sitnie',
      'Sitno, dnia 10.03.2025 r.',
      'GOPS.8311.1.2025',
      'Jan Kowalski',
      'ZAWIADOMIENIE',
      'o niezałatwieniu sprawy w terminie',
      'Na podstawie art. 36 § 1',
      'wniosku z dnia 10.03.2025 r. o przyznanie zasiłku stałego nie zostanie załatwiona w terminie',
      'Przyczyna zwłoki: Oczekiwanie na zaświadczenie z ZUS.',
      'Nowy termin załatwienia sprawy: 30.04.2025 r.',
      'Pouczenie',
      'ponaglenia do Samorządowego Kolegium Odwoławczego w Zamościu za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Sitnie',
      'z up. Wójta Gminy Sitno',
      'Anna Nowak',
    ]);
    // Reprinted later, after the office's details changed: the same file.
    await t.api.call('settings.updateOffice', { ...(await t.api.call('settings.getOffice', {})), directorName: 'Barbara Lis' } as never);
    expect(sha((await t.api.call('letters.pdf', { id: letter.id })).base64)).toBe(sha(first.base64));
    expect(() => t.core.database.sqlite.prepare('UPDATE case_letters SET issued_on = ? WHERE id = ?').run('2025-01-01', letter.id)).toThrow(/Wydrukowanego pisma nie można zmienić/);

    const listed = await t.api.call('decisions.listForCase', { caseId });
    expect(listed.letters).toEqual([{ id: letter.id, kind: 'delayNotice', issuedOn: '2025-03-10', createdByName: expect.any(String) }]);
    const audit = await t.api.call('audit.list', {});
    expect(audit.entries.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['letter.create', 'letter.print']));
  });

  it('the call to complete an application (art. 64 § 2 k.p.a.) says what is missing, the time given and what follows', async () => {
    const { caseId } = await caseWithInterview(t);
    const letter = await t.api.call('letters.create', { caseId, kind: 'completionCall', missing: 'zaświadczenie o dochodach za luty 2025 r.', days: 7 });
    expectInOrder(await text((await t.api.call('letters.pdf', { id: letter.id })).base64), [
      'WEZWANIE',
      'do uzupełnienia braków wniosku',
      'Na podstawie art. 64 § 2',
      'w terminie 7 dni od dnia doręczenia niniejszego wezwania',
      'Należy uzupełnić: zaświadczenie o dochodach za luty 2025 r.',
      'pozostawienie wniosku bez rozpoznania',
    ]);
  });

  it('refuses in Polish what is missing or wrong, and a letter in a decided case; nothing is written', async () => {
    const { caseId } = await caseWithInterview(t);
    const noDate = expectError(await t.invoke('letters.create', { caseId, kind: 'delayNotice', delayReason: 'Brak dokumentów.' }), 'VALIDATION');
    expect(noDate.issues?.[0]).toMatchObject({ path: ['newDate'], message: 'Podaj nowy termin załatwienia sprawy.' });
    const past = expectError(await t.invoke('letters.create', { caseId, kind: 'delayNotice', newDate: '2025-03-10', delayReason: 'Brak dokumentów.' }), 'VALIDATION');
    expect(past.message).toBe('Nowy termin załatwienia sprawy musi być późniejszy niż dzisiejszy dzień.');
    const tooShort = expectError(await t.invoke('letters.create', { caseId, kind: 'completionCall', missing: 'PIT-11', days: 3 }), 'VALIDATION');
    expect(tooShort.issues?.[0]?.message).toBe('Co najmniej 7 dni (art. 64 § 2 k.p.a.).');
    await decideCase(t, caseId, null);
    expectError(await t.invoke('letters.create', { caseId, kind: 'completionCall', missing: 'PIT-11', days: 7 }), 'CONFLICT');
    expect((t.core.database.sqlite.prepare('SELECT count(*) AS n FROM case_letters').get() as { n: number }).n).toBe(0);
  });
});
