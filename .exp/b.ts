import fs from 'node:fs'; import path from 'node:path'; import os from 'node:os'; import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { openDatabase, DatabaseOpenError } from '/work/main/db/open';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostx-'));
const file = path.join(dir, 'ostoja.db');
const mig = '/work/main/db/migrations';
const h = openDatabase({ file, migrationsFolder: mig });
console.log(h.sqlite.pragma('journal_mode', {simple:true}), h.sqlite.pragma('synchronous', {simple:true}), h.sqlite.pragma('foreign_keys', {simple:true}), h.schemaVersion);
h.close();
const raw = new Database(file); raw.pragma('user_version = 99'); raw.close();
console.log(fs.readdirSync(dir));
const sha = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const before = sha();
try { openDatabase({ file, migrationsFolder: mig }); } catch (e) { console.log((e as DatabaseOpenError).reason, (e as Error).message); }
console.log(fs.readdirSync(dir), before === sha());
