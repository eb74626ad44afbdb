import { performance } from 'node:perf_hooks';
import type { Core } from '../../electron/core/core';
import type { TestClock } from '../../db/testing';
import { saveOfficeSettingsRow } from '../../db/repositories/settings';
import { OFFICE } from '../fixtures/office';
import type { MethodName } from '../../shared/contract';

/**
 * Decisions on the bench's 30,000-person register (issue 11): 500 decisions drafted, submitted and signed through
 * the router, then
 * - one decision's PDF (a draft, made on the spot) — target: median under 150 ms;
 * - the 500 signed decisions as one PDF, with the memory it took — target: under 20 s;
 * - the register of the year's decisions — target: opens under 200 ms.
 */
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 500);
const NRB = '50109010140000000012345678';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function runDecisionsBench(core: Core, sessionToken: string, clock: TestClock): Promise<boolean> {
  const call = async <T>(method: MethodName, input: unknown): Promise<T> => {
    const answer = await core.router.invoke(method, input, { transport: 'test', sessionToken });
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value as T;
  };
  const now = clock.now().toISOString();
  saveOfficeSettingsRow(core.database.db, {
    ...OFFICE,
    street: OFFICE.street ?? null,
    phone: OFFICE.phone ?? null,
    email: OFFICE.email ?? null,
    lockAfterMinutes: 120,
    periodicAllowanceMinPercent: 50,
    caseRefUnit: 'GOPS',
    caseRefSymbols: {},
    decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu', careServicesResolution: 'uchwałą nr XII/85/2024 Rady Gminy Sitno' },
    updatedAt: now,
  });

  const candidates = (core.database.sqlite
    .prepare("SELECT id, benefits FROM cases WHERE status = 'interviewDone' ORDER BY id LIMIT ?")
    .all(DECISIONS + 1) as { id: number; benefits: string }[]).map((row) => ({ id: row.id, benefit: (JSON.parse(row.benefits) as string[])[0]! }));

  type Decision = { id: number; version: number; fields: Record<string, unknown>; check: { ok: boolean }[] };
  const complete = {
    paymentMethod: 'transfer',
    bankAccount: NRB,
    payDay: 10,
    amount: 30_000,
    purpose: 'zakup żywności i leków',
    careServices: { scope: 'pomoc w zakupach i sprzątanie', hoursPerWeek: 6, hourlyCost: 3_500, feePercent: 10 },
    careHome: { homeName: 'Dom Pomocy Społecznej w Zamościu', homeAddress: 'ul. Peowiaków 10, 22-400 Zamość' },
    factualReasons: 'Ustalenia wywiadu środowiskowego potwierdzają trudną sytuację strony.',
  };
  const signed: number[] = [];
  const signTimes: number[] = [];
  const seedStart = performance.now();
  for (const candidate of candidates.slice(0, DECISIONS)) {
    const draftAndSign = async (kind: 'grant' | 'refusal') => {
      const draft = await call<Decision>('decisions.createDraft', { caseId: candidate.id, kind, benefit: candidate.benefit });
      const fields = { ...draft.fields, ...complete };
      const updated = await call<Decision>('decisions.updateDraft', { id: draft.id, version: draft.version, fields });
      if (!updated.check.every((item) => item.ok)) {
        await call('decisions.discard', { id: updated.id, version: updated.version });
        return null;
      }
      const submitted = await call<Decision>('decisions.submit', { id: updated.id, version: updated.version });
      const start = performance.now();
      const done = await call<Decision>('decisions.sign', { id: submitted.id, version: submitted.version });
      signTimes.push(performance.now() - start);
      return done.id;
    };
    let id: number | null = null;
    try {
      id = await draftAndSign('grant');
    } catch {
      id = null;
    }
    id ??= await draftAndSign('refusal');
    if (id !== null) signed.push(id);
  }
  const seedMs = performance.now() - seedStart;
  console.log(`\nDecisions — ${signed.length} decisions drafted, submitted and signed through the router in ${(seedMs / 1000).toFixed(1)} s (signing alone: median ${ms(median(signTimes))} each)`);

  // One decision's PDF: a draft is made on the spot each time (a signed one is read back as stored).
  const spare = candidates[DECISIONS] ?? candidates[0]!;
  const draft = await call<Decision>('decisions.createDraft', { caseId: spare.id, kind: 'refusal', benefit: spare.benefit }).catch(() => null);
  const pdfTimes: number[] = [];
  if (draft) {
    for (let run = 0; run < 21; run += 1) {
      const start = performance.now();
      await call('decisions.pdf', { id: draft.id });
      pdfTimes.push(performance.now() - start);
    }
  }
  const onePdf = median(pdfTimes.slice(1));

  // All the signed decisions in one PDF, with the memory the process used at its peak.
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const batchStart = performance.now();
  const merged = await call<{ base64: string; count: number }>('decisions.pdfMany', { ids: signed });
  const batchMs = performance.now() - batchStart;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

  // The register of the year.
  const registerTimes: number[] = [];
  let total = 0;
  for (let run = 0; run < 11; run += 1) {
    const start = performance.now();
    total = (await call<{ total: number }>('decisions.register', { year: Number(clock.now().toISOString().slice(0, 4)) })).total;
    registerTimes.push(performance.now() - start);
  }
  const registerMs = median(registerTimes.slice(1));

  const pass = onePdf < 150 && batchMs < 20_000 && registerMs < 200;
  console.log(`  one decision PDF   median ${ms(onePdf)} over 20 renders (target < 150 ms)`);
  console.log(
    `  ${merged.count} decisions → one PDF  ${(batchMs / 1000).toFixed(1)} s, ${(merged.base64.length * 0.75 / 1024 / 1024).toFixed(1)} MB; ` +
      `memory ${(rssBefore / 1024 / 1024).toFixed(0)} MB before, peak ${(rssPeak / 1024 / 1024).toFixed(0)} MB (target < 20 s)`,
  );
  console.log(`  register of the year  ${total} decisions, median ${ms(registerMs)} (target < 200 ms)`);
  console.log(`Decisions bench: ${pass ? 'PASS' : 'FAIL'}`);
  return pass;
}
