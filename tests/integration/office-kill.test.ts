/**
 * Issue 14, "What it must show": the main PC killed outright (SIGKILL) while three other PCs write. After it starts
 * again: every call a PC saw succeed is in its database, and the PCs recovered by themselves — the same processes,
 * not restarted, answer again (the workers log in again: sessions live in the main PC's memory, as on one PC).
 * A change whose answer was lost in the kill (committed, its answer not yet kept) is told "already saved" when
 * sent again: the test then finds it saved exactly once.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import { loadDatabaseKey } from '../../electron/core/database-key';
import { freePort, ok, PASSWORD, startClientPc, startMainPc, stopAll, stopHost, type Host, type MainPc } from './fixtures/office-processes';

const WORKERS = [
  { login: 'ewa', fullName: 'Ewa Pracowita', roles: ['socialWorker'], pc: 'Pokój 1' },
  { login: 'jan', fullName: 'Jan Terenowy', roles: ['socialWorker'], pc: 'Pokój 2' },
  { login: 'ola', fullName: 'Ola Rzetelna', roles: ['socialWorker'], pc: 'Pokój 3' },
];

afterAll(stopAll);

const birthDate = (n: number) => new Date(Date.UTC(1930, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

interface Tally {
  /** Person ids and case refs the PC saw saved. */
  persons: number[];
  cases: { id: number; caseRef: string }[];
  unavailable: number;
  loginsAgain: number;
  savedAfterRestart: number;
  /** Told "already saved, its answer was lost": the person's document, and the applicants of such cases. */
  alreadySavedPersons: string[];
  alreadySavedCasesOf: number[];
  otherErrors: string[];
}

const alreadySaved = (answer: { ok: boolean; error?: { code: string; details?: unknown } }) =>
  !answer.ok && answer.error?.code === 'CONFLICT' && (answer.error.details as { alreadyApplied?: boolean } | undefined)?.alreadyApplied === true;

describe('the main PC killed while the other PCs write', () => {
  it('keeps every change a PC saw saved, and the PCs carry on by themselves once it is back', async () => {
    const officePort = await freePort();
    let main: MainPc = await startMainPc(WORKERS.map(({ pc: _pc, ...user }) => user), { officePort });
    const dirs = { dataDir: main.host.dataDir, keyDir: main.host.keyDir };
    const userIds = main.userIds;
    const pcs: Host[] = [];
    for (const worker of WORKERS) pcs.push(await startClientPc(main, worker.pc));

    let restarted = false;
    let stop = false;
    const work = async (pc: Host, n: number): Promise<Tally> => {
      const tally: Tally = { persons: [], cases: [], unavailable: 0, loginsAgain: 0, savedAfterRestart: 0, alreadySavedPersons: [], alreadySavedCasesOf: [], otherErrors: [] };
      const worker = WORKERS[n]!;
      let session = ok(await pc.call('auth.login', { login: worker.login, password: PASSWORD }), 'login').sessionToken as string;
      for (let i = 0; !stop; i++) {
        const person = await pc.call('persons.create', {
          firstName: 'Zofia', lastName: 'Przerwana', idDocument: `KILL${n}${i}`, birthDate: birthDate(n * 3000 + i), sex: 'F',
          address: { locality: 'Sitno', houseNumber: String(i + 1), postalCode: '22-424', postTown: 'Sitno' },
        }, session);
        if (!person.ok) {
          if (alreadySaved(person)) tally.alreadySavedPersons.push(`KILL${n}${i}`);
          else if (person.error?.code === 'UNAVAILABLE') {
            tally.unavailable++;
            await new Promise((resolve) => setTimeout(resolve, 300));
          } else if (person.error?.code === 'UNAUTHORIZED') {
            // The main PC started again: its sessions are new. The same PC process logs its worker in again.
            const again = await pc.call('auth.login', { login: worker.login, password: PASSWORD });
            if (again.ok) {
              session = again.value.sessionToken;
              tally.loginsAgain++;
            }
          } else tally.otherErrors.push(`${person.error?.code} ${person.error?.message}`);
          continue;
        }
        tally.persons.push(person.value.id);
        const created = await pc.call('cases.create', {
          applicantPersonId: person.value.id, applicationDate: '2026-03-10', benefits: ['periodicAllowance'], reasons: ['poverty'], workerUserId: userIds[worker.login],
        }, session);
        if (created.ok) {
          tally.cases.push({ id: created.value.id, caseRef: created.value.caseRef });
          if (restarted) tally.savedAfterRestart++;
        } else if (alreadySaved(created)) tally.alreadySavedCasesOf.push(person.value.id);
        else if (!['UNAVAILABLE', 'UNAUTHORIZED'].includes(created.error!.code)) tally.otherErrors.push(`${created.error?.code} ${created.error?.message}`);
      }
      return tally;
    };
    const working = pcs.map((pc, n) => work(pc, n));

    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await stopHost(main.host, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    main = await startMainPc([], { dirs, officePort });
    restarted = true;
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    stop = true;
    const tallies = await Promise.all(working);
    console.log(`office kill: ${tallies.map((t) => `${t.cases.length} cases (${t.savedAfterRestart} after the restart, ${t.unavailable} × UNAVAILABLE, logged in again ${t.loginsAgain}×, ${t.alreadySavedPersons.length + t.alreadySavedCasesOf.length} × already saved)`).join('; ')}`);

    for (const tally of tallies) {
      expect(tally.otherErrors).toEqual([]);
      expect(tally.loginsAgain).toBeGreaterThanOrEqual(1);
      expect(tally.savedAfterRestart).toBeGreaterThanOrEqual(1);
    }
    // The main PC's own screen reads again too.
    expect((await main.host.call('office.status', {}, main.adminSession)).ok).toBe(true);

    await stopHost(main.host);
    const key = await loadDatabaseKey({ kind: 'owner-only-file', ...dirs });
    const handle = openDatabase({ file: path.join(dirs.dataDir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER, key });
    try {
      const personIds = new Set((handle.sqlite.prepare('SELECT id FROM persons').all() as { id: number }[]).map((row) => row.id));
      const cases = handle.sqlite.prepare('SELECT id, case_ref AS caseRef FROM cases').all() as { id: number; caseRef: string }[];
      const documents = handle.sqlite.prepare('SELECT id_document AS idDocument FROM persons WHERE id_document IS NOT NULL').all() as { idDocument: string }[];
      const applicants = handle.sqlite.prepare('SELECT applicant_person_id AS personId FROM cases').all() as { personId: number }[];
      for (const tally of tallies) {
        for (const id of tally.persons) expect(personIds.has(id), `person ${id}`).toBe(true);
        for (const saved of tally.cases) expect(cases).toContainEqual(saved);
        for (const document of tally.alreadySavedPersons) expect(documents.filter((row) => row.idDocument === document), document).toHaveLength(1);
        for (const personId of tally.alreadySavedCasesOf) expect(applicants.filter((row) => row.personId === personId), `cases of ${personId}`).toHaveLength(1);
      }
      expect(new Set(cases.map((row) => row.caseRef)).size).toBe(cases.length);
    } finally {
      handle.close();
    }
  }, 300_000);
});
