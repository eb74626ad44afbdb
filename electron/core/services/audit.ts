import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../../db/open';
import { auditUsers, listAudit, verifyAuditChain } from '../../../db/repositories/audit';
import { getPersonById } from '../../../db/repositories/persons';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';

export function createAuditService(db: Db, clock: Clock) {
  return {
    list(input: ParsedInput<'audit.list'>): MethodOutput<'audit.list'> {
      const rows = listAudit(
        db,
        {
          personId: input.personId,
          userId: input.userId,
          kind: input.kind,
          // Dates are whole days in the office's time; entries are stored in UTC.
          fromAt: input.from ? new Date(`${input.from}T00:00:00`).toISOString() : undefined,
          toAt: input.to ? new Date(`${input.to}T23:59:59.999`).toISOString() : undefined,
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
          summary: problems.length === 0 ? `Dziennik nienaruszony (${checked} wpisów)` : `Dziennik NARUSZONY: ${problems.length} problemów`,
          details: { checked, problems: problems.slice(0, 20) },
        }),
      );
      return { intact: problems.length === 0, checked, problems };
    },
  };
}
