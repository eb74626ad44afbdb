import { createHash } from 'node:crypto';

/** The SHA-256 of a printed document in lower-case hex: stored when a decision is signed, its start printed in the footer. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
