// Makes real decisions and letters through the core, as an office would, and writes their PDFs to look at:
//   npx tsx scripts/preview-decisions.ts [/tmp/ostoja-decisions] && pdftoppm -png -r 70 FILE.pdf FILE
// A long name, a long address and a three-person household; a grant of zasiłek stały, a refusal, a change,
// a revocation, care services, both letters and the register.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { createTestClock, TEST_AUDIT_KEY, TEST_DATABASE_KEY } from '../db/testing';
import type { MethodInput, MethodName, MethodOutput } from '../shared/contract';

const out = process.argv[2] ?? '/tmp/ostoja-decisions';
fs.mkdirSync(out, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostoja-preview-'));
const clock = createTestClock('2026-03-16T09:00:00.000Z');
const core = createCore({ dataDir: dir, migrationsFolder: path.resolve('db/migrations'), fontsFolder: path.resolve('build/fonts'), appVersion: 'preview', auditKey: TEST_AUDIT_KEY, databaseKey: TEST_DATABASE_KEY, clock, failedLoginDelayMs: 0 });

let session: string | undefined;
async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const answer = await core.router.invoke(method, input, { transport: 'test', sessionToken: session });
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as MethodOutput<M>;
}
async function save(name: string, file: { base64: string }) {
  const target = path.join(out, `${name}.pdf`);
  fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
  console.log(target);
}

const office = {
  gminaName: 'Sitno',
  officeName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
  street: 'ul. Tadeusza Kościuszki',
  houseNumber: '73',
  postalCode: '22-424',
  town: 'Sitno',
  phone: '84 611 22 33',
  email: 'gops@sitno.pl',
  directorName: 'Małgorzata Żółkiewska-Łęcka',
  directorTitle: 'Kierownik Gminnego Ośrodka Pomocy Społecznej w Sitnie',
  decisionTexts: { appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu', careServicesResolution: 'uchwałą nr XII/85/2024 Rady Gminy Sitno z dnia 28 marca 2024 r. w sprawie szczegółowych warunków przyznawania i odpłatności za usługi opiekuńcze' },
};
session = (await call('setup.initialize', { office, administrator: { login: 'admin', fullName: 'Tomasz Informatyk', password: 'bardzo-tajne-haslo-1' } })).sessionToken;
await call('settings.updateOffice', office);
const director = await call('users.create', { login: 'kierownik', fullName: 'Małgorzata Żółkiewska-Łęcka', roles: ['director', 'socialWorker'], password: 'haslo-kierowniczki-3' });
await call('auth.logout', {});
session = (await call('auth.login', { login: 'kierownik', password: 'haslo-kierowniczki-3' })).sessionToken;
const me = await call('auth.me', {});
// A new account is asked for its own password at first login.
let password = 'haslo-kierowniczki-3';
await call('auth.changePassword', { currentPassword: password, newPassword: 'nowe-haslo-kierowniczki-4' }).then(() => (password = 'nowe-haslo-kierowniczki-4'), () => undefined);
void director;

const address = { locality: 'Wólka Sitnieńska', street: 'ul. Generała Władysława Sikorskiego', houseNumber: '128A', flatNumber: '14', postalCode: '22-424', postTown: 'Sitno' };
const person = (firstName: string, lastName: string, pesel: string) => call('persons.create', { firstName, lastName, pesel, address, confirmedNotDuplicate: true } as MethodInput<'persons.create'>);
const party = await person('Katarzyna Aleksandra', 'Wiśniewska-Grzegorzewska', '55070707928');
const husband = await person('Zdzisław', 'Grzegorzewski', '50031573112');
const grandson = await person('Łukasz', 'Wiśniewski', '05261506816');

async function caseFor(benefits: Benefit[], pension: number, proposed: number | null) {
  const created = await call('cases.create', { applicantPersonId: party.id, applicationDate: '2026-03-09', benefits, reasons: ['poverty', 'disability', 'longIllness'], workerUserId: me.id });
  await call('interviews.save', {
    caseId: created.id,
    interview: {
      interviewDate: '2026-03-12',
      workerUserId: me.id,
      livesAlone: false,
      incomeMonth: '2026-02',
      members: [
        { personId: party.id, relation: 'head' },
        { personId: husband.id, relation: 'spouse' },
        { personId: grandson.id, relation: 'grandchild' },
      ],
      incomes: [
        { personId: party.id, kind: 'retirementPension', gross: pension },
        { personId: husband.id, kind: 'disabilityPension', gross: 95_000 },
      ],
      alimonyPaid: [],
      farms: [],
      findings:
        'Rodzina zamieszkuje w domu jednorodzinnym wymagającym remontu, ogrzewanym piecem węglowym. Strona choruje przewlekle (cukrzyca, nadciśnienie), ' +
        'mąż ma orzeczony umiarkowany stopień niepełnosprawności. Wnuk strony uczy się w technikum w Zamościu. Dochody rodziny nie pozwalają na zakup opału i leków.',
      proposedPeriodicAmount: proposed,
    },
  });
  return created.id;
}
type Kind = MethodInput<'decisions.createDraft'>['kind'];
type Benefit = MethodInput<'decisions.createDraft'>['benefit'];
type Fields = Partial<MethodInput<'decisions.updateDraft'>['fields']>;
async function decide(caseId: number, kind: Kind, benefit: Benefit, fields: Fields, refersToDecisionId: number | null = null) {
  const draft = await call('decisions.createDraft', { caseId, kind, benefit, refersToDecisionId });
  const updated = await call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...fields } });
  const submitted = await call('decisions.submit', { id: updated.id, version: updated.version });
  return call('decisions.sign', { id: submitted.id, version: submitted.version });
}
const transfer: Fields = { paymentMethod: 'transfer', bankAccount: '50109010140000000012345678', payDay: 10 };

