import type { AuditEntry } from '../../../shared/contract/audit';
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../../db/open';
import { auditUsers, listAudit, type AuditFilter, type AuditRow } from '../../../db/repositories/audit';
import { getCaseRow } from '../../../db/repositories/cases';
import { getPersonById } from '../../../db/repositories/persons';
import { AppError } from '../../../shared/errors';
import { auditKindLabel } from '../../../shared/domain/audit-text';
import { formatDatePl } from '../../../shared/domain/calendar';
import { plural } from '../../../shared/domain/plural';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import type { PdfFonts } from '../documents/fonts';
import { collectLines, type AuditLine } from './audit-lines';
import { auditCsv, auditPdf } from './audit-export';
import { discloseEntry, discloseSubject } from './audit-disclosure';
import type { Role } from '../../../shared/domain/roles';

/** The instant a calendar day starts in Poland (CET or CEST), as stored entries are UTC. */
export function startOfDayInPoland(date: string): string {
  const midnightUtc = new Date(`${date}T00:00:00Z`).getTime();
  for (const offsetHours of [1, 2]) {
    const candidate = midnightUtc - offsetHours * 3_600_000;
    if (new Date(candidate).toLocaleString('sv-SE', { timeZone: 'Europe/Warsaw' }).startsWith(`${date} 00:00`)) {
      return new Date(candidate).toISOString();
    }
  }
  return new Date(midnightUtc).toISOString();
}

function nextDay(date: string): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** A printed log fits a folder; a bigger one is asked for as CSV or narrowed by dates. */
export const PDF_MAX_LINES = 2000;
export const CSV_MAX_LINES = 100_000;

type Filter = ParsedInput<'audit.export'>['filter'];

export function createAuditService(db: Db, clock: Clock, options: { fonts: () => PdfFonts }) {
  function repositoryFilter(input: Filter): AuditFilter {
    return {
      personId: input.personId,
      caseId: input.caseId,
      userId: input.userId,
      kind: input.kind,
      // Dates are whole days in Polish time; entries are stored in UTC.
      fromAt: input.from ? startOfDayInPoland(input.from) : undefined,
      toAt: input.to ? new Date(new Date(startOfDayInPoland(nextDay(input.to))).getTime() - 1).toISOString() : undefined,
    };
  }

  /** The filtered rows, newest first, read in batches only as far as the lines need them. */
  function* rows(filter: AuditFilter, beforeId: number | undefined, firstBatch: number): Generator<AuditRow> {
    let cursor = beforeId;
    let size = firstBatch;
    for (;;) {
      const batch = listAudit(db, { ...filter, beforeId: cursor }, size);
      yield* batch;
      if (batch.length < size) return;
      cursor = batch.at(-1)!.id;
      size = 500;
    }
  }

  /** Every line the list and the export show, as this reader may see it (audit-disclosure.ts). */
  function toEntries(lines: AuditLine[], roles: readonly Role[]): AuditEntry[] {
    const names = new Map<number, string | null>();
    const personName = (id: number | null) => {
      if (id === null) return null;
      if (!names.has(id)) names.set(id, subjectPersonName(id));
      return names.get(id)!;
    };
    return lines.map(({ row, ids, firstAt }) => ({
      id: row.id,
      at: row.at,
      userId: row.userId,
      userName: row.userName,
      kind: row.kind,
      personId: row.personId,
      personName: personName(row.personId),
      pcName: row.pcName,
      summary: row.summary,
      details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
      ...(ids.length > 1 ? { repeated: { count: ids.length, firstAt, ids } } : {}),
    })).map((entry) => discloseEntry(entry, roles));
  }

  function subjectPersonName(id: number): string | null {
    const person = getPersonById(db, id);
    return person ? `${person.firstName} ${person.lastName}` : null;
  }

  function subject(input: Filter, roles: readonly Role[]) {
    return discloseSubject(
      {
        personName: input.personId ? subjectPersonName(input.personId) : null,
        caseRef: input.caseId ? (getCaseRow(db, input.caseId)?.caseRef ?? null) : null,
      },
      input,
      roles,
    );
  }

  /** "Osoba: Jan Kowalski · Rodzaj: Otwarcie sprawy · od 01.03.2025": what the print and the export entry say. */
  function filterText(input: Filter, roles: readonly Role[]): string | null {
    const { personName, caseRef } = subject(input, roles);
    const parts = [
      input.personId ? `Osoba: ${personName ?? `nr ${input.personId}`}` : null,
      input.caseId ? `Sprawa: ${caseRef ?? `nr ${input.caseId}`}` : null,
      input.userId ? `Użytkownik: ${auditUsers(db).find((user) => user.id === input.userId)?.fullName ?? `nr ${input.userId}`}` : null,
      input.kind ? `Rodzaj: ${auditKindLabel(input.kind)}` : null,
      input.from ? `od ${formatDatePl(input.from)}` : null,
      input.to ? `do ${formatDatePl(input.to)}` : null,
    ].filter((part): part is string => part !== null);
    return parts.length ? parts.join(' · ') : null;
  }

  return {
    list(input: ParsedInput<'audit.list'>, ctx: RequestContext): MethodOutput<'audit.list'> {
      const roles = ctx.user?.roles ?? [];
      const page = collectLines(rows(repositoryFilter(input), input.beforeId, input.limit + 1), input.limit, input.collapseReads);
      return {
        entries: toEntries(page.lines, roles),
        more: page.more,
        nextBeforeId: page.more ? page.lowestId : null,
        users: auditUsers(db),
        subject: subject(input, roles),
      };
    },

    async export(input: ParsedInput<'audit.export'>, ctx: RequestContext): Promise<MethodOutput<'audit.export'>> {
      const { filter, format } = input;
      const max = format === 'pdf' ? PDF_MAX_LINES : CSV_MAX_LINES;
      const page = collectLines(rows(repositoryFilter(filter), undefined, 500), max, filter.collapseReads);
      if (page.more) {
        throw new AppError(
          'VALIDATION',
          `Wybranych wpisów jest więcej niż ${plural(max, 'wiersz', 'wiersze', 'wierszy')}, ile mieści ${format === 'pdf' ? 'wydruk' : 'plik CSV'}. Zawęź daty albo wybierz osobę, sprawę lub użytkownika.`,
        );
      }
      const roles = ctx.user?.roles ?? [];
      const entries = toEntries(page.lines, roles);
      const now = clock.now().toISOString();
      const day = now.slice(0, 10);
      const described = filterText(filter, roles);
      const file =
        format === 'csv'
          ? { fileName: `dziennik-zdarzen-${day}.csv`, mimeType: 'text/csv', base64: auditCsv(entries).toString('base64') }
          : {
              fileName: `dziennik-zdarzen-${day}.pdf`,
              mimeType: 'application/pdf',
              base64: (await auditPdf(entries, { filterText: described, createdAt: now }, options.fonts())).toString('base64'),
            };
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: 'audit.export',
          summary: `${format === 'pdf' ? 'Wydrukowano' : 'Wyeksportowano'} dziennik zdarzeń (${format.toUpperCase()}, ${plural(entries.length, 'wiersz', 'wiersze', 'wierszy')})${described ? `: ${described}` : ''}`,
          // Whose history left the program: the export shows in that person's own history.
          personId: filter.personId ?? (filter.caseId ? (getCaseRow(db, filter.caseId)?.applicantPersonId ?? null) : null),
          details: { filter, format, count: entries.length },
        }),
      );
      return { ...file, count: entries.length };
    },
    // audit.verify: electron/core/audit-chain.ts (the keyed chain and the backups' heads).
  };
}
