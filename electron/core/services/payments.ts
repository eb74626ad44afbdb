import { and, eq, inArray } from 'drizzle-orm';
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { LineOutcome, PaymentLineOut, PaymentListOut, PaymentListSummary, PaymentSettings } from '../../../shared/contract/payments';
import { paymentSettingsInput } from '../../../shared/contract/payments';
import { formatAddress } from '../../../shared/domain/address';
import { addMonthsToMonth, endOfMonth, formatDatePl, formatMonthPl, monthOf } from '../../../shared/domain/calendar';
import { benefitKinds, type BenefitKind } from '../../../shared/domain/cases';
import type { PaymentMethod } from '../../../shared/domain/decisions';
import { formatMoney } from '../../../shared/domain/money';
import { defaultClassifications, type BankFileVariant, type BudgetClassification } from '../../../shared/domain/payment-settings';
import { plural } from '../../../shared/domain/plural';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  eventsOfLines,
  getList,
  linesOfGrants,
  linesOfList,
  linesOfPerson,
  listsOfYear,
  monthsTaken,
  nextListNumber,
  openDraft,
  readPaymentSettings,
  writePaymentSettings,
  type PaymentLineRow,
  type PaymentListRow,
} from '../../../db/repositories/payments';
import { cases, paymentLineEvents, paymentLines, paymentLists, persons } from '../../../db/schema';
import { getUserById } from '../../../db/repositories/users';
import { getDecisionRow } from '../../../db/repositories/decisions';
import { decisionsByIds, signedGrants } from '../../../db/repositories/payments';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import type { PdfFonts } from '../documents/fonts';
import { elixirFile } from '../payments/elixir';
import { healthContributionsPdf, monthSummaryPdf, paymentListPdf } from '../payments/list-pdf';
import { firstMonthOfRun, grantIdOf, MONEY_BENEFITS, plansForMonths, plansOf, type BenefitPlan } from '../payments/plans';
import { effectiveRoles, todayInPoland } from '../roles';
import { fullName } from './persons';

const CONFLICT_MESSAGE = 'Ktoś inny zmienił tę listę w międzyczasie. Odśwież ją i spróbuj jeszcze raz.';
const BUSY_MESSAGE = 'Baza danych jest zajęta zapisem z innego stanowiska. Spróbuj jeszcze raz za chwilę.';

/**
 * Runs, approvals and marks take the write lock before they read (BEGIN IMMEDIATE). With the default deferred
 * transaction two programs approving at the same moment both read, and the one that writes second fails with
 * "database is locked" (its snapshot is stale, so SQLite does not wait); taking the lock first makes it wait
 * (busy_timeout), read what the first one wrote, and be refused by payment_lines_month_held_once with a message.
 */
const WRITE_AT_ONCE = { behavior: 'immediate' } as const;
/** One collator for the whole sort: localeCompare(…, 'pl') builds one per comparison (seconds for 2,000 lines). */
const polishOrder = new Intl.Collator('pl');

export const listTitles: Record<PaymentMethod, string> = {
  cash: 'Lista wypłat w kasie',
  transfer: 'Lista przelewów',
  postalOrder: 'Lista przekazów pocztowych',
};

export function listLabel(list: Pick<PaymentListRow, 'status' | 'number' | 'year' | 'method' | 'month'>): string {
  return list.status === 'approved' ? `${listTitles[list.method]} nr ${list.number}/${list.year}` : `Projekt: ${listTitles[list.method].toLowerCase()} — ${formatMonthPl(list.month)}`;
}

const monthDots = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

function settingsOf(db: Db): PaymentSettings {
  const stored = readPaymentSettings(db) ?? {};
  const parsed = paymentSettingsInput.safeParse(stored);
  const own = (parsed.success ? parsed.data.classifications : (stored.classifications as Record<string, BudgetClassification> | undefined)) ?? {};
  return {
    configured: parsed.success,
    payerName: parsed.success ? parsed.data.payerName : '',
    payerAddress: parsed.success ? parsed.data.payerAddress : '',
    payerAccount: parsed.success ? parsed.data.payerAccount : '',
    bankName: parsed.success ? parsed.data.bankName : '',
    bankFileVariant: parsed.success ? parsed.data.bankFileVariant : 'windows-1250',
    defaultPayDay: parsed.success ? parsed.data.defaultPayDay : 10,
    classifications: { ...defaultClassifications, ...own },
  };
}

