import type { ErrorCode, Issue } from './errors';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
  details?: Record<string, unknown>;
}

/** What every call answers, over either transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });
