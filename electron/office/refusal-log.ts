/** One audit entry per remote address and minute at most: a flood of refused calls must not flood the log. */
export const REFUSAL_AUDIT_EVERY_MS = 60_000;

export function createRefusalLimiter(now: () => number) {
  const byAddress = new Map<string, { lastAuditedAt: number; suppressed: number }>();
  return {
    /** Whether to audit this refusal now, and how many from this address went unaudited since the last entry. */
    admit(address: string): { audit: true; suppressed: number } | { audit: false } {
      const at = now();
      const seen = byAddress.get(address);
      if (seen && at - seen.lastAuditedAt < REFUSAL_AUDIT_EVERY_MS) {
        seen.suppressed += 1;
        return { audit: false };
      }
      const suppressed = seen?.suppressed ?? 0;
      byAddress.set(address, { lastAuditedAt: at, suppressed: 0 });
      // Forget quiet addresses, so that the map stays small.
      for (const [other, entry] of byAddress) if (at - entry.lastAuditedAt > 10 * REFUSAL_AUDIT_EVERY_MS) byAddress.delete(other);
      return { audit: true, suppressed };
    },
  };
}
