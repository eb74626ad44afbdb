import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import type { AllowedLink } from './external-links';
import type { Log } from './ipc';
import { createNavigationGuards } from './navigation';
import { isRefusedRequestUrl } from './protocol';
import { CONTENT_SECURITY_POLICY, windowWebPreferences } from './security';

/** The one window of the program, showing app://ostoja/index.html (electron/main/protocol.ts). */
export function createMainWindow(options: { preload: string; indexUrl: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    title: 'Ostoja',
    backgroundColor: '#ffffff',
    show: false,
    autoHideMenuBar: true,
    webPreferences: windowWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.indexUrl);
  return win;
}

/**
 * For every webContents: no webview, no navigation away from our page, no new windows; a link opens in the
 * system browser only when the allowlist of this computer has it (electron/main/navigation.ts).
 */
export function hardenWebContents(contents: WebContents, indexUrl: string, allowlist: () => readonly AllowedLink[], log: Log): void {
  const guards = createNavigationGuards({ indexUrl, allowlist, openExternal: (url) => shell.openExternal(url), log });
  contents.on('will-attach-webview', (event) => guards.willAttachWebview(event));
  contents.on('will-navigate', (event) => guards.willNavigate(event));
  contents.on('will-redirect', (event) => guards.willRedirect(event));
  contents.setWindowOpenHandler((details) => guards.windowOpen(details));
}

/**
 * Deny every permission (camera, notifications, geolocation, devices…), refuse every file:// request (the
 * pages come from app://) and set the CSP on every response.
 */
export function hardenSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isRefusedRequestUrl(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders });
  });
}
