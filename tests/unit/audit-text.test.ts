import { describe, expect, it } from 'vitest';
import { auditChangesText, auditKindLabel, auditValueText, formatInstantPl } from '../../shared/domain/audit-text';

describe('the audit log in words', () => {
  it('names the fields of a change in Polish, with values as the forms show them', () => {
    expect(
      auditChangesText({
        changes: {
          lastName: { before: 'Kowalski', after: 'Kowalski-Nowak' },
          phone: { before: null, after: '600 100 200' },
          birthDate: { before: '1944-05-14', after: '1944-05-15' },
          sex: { before: 'M', after: 'F' },
        },
      }),
    ).toBe('nazwisko: Kowalski → Kowalski-Nowak; telefon: — → 600 100 200; data urodzenia: 14.05.1944 → 15.05.1944; płeć: mężczyzna → kobieta');
  });

  it('says codes by their names: relations, benefits, reasons, certificates, roles; yes and no', () => {
    expect(auditValueText('relation', 'grandchild')).toBe('Wnuk / wnuczka');
    expect(auditValueText('benefits', ['permanentAllowance', 'purposeAllowance'])).toBe('Zasiłek stały, Zasiłek celowy');
    expect(auditValueText('reasons', ['poverty'])).toBe('ubóstwo');
    expect(auditValueText('kind', 'totalIncapacityForWork')).toBe('całkowita niezdolność do pracy');
    expect(auditValueText('roles', ['director'])).toBe('Kierownik');
    expect(auditValueText('complex', true)).toBe('tak');
    expect(auditValueText('validUntil', null)).toBe('—');
    expect(auditValueText('reasons', [])).toBe('—');
  });

  it('an entry without changes says nothing more; an unknown field keeps its name rather than vanish', () => {
    expect(auditChangesText(null)).toBe('');
    expect(auditChangesText({ caseId: 3 })).toBe('');
    expect(auditChangesText({ changes: { somethingNew: { before: 1, after: 2 } } })).toBe('somethingNew: 1 → 2');
  });

  it('times in Polish time, dd.mm.rrrr, gg:mm, winter and summer', () => {
    expect(formatInstantPl('2025-03-10T09:02:00.000Z')).toBe('10.03.2025, 10:02');
    expect(formatInstantPl('2025-07-01T22:30:00.000Z')).toBe('02.07.2025, 00:30');
  });

  it('every kind has a Polish label, an unknown one is shown as stored', () => {
    expect(auditKindLabel('audit.export')).toBe('Wydruk lub eksport dziennika');
    expect(auditKindLabel('person.view')).toBe('Otwarcie karty osoby');
    expect(auditKindLabel('future.kind')).toBe('future.kind');
  });
});
