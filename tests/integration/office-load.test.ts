/**
 * Issue 14, "What it must show": the main PC's host and three other PCs (separate processes, loopback only), each
 * with a different social worker logged in, registering persons and cases and saving interviews at the same time
 * for a bounded time. Afterwards, read from the main PC's database: nothing a PC saw saved is missing, no case
 * number is given twice, and every entry of the audit log those calls wrote names its user and its PC.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import { loadDatabaseKey } from '../../electron/core/database-key';
import { interviewOf } from './fixtures/decisions-support';
import { ok, PASSWORD, startClientPc, startMainPc, stopAll, stopHost, type Host } from './fixtures/office-processes';

const DURATION_MS = 20_000;
const WORKERS = [
  { login: 'ewa', fullName: 'Ewa Pracowita', roles: ['socialWorker'], pc: 'Pokój 1 — Ewa' },
  { login: 'jan', fullName: 'Jan Terenowy', roles: ['socialWorker'], pc: 'Pokój 2 — Jan' },
  { login: 'ola', fullName: 'Ola Rzetelna', roles: ['socialWorker'], pc: 'Pokój 3 — Ola' },
];

afterAll(stopAll);

interface Saved {
  persons: number[];
  cases: { id: number; caseRef: string }[];
  interviews: number[];
  failures: string[];
}

const birthDate = (n: number) => new Date(Date.UTC(1930, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** One worker at one PC, as fast as the answers come: a person, their case, the case's interview, again. */
async function work(pc: Host, session: string, workerId: number, label: string, until: number): Promise<Saved> {
  const saved: Saved = { persons: [], cases: [], interviews: [], failures: [] };
  for (let i = 0; Date.now() < until; i++) {
    const person = await pc.call('persons.create', {
      // A birth date of its own, so that no two are taken for the same person.
      firstName: 'Zofia', lastName: 'Obciążona', idDocument: `LOAD${label}${i}`, birthDate: birthDate(Number(label) * 2000 + i), sex: 'F',
      address: { locality: 'Sitno', houseNumber: String(i + 1), postalCode: '22-424', postTown: 'Sitno' },
    }, session);
    if (!person.ok) { saved.failures.push(`persons.create: ${person.error?.message}`); continue; }
    saved.persons.push(person.value.id);
    const created = await pc.call('cases.create', {
      applicantPersonId: person.value.id, applicationDate: '2026-03-10', benefits: ['periodicAllowance'], reasons: ['poverty'], workerUserId: workerId,
    }, session);
    if (!created.ok) { saved.failures.push(`cases.create: ${created.error?.message}`); continue; }
    saved.cases.push({ id: created.value.id, caseRef: created.value.caseRef });
    const interview = await pc.call('interviews.save', { caseId: created.value.id, interview: { ...interviewOf(person.value.id, workerId, 60_000, null, '2026-03-10'), incomeMonth: '2026-02' } }, session);
    if (!interview.ok) { saved.failures.push(`interviews.save: ${interview.error?.message}`); continue; }
    saved.interviews.push(created.value.id);
  }
  return saved;
}

describe('the office under load: three PCs writing at once', () => {
  it('loses nothing, numbers no case twice, and every audit entry names its user and PC', async () => {
    const main = await startMainPc(WORKERS.map(({ pc: _pc, ...user }) => user));
    const pcs: Host[] = [];
    for (const worker of WORKERS) pcs.push(await startClientPc(main, worker.pc));
    const sessions = await Promise.all(WORKERS.map(async (worker, n) => ok(await pcs[n]!.call('auth.login', { login: worker.login, password: PASSWORD }), 'login').sessionToken as string));
    // The other PCs keep no register: their data folders hold only the link to the main PC.
    for (const pc of pcs) {
      expect(pc.output()).toContain('Stanowisko połączone ze stanowiskiem głównym');
      expect(fs.readdirSync(pc.dataDir)).toEqual(['station.json']);
    }

    const until = Date.now() + DURATION_MS;
    const results = await Promise.all(WORKERS.map((worker, n) => work(pcs[n]!, sessions[n]!, main.userIds[worker.login]!, String(n + 1), until)));
    for (const result of results) expect(result.failures).toEqual([]);
    const total = results.reduce((sum, result) => sum + result.cases.length, 0);
    console.log(`office load: ${results.map((result) => result.interviews.length).join(' + ')} persons with case and interview in ${DURATION_MS / 1000} s`);
    expect(results.every((result) => result.interviews.length >= 5)).toBe(true);

    await stopHost(main.host);
    const key = await loadDatabaseKey({ kind: 'owner-only-file', dataDir: main.host.dataDir, keyDir: main.host.keyDir });
    const handle = openDatabase({ file: path.join(main.host.dataDir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER, key });
    try {
      const sqlite = handle.sqlite;
      // Nothing lost: every person, case and interview a PC saw saved is in the main PC's database, once.
      const personIds = new Set((sqlite.prepare('SELECT id FROM persons').all() as { id: number }[]).map((row) => row.id));
      const cases = sqlite.prepare('SELECT id, case_ref AS caseRef FROM cases').all() as { id: number; caseRef: string }[];
      const interviewed = (sqlite.prepare('SELECT case_id AS caseId FROM interviews').all() as { caseId: number }[]).map((row) => row.caseId);
      for (const result of results) {
        for (const id of result.persons) expect(personIds.has(id)).toBe(true);
        for (const saved of result.cases) expect(cases).toContainEqual(saved);
        for (const caseId of result.interviews) expect(interviewed).toContain(caseId);
      }
      expect(cases).toHaveLength(total);
      expect(interviewed).toHaveLength(total);
      // No case number given twice.
      expect(new Set(cases.map((row) => row.caseRef)).size).toBe(cases.length);
      // Every entry the three PCs' calls wrote names the worker and the PC the worker sat at.
      const entries = sqlite
        .prepare("SELECT e.kind, e.pc_id AS pcId, e.pc_name AS pcName, u.login FROM audit_log e LEFT JOIN users u ON u.id = e.user_id WHERE e.kind NOT IN ('setup.initialize') AND (e.pc_id IS NOT NULL OR u.login IN ('ewa', 'jan', 'ola'))")
        .all() as { kind: string; pcId: number | null; pcName: string | null; login: string | null }[];
      expect(entries.length).toBeGreaterThanOrEqual(3 * total);
      for (const entry of entries) {
        // Pairing is done before anyone logs in: that entry names the PC alone.
        if (entry.kind === 'office.paired') {
          expect(WORKERS.map((worker) => worker.pc)).toContain(entry.pcName);
          continue;
        }
        const worker = WORKERS.find((candidate) => candidate.login === entry.login);
        expect(worker, JSON.stringify(entry)).toBeDefined();
        expect(entry.pcName, JSON.stringify(entry)).toBe(worker!.pc);
      }
    } finally {
      handle.close();
    }
  }, 240_000);
});
