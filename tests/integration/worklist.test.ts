import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorklistItem, WorklistKind } from '../../shared/contract/worklist';
import { addDays, isWorkingDay } from '../../shared/domain/calendar';
import { workingDaysLeft } from '../../electron/core/services/worklist';
import { createTestCore, expectError, OFFICE, personWithoutPesel, type TestCore } from './helpers';
import { decideCase } from './fixtures/decisions-support';

let t: TestCore;
let testerId: number;
let people = 0;

beforeEach(async () => {
  t = await createTestCore();
  await t.api.call('settings.updateOffice', OFFICE);
  testerId = (await t.api.call('auth.me', {})).id;
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

/** Moves the clock to that day, 10:00 UTC (midday in Poland); the idle session locks, so the tester unlocks it. */
async function at(date: string) {
  await t.moveClockTo(`${date}T10:00:00.000Z`);
}

/** A new applicant and a case registered for them; the clock must be on or after the application date. */
async function registerCase(applicationDate: string, options: { complex?: boolean; workerUserId?: number; lastName?: string } = {}) {
  people++;
  // Born in 1950: past the retirement age, so a decision may grant her zasiłek stały.
  const person = await t.api.call('persons.create', personWithoutPesel('Anna', options.lastName ?? `Kowalska${people}`, `ABC${100000 + people}`, { birthDate: '1950-04-02' }));
  const registered = await t.api.call('cases.create', {
    applicantPersonId: person.id,
    applicationDate,
    benefits: ['permanentAllowance'],
    reasons: ['poverty'],
    workerUserId: options.workerUserId ?? testerId,
    complex: options.complex ?? false,
  });
  return { caseId: registered.id, caseRef: registered.caseRef, personId: person.id, personName: `Anna ${person.lastName}` };
}

/** Saves an interview (or an update of the newest one) dated today by the test clock. */
async function saveInterview(caseId: number, interviewDate: string) {
  const detail = await t.api.call('cases.get', { id: caseId });
  const incomeMonth = addDays(`${detail.applicationDate.slice(0, 7)}-01`, -1).slice(0, 7);
  return t.api.call('interviews.save', {
    caseId,
    supersedesId: detail.currentInterview?.id ?? null,
    interview: {
      interviewDate,
      workerUserId: detail.worker.id,
      livesAlone: true,
      incomeMonth,
      members: [{ personId: detail.applicant.id, relation: 'head' }],
      incomes: [{ personId: detail.applicant.id, kind: 'retirementPension', gross: 60000 }],
      alimonyPaid: [],
      farms: [],
      findings: 'Osoba samotna, utrzymuje się z emerytury.',
    },
  });
}

/** Signs the decision granting the benefit until `benefitUntil` (the clock must stand on the decision day). */
async function decide(caseId: number, benefitUntil: string | null) {
  return decideCase(t, caseId, benefitUntil);
}

async function closeCase(caseId: number, closedOn: string) {
  const detail = await t.api.call('cases.get', { id: caseId });
  return t.api.call('cases.close', { id: caseId, version: detail.version, closedOn, reason: 'Wniosek wycofany przez stronę' });
}

const worklist = (scope: 'mine' | 'office' = 'mine') => t.api.call('worklist.get', { scope });
const kinds = (items: WorklistItem[]) => items.map((entry) => `${entry.kind} ${entry.dueDate}`);
const find = (items: WorklistItem[], kind: WorklistKind, caseId: number) => items.find((entry) => entry.kind === kind && entry.caseId === caseId);

describe('worklist: what a registered case asks for', () => {
  it('an interview within 14 working days and a decision within a month, with the days left and where the deadline comes from', async () => {
    await at('2025-03-10');
    const jan = await registerCase('2025-03-10');
    const { today, items } = await worklist();
    expect(today).toBe('2025-03-10');
    // 10.03.2025 (Monday) + 14 working days = Friday 28.03; + 1 month = Thursday 10.04 (31 calendar days).
    expect(items).toEqual([
      {
        kind: 'interviewDue',
        caseId: jan.caseId,
        caseRef: jan.caseRef,
        personId: jan.personId,
        personName: jan.personName,
        workerId: testerId,
        workerName: expect.any(String),
        benefits: ['permanentAllowance'],
        dueDate: '2025-03-28',
        late: false,
        daysLeft: 14,
        description: 'Wywiad w ciągu 14 dni roboczych od wpływu wniosku (10.03.2025) — do 28.03.2025',
      },
      expect.objectContaining({
        kind: 'decisionDue',
        caseId: jan.caseId,
        dueDate: '2025-04-10',
        late: false,
        daysLeft: 31,
        description: 'Decyzja w ciągu 1 miesiąca od wpływu wniosku (10.03.2025), art. 35 k.p.a. — do 10.04.2025',
      }),
    ]);
  });

  it('a complex case has two months for the decision, moved off a Saturday', async () => {
    await at('2025-03-10');
    const complex = await registerCase('2025-03-10', { complex: true });
    const decision = find((await worklist()).items, 'decisionDue', complex.caseId);
    // 10.05.2025 is a Saturday → Monday 12.05.
    expect(decision).toMatchObject({ dueDate: '2025-05-12', late: false, daysLeft: 63 });
    expect(decision?.description).toContain('2 miesięcy (sprawa szczególnie skomplikowana)');
  });

  it('follows the case: late interview, interview saved, late decision with the art. 36 notice, decision recorded', async () => {
    await at('2025-03-10');
    const jan = await registerCase('2025-03-10');

    // Monday 31.03: the interview was due on Friday 28.03 — one working day late; the decision has 10 days left.
    await at('2025-03-31');
    let items = (await worklist()).items;
    expect(find(items, 'interviewDue', jan.caseId)).toMatchObject({ late: true, daysLeft: -1 });
    expect(find(items, 'interviewDue', jan.caseId)?.description).toMatch(/Termin minął\.$/);
    expect(find(items, 'decisionDue', jan.caseId)).toMatchObject({ late: false, daysLeft: 10 });
    expect(items[0]?.kind).toBe('interviewDue'); // late first

    await saveInterview(jan.caseId, '2025-03-31');
    items = (await worklist()).items;
    expect(kinds(items)).toEqual(['decisionDue 2025-04-10']);

    // Friday 11.04: the month has passed; the party must be told the new date.
    await at('2025-04-11');
    const late = find((await worklist()).items, 'decisionDue', jan.caseId);
    expect(late).toMatchObject({ late: true, daysLeft: -1 });
    expect(late?.description).toContain('zawiadom stronę o nowym terminie (art. 36 k.p.a.)');

    await decide(jan.caseId, '2025-09-30');
    expect((await worklist()).items).toEqual([]);
  });

  it('a closed case never appears, whatever its deadlines', async () => {
    await at('2025-03-10');
    const jan = await registerCase('2025-03-10');
    await at('2025-04-30');
    expect(kinds((await worklist()).items)).toEqual(['interviewDue 2025-03-28', 'decisionDue 2025-04-10']);
    await closeCase(jan.caseId, '2025-04-30');
    expect((await worklist('office')).items).toEqual([]);
  });
});

describe('worklist: a running benefit', () => {
  /** A case decided on 11.04.2025 after an interview on 31.03.2025. */
  async function decidedCase(benefitUntil: string | null) {
    await at('2025-03-10');
    const jan = await registerCase('2025-03-10');
    await at('2025-03-31');
    await saveInterview(jan.caseId, '2025-03-31');
    await at('2025-04-11');
    await decide(jan.caseId, benefitUntil);
    return jan;
  }

  it('the interview update (6 months) and the end of the benefit show 30 days ahead, and go when the benefit has ended', async () => {
    const jan = await decidedCase('2025-09-30');
    // 31.03.2025 + 6 months = Tuesday 30.09.2025; the benefit ends the same day.
    await at('2025-08-30');
    expect((await worklist()).items).toEqual([]);

    await at('2025-08-31');
    const items = (await worklist()).items;
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'interviewUpdate',
        caseId: jan.caseId,
        dueDate: '2025-09-30',
        late: false,
        daysLeft: 30,
        description: 'Aktualizacja wywiadu co najmniej co 6 miesięcy, gdy świadczenie trwa (ostatni wywiad 31.03.2025) — do 30.09.2025',
      }),
      expect.objectContaining({ kind: 'benefitEnding', caseId: jan.caseId, dueDate: '2025-09-30', late: false, daysLeft: 30 }),
    ]);
    expect(find(items, 'benefitEnding', jan.caseId)?.description).toBe(
      'Świadczenie przyznane decyzją z 11.04.2025 do 30.09.2025 — sprawdź, czy strona potrzebuje dalszej pomocy (nowy wniosek, wywiad).',
    );

    await at('2025-09-30');
    expect(kinds((await worklist()).items)).toEqual(['interviewUpdate 2025-09-30', 'benefitEnding 2025-09-30']);
    await at('2025-10-01');
    expect((await worklist()).items).toEqual([]);
  });

  it('a late update is flagged until a new interview is saved; the update is then due 6 months after it', async () => {
    const jan = await decidedCase('2025-12-31');
    await at('2025-10-06');
    // Due Tuesday 30.09.2025; Monday 06.10 is 6 calendar days later.
    expect((await worklist()).items).toEqual([expect.objectContaining({ kind: 'interviewUpdate', caseId: jan.caseId, late: true, daysLeft: -6 })]);

    await saveInterview(jan.caseId, '2025-10-06');
    // Next update 06.04.2026 (Easter Monday → 07.04), after the benefit ends: nothing until December.
    expect((await worklist()).items).toEqual([]);
    await at('2025-12-01');
    expect(kinds((await worklist()).items)).toEqual(['benefitEnding 2025-12-31']);
  });

  it('no update is asked for when the benefit ends before it would be due', async () => {
    await decidedCase('2025-09-15');
    await at('2025-08-31');
    expect(kinds((await worklist()).items)).toEqual(['benefitEnding 2025-09-15']);
  });

  it('a one-off benefit with no end date leaves nothing to do', async () => {
    await decidedCase(null);
    await at('2025-09-30');
    expect((await worklist()).items).toEqual([]);
  });

  it('closing the case removes the update and the ending benefit', async () => {
    const jan = await decidedCase('2025-09-30');
    await at('2025-09-10');
    expect((await worklist()).items).toHaveLength(2);
    await closeCase(jan.caseId, '2025-09-10');
    expect((await worklist()).items).toEqual([]);
  });
});

