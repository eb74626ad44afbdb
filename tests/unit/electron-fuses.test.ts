import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPack, electronBinaryPath, fuseConfig, fusesNotSet, OSTOJA_FUSES } from '../../scripts/after-pack.mjs';

/**
 * The fuses are flipped by electron-builder's afterPack hook in the packed program. The Electron binary cannot
 * be downloaded here, so the hook runs on a stand-in executable holding Electron's fuse wire (the sentinel,
 * the wire version, its length and one byte per fuse, '0' off and '1' on), flipped by the real @electron/fuses.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31;
const OFF = 0x30;

/** Electron's shipped defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on, the rest off. */
function fakeElectron(wire: number[] = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]): Buffer {
  return Buffer.concat([Buffer.from('MZ…code before…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…code after')]);
}

let outDir: string;
beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-fuses-'));
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function winContext(appOutDir: string) {
  return { appOutDir, electronPlatformName: 'win32', arch: 1, packager: { appInfo: { productFilename: 'Ostoja' } } };
}

describe('Electron fuses', () => {
  it('are the recommended ones', () => {
    expect(OSTOJA_FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    const config = fuseConfig('win32', 1) as unknown as Record<number | string, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(config.resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('darwin', 3).resetAdHocDarwinSignature).toBe(true);
  });

  it('find the packed executable on each platform', () => {
    expect(electronBinaryPath(winContext('/out/win-unpacked'))).toBe(path.join('/out/win-unpacked', 'Ostoja.exe'));
    expect(electronBinaryPath({ ...winContext('/out/mac'), electronPlatformName: 'darwin' })).toBe(path.join('/out/mac', 'Ostoja.app'));
    expect(
      electronBinaryPath({ appOutDir: '/out/linux-unpacked', electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Ostoja' }, executableName: 'ostoja' } }),
    ).toBe(path.join('/out/linux-unpacked', 'ostoja'));
    expect(() => electronBinaryPath({ ...winContext('/out'), electronPlatformName: 'beos' })).toThrow('nieznana platforma');
  });

  it('are flipped in the packed executable by the afterPack hook and read back', async () => {
    const appOutDir = path.join(outDir, 'win-unpacked');
    fs.mkdirSync(appOutDir, { recursive: true });
    const exe = path.join(appOutDir, 'Ostoja.exe');
    fs.writeFileSync(exe, fakeElectron());
    expect(await fusesNotSet(exe)).toEqual([
      'RunAsNode',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableCookieEncryption',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]);
    await afterPack(winContext(appOutDir));
    const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => String.fromCharCode(wire[i]!))).toEqual(['0', '1', '0', '0', '1', '1', '0', '0']);
    expect(await fusesNotSet(exe)).toEqual([]);
    // Nothing but the wire changed.
    const bytes = fs.readFileSync(exe);
    expect(bytes.subarray(0, 10)).toEqual(fakeElectron().subarray(0, 10));
    expect(bytes.length).toBe(fakeElectron().length);
  });

  it('fail the build when a fuse did not take or the wire is missing', async () => {
    const appOutDir = path.join(outDir, 'broken');
    fs.mkdirSync(appOutDir, { recursive: true });
    fs.writeFileSync(path.join(appOutDir, 'Ostoja.exe'), fakeElectron());
    await expect(
      afterPack(winContext(appOutDir), { flipFuses: async () => 1, getCurrentFuseWire: (binary) => getCurrentFuseWire(binary) as never }),
    ).rejects.toThrow(/nie zostały ustawione.*RunAsNode/);
    const noWire = path.join(outDir, 'no-wire');
    fs.mkdirSync(noWire, { recursive: true });
    fs.writeFileSync(path.join(noWire, 'Ostoja.exe'), 'not electron');
    await expect(afterPack(winContext(noWire))).rejects.toThrow(/sentinel/);
  });
});

describe('electron-builder configuration', () => {
  const yml = fs.readFileSync('electron-builder.yml', 'utf8');
  /** Top-level keys with their one-line values (the file is plain YAML; a full parser is not needed for these). */
  const topLevel = new Map(
    yml
      .split(/\r?\n/)
      .map((line) => /^([A-Za-z][\w]*):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()] as const),
  );

  it('packs into an asar with integrity and runs the fuse hook after packing', () => {
    expect(topLevel.get('asar')).toBe('true');
    expect(topLevel.get('afterPack')).toBe('./scripts/after-pack.mjs');
    // electron-builder's own fuse step would flip the wire a second time with other values; asar integrity must stay.
    expect(topLevel.has('electronFuses')).toBe(false);
    expect(topLevel.has('disableAsarIntegrity')).toBe(false);
    expect(topLevel.has('afterSign')).toBe(false);
  });

  it('names a hook that electron-builder loads and that flips the fuses', async () => {
    // Loaded the way electron-builder loads it (its own resolver, Node's import: not vitest's module graph).
    const hook = await resolveFunction<unknown>('module', topLevel.get('afterPack')!, 'afterPack', process.cwd());
    expect(typeof hook).toBe('function');
    const appOutDir = path.join(outDir, 'from-config');
    fs.mkdirSync(appOutDir, { recursive: true });
    const exe = path.join(appOutDir, 'Ostoja.exe');
    fs.writeFileSync(exe, fakeElectron());
    await (hook as typeof afterPack)(winContext(appOutDir));
    expect(await fusesNotSet(exe)).toEqual([]);
  });

  it('never packs the hook or other scripts into the program', () => {
    const files = yml.slice(yml.indexOf('\nfiles:'), yml.indexOf('\nasar:'));
    expect(files).not.toMatch(/scripts/);
  });
});
