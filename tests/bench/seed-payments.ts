import { addMonthsToMonth, endOfMonth, monthOf } from '../../shared/domain/calendar';
import { defaultClassifications } from '../../shared/domain/payment-settings';
import { monthlySchedule, type ScheduleDecision } from '../../shared/domain/payment-schedule';
import type Database from 'better-sqlite3-multiple-ciphers';
import { rng } from './seed';

/**
 * Ten years of money decisions on the bench's cases, written straight into the tables (signing 30,000 decisions
 * through the router would take hours): every case has had grants of zasiłek stały or okresowy and zasiłki celowe
 * over the years, some refusals, some changes of amount; each open case has a monthly benefit running in the bench
 * month. Every past month is on an approved list (paid), so the bench month's run gathers the month itself, not
 * ten years of arrears — as in an office that pays every month.
 */

export interface PaymentSeedOptions {
  /** The bench month ('YYYY-MM'): the grants of open cases run through it, earlier months are paid. */
  month: string;
  years: number;
  preparedByUserId: number;
  approvedByUserId: number;
  seed?: number;
}

export interface SeededPayments {
  decisions: number;
  grants: number;
  runningInMonth: number;
  paidLines: number;
  paidLists: number;
}

/** Valid NRBs (the sort code's check digit with weights 3 9 7 1 3 9 7, then mod 97), of a few local banks. */
function nrb(bank: string, account: string): string {
  const sum = [...bank].reduce((total, digit, index) => total + Number(digit) * [3, 9, 7, 1, 3, 9, 7][index]!, 0);
  const bban = `${bank}${(10 - (sum % 10)) % 10}${account}`;
  return `${String(98 - Number(BigInt(`${bban}252100`) % 97n)).padStart(2, '0')}${bban}`;
}
const BANKS = ['1090101', '1020532', '8090000', '1240298', '8207000'];

