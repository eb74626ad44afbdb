import fs from 'node:fs'; import path from 'node:path';
import Database from 'better-sqlite3';
import { createTempDataDir, MIGRATIONS_FOLDER } from '../db/testing';
import { openDatabase } from '../db/open';
const t = createTempDataDir(); const file = path.join(t.dir, 'ostoja.db');
openDatabase({ file, migrationsFolder: MIGRATIONS_FOLDER }).close();
const n = new Database(file); n.pragma('wal_autocheckpoint = 0'); n.pragma('user_version = 7');
console.log('header user_version', fs.readFileSync(file).readInt32BE(60), 'wal', fs.statSync(file + '-wal').size);
n.close(); t.cleanup();
