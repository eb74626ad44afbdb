import type { Envelope } from '../../shared/envelope';

/**
 * Whether the main PC answers (on another PC of the office). A call answered UNAVAILABLE raises the banner; from
 * then on a light call is tried every few seconds, quietly, and the first answer of any call lowers it again. The
 * screens themselves keep what was typed: their call simply failed with the Polish message.
 */
export interface ConnectionProblem {
  message: string;
  mainAddress: string | null;
}

const RETRY_EVERY_MS = 3_000;
let problem: ConnectionProblem | null = null;
/** The main PC came back after an outage: it may have restarted, and its sessions (in its memory) with it. */
let backAfterOutage = false;
let probing: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function connectionProblem(): ConnectionProblem | null {
  return problem;
}

export function onConnectionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every answer passes here: UNAVAILABLE raises the banner, any other answer means the main PC is back. */
export function watchAnswer(envelope: Envelope<unknown>, probe: () => Promise<Envelope<unknown>>): void {
  if (!envelope.ok && envelope.error.code === 'UNAVAILABLE') {
    const mainAddress = typeof envelope.error.details?.mainAddress === 'string' ? envelope.error.details.mainAddress : null;
    if (problem?.message !== envelope.error.message) {
      problem = { message: envelope.error.message, mainAddress };
      notify();
    }
    probing ??= setInterval(() => void probe().then((answer) => watchAnswer(answer, probe)), RETRY_EVERY_MS);
    return;
  }
  if (problem) {
    problem = null;
    backAfterOutage = true;
    clearInterval(probing);
    probing = undefined;
    notify();
  }
}

/**
 * Whether a session refused now may be one the main PC forgot when it restarted (rather than one that ended): the
 * screen then locks instead of logging out, so the forms underneath keep what was typed; the person logs in again
 * on the lock screen.
 */
export function mainPcMayHaveRestarted(): boolean {
  // A refusal that arrives while the banner is still up is the main PC's first answer after the outage: it is back.
  return backAfterOutage || problem !== null;
}

export function sessionRenewed(): void {
  backAfterOutage = false;
}
