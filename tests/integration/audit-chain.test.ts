/**
 * The keyed audit chain (issue 13, item 2): each way of tampering with the log outside the program is found by
 * audit.verify and named in Polish; backups carry the chain's head; dropped triggers are put back at start.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openSqliteFile } from '../../db/cipher';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import {
  appendAudit,
  AUDIT_GENESIS,
  AUDIT_TRIGGERS,
  auditEntryHash,
  auditKeyId,
  KEYED_HASH_PREFIX,
  registerAuditKey,
  verifyAuditChain,
} from '../../db/repositories/audit';
import { createTempDataDir, MIGRATIONS_FOLDER, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../../db/testing';
import { listBackups } from '../../electron/core/backup/list';
import { primaryBackupDir } from '../../electron/core/backup-settings';
import { createCore, type Core } from '../../electron/core/core';
import type { MethodOutput } from '../../shared/contract';
import { APP_VERSION, createTestCore, PESEL, personWithPesel, TEST_PASSWORD, type TestCore } from './helpers';
import { createTestClock, FONTS_FOLDER } from '../../db/testing';

const PASSPHRASE = 'haslo-kopii-gops-sitno';
const START = '2026-11-24T09:00:00.000Z';
let t: TestCore;
let reopened: Core[] = [];

/** The program started again on the same data folder; "tester" logs in and runs the check. */
async function restartAndVerify(dir: string, auditKey = TEST_AUDIT_KEY): Promise<{ core: Core; result: MethodOutput<'audit.verify'> }> {
  const core = createCore({ dataDir: dir, migrationsFolder: MIGRATIONS_FOLDER, fontsFolder: FONTS_FOLDER, appVersion: APP_VERSION, auditKey, databaseKey: TEST_DATABASE_KEY, clock: createTestClock(START), failedLoginDelayMs: 0 });
  reopened.push(core);
  const login = await core.router.invoke('auth.login', { login: 'tester', password: TEST_PASSWORD }, { transport: 'test' });
  if (!login.ok) throw new Error(login.error.message);
  const { sessionToken } = login.value as { sessionToken: string };
  const answer = await core.router.invoke('audit.verify', {}, { transport: 'test', sessionToken });
  if (!answer.ok) throw new Error(answer.error.message);
  return { core, result: answer.value as MethodOutput<'audit.verify'> };
}

interface RawRow {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  kind: string;
  person_id: number | null;
  summary: string;
  details: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Someone with a SQLite tool, the file and its database key, but not the audit-chain key: the triggers dropped,
 * the work done, the triggers put back.
 */
function byHand(file: string, work: (raw: Database.Database) => void, options: { putTriggersBack?: boolean } = {}): void {
  const raw = openSqliteFile(file, { key: TEST_DATABASE_KEY });
  try {
    raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    work(raw);
    if (options.putTriggersBack ?? true) for (const trigger of Object.values(AUDIT_TRIGGERS)) raw.exec(trigger);
  } finally {
    raw.close();
  }
}

function rows(raw: Database.Database): RawRow[] {
  return raw.prepare('SELECT * FROM audit_log ORDER BY id').all() as RawRow[];
}

/** The repository's row shape of a raw row, for auditEntryHash. */
function asEntry(row: RawRow) {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    kind: row.kind,
    personId: row.person_id,
    summary: row.summary,
    details: row.details,
    prevHash: row.prev_hash,
    // Entries of these tests are the main PC's own: no PC of the office network.
    pcId: null,
    pcName: null,
  };
}

/** Rewrites every hash from entry `fromId` on, linking each to the one before, with `hashOf`. */
function rewriteChain(raw: Database.Database, fromId: number, hashOf: (row: RawRow) => string): void {
  let previous = fromId === 1 ? AUDIT_GENESIS : (raw.prepare('SELECT hash FROM audit_log WHERE id = ?').get(fromId - 1) as { hash: string }).hash;
  for (const row of rows(raw).filter((r) => r.id >= fromId)) {
    const relinked = { ...row, prev_hash: previous };
    const hash = hashOf(relinked);
    raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(previous, hash, row.id);
    previous = hash;
  }
}