describe('worklist: mine and the whole office', () => {
  it("each worker sees their own cases; the office view shows everyone's with the worker's name", async () => {
    await at('2025-03-10');
    const otherToken = await t.loginAs(['socialWorker'], 'ewa');
    const other = await t.invokeWith(otherToken, 'auth.me', {});
    if (!other.ok) throw new Error('auth.me failed');
    const otherId = (other.value as { id: number }).id;

    const mine = await registerCase('2025-03-10');
    const theirs = await registerCase('2025-03-07', { workerUserId: otherId });

    expect(new Set((await worklist('mine')).items.map((entry) => entry.caseId))).toEqual(new Set([mine.caseId]));
    const office = (await worklist('office')).items;
    expect(new Set(office.map((entry) => entry.caseId))).toEqual(new Set([mine.caseId, theirs.caseId]));
    expect(find(office, 'interviewDue', theirs.caseId)).toMatchObject({ workerId: otherId, workerName: 'Test socialWorker' });
    // Sorted by due date: 07.03 + 14 working days = 27.03, before 28.03.
    expect(kinds(office)).toEqual(['interviewDue 2025-03-27', 'interviewDue 2025-03-28', 'decisionDue 2025-04-07', 'decisionDue 2025-04-10']);

    const theirView = await t.invokeWith(otherToken, 'worklist.get', { scope: 'mine' });
    if (!theirView.ok) throw new Error(theirView.error.message);
    const theirItems = (theirView.value as { items: WorklistItem[] }).items;
    expect(theirItems.map((entry) => entry.caseId)).toEqual([theirs.caseId, theirs.caseId]);
  });

  it('an accountant has no worklist', async () => {
    const token = await t.loginAs(['accountant']);
    expectError(await t.invokeWith(token, 'worklist.get', { scope: 'office' }), 'FORBIDDEN');
    expectError(await t.invokeWith(token, 'worklist.get', { scope: 'mine' }), 'FORBIDDEN');
  });
});

