import type { z } from 'zod';
import type { Issue } from '../../shared/errors';

/** Contract issues (paths like ["address", "postalCode"]) as form errors keyed "address.postalCode". */
export function issuesToFormErrors(issues: Issue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Validates a form's values with the same schema the core uses, so the person sees the same messages. */
export function validateWith(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return issuesToFormErrors(
    result.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: issue.message,
    })),
  );
}
