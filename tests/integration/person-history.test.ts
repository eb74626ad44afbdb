import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { formatMoney } from '../../shared/domain/money';
import { createTestCore, expectError, OFFICE, PESEL, personWithPesel, personWithoutPesel, type TestCore } from './helpers';
import { decideCase } from './fixtures/decisions-support';

let t: TestCore;
let workerId: number;

beforeEach(async () => {
  t = await createTestCore(); // the clock stands at 10.03.2025, 10:00 in Poland
  await t.api.call('settings.updateOffice', OFFICE);
  workerId = (await t.api.call('auth.me', {})).id;
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/** Who was found and why, for short expectations. */
const findDuplicates = (input: MethodInput<'persons.findDuplicates'>) =>
  t.api.call('persons.findDuplicates', input).then((answer) => answer.items.map(({ id, match }) => ({ id, match })));

describe('possible duplicates before saving a person', () => {
  it('finds the person with the same PESEL, with their address', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const answer = await t.api.call('persons.findDuplicates', { firstName: 'Janusz', lastName: 'Nowak', pesel: PESEL.jan1944M });
    expect(answer.items).toEqual([
      {
        id: jan.id,
        firstName: 'Jan',
        lastName: 'Kowalski',
        pesel: PESEL.jan1944M,
        idDocument: null,
        birthDate: '1944-05-14',
        addressLine: 'Sitno 12, 22-424 Sitno',
        match: 'pesel',
      },
    ]);
  });

  it('finds the same name and birth date whatever the letter case and Polish letters', async () => {
    const lukasz = await t.api.call('persons.create', personWithPesel('Łukasz', 'Żółć', PESEL.jan1944M));
    // Typed without Polish letters and in capitals, with no PESEL but the birth date by hand.
    expect(await findDuplicates({ firstName: 'LUKASZ', lastName: 'zolc', birthDate: '1944-05-14' })).toEqual([
      { id: lukasz.id, match: 'nameAndBirthDate' },
    ]);
    // With a different PESEL of the same birth date (e.g. a typo in the serial), the birth date comes from it.
    expect(await findDuplicates({ firstName: 'łukasz', lastName: 'ŻÓŁĆ', pesel: '44051401366' })).toEqual([
      { id: lukasz.id, match: 'nameAndBirthDate' },
    ]);
  });

  it('a person found by PESEL is listed once, as a PESEL match', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.jan1944M })).toEqual([{ id: jan.id, match: 'pesel' }]);
  });

  it('finds a person without PESEL (a foreigner) by name and birth date', async () => {
    const olena = await t.api.call('persons.create', personWithoutPesel('Olena', 'Kovalenko', 'FX1234567'));
    expect(await findDuplicates({ firstName: 'Olena', lastName: 'Kovalenko', birthDate: '1990-04-02' })).toEqual([
      { id: olena.id, match: 'nameAndBirthDate' },
    ]);
  });

  it('leaves out the person being edited', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.jan1944M, excludePersonId: jan.id })).toEqual([]);
    // Another Jan Kowalski born the same day is still shown while editing the first one.
    const other = await t.api.call(
      'persons.create',
      personWithoutPesel('Jan', 'Kowalski', 'ABC123456', { birthDate: '1944-05-14', sex: 'M', confirmedNotDuplicate: true }),
    );
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.jan1944M, excludePersonId: jan.id })).toEqual([
      { id: other.id, match: 'nameAndBirthDate' },
    ]);
  });

  it('refuses to add a second person of the same name and birth date without the worker confirming it is someone else', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const before = t.count('persons');
    const error = expectError(
      await t.invoke('persons.create', personWithoutPesel('JAN', 'kowalski', 'ABC123456', { birthDate: '1944-05-14', sex: 'M' })),
      'CONFLICT',
    );
    expect(error.message).toContain('Jan Kowalski, ur. 14.05.1944');
    expect(error.message).toContain('potwierdź');
    expect(t.count('persons')).toBe(before);
    const other = await t.api.call(
      'persons.create',
      personWithoutPesel('JAN', 'kowalski', 'ABC123456', { birthDate: '1944-05-14', sex: 'M', confirmedNotDuplicate: true }),
    );
    expect(other.id).not.toBe(jan.id);
  });

  it('does not take the same name with another birth date, nor a longer first name, for a duplicate', async () => {
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.m1980));
    await t.api.call('persons.create', personWithoutPesel('Jan Maria', 'Kowalski', 'ABC123456', { birthDate: '1944-05-14', sex: 'M' }));
    await t.api.call('persons.create', personWithoutPesel('Janina', 'Kowalski', 'ABC123457', { birthDate: '1944-05-14', sex: 'F' }));
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL.jan1944M })).toEqual([]);
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14' })).toEqual([]);
  });

  it('says nothing until there is a birth date or a PESEL to compare', async () => {
    await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski' })).toEqual([]);
    expect(await findDuplicates({ firstName: 'Jan', lastName: 'Kowalski', pesel: '4405' })).toEqual([]);
  });
});

