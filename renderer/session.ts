/**
 * The session token of the logged-in user. In browser mode it survives a page reload (sessionStorage of this
 * tab); the desktop window keeps it for as long as it is open. It is never written to disk by the program.
 */
const KEY = 'ostoja.session';
let token: string | null = sessionStorage.getItem(KEY);

/** 'restored': the data was restored from a backup, which ended every session. */
export type SessionProblem = 'loggedOut' | 'locked' | 'restored';
const listeners = new Set<(problem: SessionProblem) => void>();

export function sessionToken(): string | null {
  return token;
}

export function setSessionToken(value: string | null): void {
  token = value;
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
}

/** Screens learn here that the core refused a call because the session ended or the screen locked. */
export function onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionProblem(problem: SessionProblem): void {
  for (const listener of listeners) listener(problem);
}
