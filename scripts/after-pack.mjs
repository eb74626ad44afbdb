// electron-builder's afterPack hook (electron-builder.yml: afterPack): sets Electron's fuses in the packed
// program before it is signed, and reads them back. What each one closes:
//   RunAsNode off                    ELECTRON_RUN_AS_NODE cannot turn Ostoja.exe into a plain Node that reads the data
//   NodeOptions off                  NODE_OPTIONS (e.g. --require) cannot inject code
//   NodeCliInspectArguments off      --inspect cannot attach a debugger to the main process
//   EnableCookieEncryption on        cookies on disk are encrypted with the OS key
//   EmbeddedAsarIntegrityValidation  app.asar is checked against the hash embedded in the executable
//   OnlyLoadAppFromAsar on           no app/ folder or loose files beside the asar are run instead
//   GrantFileProtocolExtraPrivileges off  file:// pages get no more than a web page (ours come from app://)
// LoadBrowserProcessSpecificV8Snapshot is left off (Electron's default): the program ships no snapshot.
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = fuses;

/** The fuses of Ostoja by name: true = on, false = off. */
export const OSTOJA_FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
});

// electron-builder's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_ARM64 = 3;

/** The config for @electron/fuses' flipFuses. An ad-hoc signed macOS arm64 build must be signed again. */
export function fuseConfig(platformName, arch) {
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: (platformName === 'darwin' || platformName === 'mas') && arch === ARCH_ARM64,
  };
  for (const [name, value] of Object.entries(OSTOJA_FUSES)) config[FuseV1Options[name]] = value;
  return config;
}

/** The packed executable whose fuse wire is flipped (as electron-builder's own addElectronFuses finds it). */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`Bezpieczniki Electrona: nieznana platforma ${electronPlatformName}`);
  }
}

/** The fuses that do not hold the wanted value after flipping, by name (empty when all hold). */
export async function fusesNotSet(binary, readWire = getCurrentFuseWire) {
  const wire = await readWire(binary);
  const wrong = [];
  for (const [name, value] of Object.entries(OSTOJA_FUSES)) {
    const state = wire[FuseV1Options[name]];
    const expected = value ? 49 : 48; // '1' and '0' in the wire
    if (state !== expected) wrong.push(name);
  }
  return wrong;
}

export async function afterPack(context, deps = { flipFuses, getCurrentFuseWire }) {
  const binary = electronBinaryPath(context);
  await deps.flipFuses(binary, fuseConfig(context.electronPlatformName, context.arch));
  const wrong = await fusesNotSet(binary, deps.getCurrentFuseWire);
  if (wrong.length > 0) {
    throw new Error(`Bezpieczniki Electrona nie zostały ustawione w ${binary}: ${wrong.join(', ')}`);
  }
  console.log(`[afterPack] bezpieczniki Electrona ustawione: ${binary}`);
}

export default afterPack;
