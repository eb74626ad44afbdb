import type { AuditKind } from '../../shared/contract/audit';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import { markChangeApplied } from '../../db/repositories/office';
import type { CallContext, Clock, RequestContext } from './context';

export interface AuditEvent {
  kind: AuditKind;
  summary: string;
  personId?: number | null;
  details?: Record<string, unknown> | null;
}

/**
 * Writes one audit entry for the calling user (and PC of the office network), in the caller's transaction. Every
 * change is audited, so this is also where a change made for another PC records its change id: in the very
 * transaction of the change, so that the change and the record of it are written together or not at all.
 */
export function recordAudit(tx: Db, ctx: Pick<RequestContext, 'user'> & Pick<CallContext, 'pc' | 'changeId'>, clock: Clock, event: AuditEvent): void {
  const at = clock.now().toISOString();
  if (ctx.pc && ctx.changeId) markChangeApplied(tx, ctx.pc.id, ctx.changeId, at);
  appendAudit(tx, {
    at,
    userId: ctx.user?.id ?? null,
    userName: ctx.user?.fullName ?? null,
    kind: event.kind,
    personId: event.personId ?? null,
    summary: event.summary,
    details: event.details ?? null,
    pc: ctx.pc ?? null,
  });
}

/** The fields whose values differ, as { field: { before, after } }: what an audit entry of a change keeps. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of fields) {
    // Compared as JSON, so that a JSON column (an object) counts as changed only when its content changed.
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}