const plainHash = (row: RawRow) => auditEntryHash(asEntry(row));
const canonical = (row: RawRow) => {
  const entry = asEntry(row);
  return JSON.stringify([entry.id, entry.at, entry.userId, entry.userName, entry.kind, entry.personId, entry.summary, entry.details, entry.prevHash]);
};
const OTHER_KEY = Buffer.alloc(32, 1);
const keyedWith = (key: Buffer) => (row: RawRow) =>
  `${KEYED_HASH_PREFIX}${auditKeyId(key)}:${createHmac('sha256', key).update(canonical(row), 'utf8').digest('hex')}`;
const wrongKeyHash = keyedWith(OTHER_KEY);

async function verify(core: TestCore = t) {
  return core.api.call('audit.verify', {});
}

async function makeBackup(): Promise<void> {
  await t.api.call('backups.configure', { passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, secondaryDir: null });
  await t.api.call('backups.createNow', {});
}

beforeEach(async () => {
  t = await createTestCore({ start: START });
  // 1 tester's login, 2–4 three persons, 5 a view of the file.
  const people = [
    personWithPesel('Jan', 'Kowalski', PESEL.jan1944M),
    personWithPesel('Anna', 'Nowak', PESEL.anna2002F),
    personWithPesel('Piotr', 'Wiśniewski', PESEL.m1980),
  ];
  let id = 0;
  for (const person of people) id = (await t.api.call('persons.create', person)).id;
  await t.api.call('persons.get', { id });
  expect(t.count('audit_log')).toBe(5);
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  for (const core of reopened) core.close();
  reopened = [];
  t.cleanup();
});