describe('worklist: deadlines around holidays', () => {
  it('Easter Monday and 1 May: the interview counted in working days, late after the weekend of 3 May', async () => {
    await at('2025-04-10');
    const jan = await registerCase('2025-04-10');
    // 10.04.2025 + 14 working days, skipping Easter Monday 21.04 and 1 May → Friday 02.05; decision 10.05 (Sat) → 12.05.
    const items = (await worklist()).items;
    expect(find(items, 'interviewDue', jan.caseId)).toMatchObject({ dueDate: '2025-05-02', daysLeft: 14 });
    expect(find(items, 'decisionDue', jan.caseId)).toMatchObject({ dueDate: '2025-05-12', daysLeft: 32 });

    // Wednesday 30.04: only Friday 02.05 is left (1 May is a holiday).
    await at('2025-04-30');
    expect(find((await worklist()).items, 'interviewDue', jan.caseId)).toMatchObject({ late: false, daysLeft: 1 });
    await at('2025-05-02');
    expect(find((await worklist()).items, 'interviewDue', jan.caseId)).toMatchObject({ late: false, daysLeft: 0 });

    // 22:30 UTC on 2 May is already Saturday 3 May in Poland: late, though no working day has passed yet.
    await t.moveClockTo('2025-05-02T22:30:00.000Z');
    const saturday = await worklist();
    expect(saturday.today).toBe('2025-05-03');
    expect(find(saturday.items, 'interviewDue', jan.caseId)).toMatchObject({ late: true, daysLeft: -1 });
    await at('2025-05-06');
    expect(find((await worklist()).items, 'interviewDue', jan.caseId)).toMatchObject({ late: true, daysLeft: -2 });
  });

  it('Christmas 2025 (24 December is a holiday from 2025) and New Year', async () => {
    await at('2025-12-10');
    const jan = await registerCase('2025-12-10');
    const items = (await worklist()).items;
    // 10.12.2025 + 14 working days skipping 24–26.12 and 1.01 → Monday 05.01.2026; + 1 month = Saturday 10.01 → 12.01.
    expect(find(items, 'interviewDue', jan.caseId)).toMatchObject({ dueDate: '2026-01-05', daysLeft: 14 });
    expect(find(items, 'decisionDue', jan.caseId)).toMatchObject({ dueDate: '2026-01-12' });
  });
});