describe('a person’s history: cases, interviews and computations', () => {
  async function householdWithCase() {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const anna = await t.api.call('persons.create', personWithPesel('Anna', 'Kowalska', PESEL.f1955));
    const theCase = await t.api.call('cases.create', {
      applicantPersonId: jan.id,
      applicationDate: '2025-03-03',
      benefits: ['permanentAllowance', 'periodicAllowance'],
      reasons: ['poverty'],
      workerUserId: workerId,
    });
    const interview = await t.api.call('interviews.save', {
      caseId: theCase.id,
      supersedesId: null,
      interview: {
        interviewDate: '2025-03-05',
        workerUserId: workerId,
        livesAlone: false,
        incomeMonth: '2025-02',
        members: [
          { personId: jan.id, relation: 'head' },
          { personId: anna.id, relation: 'spouse' },
        ],
        incomes: [{ personId: jan.id, kind: 'retirementPension', gross: 60000 }],
        alimonyPaid: [],
        farms: [],
        findings: 'Małżeństwo emerytów, dom drewniany.',
      },
    });
    return { jan, anna, theCase, interview };
  }

  it('shows the applicant their case, its interview, the computation and the decision, newest first', async () => {
    const { jan, theCase, interview } = await householdWithCase();
    await t.moveClockTo('2025-03-12T09:00:00Z');
    await decideCase(t, theCase.id, '2025-08-31');

    const { items } = await t.api.call('persons.history', { id: jan.id });
    const ref = theCase.caseRef;
    // Two people, 600,00 zł: 300,00 zł each; zasiłek stały 130 % × 823,00 − 300,00; okresowy 50–100 % of 1646,00 − 600,00.
    expect(items).toEqual([
      { date: '2025-03-12', kind: 'decision', caseId: theCase.id, caseRef: ref, interviewId: null, role: 'applicant', summary: 'Sprawa rozstrzygnięta; świadczenie do 31.08.2025' },
      {
        date: '2025-03-10T09:00:00.000Z',
        kind: 'computation',
        caseId: theCase.id,
        caseRef: ref,
        interviewId: interview.id,
        role: 'applicant',
        summary: `Dochód na osobę ${formatMoney(30000)}; zasiłek stały: przysługuje ${formatMoney(76990)}; zasiłek okresowy: 523,00–${formatMoney(104600)}`,
      },
      { date: '2025-03-05', kind: 'interview', caseId: theCase.id, caseRef: ref, interviewId: interview.id, role: 'applicant', summary: 'Wywiad środowiskowy (2 osoby)' },
      {
        date: '2025-03-03',
        kind: 'case',
        caseId: theCase.id,
        caseRef: ref,
        interviewId: null,
        role: 'applicant',
        summary: 'Wniosek: zasiłek stały, zasiłek okresowy — Rozstrzygnięta',
      },
    ]);
  });

  it('shows another member of the household the interview and computation, as a member, and not the case itself', async () => {
    const { anna, theCase, interview } = await householdWithCase();
    const { items } = await t.api.call('persons.history', { id: anna.id });
    expect(items.map(({ kind, role, caseRef, interviewId }) => ({ kind, role, caseRef, interviewId }))).toEqual([
      { kind: 'computation', role: 'member', caseRef: theCase.caseRef, interviewId: interview.id },
      { kind: 'interview', role: 'member', caseRef: theCase.caseRef, interviewId: interview.id },
    ]);
  });

  it('keeps an interview that was later updated, and marks the update', async () => {
    const { jan, theCase, interview } = await householdWithCase();
    await t.moveClockTo('2025-03-11T09:00:00Z');
    const update = await t.api.call('interviews.save', {
      caseId: theCase.id,
      supersedesId: interview.id,
      interview: {
        interviewDate: '2025-03-11',
        workerUserId: workerId,
        livesAlone: true,
        incomeMonth: '2025-02',
        members: [{ personId: jan.id, relation: 'head' }],
        incomes: [{ personId: jan.id, kind: 'retirementPension', gross: 60000 }],
        alimonyPaid: [],
        farms: [],
        findings: 'Żona wyprowadziła się do córki.',
      },
    });
    const { items } = await t.api.call('persons.history', { id: jan.id });
    expect(items.filter((item) => item.kind !== 'case').map(({ kind, interviewId, summary }) => ({ kind, interviewId, summary }))).toEqual([
      {
        kind: 'computation',
        interviewId: update.id,
        summary: `Dochód osoby samotnie gospodarującej ${formatMoney(60000)}; zasiłek stały: przysługuje ${formatMoney(71300)}; zasiłek okresowy: 205,00–${formatMoney(41000)}`,
      },
      { kind: 'interview', interviewId: update.id, summary: 'Aktualizacja wywiadu środowiskowego (1 osoba)' },
      { kind: 'computation', interviewId: interview.id, summary: expect.stringMatching(/^Dochód na osobę/) },
      { kind: 'interview', interviewId: interview.id, summary: 'Wywiad środowiskowy (2 osoby)' },
    ]);
  });

  it('lists a closed case with the reason', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    const theCase = await t.api.call('cases.create', {
      applicantPersonId: jan.id,
      applicationDate: '2025-03-03',
      benefits: ['purposeAllowance'],
      reasons: ['poverty'],
      workerUserId: workerId,
    });
    await t.api.call('cases.close', { id: theCase.id, version: theCase.version, closedOn: '2025-03-07', reason: 'Wycofanie wniosku przez stronę' });
    const { items } = await t.api.call('persons.history', { id: jan.id });
    expect(items.map(({ date, kind, summary }) => ({ date, kind, summary }))).toEqual([
      { date: '2025-03-07', kind: 'closed', summary: 'Sprawa zakończona: Wycofanie wniosku przez stronę' },
      { date: '2025-03-03', kind: 'case', summary: 'Wniosek: zasiłek celowy — Zakończona' },
    ]);
  });

  it('is empty for a person with no case and no interview', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    expect(await t.api.call('persons.history', { id: jan.id })).toEqual({ items: [] });
  });

  it('answers NOT_FOUND for a person who is not in the register', async () => {
    expectError(await t.invoke('persons.history', { id: 9999 }), 'NOT_FOUND');
  });

  it('reading the history is recorded in the audit log for that person', async () => {
    const jan = await t.api.call('persons.create', personWithPesel('Jan', 'Kowalski', PESEL.jan1944M));
    await t.api.call('persons.history', { id: jan.id });
    const { entries } = await t.api.call('audit.list', { personId: jan.id, kind: 'person.view' });
    expect(entries.map((entry) => [entry.userName, entry.summary])).toEqual([
      [expect.any(String), 'Wyświetlono historię osoby (sprawy, wywiady, wyliczenia): Jan Kowalski'],
    ]);
  });
});
