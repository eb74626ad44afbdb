import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../../shared/envelope';

/**
 * The whole bridge between the page and the program: `invoke` and `on`, nothing else. The renderer never
 * gets ipcRenderer, the IPC event or Node. Sandboxed preloads are CommonJS: bundled to dist/electron/preload.cjs.
 * (Channel names are repeated from electron/main/security.ts so that this bundle stays tiny.)
 */
const INVOKE_CHANNEL = 'ostoja:invoke';
const EVENT_CHANNEL = 'ostoja:event';

const bridge = {
  invoke(method: string, input: unknown, sessionToken?: string): Promise<Envelope<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input, sessionToken) as Promise<Envelope<unknown>>;
  },
  on(name: string, callback: (payload: unknown) => void): () => void {
    if (typeof name !== 'string' || typeof callback !== 'function') {
      throw new TypeError('ostoja.on(name, callback): name must be a string and callback a function');
    }
    const listener = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
      if (eventName === name) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('ostoja', bridge);