describe('working days left', () => {
  /** The plain count, one day at a time, to check the count by weeks against. */
  function countByDays(today: string, due: string): number {
    let count = 0;
    if (due >= today) {
      for (let day = addDays(today, 1); day <= due; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      return count;
    }
    for (let day = addDays(due, 1); day <= today; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
    return -Math.max(1, count);
  }

  it('agrees with counting day by day across two years of holidays', () => {
    const dues = ['2024-12-23', '2025-01-02', '2025-04-22', '2025-05-02', '2025-06-20', '2025-12-29', '2026-01-07'];
    for (let today = '2024-12-01'; today <= '2026-01-31'; today = addDays(today, 3)) {
      for (const due of dues) expect(workingDaysLeft(today, due), `${today} → ${due}`).toBe(countByDays(today, due));
    }
  });
});

describe('worklist: a large register', () => {
  it('finds, among thousands of cases, every due item and none of the rest (the speed is in npm run bench)', async () => {
    await at('2025-03-10');
    const jan = await registerCase('2025-03-10');
    const sqlite = t.core.database.sqlite;
    const now = '2025-03-10T10:00:00.000Z';
    const insertCase = sqlite.prepare(
      `INSERT INTO cases (case_ref, ref_symbol, ref_year, ref_number, applicant_person_id, application_date, benefits, reasons,
        worker_user_id, status, decided_on, benefit_until, created_by_user_id, created_at, updated_at)
       VALUES (?, '8311', 2024, ?, ?, ?, '["permanentAllowance"]', '["poverty"]', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertInterview = sqlite.prepare(
      `INSERT INTO interviews (case_id, interview_date, worker_user_id, lives_alone, income_month, findings, computation, created_by_user_id, created_at)
       VALUES (?, ?, ?, 1, '2024-01', '', '{}', ?, ?)`,
    );
    // 3 000 cases: every 100th still waits for an interview, every 100th (+1) has a benefit ending within
    // 30 days, every 100th (+2) an interview from 01.09.2024 (update due 03.03.2025: late); the rest are closed
    // or decided with a long benefit and a recent interview.
    const expected = { interviewDue: 0, decisionDue: 0, interviewUpdate: 0, benefitEnding: 0, certificateExpiring: 0 };
    sqlite.transaction(() => {
      for (let n = 1; n <= 3_000; n++) {
        const kind = n % 100;
        const registered = kind === 0;
        const status = registered ? 'registered' : kind % 3 === 0 ? 'closed' : 'decided';
        const benefitUntil = status === 'decided' ? (kind === 1 ? '2025-03-31' : '2025-12-31') : null;
        const id = insertCase.run(`GOPS.8311.${n}.2024`, n, jan.personId, '2025-03-03', testerId, status, status === 'decided' ? '2025-02-01' : null, benefitUntil, testerId, now, now)
          .lastInsertRowid;
        if (!registered) {
          insertInterview.run(id, '2024-09-01', testerId, testerId, now);
          if (kind !== 2) insertInterview.run(id, '2025-02-01', testerId, testerId, now);
        }
        if (registered) {
          expected.interviewDue++;
          expected.decisionDue++;
        }
        if (status === 'decided' && kind === 1) expected.benefitEnding++;
        if (status === 'decided' && kind === 2) expected.interviewUpdate++;
      }
    })();

    const { items } = await worklist('office');

    const counted = { interviewDue: 0, decisionDue: 0, interviewUpdate: 0, benefitEnding: 0, certificateExpiring: 0 };
    for (const entry of items) if (entry.caseId !== jan.caseId) counted[entry.kind]++;
    expect(counted).toEqual(expected);
    expect(expected).toEqual({ interviewDue: 30, decisionDue: 30, interviewUpdate: 30, benefitEnding: 30, certificateExpiring: 0 });
    expect(items.slice(0, 30).every((entry) => entry.kind === 'interviewUpdate' && entry.late)).toBe(true);
  });
});
