import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import type { Log } from './ipc';
import { CONTENT_SECURITY_POLICY, isOwnIndexUrl, isSafeExternalUrl, windowWebPreferences } from './security';

/** The one window of the program. */
export function createMainWindow(options: { preload: string; indexFile: string; devTools: boolean }): BrowserWindow {
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
  void win.loadFile(options.indexFile);
  return win;
}

function openExternally(url: string, log: Log): void {
  if (!isSafeExternalUrl(url)) {
    log('Zablokowano otwarcie adresu', url.slice(0, 300));
    return;
  }
  shell.openExternal(url).catch((error: unknown) => log('Nie udało się otworzyć adresu w przeglądarce', error));
}

/** For every webContents: no webview, no navigation away from our page, no new windows. */
export function hardenWebContents(contents: WebContents, indexUrl: string, log: Log): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Zablokowano osadzenie <webview>');
  });
  contents.on('will-navigate', (event) => {
    if (isOwnIndexUrl(event.url, indexUrl)) return;
    event.preventDefault();
    openExternally(event.url, log);
  });
  contents.on('will-redirect', (event) => {
    if (isOwnIndexUrl(event.url, indexUrl)) return;
    event.preventDefault();
    log('Zablokowano przekierowanie', event.url.slice(0, 300));
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, log);
    return { action: 'deny' };
  });
}

/** Deny every permission (camera, notifications, geolocation, devices…) and set the CSP on every response. */
export function hardenSession(ses: Session): void {
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
