#!/usr/bin/env node
// Bundles the Electron main process and preload into CommonJS files next to each other:
//   electron/main/main.ts       → dist/electron/main.cjs     (with drizzle-orm, zod, pdfmake and pdf-lib inside)
//   electron/preload/preload.ts → dist/electron/preload.cjs  (sandboxed preloads must be CommonJS)
// 'electron' is provided by the runtime; better-sqlite3-multiple-ciphers stays in node_modules (it loads a native
// addon, and the backup's SQLite worker thread loads it by its path).
// pdfmake (with pdfkit and fontkit) bundles cleanly: it reads files only for the 14 standard PDF fonts, which the
// documents never use (DejaVu Sans comes from resources/fonts), so like drizzle-orm and zod it is a devDependency
// and adds nothing to the installer's node_modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  sourcemap: true,
  logLevel: 'warning',
  // sqlite-worker.ts reads import.meta.url only where `require` does not exist (ES modules under tsx and vitest);
  // in this CommonJS bundle it uses `require`, so the empty import.meta is never read.
  logOverride: { 'empty-import-meta': 'silent' },
  absWorkingDir: root,
};

try {
  await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(outdir, 'main.cjs') }),
    build({ ...common, entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(outdir, 'preload.cjs') }),
  ]);
  console.log(`Electron: zbudowano ${path.relative(root, path.join(outdir, 'main.cjs'))} i ${path.relative(root, path.join(outdir, 'preload.cjs'))}`);
} catch (error) {
  // esbuild has already printed the errors.
  console.error('Electron: budowanie nie powiodło się.', error instanceof Error ? error.message : error);
  process.exit(1);
}