export function seedPaymentHistory(sqlite: Database.Database, options: PaymentSeedOptions): SeededPayments {
  const random = rng(options.seed ?? 4242);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const firstMonth = addMonthsToMonth(options.month, -12 * options.years);
  const cases = sqlite.prepare("SELECT id, status FROM cases ORDER BY id").all() as { id: number; status: string }[];

  const insertDecision = sqlite.prepare(
    `INSERT INTO decisions (case_id, kind, benefit, refers_to_decision_id, status, fields, prepared_by_user_id, submitted_at, register_symbol, register_year, register_number,
       decision_number, issued_on, signed_at, signed_by_user_id, effective_from, effective_until, monthly_amount, delivered_on, created_at, updated_at)
     VALUES (@caseId, @kind, @benefit, @refersTo, 'signed', @fields, @userId, @signedAt, '8311', @year, @number, @decisionNumber, @issuedOn, @signedAt, @userId, @from, @until, @amount, @deliveredOn, @signedAt, @signedAt)`,
  );
  const numbers = new Map<number, number>();
  let decisionCount = 0;
  const grants: { id: number; caseId: number; personId: number; benefit: string; schedule: ScheduleDecision; acts: ScheduleDecision[]; method: 'cash' | 'transfer'; account: string | null; number: string }[] = [];
  const applicant = new Map((sqlite.prepare('SELECT id, applicant_person_id AS personId FROM cases').all() as { id: number; personId: number }[]).map((row) => [row.id, row.personId]));

  /** A decision signed on `issuedOn`, delivered three days later; returns its id and number. */
  function decide(row: { caseId: number; kind: string; benefit: string; refersTo?: number | null; from: string | null; until: string | null; amount: number | null; issuedOn: string; fields: Record<string, unknown> }) {
    const year = Number(row.issuedOn.slice(0, 4));
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    const signedAt = `${row.issuedOn}T09:00:00.000Z`;
    const deliveredOn = `${row.issuedOn.slice(0, 8)}${String(Math.min(28, Number(row.issuedOn.slice(8)) + 3)).padStart(2, '0')}`;
    const decisionNumber = `${number}/8311/${year}`;
    const id = Number(
      insertDecision.run({
        caseId: row.caseId,
        kind: row.kind,
        benefit: row.benefit,
        refersTo: row.refersTo ?? null,
        fields: JSON.stringify({ periodFrom: row.from, periodUntil: row.until, payDay: 10, amount: row.amount, purpose: null, careServices: null, careHome: null, immediateEnforceabilityReason: null, factualReasons: 'Ustalenia wywiadu środowiskowego.', omitReasons: false, ...row.fields }),
        userId: options.preparedByUserId,
        signedAt,
        year,
        number,
        decisionNumber,
        issuedOn: row.issuedOn,
        from: row.from,
        until: row.until,
        amount: row.amount,
        deliveredOn,
      }).lastInsertRowid,
    );
    decisionCount += 1;
    return { id, decisionNumber, executableFrom: deliveredOn };
  }

  sqlite.transaction(() => {
    for (const { id: caseId, status } of cases) {
      const open = status !== 'closed';
      const method = random() < 0.55 ? 'transfer' : 'cash';
      const account = method === 'transfer' ? nrb(BANKS[caseId % BANKS.length]!, String(caseId * 7_919 + 1_000_003).padStart(16, '0')) : null;
      const payment = { paymentMethod: method, bankAccount: account };
      // Earlier benefits: a few stretches of months over the years, the last ones ending before the bench month.
      let cursor = addMonthsToMonth(firstMonth, between(0, 36));
      const stretches = between(1, 4);
      for (let index = 0; index < stretches && cursor < addMonthsToMonth(options.month, -14); index += 1) {
        const benefit = random() < 0.3 ? 'permanentAllowance' : 'periodicAllowance';
        const from = `${cursor}-${String(between(1, 28)).padStart(2, '0')}`;
        const until = endOfMonth(`${addMonthsToMonth(cursor, between(2, 11))}-01`);
        if (random() < 0.12) {
          decide({ caseId, kind: 'refusal', benefit, from: null, until: null, amount: null, issuedOn: from, fields: {} });
        } else {
          const amount = between(200, 1229) * 100;
          const grant = decide({ caseId, kind: 'grant', benefit, from, until, amount, issuedOn: from, fields: payment });
          const acts: ScheduleDecision[] = [];
          if (random() < 0.25) {
            // A change of amount from a later month (new income): acts from its first day on.
            const changeFrom = `${addMonthsToMonth(monthOf(from), 1)}-01`;
            if (changeFrom <= until) {
              const changed = Math.max(2_000, amount - between(50, 150) * 100);
              const change = decide({ caseId, kind: 'change', benefit, refersTo: grant.id, from: changeFrom, until: null, amount: changed, issuedOn: changeFrom, fields: payment });
              acts.push({ id: change.id, kind: 'change', effectiveFrom: changeFrom, effectiveUntil: null, monthlyAmount: changed, executableFrom: change.executableFrom });
            }
          }
          grants.push({ id: grant.id, caseId, personId: applicant.get(caseId)!, benefit, schedule: { id: grant.id, kind: 'grant', effectiveFrom: from, effectiveUntil: until, monthlyAmount: amount, executableFrom: grant.executableFrom }, acts, method, account, number: grant.decisionNumber });
        }
        // Zasiłki celowe now and then (paid once, in the month granted).
        if (random() < 0.5) decide({ caseId, kind: 'grant', benefit: 'purposeAllowance', from: `${cursor}-15`, until: null, amount: between(100, 800) * 100, issuedOn: `${cursor}-12`, fields: { ...payment, purpose: 'zakup opału' } });
        cursor = addMonthsToMonth(until.slice(0, 7), between(2, 20));
      }
      if (open) {
        // The benefit running in the bench month: granted last year, until the end of the year after.
        const benefit = random() < 0.4 ? 'permanentAllowance' : 'periodicAllowance';
        const from = `${addMonthsToMonth(options.month, -between(1, 10))}-${String(between(1, 28)).padStart(2, '0')}`;
        const until = `${Number(options.month.slice(0, 4)) + 1}-12-31`;
        const amount = between(200, 1229) * 100;
        const grant = decide({ caseId, kind: 'grant', benefit, from, until, amount, issuedOn: from, fields: payment });
        grants.push({ id: grant.id, caseId, personId: applicant.get(caseId)!, benefit, schedule: { id: grant.id, kind: 'grant', effectiveFrom: from, effectiveUntil: until, monthlyAmount: amount, executableFrom: grant.executableFrom }, acts: [], method, account, number: grant.decisionNumber });
      }
    }
  })();

  // Every month before the bench month paid on an approved list (one per month and method).
  const persons = new Map((sqlite.prepare('SELECT id, first_name AS f, last_name AS l, locality, street, house_number AS h, postal_code AS pc, post_town AS town, pesel FROM persons').all() as { id: number; f: string; l: string; locality: string; street: string | null; h: string; pc: string; town: string; pesel: string }[]).map((row) => [row.id, row]));
  const insertList = sqlite.prepare("INSERT INTO payment_lists (month, method, pay_on, status, line_count, total, prepared_by_user_id, created_at, updated_at) VALUES (?, ?, ?, 'draft', 0, 0, ?, ?, ?)");
  const insertLine = sqlite.prepare(
    `INSERT INTO payment_lines (list_id, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title, outcome, outcome_on, holds_month)
     VALUES (@listId, @grantId, @decisionId, @caseId, @personId, @benefit, @month, @from, @to, @amount, @classification, @name, @address, @identity, @number, @account, @title, 'paid', @payOn, 1)`,
  );
  const approve = sqlite.prepare("UPDATE payment_lists SET status = 'approved', year = ?, number = ?, line_count = ?, total = ?, approved_by_user_id = ?, approved_at = ?, version = 2 WHERE id = ?");
  const byMonth = new Map<string, { grant: (typeof grants)[number]; month: ReturnType<typeof monthlySchedule>[number] }[]>();
  for (const grant of grants) {
    for (const month of monthlySchedule(grant.schedule, grant.acts, addMonthsToMonth(options.month, -1))) {
      const key = `${month.month}:${grant.method}`;
      byMonth.set(key, [...(byMonth.get(key) ?? []), { grant, month }]);
    }
  }
  let paidLines = 0;
  const listNumbers = new Map<number, number>();
  sqlite.transaction(() => {
    for (const key of [...byMonth.keys()].sort()) {
      const [month, method] = key.split(':') as [string, string];
      const payOn = `${month}-10`;
      const at = `${payOn}T08:00:00.000Z`;
      const listId = Number(insertList.run(month, method, payOn, options.preparedByUserId, at, at).lastInsertRowid);
      let total = 0;
      const entries = byMonth.get(key)!;
      for (const { grant, month: due } of entries) {
        const person = persons.get(grant.personId)!;
        insertLine.run({
          listId,
          grantId: grant.id,
          decisionId: due.decisionId,
          caseId: grant.caseId,
          personId: grant.personId,
          benefit: grant.benefit,
          month: due.month,
          from: due.from,
          to: due.to,
          amount: due.amount,
          classification: defaultClassifications[grant.benefit as 'permanentAllowance'],
          name: `${person.f} ${person.l}`,
          address: `${person.street ? `${person.locality}, ul. ${person.street}` : person.locality} ${person.h}, ${person.pc} ${person.town}`,
          identity: `PESEL ${person.pesel}`,
          number: grant.number,
          account: grant.account,
          title: `Zasiłek za ${due.month.slice(5)}.${due.month.slice(0, 4)}, decyzja ${grant.number}`,
          payOn,
        });
        total += due.amount;
      }
      paidLines += entries.length;
      const year = Number(month.slice(0, 4));
      const number = (listNumbers.get(year) ?? 0) + 1;
      listNumbers.set(year, number);
      approve.run(year, number, entries.length, total, options.approvedByUserId, at, listId);
    }
  })();
  const runningInMonth = grants.filter((grant) => grant.schedule.effectiveFrom <= endOfMonth(`${options.month}-01`) && (grant.schedule.effectiveUntil ?? '9999') >= `${options.month}-01`).length;
  return { decisions: decisionCount, grants: grants.length, runningInMonth, paidLines, paidLists: byMonth.size };
}
