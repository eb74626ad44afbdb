import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { PRINT_ROW_LIMIT, type CasesRegisterRow, type PaymentsRegisterRow, type PersonsRegisterRow } from '../../../shared/contract/registers';
import { formatAddress } from '../../../shared/domain/address';
import { decisionDueDate, type BenefitKind } from '../../../shared/domain/cases';
import { plural } from '../../../shared/domain/plural';
import { personSearchTerms, searchTokens } from '../../../shared/domain/search';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  casesRegisterCount,
  casesRegisterPage,
  paymentsRegisterPage,
  paymentsRegisterTotals,
  personsRegisterCount,
  personsRegisterPage,
  registeredLocalities,
  type CasesRegisterQuery,
  type Page,
  type PaymentsRegisterQuery,
  type PersonsRegisterQuery,
} from '../../../db/repositories/registers';
import { getUserById } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import type { PdfFonts } from '../documents/fonts';
import { casesColumns, casesFilterText } from '../registers/cases-register';
import { registerCsv, registerPdf, type RegisterColumn } from '../registers/document';
import { paymentsColumns, paymentsFilterText, paymentsTotals } from '../registers/payments-register';
import { personsColumns, personsFilterText } from '../registers/persons-register';

export interface RegistersServiceOptions {
  fonts: () => PdfFonts;
}

type Format = 'pdf' | 'csv';
const WHOLE: Page = { offset: 0, limit: null };

const registerNames = { persons: 'osób', cases: 'spraw', payments: 'wypłat' } as const;
type Register = keyof typeof registerNames;
/** File names without Polish letters: some mail and USB tools still mangle them. */
const fileNames: Record<Register, string> = { persons: 'osob', cases: 'spraw', payments: 'wyplat' };

function personsQuery(input: ParsedInput<'registers.persons' | 'registers.personsExport'>): PersonsRegisterQuery {
  return { terms: personSearchTerms(input.filter.query), locality: input.filter.locality, hasOpenCase: input.filter.hasOpenCase, sort: input.sort };
}

function casesQuery(input: ParsedInput<'registers.cases' | 'registers.casesExport'>): CasesRegisterQuery {
  const { filter } = input;
  return {
    tokens: searchTokens(filter.query),
    statuses: filter.status === 'open' ? ['registered', 'interviewDone', 'decided'] : filter.status ? [filter.status] : null,
    workerUserId: filter.workerUserId,
    benefit: filter.benefit,
    from: filter.from,
    to: filter.to,
    sort: input.sort,
  };
}

function paymentsQuery(input: ParsedInput<'registers.payments' | 'registers.paymentsExport'>): PaymentsRegisterQuery {
  return { ...input.filter, sort: input.sort };
}

function personRows(db: Db, query: PersonsRegisterQuery, page: Page): PersonsRegisterRow[] {
  return personsRegisterPage(db, query, page).map((row) => ({
    id: row.id,
    name: `${row.lastName} ${row.firstName}`,
    pesel: row.pesel,
    birthDate: row.birthDate,
    address: formatAddress(row),
    locality: row.locality,
    householdSize: row.householdSize > 0 ? row.householdSize : null,
    openCases: row.openCases,
  }));
}

function caseRows(db: Db, query: CasesRegisterQuery, page: Page): CasesRegisterRow[] {
  return casesRegisterPage(db, query, page).map((row) => ({
    id: row.id,
    caseRef: row.caseRef,
    applicantName: `${row.applicantLastName} ${row.applicantFirstName}`,
    benefits: row.benefits as BenefitKind[],
    status: row.status,
    applicationDate: row.applicationDate,
    workerName: row.workerName,
    // The deadline of k.p.a. art. 35 binds while the case waits for its decision.
    decisionDue: row.status === 'registered' || row.status === 'interviewDone' ? decisionDueDate(row.applicationDate, row.complex) : null,
  }));
}

function paymentRows(db: Db, query: PaymentsRegisterQuery, page: Page): PaymentsRegisterRow[] {
  return paymentsRegisterPage(db, query, page).map((row) => ({ ...row, benefit: row.benefit as BenefitKind }));
}

/** A printout of tens of thousands of rows helps nobody and holds the core for minutes: the CSV has no limit. */
function refuseLongPrintout(format: Format, count: number): void {
  if (format === 'pdf' && count > PRINT_ROW_LIMIT) {
    throw new AppError(
      'VALIDATION',
      `Wydruk obejmuje najwyżej ${PRINT_ROW_LIMIT} wierszy, a wybrany filtr zostawia ${count}. Zawęź filtr albo wyeksportuj rejestr do CSV.`,
    );
  }
}

