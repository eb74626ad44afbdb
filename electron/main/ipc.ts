import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { fail, type Envelope } from '../../shared/envelope';
import type { Router } from '../core/router';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isTrustedSender } from './security';

/**
 * The IPC transport: one invoke channel into the router, one event channel out. Electron comes in as
 * parameters (type imports only), so this file loads without the Electron binary.
 */

export type Log = (message: string, detail?: unknown) => void;

export const FORBIDDEN_ENVELOPE: Envelope<never> = fail({
  code: 'FORBIDDEN',
  message: 'Wywołanie spoza okna programu zostało odrzucone.',
});

/** After the sender check: a string method goes to the router; nothing thrown escapes. */
export async function dispatchInvoke(
  router: Router,
  method: unknown,
  input: unknown,
  log: Log,
  sessionToken?: unknown,
): Promise<Envelope<unknown>> {
  if (typeof method !== 'string') {
    return fail({ code: 'VALIDATION', message: 'Nazwa operacji musi być tekstem.' });
  }
  try {
    return await router.invoke(method, input, {
      transport: 'ipc',
      sessionToken: typeof sessionToken === 'string' ? sessionToken : undefined,
    });
  } catch (error) {
    log(`Błąd transportu IPC w ${method.slice(0, 100)}`, error);
    return fail({ code: 'INTERNAL', message: 'Wystąpił nieoczekiwany błąd programu. Operacja nie została wykonana.' });
  }
}

export interface InvokeHandlerOptions {
  router: Router;
  /** The webContents of our one window, or undefined when there is none. */
  getWebContents: () => WebContents | undefined;
  /** app://ostoja/index.html (electron/main/protocol.ts). */
  indexUrl: string;
  log: Log;
}

export function registerInvokeHandler(ipcMain: IpcMain, options: InvokeHandlerOptions): void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown, sessionToken: unknown) => {
    const contents = options.getWebContents();
    const trusted = isTrustedSender(
      {
        frame: event.senderFrame,
        mainFrame: contents && !contents.isDestroyed() ? contents.mainFrame : undefined,
        fromOurWebContents: contents !== undefined && event.sender === contents,
      },
      options.indexUrl,
    );
    if (!trusted) {
      options.log('Odrzucono wywołanie IPC spoza okna programu', {
        method: typeof method === 'string' ? method.slice(0, 100) : typeof method,
        url: event.senderFrame?.url.slice(0, 300) ?? null,
      });
      return FORBIDDEN_ENVELOPE;
    }
    return dispatchInvoke(options.router, method, input, options.log, sessionToken);
  });
}

/** Main → renderer: `emit('backup.progress', { done: 3, total: 10 })` reaches window.ostoja.on(name, …). */
export function createEmitter(getWebContents: () => WebContents | undefined) {
  return function emit(name: string, payload: unknown): void {
    const contents = getWebContents();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  };
}
