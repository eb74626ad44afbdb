import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArgsError, parseDataDir } from '../../electron/main/args';
import { dispatchInvoke, FORBIDDEN_ENVELOPE } from '../../electron/main/ipc';
import { runtimePaths } from '../../electron/main/paths';
import { APP_INDEX_URL } from '../../electron/main/protocol';
import {
  CONTENT_SECURITY_POLICY,
  isOwnIndexUrl,
  isTrustedSender,
  windowWebPreferences,
  type FrameLike,
} from '../../electron/main/security';
import type { Router } from '../../electron/core/router';

const indexFile = path.resolve('/opt/Ostoja zł/resources/app.asar/dist/renderer/index.html');
const indexUrl = APP_INDEX_URL;

function frame(url: string, ids: Partial<FrameLike> = {}): FrameLike {
  return { url, processId: 4, routingId: 1, parent: null, ...ids };
}

describe('parseDataDir', () => {
  it('reads --data-dir DIR and --data-dir=DIR', () => {
    expect(parseDataDir(['electron', '.', '--data-dir', '/tmp/dane'])).toBe('/tmp/dane');
    expect(parseDataDir(['Ostoja.exe', '--data-dir=D:\\Ostoja\\dane'])).toBe('D:\\Ostoja\\dane');
    expect(parseDataDir(['electron', '.', '--', '--data-dir', 'dane z spacją'])).toBe('dane z spacją');
  });
  it('is undefined without the option and refuses an empty value', () => {
    expect(parseDataDir(['electron', '.'])).toBeUndefined();
    expect(parseDataDir(['electron', '.', '--data-directory=x'])).toBeUndefined();
    expect(() => parseDataDir(['electron', '.', '--data-dir'])).toThrow(ArgsError);
    expect(() => parseDataDir(['electron', '.', '--data-dir='])).toThrow(ArgsError);
    expect(() => parseDataDir(['electron', '.', '--data-dir', '--inspect'])).toThrow(ArgsError);
  });
});

describe('sender check', () => {
  it('accepts the main frame of our window showing our index, whatever the hash or query', () => {
    const main = frame(indexUrl + '#/osoby/12?tab=dochody');
    expect(isTrustedSender({ frame: main, mainFrame: main, fromOurWebContents: true }, indexUrl)).toBe(true);
    const sameIds = frame(indexUrl + '?x=1');
    expect(isTrustedSender({ frame: sameIds, mainFrame: frame(indexUrl), fromOurWebContents: true }, indexUrl)).toBe(true);
  });
  it('refuses file URLs (even of the same index), other app pages, http URLs and other schemes', () => {
    const other = pathToFileURL(path.resolve('/tmp/evil/index.html')).href;
    const sameFile = pathToFileURL(indexFile).href;
    for (const url of [other, sameFile, 'app://evil/index.html', 'app://ostoja/other.html', 'http://127.0.0.1:5174/', 'https://example.com/index.html', 'about:blank', 'data:text/html,x', '']) {
      const f = frame(url);
      expect(isTrustedSender({ frame: f, mainFrame: f, fromOurWebContents: true }, indexUrl)).toBe(false);
    }
  });
  it('refuses subframes, missing frames and other webContents', () => {
    const main = frame(indexUrl);
    const sub = frame(indexUrl, { routingId: 7, parent: main });
    expect(isTrustedSender({ frame: sub, mainFrame: main, fromOurWebContents: true }, indexUrl)).toBe(false);
    expect(isTrustedSender({ frame: frame(indexUrl, { parent: main }), mainFrame: main, fromOurWebContents: true }, indexUrl)).toBe(false);
    expect(isTrustedSender({ frame: null, mainFrame: main, fromOurWebContents: true }, indexUrl)).toBe(false);
    expect(isTrustedSender({ frame: main, mainFrame: undefined, fromOurWebContents: true }, indexUrl)).toBe(false);
    expect(isTrustedSender({ frame: main, mainFrame: main, fromOurWebContents: false }, indexUrl)).toBe(false);
  });
  it('compares app URLs by scheme, host and decoded pathname', () => {
    expect(isOwnIndexUrl('app://ostoja/index.html#/osoby', indexUrl)).toBe(true);
    expect(isOwnIndexUrl('app://ostoja/%69ndex.html', indexUrl)).toBe(true);
    expect(isOwnIndexUrl(indexUrl.replace('index.html', 'index.htm'), indexUrl)).toBe(false);
    expect(isOwnIndexUrl('app://user:pw@ostoja/index.html', indexUrl)).toBe(false);
    expect(isOwnIndexUrl('file:///index.html', 'file:///index.html')).toBe(false);
    expect(isOwnIndexUrl('not a url', indexUrl)).toBe(false);
  });
});

describe('window', () => {
  it('is sandboxed and isolated without Node', () => {
    const prefs = windowWebPreferences({ preload: '/x/preload.cjs', devTools: false });
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
  it('has a CSP without eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('runtime paths', () => {
  const facts = { resourcesPath: '/opt/Ostoja/resources', appPath: '/repo', platform: 'win32', arch: 'x64', electronVersion: '45.4.1' };
  it('uses the resources folder when packaged', () => {
    const paths = runtimePaths({ ...facts, isPackaged: true, appPath: '/opt/Ostoja/resources/app.asar' });
    expect(paths.migrationsFolder).toBe(path.join('/opt/Ostoja/resources', 'migrations'));
    expect(paths.nativeBinding).toBe(path.join('/opt/Ostoja/resources', 'native', 'better_sqlite3.node'));
    expect(paths.rendererIndex).toBe(path.join('/opt/Ostoja/resources/app.asar', 'dist', 'renderer', 'index.html'));
    expect(paths.rendererRoot).toBe(path.join('/opt/Ostoja/resources/app.asar', 'dist', 'renderer'));
  });
  it('uses the repository in development', () => {
    const paths = runtimePaths({ ...facts, isPackaged: false });
    expect(paths.migrationsFolder).toBe(path.join('/repo', 'db', 'migrations'));
    expect(paths.nativeBinding).toBe(path.join('/repo', 'build', 'native', 'win32-x64-electron-45.4.1-sqlite3mc', 'better_sqlite3.node'));
  });
});

describe('IPC dispatch', () => {
  const router: Router = { invoke: async (method, input, ctx) => ({ ok: true, value: { method, input, ctx } }) };
  const silent = () => {};
  it('passes a string method to the router with the ipc transport', async () => {
    expect(await dispatchInvoke(router, 'system.info', {}, silent)).toEqual({
      ok: true,
      value: { method: 'system.info', input: {}, ctx: { transport: 'ipc' } },
    });
  });
  it('answers VALIDATION for a method that is not a string', async () => {
    const envelope = await dispatchInvoke(router, 42, {}, silent);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('VALIDATION');
  });
  it('never lets a thrown error escape', async () => {
    const broken: Router = { invoke: async () => { throw new Error('boom'); } };
    const envelope = await dispatchInvoke(broken, 'system.info', {}, silent);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('INTERNAL');
  });
  it('has a Polish FORBIDDEN envelope', () => {
    expect(FORBIDDEN_ENVELOPE).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Wywołanie spoza okna programu zostało odrzucone.' } });
  });
});