/** Registers of persons, cases and payments: pages of a filtered table, and the whole of it printed or exported. */
export function createRegistersService(db: Db, clock: Clock, options: RegistersServiceOptions) {
  async function fileOf<Row>(
    ctx: RequestContext,
    register: Register,
    format: Format,
    content: { columns: RegisterColumn<Row>[]; rows: Row[]; filterText: string; totals?: string[] },
    /** The filter as the audit keeps it: no names, PESEL or typed search text (the log is read by others). */
    auditedFilter: Record<string, unknown>,
  ) {
    const createdAt = clock.now().toISOString();
    const baseName = `rejestr-${fileNames[register]}-${createdAt.slice(0, 10)}`;
    const bytes =
      format === 'csv'
        ? registerCsv(content)
        : await registerPdf({ title: `Rejestr ${registerNames[register]}`, createdAt, ...content }, options.fonts());
    const count = plural(content.rows.length, 'pozycja', 'pozycje', 'pozycji');
    db.transaction((tx) =>
      recordAudit(tx, ctx, clock, {
        kind: format === 'pdf' ? 'register.print' : 'register.export',
        summary: `${format === 'pdf' ? 'Wydrukowano' : 'Wyeksportowano'} rejestr ${registerNames[register]} (${format.toUpperCase()}, ${count})`,
        details: { register, format, count: content.rows.length, filter: auditedFilter },
      }),
    );
    return { fileName: `${baseName}.${format}`, mimeType: format === 'pdf' ? 'application/pdf' : 'text/csv', base64: bytes.toString('base64') };
  }

  return {
    localities(): MethodOutput<'registers.localities'> {
      // In Polish order: Łabunie before Sitno (SQLite compares bytes).
      return { items: registeredLocalities(db).sort((a, b) => a.localeCompare(b, 'pl')) };
    },

    persons(input: ParsedInput<'registers.persons'>): MethodOutput<'registers.persons'> {
      const query = personsQuery(input);
      return { items: personRows(db, query, input), total: personsRegisterCount(db, query) };
    },

    async personsExport(input: ParsedInput<'registers.personsExport'>, ctx: RequestContext): Promise<MethodOutput<'registers.personsExport'>> {
      const query = personsQuery(input);
      refuseLongPrintout(input.format, personsRegisterCount(db, query));
      const { query: typed, ...rest } = input.filter;
      return fileOf(
        ctx,
        'persons',
        input.format,
        { columns: personsColumns, rows: personRows(db, query, WHOLE), filterText: personsFilterText(input.filter) },
        { ...rest, textSearch: typed !== '' },
      );
    },

    cases(input: ParsedInput<'registers.cases'>): MethodOutput<'registers.cases'> {
      const query = casesQuery(input);
      return { items: caseRows(db, query, input), total: casesRegisterCount(db, query) };
    },

    async casesExport(input: ParsedInput<'registers.casesExport'>, ctx: RequestContext): Promise<MethodOutput<'registers.casesExport'>> {
      const query = casesQuery(input);
      refuseLongPrintout(input.format, casesRegisterCount(db, query));
      const workerName = input.filter.workerUserId ? (getUserById(db, input.filter.workerUserId)?.fullName ?? null) : null;
      const { query: typed, ...rest } = input.filter;
      return fileOf(
        ctx,
        'cases',
        input.format,
        { columns: casesColumns, rows: caseRows(db, query, WHOLE), filterText: casesFilterText({ ...input.filter, workerName }) },
        { ...rest, textSearch: typed !== '' },
      );
    },

    payments(input: ParsedInput<'registers.payments'>): MethodOutput<'registers.payments'> {
      const query = paymentsQuery(input);
      const totals = paymentsRegisterTotals(db, query);
      return { items: paymentRows(db, query, input), total: totals.count, sum: totals.sum };
    },

    async paymentsExport(input: ParsedInput<'registers.paymentsExport'>, ctx: RequestContext): Promise<MethodOutput<'registers.paymentsExport'>> {
      const query = paymentsQuery(input);
      refuseLongPrintout(input.format, paymentsRegisterTotals(db, query).count);
      const rows = paymentRows(db, query, WHOLE);
      return fileOf(
        ctx,
        'payments',
        input.format,
        { columns: paymentsColumns, rows, filterText: paymentsFilterText(input.filter), totals: paymentsTotals(rows) },
        { ...input.filter },
      );
    },
  };
}

export type RegistersService = ReturnType<typeof createRegistersService>;
