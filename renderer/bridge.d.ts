import type { Envelope } from '../shared/envelope';

/** What the Electron preload exposes; absent in browser mode. */
interface OstojaBridge {
  invoke(method: string, input: unknown, sessionToken?: string): Promise<Envelope<unknown>>;
  on(name: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    ostoja?: OstojaBridge;
  }
}
