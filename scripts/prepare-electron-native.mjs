#!/usr/bin/env node
// Makes better-sqlite3-multiple-ciphers (better-sqlite3 with SQLite3 Multiple Ciphers: the encrypted database)
// loadable by Electron (Electron's ABI, not Node's) without touching its build folder in node_modules, which the
// tests keep using under Node. The binary keeps better-sqlite3's file name, better_sqlite3.node.
//
//   node scripts/prepare-electron-native.mjs [--platform win32] [--arch x64]
//
// Writes build/native/<platform>-<arch>-electron-<version>-sqlite3mc/better_sqlite3.node (what `npm start` loads) and a
// copy in build/native/current-<os>-<arch>/ (os: win, mac, linux) that electron-builder packs as
// resources/native/better_sqlite3.node (electron-builder has no macro for the Electron version).
// First a prebuilt binary (prebuild-install, from GitHub); then, only for this computer's own platform,
// a build from source (node-gyp with Electron's headers).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    platform: { type: 'string', default: process.platform },
    arch: { type: 'string', default: process.arch },
  },
});
const platform = values.platform;
const arch = values.arch;
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const label = `${platform}-${arch}, Electron ${electronVersion}`;

const nativeRoot = path.join(root, 'build', 'native');
// As nativeFolderName in electron/main/paths.ts: "-sqlite3mc", so that a plain better-sqlite3 build of earlier
// versions (which would ignore the database key) is never taken for this one.
const targetFile = path.join(nativeRoot, `${platform}-${arch}-electron-${electronVersion}-sqlite3mc`, 'better_sqlite3.node');
const builderOs = { win32: 'win', darwin: 'mac', linux: 'linux' }[platform] ?? platform;
const packagedFile = path.join(nativeRoot, `current-${builderOs}-${arch}`, 'better_sqlite3.node');

const say = (line) => console.log(`[native] ${line}`);
const rel = (file) => path.relative(root, file);

function fail(message) {
  console.error(`\n[native] BŁĄD / ERROR: ${message}\n`);
  process.exit(1);
}

/** Copies the finished binary to the folder electron-builder packs, with the version it belongs to. */
function publishForPackaging() {
  fs.mkdirSync(path.dirname(packagedFile), { recursive: true });
  fs.copyFileSync(targetFile, packagedFile);
  fs.writeFileSync(path.join(path.dirname(packagedFile), 'electron-version.txt'), `${electronVersion}\n`);
  say(`do pakowania: ${rel(packagedFile)}`);
}

/** A binary for the wrong system is worse than none: check the executable format's magic number. */
function looksLikeBinaryFor(file) {
  const head = fs.readFileSync(file).subarray(0, 4);
  if (platform === 'win32') return head[0] === 0x4d && head[1] === 0x5a; // "MZ"
  if (platform === 'linux') return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])); // "\x7fELF"
  if (platform === 'darwin') return [0xcffaedfe, 0xcafebabe, 0xfeedfacf].includes(head.readUInt32BE(0));
  return true;
}

/** npm configuration that would silently build or fetch for another runtime must not reach the child. */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|arch|platform|target_arch|target_platform|disturl|dist_url|build_from_source)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function run(command, args, cwd) {
  say(`$ ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: false, env: childEnv(), timeout: 15 * 60 * 1000 });
  if (result.error) say(`nie udało się uruchomić: ${result.error.message}`);
  return result.status === 0;
}

/** node-gyp: the project's own (if some dependency brings it), else the one bundled with npm. */
function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed in the project
  }
  if (process.env.npm_execpath) {
    candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')); // Windows
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')); // Unix
  return candidates.find((file) => fs.existsSync(file));
}

if (fs.existsSync(targetFile)) {
  say(`gotowe wcześniej (${label}): ${rel(targetFile)}`);
  publishForPackaging();
  process.exit(0);
}

const PACKAGE = 'better-sqlite3-multiple-ciphers';
const sourceDir = path.join(root, 'node_modules', PACKAGE);
if (!fs.existsSync(path.join(sourceDir, 'package.json'))) fail(`brak node_modules/${PACKAGE} — uruchom najpierw: npm install`);

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-native-'));
const workDir = path.join(workRoot, PACKAGE);
process.on('exit', () => fs.rmSync(workRoot, { recursive: true, force: true }));
{
  say(`przygotowuję ${PACKAGE} dla ${label}`);
  fs.cpSync(sourceDir, workDir, {
    recursive: true,
    filter: (file) => path.relative(sourceDir, file).split(path.sep)[0] !== 'build',
  });
  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');

  const prebuildInstall = createRequire(path.join(sourceDir, 'package.json')).resolve('prebuild-install/bin.js');
  say('1/2: gotowy moduł (prebuild-install)…');
  let ok = run(process.execPath, [
    prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--verbose',
  ], workDir) && fs.existsSync(built);

  const isHost = platform === process.platform && arch === process.arch;
  if (!ok && isHost) {
    const nodeGyp = findNodeGyp();
    if (!nodeGyp) {
      say('2/2: nie znaleziono node-gyp — pomijam kompilację ze źródeł');
    } else {
      say(`2/2: kompilacja ze źródeł (node-gyp: ${nodeGyp})…`);
      ok = run(process.execPath, [
        nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ], workDir) && fs.existsSync(built);
    }
  } else if (!ok) {
    say(`2/2: kompilacja ze źródeł możliwa tylko dla tego komputera (${process.platform}-${process.arch}) — pomijam`);
  }

  if (!ok) {
    fail(
      `nie udało się przygotować ${PACKAGE} dla ${label}.\n` +
        '  Gotowego modułu nie pobrano (potrzebny dostęp do github.com)' +
        (isHost ? ', a kompilacja ze źródeł nie powiodła się (potrzebne nagłówki z electronjs.org i kompilator C++).\n'
          : ', a kompilować można tylko dla platformy tego komputera.\n') +
        `  Uruchom skrypt na komputerze z dostępem do internetu albo umieść gotowy plik w:\n  ${targetFile}`,
    );
  }
  if (!looksLikeBinaryFor(built)) fail(`otrzymany plik nie jest modułem dla ${platform}: ${built}`);

  fs.mkdirSync(path.dirname(targetFile), { recursive: true });
  fs.copyFileSync(built, targetFile);
  say(`gotowe: ${rel(targetFile)}`);
  publishForPackaging();
}
