#!/usr/bin/env node
// `npm run start:browser` builds the screens only when something they are made of changed since the last build:
// the newest modification time under renderer/ and shared/ (files and folders, so a deleted or renamed file
// counts too), of the Vite configuration and of the installed packages, against the stamp this script writes
// into dist/renderer after a build. `vite build` from anywhere else empties dist/renderer, stamp included, so
// the next start builds again. The stamp holds the newest time seen BEFORE the build: a file saved during the
// build is newer than it, and the next start builds again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'renderer');
const stampFile = path.join(outDir, '.build-stamp');
const sources = ['renderer', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The newest mtime (ms) of a file, or of a folder and everything in it. */
function newest(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, name)));
  }
  return latest;
}

const sourcesTime = Math.max(...sources.map((source) => newest(path.join(root, source))));
const stamp = Number.parseFloat(fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '');
const built = fs.existsSync(path.join(outDir, 'index.html')) && Number.isFinite(stamp);

if (built && stamp >= sourcesTime) {
  console.log('Ekrany bez zmian od ostatniego zbudowania: pomijam vite build.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(stampFile, String(sourcesTime));
