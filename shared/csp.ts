/**
 * The Content-Security-Policy of every page of the program, in Electron and in browser mode: scripts only from
 * the program itself, no eval, nothing loaded from elsewhere. Inline styles are allowed for the UI library.
 * Sent as a header by the app:// protocol (Electron) and the host (browser mode); renderer/index.html repeats it
 * as a meta tag.
 * Frames: only the program's own PDFs, shown from blob: addresses the page itself made (the decision preview).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
