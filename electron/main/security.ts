import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Pure security rules of the Electron shell. No top-level side effects and only type imports from
 * 'electron', so tests run them without the Electron binary.
 */

export { CONTENT_SECURITY_POLICY };

/** The only IPC channels of the program. */
export const INVOKE_CHANNEL = 'ostoja:invoke';
export const EVENT_CHANNEL = 'ostoja:event';

/** webPreferences of the one window: isolated, sandboxed, no Node, no webview. */
export function windowWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodedPathname(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * Is `url` our own renderer page (app://ostoja/index.html)? Compared by scheme, host and decoded pathname,
 * hash and query ignored. Only the app: scheme counts: a file: page is never ours, even the same file.
 */
export function isOwnIndexUrl(url: string, indexUrl: string): boolean {
  const given = parseUrl(url);
  const expected = parseUrl(indexUrl);
  if (!given || !expected) return false;
  if (expected.protocol !== 'app:' || given.protocol !== expected.protocol) return false;
  if (given.host !== expected.host || given.username !== '' || given.password !== '') return false;
  const givenPath = decodedPathname(given);
  return givenPath !== null && givenPath === decodedPathname(expected);
}

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

export interface SenderFacts {
  /** event.senderFrame: null when the frame is gone or navigated away. */
  frame: FrameLike | null | undefined;
  /** The main frame of our window's webContents (undefined when the window is gone). */
  mainFrame: FrameLike | null | undefined;
  /** event.sender === our window's webContents. */
  fromOurWebContents: boolean;
}

/** Accept a call only from the main frame of our own window showing our own renderer page. */
export function isTrustedSender(sender: SenderFacts, indexUrl: string): boolean {
  const { frame, mainFrame } = sender;
  if (!sender.fromOurWebContents || !frame || !mainFrame) return false;
  if (frame.parent !== null) return false;
  const sameFrame =
    frame === mainFrame || (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
  return sameFrame && isOwnIndexUrl(frame.url, indexUrl);
}