describe('the keyed chain', () => {
  it('every entry carries an HMAC under the key, never a plain hash; an untouched log is intact', async () => {
    const stored = rows(t.core.database.sqlite);
    expect(stored.every((row) => row.hash.startsWith(KEYED_HASH_PREFIX))).toBe(true);
    for (const row of stored) {
      expect(row.hash).toBe(keyedWith(TEST_AUDIT_KEY)(row));
    }
    expect(await verify()).toEqual({ intact: true, checked: 5, problems: [] });
  });

  it('an edited row is named', async () => {
    byHand(t.core.database.file, (raw) => raw.prepare("UPDATE audit_log SET summary = 'Dodano osobę: Ktoś Inny' WHERE id = 3").run());
    expect(await verify()).toEqual({
      intact: false,
      checked: 5,
      problems: [{ entryId: 3, message: 'Wpis nr 3 zmieniono albo dopisano poza programem: jego podpis kluczem dziennika się nie zgadza.' }],
    });
  });

  it('a deleted row is named', async () => {
    byHand(t.core.database.file, (raw) => raw.prepare('DELETE FROM audit_log WHERE id = 3').run());
    expect((await verify()).problems).toEqual([
      { entryId: 4, message: 'Brakuje wpisów nr 3–3: zostały usunięte.' },
      { entryId: 4, message: 'Wpis nr 4 nie łączy się z poprzednim: poprzedni wpis zmieniono lub usunięto.' },
    ]);
  });

  it('an inserted row with a correctly computed plain hash is named', async () => {
    byHand(t.core.database.file, (raw) => {
      const last = rows(raw).at(-1)!;
      const row: RawRow = { id: 6, at: '2026-11-24T09:00:00.000Z', user_id: 1, user_name: 'Test', kind: 'person.view', person_id: null, summary: 'Dopisane ręcznie', details: null, prev_hash: last.hash, hash: '' };
      raw
        .prepare('INSERT INTO audit_log (id, at, user_id, user_name, kind, person_id, summary, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(row.id, row.at, row.user_id, row.user_name, row.kind, row.person_id, row.summary, row.details, row.prev_hash, plainHash(row));
    });
    expect(await verify()).toEqual({
      intact: false,
      checked: 6,
      problems: [{ entryId: 6, message: 'Wpis nr 6 dopisano albo przepisano poza programem: nie ma podpisu kluczem dziennika, który mają wpisy od nr 1.' }],
    });
  });

  it('a chain rewritten without the key is named: with plain hashes, with another key', async () => {
    byHand(t.core.database.file, (raw) => {
      raw.prepare("UPDATE audit_log SET summary = 'Dodano osobę: Ktoś Inny' WHERE id = 3").run();
      rewriteChain(raw, 3, plainHash);
    });
    expect((await verify()).problems).toEqual(
      [3, 4, 5].map((id) => ({ entryId: id, message: `Wpis nr ${id} dopisano albo przepisano poza programem: nie ma podpisu kluczem dziennika, który mają wpisy od nr 1.` })),
    );

    byHand(t.core.database.file, (raw) => rewriteChain(raw, 3, wrongKeyHash));
    const withAnotherKey = await verify();
    expect(withAnotherKey.intact).toBe(false);
    // Entries 3–5 and the first check's own entry (6): all rewritten.
    expect(withAnotherKey.problems.filter((p) => p.message.includes('podpis kluczem dziennika się nie zgadza')).map((p) => p.entryId)).toEqual([3, 4, 5, 6]);
  });

  it('a whole chain rewritten from the first entry without the key is named against a backup head', async () => {
    await makeBackup();
    const head = listBackups(primaryBackupDir(t.dir)).backups[0]!.manifest.auditHead!;
    byHand(t.core.database.file, (raw) => {
      raw.prepare("UPDATE audit_log SET summary = 'Dodano osobę: Ktoś Inny' WHERE id = 3").run();
      rewriteChain(raw, 1, wrongKeyHash);
    });
    const result = await verify();
    expect(result.intact).toBe(false);
    const fileName = listBackups(primaryBackupDir(t.dir)).backups[0]!.fileName;
    expect(result.problems).toContainEqual({
      entryId: head.id,
      message: `Wpis nr ${head.id} różni się od wpisu zapisanego w kopii zapasowej z 24.11.2026 (${fileName}): dziennik do tego miejsca przepisano.`,
    });
  });
});

describe('the heads in the backups', () => {
  it('every backup carries the last entry (id and keyed hash) in its manifest; a log that matches is intact', async () => {
    await makeBackup();
    const [backup] = listBackups(primaryBackupDir(t.dir)).backups;
    const entries = rows(t.core.database.sqlite);
    const beforeBackup = entries.filter((row) => row.kind !== 'backup.create').at(-1)!;
    expect(backup!.manifest.auditHead).toEqual({ id: beforeBackup.id, hash: beforeBackup.hash });
    expect(backup!.manifest.auditHead!.hash.startsWith(KEYED_HASH_PREFIX)).toBe(true);
    expect(await verify()).toMatchObject({ intact: true, problems: [] });
  });

  it('rows deleted at the end with the sequence lowered are named against the backup', async () => {
    await makeBackup();
    const { fileName, manifest } = listBackups(primaryBackupDir(t.dir)).backups[0]!;
    const head = manifest.auditHead!.id;
    await t.api.call('persons.get', { id: 1 });
    byHand(t.core.database.file, (raw) => {
      raw.prepare('DELETE FROM audit_log WHERE id > 4').run();
      raw.prepare("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit_log'").run();
    });
    const result = await verify();
    expect(result).toEqual({
      intact: false,
      checked: 4,
      problems: [
        {
          entryId: head,
          message: `Dziennik kończy się na wpisie nr 4, a kopia zapasowa z 24.11.2026 (${fileName}) zawiera wpisy do nr ${head}: wpisy nr 5–${head} usunięto.`,
        },
      ],
    });
  });

  it('all rows deleted (and the sequence with them) are named against the backup, also after a restart', async () => {
    await makeBackup();
    const { fileName, manifest } = listBackups(primaryBackupDir(t.dir)).backups[0]!;
    const head = manifest.auditHead!.id;
    byHand(t.core.database.file, (raw) => {
      raw.prepare('DELETE FROM audit_log').run();
      raw.prepare("DELETE FROM sqlite_sequence WHERE name = 'audit_log'").run();
    });
    expect(await verify()).toEqual({
      intact: false,
      checked: 0,
      problems: [{ entryId: head, message: `Dziennik jest pusty, a kopia zapasowa z 24.11.2026 (${fileName}) zawiera wpisy do nr ${head}: usunięto wszystkie wpisy.` }],
    });

    // The program starts again on the emptied log and writes new entries from nr 1 (the first check's among them).
    t.core.close();
    const { result } = await restartAndVerify(t.dir);
    expect(result.intact).toBe(false);
    expect(result.problems.some((p) => p.entryId === head && p.message.includes(`kopia zapasowa z 24.11.2026 (${fileName})`))).toBe(true);
  });
});

describe('after a restore', () => {
  it('the newer backups of the timeline a restore replaced are not held against the log; the restored backup still is', async () => {
    await makeBackup();
    const [older] = listBackups(primaryBackupDir(t.dir)).backups;
    await t.moveClockTo('2026-11-24T10:00:00.000Z');
    await t.api.call('persons.get', { id: 1 });
    await t.api.call('backups.createNow', {});
    const newer = listBackups(primaryBackupDir(t.dir)).backups.find((backup) => backup.fileName !== older!.fileName)!;
    expect(newer.manifest.auditHead!.id).toBeGreaterThan(older!.manifest.auditHead!.id);

    await t.moveClockTo('2026-11-24T11:00:00.000Z');
    await t.api.call('backups.restore', { location: 'primary', fileName: older!.fileName, confirmation: 'PRZYWRÓĆ' });
    const login = await t.invokeWith(undefined, 'auth.login', { login: 'tester', password: TEST_PASSWORD });
    const token = (login.ok && (login.value as { sessionToken: string }).sessionToken) || '';
    const verified = await t.invokeWith(token, 'audit.verify', {});
    expect(verified).toMatchObject({ ok: true, value: { intact: true, problems: [] } });

    // The restored backup's own head is still compared: the log rewritten below it is named.
    byHand(t.core.database.file, (raw) => rewriteChain(raw, 1, wrongKeyHash));
    const after = await t.invokeWith(token, 'audit.verify', {});
    const problems = (after.ok && (after.value as MethodOutput<'audit.verify'>).problems) || [];
    expect(problems).toContainEqual({
      entryId: older!.manifest.auditHead!.id,
      message: `Wpis nr ${older!.manifest.auditHead!.id} różni się od wpisu zapisanego w kopii zapasowej z 24.11.2026 (${older!.fileName}): dziennik do tego miejsca przepisano.`,
    });
  });
});

describe('on another computer', () => {
  it("the entries under another PC's key are named once, as a range this PC cannot check; its own entries are checked", async () => {
    t.core.close();
    // The same data under another key, as after a backup restored on a new PC.
    const { core, result } = await restartAndVerify(t.dir, OTHER_KEY);
    expect(result).toEqual({
      intact: false,
      checked: 6, // 1–5 from the first PC, 6 this start's login
      problems: [
        {
          entryId: 1,
          message:
            'Wpisów nr 1–5 ten komputer nie może sprawdzić: podpisano je kluczem dziennika innego komputera (dane przeniesione z kopii na nowy komputer) albo przepisano poza programem.',
        },
      ],
    });
    expect(rows(core.database.sqlite).find((row) => row.id === 6)!.hash).toBe(keyedWith(OTHER_KEY)(rows(core.database.sqlite)[5]!));

    // An entry of this PC changed afterwards is still named.
    byHand(core.database.file, (raw) => raw.prepare("UPDATE audit_log SET summary = 'x' WHERE id = 6").run());
    const login = await core.router.invoke('auth.login', { login: 'tester', password: TEST_PASSWORD }, { transport: 'test' });
    const { sessionToken } = (login.ok && (login.value as { sessionToken: string })) || { sessionToken: '' };
    const again = await core.router.invoke('audit.verify', {}, { transport: 'test', sessionToken });
    expect(again.ok && (again.value as MethodOutput<'audit.verify'>).problems.map((p) => p.entryId)).toEqual([1, 6]);
  });
});

describe('the append-only triggers', () => {
  it('dropped triggers are named by the check while the program runs', async () => {
    byHand(t.core.database.file, () => {}, { putTriggersBack: false });
    expect(await verify()).toEqual({
      intact: false,
      checked: 5,
      problems: [
        {
          entryId: 5,
          message:
            'Brakuje zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (audit_log_no_update, audit_log_no_delete): ktoś je usunął z bazy; program przywróci je przy następnym uruchomieniu.',
        },
      ],
    });
  });

  it('dropped triggers are put back at start, the start says so in the log, and the check names it ever after', async () => {
    t.core.close();
    byHand(path.join(t.dir, 'ostoja.db'), () => {}, { putTriggersBack: false });
    const { core, result } = await restartAndVerify(t.dir);
    const sqlite = core.database.sqlite;
    expect(() => sqlite.prepare("UPDATE audit_log SET summary = 'x' WHERE id = 1").run()).toThrow('Dziennik zdarzeń można tylko uzupełniać.');
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow('Dziennik zdarzeń można tylko uzupełniać.');
    const event = rows(sqlite).find((row) => row.id === 6)!;
    expect(event).toMatchObject({
      kind: 'audit.verify',
      user_id: null,
      summary: 'Przy uruchomieniu programu brakowało zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (audit_log_no_update, audit_log_no_delete): przywrócono je',
    });
    expect(result.intact).toBe(false);
    expect(result.problems).toEqual([
      {
        entryId: 6,
        message:
          'Przy uruchomieniu programu (2026-11-24) brakowało zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (audit_log_no_update, audit_log_no_delete): ktoś je usunął poza programem; przywrócono je (wpis nr 6).',
      },
    ]);
  });
});

describe('from plain hashes to the keyed chain', () => {
  it('entries of older versions stay checked by their plain hash, the first keyed entry seals them', async () => {
    const temp = createTempDataDir();
    let upgraded: TestCore | undefined;
    try {
      // An older program: no key, plain SHA-256.
      const old = openDatabase({ file: path.join(temp.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
      for (const summary of ['Pierwszy', 'Drugi', 'Trzeci']) {
        appendAudit(old.db, { at: START, userId: null, userName: null, kind: 'settings.update', personId: null, summary, details: null });
      }
      expect(rows(old.sqlite).every((row) => !row.hash.startsWith(KEYED_HASH_PREFIX))).toBe(true);
      old.close();

      upgraded = await createTestCore({ start: START, dir: temp.dir });
      const stored = rows(upgraded.core.database.sqlite);
      expect(stored.filter((row) => row.hash.startsWith(KEYED_HASH_PREFIX)).map((row) => row.id)).toEqual(stored.filter((row) => row.id > 3).map((row) => row.id));
      expect(await verify(upgraded)).toMatchObject({ intact: true, problems: [] });

      // The old part rewritten with plain hashes, as anyone could: the first keyed entry no longer links to it.
      const file = upgraded.core.database.file;
      byHand(file, (raw) => {
        raw.prepare("UPDATE audit_log SET summary = 'Zmieniony' WHERE id = 2").run();
        let previous = (raw.prepare('SELECT hash FROM audit_log WHERE id = 1').get() as { hash: string }).hash;
        for (const row of rows(raw).filter((r) => r.id >= 2 && r.id <= 3)) {
          const hash = plainHash({ ...row, prev_hash: previous });
          raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(previous, hash, row.id);
          previous = hash;
        }
      });
      expect((await verify(upgraded)).problems).toContainEqual({
        entryId: 4,
        message: 'Wpis nr 4 nie łączy się z poprzednim: poprzedni wpis zmieniono lub usunięto.',
      });
      expect(upgraded.internalErrors).toEqual([]);
    } finally {
      upgraded?.cleanup();
      temp.cleanup();
    }
  });

  it('a connection without the key cannot check keyed entries and says so', () => {
    const temp = createTempDataDir();
    try {
      const keyed = openDatabase({ file: path.join(temp.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
      registerAuditKey(keyed.sqlite, TEST_AUDIT_KEY);
      appendAudit(keyed.db, { at: START, userId: null, userName: null, kind: 'settings.update', personId: null, summary: 'Wpis', details: null });
      keyed.close();
      const keyless = openDatabase({ file: path.join(temp.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
      expect(verifyAuditChain(keyless.db).problems).toEqual([
        { entryId: 1, message: 'Wpisu nr 1 nie można sprawdzić: program nie ma klucza dziennika tego komputera.' },
      ]);
      keyless.close();
    } finally {
      temp.cleanup();
    }
  });
});