/**
 * A change, suspension or revocation acts only on months not yet paid (art. 106 ust. 5 u.p.s., ex nunc): refused
 * when a month from its day on is already on an approved list. Called by the decisions service before signing.
 */
export function refuseActOverPaidMonths(db: Db, actsOnDecisionId: number, fromDay: string): void {
  const grantId = grantIdOf(getDecisionRow(db, actsOnDecisionId), (id) => getDecisionRow(db, id));
  if (grantId === null) return;
  const held = db
    .select({ line: paymentLines, list: paymentLists })
    .from(paymentLines)
    .innerJoin(paymentLists, eq(paymentLists.id, paymentLines.listId))
    .where(and(eq(paymentLines.grantDecisionId, grantId), eq(paymentLines.holdsMonth, 1)))
    .all()
    .filter((row) => row.line.periodTo >= fromDay)
    .sort((a, b) => a.line.month.localeCompare(b.line.month));
  if (held.length === 0) return;
  const last = held.at(-1)!;
  const next = `${endOfMonth(last.line.periodTo) === last.line.periodTo ? nextMonthStart(last.line.month) : last.line.periodTo}`;
  throw new AppError(
    'VALIDATION',
    `Świadczenie za ${held.map((row) => formatMonthPl(row.line.month)).join(', ')} jest już na zatwierdzonej liście (${listLabel(last.list)}). Decyzja działa tylko na miesiące jeszcze niewypłacone: wskaż dzień od ${formatDatePl(next)}.`,
  );
}

function nextMonthStart(month: string): string {
  return `${addMonthsToMonth(month, 1)}-01`;
}

export interface PaymentsServiceOptions {
  fonts: () => PdfFonts;
}

