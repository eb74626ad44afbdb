/** Stable error codes of the contract. Messages shown to people are Polish; codes are for code. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'CONFLICT',
  'INTERNAL',
  // Another PC of the office: the main PC did not answer (after bounded retries with the same change id).
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of the input; `path` follows the input object (e.g. ["address", "postalCode"]). */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/**
 * An error a service throws on purpose: the router turns it into an error envelope.
 * `details` carries machine-readable facts the UI can act on (e.g. the id of an existing person).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
