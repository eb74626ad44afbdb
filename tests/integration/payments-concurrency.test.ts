import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/envelope';
import { caseWithInterview, signDecision, TRANSFER } from './fixtures/decisions-support';
import { createTestCore, REPO_ROOT, TEST_PASSWORD, type TestCore } from './helpers';

/**
 * Issue 12: "the same benefit month never lands on two approved lists, even when two lists are approved at the same
 * moment". Two processes open the real database file and approve, released together, two drafts that hold the same
 * benefit month. Only the database can keep them apart (payment_lines_month_held_once): whichever order SQLite lets
 * them in, one list is approved and the other refused with a message a person understands.
 */

const CHILD = path.join(REPO_ROOT, 'tests/integration/fixtures/approve-in-process.ts');

interface ChildResult {
  ok: boolean;
  error: ErrorBody | null;
  internalErrors: string[];
}

interface Child {
  ready: Promise<void>;
  done: Promise<ChildResult>;
}

/** Starts one approving process; `ready` once it has logged in, `done` with the envelope it got. */
function approveInProcess(args: { dir: string; login: string; listId: number; version: number; goFile: string; clockIso: string }): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, args.dir, args.login, TEST_PASSWORD, String(args.listId), String(args.version), args.goFile, args.clockIso], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<ChildResult>((resolve, reject) => {
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`approving process ended with ${code}: ${err || out}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
  // A process that dies before it is ready must not leave the test waiting for it.
  done.catch(() => markReady());
  return { ready, done };
}

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore(); // 10.03.2025, 10:00 in Poland
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

describe('two lists with the same benefit month approved at the same moment by two processes', () => {
  it('one is approved, the other refused with the Polish conflict message; the month is held once', async () => {
    // Zasiłek stały 713,00 zł from 10 March, by transfer, delivered on 12 March: March is payable.
    const { caseId } = await caseWithInterview(t);
    const signed = await signDecision(t, { caseId, kind: 'grant', benefit: 'permanentAllowance' }, { ...TRANSFER, periodUntil: '2025-05-31' });
    await t.moveClockTo('2025-03-12T10:00:00+01:00');
    await t.api.call('decisions.recordDelivery', { id: signed.id, version: signed.version, deliveredOn: '2025-03-12' });
    const first = await t.api.call('payments.prepare', { month: '2025-03', method: 'transfer', payOn: '2025-03-14' });
    expect(first.lines.map((line) => [line.month, line.amount])).toEqual([['2025-03', 50_600]]);

    // A second draft holding the same month, as two accountants preparing at the same moment on two computers
    // would leave it (one program never puts a month on two drafts).
    const sqlite = t.core.database.sqlite;
    const secondId = Number(
      sqlite
        .prepare("INSERT INTO payment_lists (month, method, pay_on, status, line_count, total, prepared_by_user_id, created_at, updated_at) SELECT month, method, pay_on, 'draft', line_count, total, prepared_by_user_id, created_at, updated_at FROM payment_lists WHERE id = ?")
        .run(first.id).lastInsertRowid,
    );
    sqlite
      .prepare(
        'INSERT INTO payment_lines (list_id, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title) SELECT ?, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title FROM payment_lines WHERE list_id = ?',
      )
      .run(secondId, first.id);
    const second = await t.api.call('payments.getList', { id: secondId });

    // The director and the authorised deputy; neither prepared the lists (the tester did).
    await t.loginAs(['director'], 'kierownik');
    await t.loginAs(['director'], 'zastepca');
    const goFile = path.join(t.dir, 'go');
    const clockIso = t.clock.now().toISOString();
    const racers = [
      approveInProcess({ dir: t.dir, login: 'kierownik', listId: first.id, version: first.version, goFile, clockIso }),
      approveInProcess({ dir: t.dir, login: 'zastepca', listId: second.id, version: second.version, goFile, clockIso }),
    ];
    await Promise.all(racers.map((racer) => racer.ready));
    fs.writeFileSync(goFile, '');
    const results = await Promise.all(racers.map((racer) => racer.done));

    for (const result of results) expect(result.internalErrors).toEqual([]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok)!;
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      message: 'Część świadczeń z tej listy jest już na innej zatwierdzonej liście (zatwierdzonej przed chwilą). Przygotuj listę ponownie.',
    });

    // The database holds the month once, on the list that won; the other is still a draft and numbers no list.
    const held = sqlite.prepare("SELECT l.list_id AS listId FROM payment_lines l WHERE l.holds_month = 1 AND l.month = '2025-03'").all() as { listId: number }[];
    expect(held).toHaveLength(1);
    const winner = results[0]!.ok ? first.id : second.id;
    const loser = winner === first.id ? second.id : first.id;
    expect(held[0]!.listId).toBe(winner);
    expect(sqlite.prepare('SELECT id, status, number FROM payment_lists ORDER BY id').all()).toEqual([
      { id: first.id, status: winner === first.id ? 'approved' : 'draft', number: winner === first.id ? 1 : null },
      { id: second.id, status: winner === second.id ? 'approved' : 'draft', number: winner === second.id ? 1 : null },
    ]);
    expect((await t.api.call('payments.getList', { id: loser })).status).toBe('draft');
  }, 90_000);
});