export function createPaymentsService(db: Db, clock: Clock, options: PaymentsServiceOptions) {
  const today = () => todayInPoland(clock);

  function requireList(tx: Db, id: number): PaymentListRow {
    const list = getList(tx, id);
    if (!list || list.status === 'discarded') throw new AppError('NOT_FOUND', 'Nie ma takiej listy wypłat.');
    return list;
  }

  function userName(tx: Db, id: number | null): string | null {
    return id === null ? null : (getUserById(tx, id)?.fullName ?? '—');
  }

  function summaryOf(tx: Db, list: PaymentListRow): PaymentListSummary {
    return {
      id: list.id,
      label: listLabel(list),
      month: list.month,
      method: list.method,
      payOn: list.payOn,
      status: list.status as 'draft' | 'approved',
      lineCount: list.lineCount,
      total: list.total,
      preparedByName: userName(tx, list.preparedByUserId)!,
      approvedByName: userName(tx, list.approvedByUserId),
      approvedAt: list.approvedAt,
      version: list.version,
    };
  }

  function linesOut(tx: Db, rows: PaymentLineRow[]): PaymentLineOut[] {
    const events = eventsOfLines(tx, rows.map((row) => row.id));
    return rows.map((row, index) => ({
      id: row.id,
      lp: index + 1,
      caseId: row.caseId,
      personId: row.personId,
      benefit: row.benefit as BenefitKind,
      month: row.month,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      amount: row.amount,
      classification: row.classification,
      recipientName: row.recipientName,
      recipientAddress: row.recipientAddress,
      recipientId: row.recipientId,
      decisionNumber: row.decisionNumber,
      bankAccount: row.bankAccount,
      title: row.title,
      outcome: row.outcome,
      outcomeOn: row.outcomeOn,
      history: events
        .filter((entry) => entry.event.lineId === row.id)
        .map((entry) => ({ outcome: entry.event.outcome, outcomeOn: entry.event.outcomeOn, note: entry.event.note, userName: entry.userName, at: entry.event.at })),
      version: row.version,
    }));
  }

  function listOut(tx: Db, list: PaymentListRow, problems: PaymentListOut['problems'] = []): PaymentListOut {
    return { ...summaryOf(tx, list), lines: linesOut(tx, linesOfList(tx, list.id)), problems };
  }

  function audit(tx: Db, ctx: RequestContext, kind: 'payment.prepare' | 'payment.approve' | 'payment.discard' | 'payment.print' | 'payment.bankFile' | 'payment.mark' | 'payment.settings', summary: string, details: Record<string, unknown>) {
    recordAudit(tx, ctx, clock, { kind, summary, details });
  }

  /** Who receives the money of each case: the applicant, with the address and identity printed on lists. */
  function recipients(tx: Db, caseIds: number[]) {
    const result = new Map<number, { personId: number; name: string; address: string; identity: string }>();
    for (let start = 0; start < caseIds.length; start += 500) {
      const rows = tx
        .select({ caseId: cases.id, person: persons })
        .from(cases)
        .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
        .where(inArray(cases.id, caseIds.slice(start, start + 500)))
        .all();
      for (const row of rows) {
        result.set(row.caseId, {
          personId: row.person.id,
          name: fullName(row.person),
          address: formatAddress(row.person),
          identity: row.person.pesel ? `PESEL ${row.person.pesel}` : `dok. ${row.person.idDocument}`,
        });
      }
    }
    return result;
  }

  /** The lines a run would pay now: executable months not held by an approved line and not on another draft. */
  function payableLines(tx: Db, plans: BenefitPlan[], method: PaymentMethod, exceptListId: number | null, day: string) {
    const settings = settingsOf(tx);
    // Only the months the plans hold can be taken (a run reaches ARREARS_MONTHS back): not ten years of lines.
    const fromMonth = plans.reduce((first, plan) => (plan.months[0] && plan.months[0].month < first ? plan.months[0].month : first), '9999-12');
    const existing = monthsTaken(tx, plans.map((plan) => plan.grant.id), fromMonth);
    const taken = new Set(existing.filter((line) => line.holdsMonth === 1 || (line.listStatus === 'draft' && line.listId !== exceptListId)).map((line) => `${line.grantDecisionId}:${line.month}`));
    const who = recipients(tx, [...new Set(plans.map((plan) => plan.grant.caseId))]);
    const lines: Omit<typeof paymentLines.$inferInsert, 'listId'>[] = [];
    const problems: PaymentListOut['problems'] = [];
    for (const plan of plans) {
      if ((plan.method ?? 'cash') !== method) continue;
      const person = who.get(plan.grant.caseId)!;
      for (const month of plan.months) {
        if (taken.has(`${plan.grant.id}:${month.month}`)) continue;
        if (!month.executableFrom || month.executableFrom > day) continue;
        if (method === 'transfer' && !plan.bankAccount) {
          problems.push({ caseId: plan.grant.caseId, recipientName: person.name, message: `Decyzja ${plan.grant.decisionNumber} nie podaje numeru rachunku: ${formatMonthPl(month.month)} nie trafi na listę przelewów.` });
          continue;
        }
        const benefit = plan.grant.benefit as BenefitKind;
        const decisionNumber = plan.byId.get(month.decisionId)?.decisionNumber ?? plan.grant.decisionNumber!;
        lines.push({
          grantDecisionId: plan.grant.id,
          decisionId: month.decisionId,
          caseId: plan.grant.caseId,
          personId: person.personId,
          benefit,
          month: month.month,
          periodFrom: month.from,
          periodTo: month.to,
          amount: month.amount,
          classification: settings.classifications[benefit],
          recipientName: person.name,
          recipientAddress: person.address,
          recipientId: person.identity,
          decisionNumber,
          bankAccount: method === 'transfer' ? plan.bankAccount : null,
          title: `${benefitKinds[benefit].label} za ${monthDots(month.month)}, decyzja ${decisionNumber}`,
        });
      }
    }
    lines.sort((a, b) => polishOrder.compare(a.recipientName, b.recipientName) || a.month.localeCompare(b.month));
    return { lines, problems };
  }

  function requireApprover(tx: Db, ctx: RequestContext, list: PaymentListRow) {
    if (list.preparedByUserId === ctx.user!.id) {
      throw new AppError('FORBIDDEN', 'Listę zatwierdza do wypłaty inna osoba niż ta, która ją sporządziła.');
    }
    const approver = getUserById(tx, ctx.user!.id)!;
    if (!effectiveRoles(approver, today()).includes('director')) throw new AppError('FORBIDDEN', 'Do wypłaty zatwierdza kierownik albo upoważniony przez niego zastępca.');
  }

  function fileOut(fileName: string, mimeType: string, bytes: Uint8Array) {
    return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
  }

  return {
    settings(): PaymentSettings {
      return settingsOf(db);
    },

    updateSettings(input: ParsedInput<'payments.updateSettings'>, ctx: RequestContext): PaymentSettings {
      return db.transaction((tx) => {
        if (!writePaymentSettings(tx, input, clock.now().toISOString())) throw new AppError('CONFLICT', 'Najpierw uzupełnij dane urzędu.');
        audit(tx, ctx, 'payment.settings', 'Zmieniono ustawienia wypłat', { bankFileVariant: input.bankFileVariant, defaultPayDay: input.defaultPayDay });
        return settingsOf(tx);
      });
    },

    schedule(input: ParsedInput<'payments.schedule'>): MethodOutput<'payments.schedule'> {
      const day = today();
      const settings = settingsOf(db);
      const grants = signedGrants(db, null, input.caseId, MONEY_BENEFITS);
      // An indefinite benefit is shown up to the month after this one: what the next run will pay.
      const horizon = nextMonthStart(monthOf(day)).slice(0, 7);
      // A benefit with an end is shown to its end.
      const lastMonth = [horizon, ...grants.map((grant) => (grant.effectiveUntil ? monthOf(grant.effectiveUntil) : horizon))].sort().at(-1)!;
      const plans = plansOf(db, grants, lastMonth);
      const lines = linesOfGrants(db, grants.map((grant) => grant.id));
      return plans.map((plan) => ({
        grantDecisionId: plan.grant.id,
        decisionNumber: plan.grant.decisionNumber!,
        benefit: plan.grant.benefit as BenefitKind,
        method: plan.method,
        months: plan.months.map((month) => {
          const own = lines.filter((line) => line.grantDecisionId === plan.grant.id && line.month === month.month);
          const held = own.find((line) => line.holdsMonth === 1);
          const draft = own.find((line) => line.listStatus === 'draft');
          const last = held ?? own.filter((line) => line.listStatus === 'approved').at(-1) ?? draft;
          const state = held
            ? held.outcome === 'paid'
              ? 'paid'
              : 'approved'
            : draft
              ? 'draft'
              : !month.executableFrom || month.executableFrom > day
                ? 'waiting'
                : month.month > monthOf(day)
                  ? 'future'
                  : 'payable';
          return {
            month: month.month,
            from: month.from,
            to: month.to,
            amount: month.amount,
            classification: settings.classifications[plan.grant.benefit as BenefitKind],
            state,
            listId: last?.listId ?? null,
            listLabel: last ? listLabel({ status: last.listStatus as 'approved', number: last.listNumber, year: last.listYear, method: last.listMethod as PaymentMethod, month: last.listMonth }) : null,
            outcome: last?.outcome ?? null,
            outcomeOn: last?.outcomeOn ?? null,
            executableFrom: month.executableFrom,
          };
        }),
      }));
    },

    personHistory(input: ParsedInput<'payments.personHistory'>): MethodOutput<'payments.personHistory'> {
      const rows = linesOfPerson(db, input.personId);
      const out = linesOut(db, rows.map((row) => row.line));
      return out.map((line, index) => {
        const list = rows[index]!.list;
        return { ...line, listId: list.id, listLabel: listLabel(list), payOn: list.payOn };
      });
    },

    lists(input: ParsedInput<'payments.lists'>): PaymentListSummary[] {
      return listsOfYear(db, input.year).map((list) => summaryOf(db, list));
    },

    getList(input: ParsedInput<'payments.getList'>): PaymentListOut {
      return listOut(db, requireList(db, input.id));
    },

    /**
     * The monthly run: everything of the method payable in `month` and left unpaid in the months before it, into
     * the one draft of that month and method (made again when it exists, so it reflects the decisions of today).
     */
    prepare(input: ParsedInput<'payments.prepare'>, ctx: RequestContext): PaymentListOut {
      if (monthOf(input.payOn) < input.month) {
        throw new AppError('VALIDATION', 'Dzień wypłaty nie może być wcześniejszy niż miesiąc listy.', [{ path: ['payOn'], message: 'Dzień wypłaty nie może być wcześniejszy niż miesiąc listy.' }]);
      }
      if (input.payOn < today()) {
        const message = `Dzień wypłaty nie może być wcześniejszy niż dziś (${formatDatePl(today())}).`;
        throw new AppError('VALIDATION', message, [{ path: ['payOn'], message }]);
      }
      return db.transaction((tx) => {
        const day = today();
        const now = clock.now().toISOString();
        const existing = openDraft(tx, input.month, input.method);
        const plans = plansForMonths(tx, firstMonthOfRun(input.month), input.month);
        const { lines, problems } = payableLines(tx, plans, input.method, existing?.id ?? null, day);
        let list: PaymentListRow;
        if (existing) {
          tx.delete(paymentLines).where(eq(paymentLines.listId, existing.id)).run();
          list = existing;
        } else {
          list = tx
            .insert(paymentLists)
            .values({ month: input.month, method: input.method, payOn: input.payOn, status: 'draft', preparedByUserId: ctx.user!.id, createdAt: now, updatedAt: now })
            .returning()
            .get();
        }
        for (let start = 0; start < lines.length; start += 200) {
          tx.insert(paymentLines).values(lines.slice(start, start + 200).map((line) => ({ ...line, listId: list.id }))).run();
        }
        const total = lines.reduce((sum, line) => sum + line.amount, 0);
        list = tx
          .update(paymentLists)
          .set({ payOn: input.payOn, lineCount: lines.length, total, preparedByUserId: ctx.user!.id, version: list.version + 1, updatedAt: now })
          .where(eq(paymentLists.id, list.id))
          .returning()
          .get();
        audit(tx, ctx, 'payment.prepare', `${existing ? 'Odświeżono' : 'Przygotowano'} projekt listy: ${listTitles[input.method].toLowerCase()}, ${formatMonthPl(input.month)} (${plural(lines.length, 'pozycja', 'pozycje', 'pozycji')}, ${formatMoney(total)})`, { listId: list.id, month: input.month, method: input.method, count: lines.length, total });
        return listOut(tx, list, problems);
      }, WRITE_AT_ONCE);
    },

    /**
     * "Zatwierdzono do wypłaty": by a director or the authorised deputy who did not prepare the list. The list is
     * checked against today's decisions, numbered, and its months held; the partial unique index refuses a month
     * already held by another approved list, also when two approvals race.
     */
    approve(input: ParsedInput<'payments.approve'>, ctx: RequestContext): PaymentListOut {
      try {
        return db.transaction((tx) => {
          const list = requireList(tx, input.id);
          if (list.status !== 'draft') throw new AppError('CONFLICT', 'Ta lista jest już zatwierdzona.');
          if (list.version !== input.version) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
          requireApprover(tx, ctx, list);
          const rows = linesOfList(tx, list.id);
          if (rows.length === 0) throw new AppError('VALIDATION', 'Lista jest pusta: nie ma czego zatwierdzać.');
          const onList = new Set(rows.map((row) => row.grantDecisionId));
          // Only the list's own grants are read; one no longer signed has no plan, so its lines show as stale.
          const grants = decisionsByIds(tx, [...onList]).filter((grant) => grant.kind === 'grant' && grant.status === 'signed');
          const plans = new Map(plansOf(tx, grants, list.month).map((plan) => [plan.grant.id, plan]));
          // todayInPoland formats a date with Intl: once, not once per line (a second for 2,000 lines).
          const day = today();
          const stale = rows.filter((row) => {
            const month = plans.get(row.grantDecisionId)?.months.find((entry) => entry.month === row.month);
            return !month || month.amount !== row.amount || !month.executableFrom || month.executableFrom > day;
          });
          if (stale.length > 0) {
            throw new AppError('CONFLICT', `Lista jest nieaktualna — decyzje zmieniły się od jej przygotowania (${stale.slice(0, 5).map((row) => `${row.recipientName}, ${formatMonthPl(row.month)}`).join('; ')}${stale.length > 5 ? '…' : ''}). Przygotuj ją ponownie.`);
          }
          const year = Number(list.month.slice(0, 4));
          const number = nextListNumber(tx, year);
          tx.update(paymentLines).set({ holdsMonth: 1 }).where(eq(paymentLines.listId, list.id)).run();
          const approved = tx
            .update(paymentLists)
            .set({ status: 'approved', year, number, approvedByUserId: ctx.user!.id, approvedAt: clock.now().toISOString(), version: list.version + 1, updatedAt: clock.now().toISOString() })
            .where(and(eq(paymentLists.id, list.id), eq(paymentLists.version, list.version), eq(paymentLists.status, 'draft')))
            .returning()
            .get();
          if (!approved) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
          audit(tx, ctx, 'payment.approve', `Zatwierdzono do wypłaty: ${listLabel(approved)} (${plural(rows.length, 'pozycja', 'pozycje', 'pozycji')}, ${formatMoney(approved.total)})`, { listId: approved.id, count: rows.length, total: approved.total });
          return listOut(tx, approved);
        }, WRITE_AT_ONCE);
      } catch (error) {
        if (isHeldTwice(error)) {
          throw new AppError('CONFLICT', 'Część świadczeń z tej listy jest już na innej zatwierdzonej liście (zatwierdzonej przed chwilą). Przygotuj listę ponownie.');
        }
        if (isBusy(error)) throw new AppError('CONFLICT', BUSY_MESSAGE);
        throw error;
      }
    },

    discard(input: ParsedInput<'payments.discard'>, ctx: RequestContext): { discarded: true } {
      return db.transaction((tx) => {
        const list = requireList(tx, input.id);
        if (list.status !== 'draft') throw new AppError('CONFLICT', 'Zatwierdzonej listy nie można odrzucić.');
        if (list.version !== input.version) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
        tx.delete(paymentLists).where(eq(paymentLists.id, list.id)).run();
        audit(tx, ctx, 'payment.discard', `Odrzucono ${listLabel(list).toLowerCase()}`, { listId: list.id });
        return { discarded: true as const };
      });
    },

    async listPdf(input: ParsedInput<'payments.listPdf'>, ctx: RequestContext) {
      const list = requireList(db, input.id);
      const rows = linesOfList(db, list.id);
      const bytes = await paymentListPdf(
        { list, label: listLabel(list), preparedByName: userName(db, list.preparedByUserId)!, approvedByName: userName(db, list.approvedByUserId), rows, settings: settingsOf(db), printedAt: clock.now().toISOString() },
        options.fonts(),
      );
      db.transaction((tx) => audit(tx, ctx, 'payment.print', `Wydruk: ${listLabel(list)}`, { listId: list.id }));
      return fileOut(`${list.status === 'approved' ? `lista-${list.number}-${list.year}` : `projekt-listy-${list.month}`}-${list.method}.pdf`, 'application/pdf', bytes);
    },

    bankFile(input: ParsedInput<'payments.bankFile'>, ctx: RequestContext) {
      const list = requireList(db, input.id);
      if (list.method !== 'transfer') throw new AppError('VALIDATION', 'Plik dla banku powstaje z listy przelewów.');
      if (list.status !== 'approved') throw new AppError('VALIDATION', 'Plik dla banku powstaje z listy zatwierdzonej do wypłaty.');
      const settings = settingsOf(db);
      if (!settings.configured) throw new AppError('VALIDATION', 'Uzupełnij ustawienia wypłat (rachunek i nazwa ośrodka), zanim powstanie plik dla banku.');
      const rows = linesOfList(db, list.id);
      // A bank refuses an execution date in the past: a file made after the pay day is executed today.
      const executionDate = list.payOn < today() ? today() : list.payOn;
      const file = elixirFile(
        { name: settings.payerName, address: settings.payerAddress, account: settings.payerAccount },
        executionDate,
        rows.map((row) => ({ recipientName: row.recipientName, recipientAddress: row.recipientAddress, account: row.bankAccount, amount: row.amount, title: row.title, reference: `L${list.number}-${list.year}-${row.id}` })),
        settings.bankFileVariant as BankFileVariant,
      );
      db.transaction((tx) => audit(tx, ctx, 'payment.bankFile', `Plik dla banku (Elixir-O, ${file.variantLabel}): ${listLabel(list)}`, { listId: list.id, count: file.count, total: file.total, variant: file.variant }));
      return {
        ...fileOut(`przelewy-${list.number}-${list.year}-elixir-${file.variant}.txt`, 'text/plain', file.bytes),
        count: file.count,
        total: file.total,
        variant: `Elixir-O, ${file.variantLabel}, data realizacji ${formatDatePl(executionDate)}`,
      };
    },

    async monthSummaryPdf(input: ParsedInput<'payments.monthSummaryPdf'>, ctx: RequestContext) {
      const bytes = await monthSummaryPdf({ month: input.month, db, printedAt: clock.now().toISOString() }, options.fonts());
      db.transaction((tx) => audit(tx, ctx, 'payment.print', `Zestawienie wypłat: ${formatMonthPl(input.month)}`, { month: input.month }));
      return fileOut(`zestawienie-wyplat-${input.month}.pdf`, 'application/pdf', bytes);
    },

    async healthContributionsPdf(input: ParsedInput<'payments.healthContributionsPdf'>, ctx: RequestContext) {
      const bytes = await healthContributionsPdf({ month: input.month, db, printedAt: clock.now().toISOString() }, options.fonts());
      db.transaction((tx) => audit(tx, ctx, 'payment.print', `Składki zdrowotne: ${formatMonthPl(input.month)}`, { month: input.month }));
      return fileOut(`skladki-zdrowotne-${input.month}.pdf`, 'application/pdf', bytes);
    },

    /**
     * After payment: a line is paid, not collected at the cash desk, or returned by the bank. What was not paid no
     * longer holds its month, so the next run takes it again; every mark (and its correction) stays in the history.
     */
    mark(input: ParsedInput<'payments.mark'>, ctx: RequestContext): PaymentListOut {
      try {
        return db.transaction((tx) => {
          const list = requireList(tx, input.listId);
          if (list.status !== 'approved') throw new AppError('VALIDATION', 'Wynik wypłaty zapisuje się na liście zatwierdzonej do wypłaty.');
          const outcome: LineOutcome = input.outcome;
          if (outcome === 'returned' && list.method !== 'transfer') throw new AppError('VALIDATION', 'Zwrot przez bank dotyczy przelewów.');
          if (outcome === 'notCollected' && list.method === 'transfer') throw new AppError('VALIDATION', '„Nie podjęto” dotyczy wypłat w kasie i przekazów.');
          if (input.outcomeOn > today()) throw new AppError('VALIDATION', 'Data wyniku wypłaty nie może być z przyszłości.', [{ path: ['outcomeOn'], message: 'Data nie może być z przyszłości.' }]);
          const approvedOn = list.approvedAt!.slice(0, 10);
          if (input.outcomeOn < approvedOn) throw new AppError('VALIDATION', `Wypłata nie mogła nastąpić przed zatwierdzeniem listy (${formatDatePl(approvedOn)}).`, [{ path: ['outcomeOn'], message: 'Data przed zatwierdzeniem listy.' }]);
          const rows = tx.select().from(paymentLines).where(and(eq(paymentLines.listId, list.id), inArray(paymentLines.id, input.lineIds))).all();
          if (rows.length !== new Set(input.lineIds).size) throw new AppError('VALIDATION', 'Niektóre zaznaczone pozycje nie należą do tej listy.');
          const at = clock.now().toISOString();
          for (const row of rows) {
            tx.update(paymentLines)
              .set({ outcome, outcomeOn: input.outcomeOn, holdsMonth: outcome === 'paid' ? 1 : 0, version: row.version + 1 })
              .where(eq(paymentLines.id, row.id))
              .run();
            tx.insert(paymentLineEvents).values({ lineId: row.id, outcome, outcomeOn: input.outcomeOn, note: input.note, userId: ctx.user!.id, at }).run();
          }
          const labels: Record<LineOutcome, string> = { paid: 'wypłacono', notCollected: 'nie podjęto', returned: 'zwrócono przez bank' };
          audit(tx, ctx, 'payment.mark', `${listLabel(list)}: ${labels[outcome]} — ${plural(rows.length, 'pozycja', 'pozycje', 'pozycji')}`, {
            listId: list.id,
            lineIds: rows.map((row) => row.id),
            outcome,
            outcomeOn: input.outcomeOn,
            before: rows.map((row) => ({ id: row.id, outcome: row.outcome, outcomeOn: row.outcomeOn })),
          });
          return listOut(tx, list);
        }, WRITE_AT_ONCE);
      } catch (error) {
        if (isHeldTwice(error)) throw new AppError('CONFLICT', 'To świadczenie trafiło już na inną zatwierdzoną listę: nie można go teraz oznaczyć jako wypłacone z tej listy.');
        if (isBusy(error)) throw new AppError('CONFLICT', BUSY_MESSAGE);
        throw error;
      }
    },
  };
}

/** The partial unique index payment_lines_month_held_once said no. */
function isHeldTwice(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('payment_lines');
}

/** Another program held the write lock longer than busy_timeout. */
function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: string }).code).startsWith('SQLITE_BUSY');
}

export type PaymentsService = ReturnType<typeof createPaymentsService>;

