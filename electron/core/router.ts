import { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { cleanInput } from '../../shared/contract/common';
import { fail, ok, type ErrorBody, type Envelope } from '../../shared/envelope';
import { AppError, type Issue } from '../../shared/errors';
import type { CallContext, RequestContext } from './context';
import type { Gate } from './gate';

/** One function per method of the contract; the type makes a missing or misspelt method a compile error. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, ctx: RequestContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface Router {
  invoke(method: string, input: unknown, ctx: CallContext): Promise<Envelope<unknown>>;
}

export type Logger = (message: string, error?: unknown) => void;

/** At most this many issues travel in one answer; a hostile or broken input could otherwise produce megabytes. */
export const MAX_ISSUES = 50;

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: issue.message }));
}

function validationMessage(issues: Issue[]): string {
  if (issues.length === 1) return issues[0]!.message;
  if (issues.length > MAX_ISSUES) return `Popraw zaznaczone pola (${issues.length}; pokazano pierwsze ${MAX_ISSUES}).`;
  return `Popraw zaznaczone pola (${issues.length}).`;
}

/** The envelope's issues: the first MAX_ISSUES, and how many more there were in details.moreIssues. */
function cappedIssues(issues: Issue[], details?: Record<string, unknown>): Pick<ErrorBody, 'issues' | 'details'> {
  if (issues.length <= MAX_ISSUES) return { issues, ...(details ? { details } : {}) };
  return { issues: issues.slice(0, MAX_ISSUES), details: { ...details, moreIssues: issues.length - MAX_ISSUES } };
}

/**
 * The single entry of every call, whatever the transport: the contract is the allow-list, the gate checks
 * the session and the role before the input is even read, input is validated before a service sees it,
 * output is checked against the contract, and every failure becomes an error envelope. Nothing thrown
 * inside escapes to the transport.
 */
export function createRouter(handlers: Handlers, gate: Gate, log: Logger = console.error): Router {
  return {
    async invoke(method, input, ctx) {
      if (!isMethodName(method)) {
        return fail({ code: 'NOT_FOUND', message: `Nieznana operacja: ${method.slice(0, 100)}.` });
      }
      const admission = gate(method, ctx);
      if (!admission.ok) return fail(admission.error);
      const definition = contract[method];
      // Every text of the input is cleaned once, here (invisible and direction characters, NUL, NFC).
      const parsed = definition.input.safeParse(cleanInput(input ?? {}));
      if (!parsed.success) {
        const issues = zodIssues(parsed.error);
        return fail({ code: 'VALIDATION', message: validationMessage(issues), ...cappedIssues(issues) });
      }
      try {
        const handler = handlers[method] as (input: unknown, ctx: RequestContext) => unknown;
        const result = await handler(parsed.data, { ...ctx, user: admission.user });
        const checked = definition.output.safeParse(result);
        if (!checked.success) {
          log(`Odpowiedź ${method} nie zgadza się z kontraktem`, checked.error);
          return fail({ code: 'INTERNAL', message: 'Wystąpił błąd wewnętrzny programu. Dane nie zostały zmienione.' });
        }
        return ok(checked.data);
      } catch (error) {
        if (error instanceof AppError) {
          return fail({
            code: error.code,
            message: error.message,
            ...(error.issues ? cappedIssues(error.issues, error.details) : error.details ? { details: error.details } : {}),
          });
        }
        log(`Błąd w ${method}`, error);
        return fail({
          code: 'INTERNAL',
          message: 'Wystąpił nieoczekiwany błąd programu. Operacja nie została wykonana.',
        });
      }
    },
  };
}
