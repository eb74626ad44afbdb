import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Envelope, ErrorBody } from './envelope';
import type { ErrorCode, Issue } from './errors';

/** Sends one call and returns its envelope: Electron IPC in the desktop program, HTTP in browser mode. */
export type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** An error envelope, thrown by the client so that screens can `catch` it and show the Polish message. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly details: Record<string, unknown>;
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.details = body.details ?? {};
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const envelope = await transport(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as never;
    },
  };
}
