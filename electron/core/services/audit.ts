import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../../db/open';
import { auditUsers, listAudit, verifyAuditChain } from '../../../db/repositories/audit';
import { getPersonById } from '../../../db/repositories/persons';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { pluralForm } from '../../../shared/domain/amount-in-words';

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

export function createAuditService(db: Db, clock: Clock) {
  return {
    list(input: ParsedInput<'audit.list'>): MethodOutput<'audit.list'> {
      const rows = listAudit(
        db,
        {
          personId: input.personId,
          userId: input.userId,
          kind: input.kind,
          // Dates are whole days in Polish time; entries are stored in UTC.
          fromAt: input.from ? startOfDayInPoland(input.from) : undefined,
          toAt: input.to ? new Date(new Date(startOfDayInPoland(nextDay(input.to))).getTime() - 1).toISOString() : undefined,
          beforeId: input.beforeId,
        },
        input.limit + 1,
      );
      const names = new Map<number, string | null>();
      const personName = (id: number | null) => {
        if (id === null) return null;
        if (!names.has(id)) {
          const person = getPersonById(db, id);
          names.set(id, person ? `${person.firstName} ${person.lastName}` : null);
        }
        return names.get(id)!;
      };
      return {
        entries: rows.slice(0, input.limit).map((row) => ({
          id: row.id,
          at: row.at,
          userId: row.userId,
          userName: row.userName,
          kind: row.kind,
          personId: row.personId,
          personName: personName(row.personId),
          summary: row.summary,
          details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
        })),
        more: rows.length > input.limit,
        users: auditUsers(db),
      };
    },

    verify(_input: ParsedInput<'audit.verify'>, ctx: RequestContext): MethodOutput<'audit.verify'> {
      const { checked, problems } = verifyAuditChain(db);
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: 'audit.verify',
          summary: problems.length === 0
              ? `Dziennik nienaruszony (${checked} ${pluralForm(checked, { one: 'wpis', few: 'wpisy', many: 'wpisów' })})`
              : `Dziennik NARUSZONY: ${problems.length} ${pluralForm(problems.length, { one: 'problem', few: 'problemy', many: 'problemów' })}`,
          details: { checked, problems: problems.slice(0, 20) },
        }),
      );
      return { intact: problems.length === 0, checked, problems };
    },
  };
}