// A household of three with small incomes: zasiłek okresowy in the band, zasiłek stały on the per-person rule.
const periodicCase = await caseFor(['periodicAllowance'], 40_000, 60_000);
const draft = await call('decisions.createDraft', { caseId: periodicCase, kind: 'grant', benefit: 'periodicAllowance' });
await save('1-projekt-okresowy', await call('decisions.pdf', { id: draft.id }));
const updatedDraft = await call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...transfer } });
const submitted = await call('decisions.submit', { id: updatedDraft.id, version: updatedDraft.version });
const periodic = await call('decisions.sign', { id: submitted.id, version: submitted.version });
await save('2-przyznanie-okresowy', await call('decisions.pdf', { id: periodic.id }));

const refusalCase = await caseFor(['purposeAllowance'], 40_000, null);
const refusal = await decide(refusalCase, 'refusal', 'purposeAllowance', {
  factualReasons: 'Strona wnioskowała o zasiłek celowy na zakup opału. W toku postępowania ustalono, że opał na bieżący sezon grzewczy został już zakupiony ze środków przyznanych przez Gminę w ramach dodatku węglowego.',
});
await save('3-odmowa-celowy', await call('decisions.pdf', { id: refusal.id }));

clock.set('2026-04-20T08:00:00.000Z');
await call('auth.unlock', { password });
const current = (await call('cases.get', { id: periodicCase })).currentInterview!;
// The party's pension fell (a bailiff's deduction): the interview is updated, and the change decision follows it.
await call('interviews.save', {
  caseId: periodicCase,
  supersedesId: current.id,
  interview: {
    interviewDate: '2026-04-20',
    workerUserId: me.id,
    livesAlone: current.livesAlone,
    incomeMonth: current.incomeMonth,
    members: current.members.map((member) => ({ personId: member.personId, relation: member.relation })),
    incomes: current.incomes.map((income) => ({ ...income, gross: income.personId === party.id ? 30_000 : income.gross })),
    alimonyPaid: current.alimonyPaid,
    farms: current.farms,
    findings: current.findings,
    proposedPeriodicAmount: 70_000,
  },
});
const change = await decide(periodicCase, 'change', 'periodicAllowance', { periodFrom: '2026-05-01', factualReasons: 'Od kwietnia 2026 r. emerytura strony zmniejszyła się po potrąceniu komorniczym.' }, periodic.id);
await save('4-zmiana-okresowy', await call('decisions.pdf', { id: change.id }));
const revocation = await decide(periodicCase, 'revocation', 'periodicAllowance', { periodFrom: '2026-05-01', factualReasons: 'Strona poinformowała, że od 1 maja 2026 r. podejmuje zatrudnienie na podstawie umowy o pracę.' }, change.id);
await save('5-uchylenie-okresowy', await call('decisions.pdf', { id: revocation.id }));

const careCase = await caseFor(['careServices'], 40_000, null);
const care = await decide(careCase, 'grant', 'careServices', { periodFrom: '2026-04-21', periodUntil: '2026-12-31', careServices: { scope: 'pomoc w zakupach, sprzątanie, przygotowanie posiłków, pomoc w higienie osobistej', hoursPerWeek: 10, hourlyCost: 3_500, feePercent: 20 } });
await save('6-uslugi-opiekuncze', await call('decisions.pdf', { id: care.id }));

const letterCase = await caseFor(['permanentAllowance'], 40_000, null);
const delay = await call('letters.create', { caseId: letterCase, kind: 'delayNotice', newDate: '2026-05-29', delayReason: 'Oczekiwanie na orzeczenie powiatowego zespołu do spraw orzekania o niepełnosprawności' });
await save('7-zawiadomienie-art36', await call('letters.pdf', { id: delay.id }));
const call64 = await call('letters.create', { caseId: letterCase, kind: 'completionCall', missing: 'zaświadczenie z ZUS o wysokości emerytury za luty 2026 r. oraz oświadczenie o stanie majątkowym', days: 7 });
await save('8-wezwanie-art64', await call('letters.pdf', { id: call64.id }));
await save('9-rejestr-2026', await call('decisions.registerExport', { filter: { year: 2026 }, format: 'pdf' }));
await save('10-razem', await call('decisions.pdfMany', { ids: [periodic.id, refusal.id, change.id] }));

core.close();
fs.rmSync(dir, { recursive: true, force: true });
