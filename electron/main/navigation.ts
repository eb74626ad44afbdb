import { isAllowedExternalUrl, type AllowedLink } from './external-links';
import { isOwnIndexUrl } from './security';

/**
 * What every webContents does when its page tries to go somewhere: stay on our own page, open an
 * allowlisted address in the system browser, refuse everything else. Electron comes in as plain functions
 * and event-like objects, so tests drive these handlers without the Electron binary; window.ts wires them.
 */

export interface PreventableEvent {
  readonly url: string;
  preventDefault(): void;
}

export interface NavigationDeps {
  /** app://ostoja/index.html */
  indexUrl: string;
  /** Read at each link, so a list read after the window was made applies. */
  allowlist: () => readonly AllowedLink[];
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void>;
  log: (message: string, detail?: unknown) => void;
}

export interface NavigationGuards {
  willNavigate(event: PreventableEvent): void;
  willRedirect(event: PreventableEvent): void;
  willAttachWebview(event: { preventDefault(): void }): void;
  /** setWindowOpenHandler: never a new window. */
  windowOpen(details: { url: string }): { action: 'deny' };
}

export function createNavigationGuards(deps: NavigationDeps): NavigationGuards {
  function openExternally(url: string): void {
    if (!isAllowedExternalUrl(url, deps.allowlist())) {
      deps.log('Zablokowano otwarcie adresu spoza listy dozwolonych', url.slice(0, 300));
      return;
    }
    deps.openExternal(url).catch((error: unknown) => deps.log('Nie udało się otworzyć adresu w przeglądarce', error));
  }
  return {
    willNavigate(event) {
      if (isOwnIndexUrl(event.url, deps.indexUrl)) return;
      event.preventDefault();
      openExternally(event.url);
    },
    willRedirect(event) {
      if (isOwnIndexUrl(event.url, deps.indexUrl)) return;
      event.preventDefault();
      deps.log('Zablokowano przekierowanie', event.url.slice(0, 300));
    },
    willAttachWebview(event) {
      event.preventDefault();
      deps.log('Zablokowano osadzenie <webview>');
    },
    windowOpen({ url }) {
      openExternally(url);
      return { action: 'deny' };
    },
  };
}
