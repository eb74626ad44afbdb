import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isRefusedRequestUrl,
  resolveAppFile,
} from '../../electron/main/protocol';
import { createNavigationGuards, type PreventableEvent } from '../../electron/main/navigation';
import {
  DEFAULT_EXTERNAL_LINKS,
  EXTERNAL_LINKS_FILE,
  isAllowedExternalUrl,
  parseAllowlist,
  readExternalLinks,
} from '../../electron/main/external-links';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/** A built renderer in a temporary folder, with a secret file beside it (where the database would be). */
let base: string;
let root: string;
const logged: string[] = [];
const log = (message: string) => void logged.push(message);

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ostoja</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'ostoja.db'), 'SEKRET-BAZY');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'SEKRET-OBOK');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function handler() {
  return createAppProtocolHandler({ root, readFile: (file) => fs.promises.readFile(file), log });
}

describe('app:// scheme', () => {
  it('is registered standard and secure, without CSP bypass, CORS or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
    });
    expect(APP_INDEX_URL).toBe('app://ostoja/index.html');
  });

  it('has every file:// request refused by the session, nothing else', () => {
    for (const url of ['file:///C:/Users/x/AppData/Roaming/Ostoja/ostoja.db', 'FILE:///etc/passwd', 'file://server/share/x']) {
      expect(isRefusedRequestUrl(url), url).toBe(true);
    }
    for (const url of [APP_INDEX_URL, 'app://ostoja/assets/main.js', 'blob:app://ostoja/1b9d', 'data:image/png;base64,AA', 'devtools://devtools/x']) {
      expect(isRefusedRequestUrl(url), url).toBe(false);
    }
  });

  it('names files under the renderer folder only', () => {
    expect(resolveAppFile(root, 'app://ostoja/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://ostoja/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://ostoja/assets/main-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'main-abc.js'));
    // The URL parser folds plain dot segments before we see them: still inside the folder.
    expect(resolveAppFile(root, 'app://ostoja/assets/../index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://ostoja/../../ostoja.db')).toBe(path.join(root, 'ostoja.db'));
    expect(resolveAppFile(root, 'app://ostoja/%2e%2e/ostoja.db')).toBe(path.join(root, 'ostoja.db'));
  });

  it('refuses traversal, other hosts and schemes, and odd paths', () => {
    for (const url of [
      'app://ostoja/%2E%2E%2Fostoja.db',
      'app://ostoja/assets%2f..%2f..%2fostoja.db',
      'app://ostoja/..%5costoja.db',
      'app://ostoja/..%5c..%5costoja.db',
      'app://ostoja/%00index.html',
      'app://ostoja/C:%2Fwindows',
      'app://ostoja/C:/Windows/win.ini',
      'app://ostoja/assets//main-abc.js',
      'app://ostoja/%E0%A4%A',
      'app://other/index.html',
      'app://user:pw@ostoja/index.html',
      'app://ostoja:8080/index.html',
      'file:///etc/passwd',
      'https://ostoja/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('serves a file with the CSP as a header and its content type', async () => {
    const response = await handler()({ url: 'app://ostoja/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Ostoja</title>');
    const script = await handler()({ url: 'app://ostoja/assets/main-abc.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file beside the renderer folder', async () => {
    for (const url of ['app://ostoja/..%2fostoja.db', 'app://ostoja/..%5crenderer-evil%5cx.js', 'app://ostoja/%2e%2e%5costoja.db']) {
      const response = await handler()({ url, method: 'GET' });
      expect(response.status, url).toBe(403);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('SEKRET');
    }
    // Folded by the URL parser to the renderer folder, where there is no such file.
    for (const url of ['app://ostoja/../ostoja.db', 'app://ostoja/%2e%2e/ostoja.db', 'app://ostoja/assets/../../renderer-evil/x.js']) {
      const folded = await handler()({ url, method: 'GET' });
      expect(folded.status, url).toBe(404);
      expect(await folded.text()).not.toContain('SEKRET');
    }
    expect(logged.some((m) => m.includes('Odrzucono adres'))).toBe(true);
  });

  it('answers 404 for a missing file or a folder, 405 for other methods, no body for HEAD', async () => {
    expect((await handler()({ url: 'app://ostoja/missing.js', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://ostoja/assets', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://ostoja/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler()({ url: 'app://ostoja/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('external links allowlist', () => {
  const allowlist = parseAllowlist(['https://empatia.mpips.gov.pl/', 'https://www.gov.pl/web/rodzina']);

  it('allows https links of an allowlisted origin and path', () => {
    expect(isAllowedExternalUrl('https://empatia.mpips.gov.pl/cas', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('https://empatia.mpips.gov.pl/', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('https://www.gov.pl/web/rodzina', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('https://www.gov.pl/web/rodzina/swiadczenia?x=1#a', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('HTTPS://WWW.GOV.PL/web/rodzina/', allowlist)).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'http://empatia.mpips.gov.pl/cas',
      'https://empatia.mpips.gov.pl.evil.pl/',
      'https://evil.pl/?https://empatia.mpips.gov.pl/',
      'https://user@empatia.mpips.gov.pl/',
      'https://empatia.mpips.gov.pl:8443/',
      'https://www.gov.pl/web/rodzinaX',
      'https://www.gov.pl/web/',
      'https://www.gov.pl/web/rodzina/../admin',
      'https://www.gov.pl/web/rodzina/%2e%2e/admin',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@b.pl',
      'data:text/html,x',
      'nonsense',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
    expect(isAllowedExternalUrl('https://empatia.mpips.gov.pl/cas', [])).toBe(false);
  });

  it('takes only plain https entries', () => {
    expect(parseAllowlist(['http://x.pl/', 'https://u:p@x.pl/', 'https://x.pl/?q', 'https://x.pl/#a', 'javascript:1', 42, null, 'https://ok.pl/a'])).toEqual([
      { origin: 'https://ok.pl', pathPrefix: '/a/' },
    ]);
    expect(parseAllowlist(DEFAULT_EXTERNAL_LINKS)).toHaveLength(DEFAULT_EXTERNAL_LINKS.length);
  });

  it('is read from external-links.json in the data folder, the defaults when there is none', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-links-'));
    try {
      expect(readExternalLinks(dataDir)).toEqual({ allowlist: parseAllowlist(DEFAULT_EXTERNAL_LINKS) });
      fs.writeFileSync(path.join(dataDir, EXTERNAL_LINKS_FILE), JSON.stringify({ allowed: ['https://bip.gmina.pl/', 'http://x.pl/'] }));
      const read = readExternalLinks(dataDir);
      expect(read.allowlist).toEqual([{ origin: 'https://bip.gmina.pl', pathPrefix: '/' }]);
      expect(read.problem).toContain('pominięto 1');
      expect(isAllowedExternalUrl('https://empatia.mpips.gov.pl/cas', read.allowlist)).toBe(false);
      // A broken file allows nothing rather than the defaults.
      fs.writeFileSync(path.join(dataDir, EXTERNAL_LINKS_FILE), '{ "allowed": [');
      expect(readExternalLinks(dataDir).allowlist).toEqual([]);
      expect(readExternalLinks(dataDir).problem).toContain('nie jest poprawnym JSON');
      fs.writeFileSync(path.join(dataDir, EXTERNAL_LINKS_FILE), '{"links": []}');
      expect(readExternalLinks(dataDir)).toMatchObject({ allowlist: [], problem: expect.stringContaining('"allowed"') });
      const unreadable = readExternalLinks(dataDir, () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      });
      expect(unreadable.allowlist).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('navigation and new windows', () => {
  function setup(entries: readonly string[] = ['https://empatia.mpips.gov.pl/']) {
    const opened: string[] = [];
    const messages: string[] = [];
    let allowlist = parseAllowlist(entries);
    const guards = createNavigationGuards({
      indexUrl: APP_INDEX_URL,
      allowlist: () => allowlist,
      openExternal: async (url) => void opened.push(url),
      log: (message) => void messages.push(message),
    });
    return { guards, opened, messages, setAllowlist: (next: readonly string[]) => (allowlist = parseAllowlist(next)) };
  }
  function event(url: string): PreventableEvent & { prevented: boolean } {
    const e = { url, prevented: false, preventDefault: () => void (e.prevented = true) };
    return e;
  }

  it('lets our own page reload, and nothing else navigate', () => {
    const { guards, opened } = setup();
    const own = event('app://ostoja/index.html#/osoby/1');
    guards.willNavigate(own);
    expect(own.prevented).toBe(false);
    for (const url of ['file:///C:/Users/x/AppData/Roaming/Ostoja/ostoja.db', 'app://ostoja/other.html', 'https://evil.pl/', 'https://empatia.mpips.gov.pl/cas']) {
      const e = event(url);
      guards.willNavigate(e);
      expect(e.prevented, url).toBe(true);
    }
    // Navigation to an allowlisted address leaves the window as it is and opens the system browser.
    expect(opened).toEqual(['https://empatia.mpips.gov.pl/cas']);
  });

  it('denies every new window and opens only allowlisted addresses externally', () => {
    const { guards, opened, messages, setAllowlist } = setup();
    expect(guards.windowOpen({ url: 'https://empatia.mpips.gov.pl/cas' })).toEqual({ action: 'deny' });
    expect(guards.windowOpen({ url: 'https://evil.pl/' })).toEqual({ action: 'deny' });
    expect(guards.windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(guards.windowOpen({ url: 'app://ostoja/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://empatia.mpips.gov.pl/cas']);
    expect(messages.filter((m) => m.includes('spoza listy dozwolonych'))).toHaveLength(3);
    // The list in force is read at each link.
    setAllowlist([]);
    guards.windowOpen({ url: 'https://empatia.mpips.gov.pl/cas' });
    expect(opened).toHaveLength(1);
  });

  it('refuses redirects away from our page and every webview', () => {
    const { guards, opened } = setup();
    const redirect = event('https://empatia.mpips.gov.pl/cas');
    guards.willRedirect(redirect);
    expect(redirect.prevented).toBe(true);
    const own = event(APP_INDEX_URL);
    guards.willRedirect(own);
    expect(own.prevented).toBe(false);
    const webview = event('');
    guards.willAttachWebview(webview);
    expect(webview.prevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('logs a failed external open instead of throwing', async () => {
    const messages: string[] = [];
    const guards = createNavigationGuards({
      indexUrl: APP_INDEX_URL,
      allowlist: () => parseAllowlist(['https://empatia.mpips.gov.pl/']),
      openExternal: () => Promise.reject(new Error('no browser')),
      log: (message) => void messages.push(message),
    });
    expect(guards.windowOpen({ url: 'https://empatia.mpips.gov.pl/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(messages).toContain('Nie udało się otworzyć adresu w przeglądarce');
  });
});
