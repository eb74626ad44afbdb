#!/usr/bin/env node
// `npm start [-- --data-dir DIR]`: builds the renderer and the Electron bundles, prepares better-sqlite3
// for Electron, then runs Electron on this folder and exits with its code.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function step(title, args) {
  console.log(`[start] ${title}`);
  // node itself runs every tool: no shell, no npx (which needs a shell on Windows).
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`[start] Przerwano: krok „${title}” nie powiódł się.`);
    process.exit(result.status ?? 1);
  }
}

step('vite build', [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
step('build-electron', [path.join(root, 'scripts', 'build-electron.mjs')]);
step('prepare-electron-native', [path.join(root, 'scripts', 'prepare-electron-native.mjs')]);

let electronBinary;
try {
  // electron's index.js returns the binary's path and downloads the binary on first use.
  electronBinary = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(`[start] Nie można uruchomić Electrona: ${error instanceof Error ? error.message : error}`);
  console.error('[start] Tryb przeglądarki działa bez Electrona: npm run start:browser');
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();

console.log(`[start] electron ${[root, ...args].join(' ')}`);
const child = spawn(electronBinary, [root, ...args], { cwd: root, stdio: 'inherit', shell: false, env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`[start] Nie można uruchomić Electrona: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
