import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { createTestCore, expectError, OFFICE, personWithoutPesel, type TestCore } from './helpers';
import { decideCase } from './fixtures/decisions-support';

let t: TestCore;
let workerId: number;

beforeEach(async () => {
  t = await createTestCore(); // the clock stands at 10.03.2025, 10:00 in Poland; the 2025-01-01 figures apply
  await t.api.call('settings.updateOffice', OFFICE);
  workerId = (await t.api.call('auth.me', {})).id;
});
afterEach(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

const rows = (table: string) => (t.core.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

let documents = 0;
/** A person without a PESEL, so that the birth date and sex are exactly what the test needs. */
async function person(birthDate: string, sex: 'F' | 'M', lastName = 'Nowak') {
  documents++;
  const created = await t.api.call('persons.create', personWithoutPesel(sex === 'M' ? 'Piotr' : 'Maria', lastName, `ABD${200000 + documents}`, { birthDate, sex }));
  return created.id;
}

type CertificateForm = MethodInput<'persons.addCertificate'>['certificate'];
const TOTAL_INCAPACITY: CertificateForm = {
  kind: 'totalIncapacityForWork',
  issuer: 'zus',
  issuedOn: '2024-06-01',
  validUntil: '2026-05-31',
  number: 'ZUS/2024/118',
};

const addCertificate = (personId: number, certificate: CertificateForm = TOTAL_INCAPACITY) =>
  t.api.call('persons.addCertificate', { personId, certificate });

async function lastAudit() {
  const [entry] = (await t.api.call('audit.list', { limit: 1 })).entries;
  return entry!;
}

describe('certificates on the person file', () => {
  it('are added, listed (permanent and latest-ending first), corrected and removed, each change in the audit log', async () => {
    const piotr = await person('1976-11-02', 'M');
    const added = await addCertificate(piotr);
    expect(added).toMatchObject({
      personId: piotr,
      kind: 'totalIncapacityForWork',
      issuer: 'zus',
      issuedOn: '2024-06-01',
      validUntil: '2026-05-31',
      number: 'ZUS/2024/118',
      notes: null,
      validToday: true,
      version: 1,
    });
    expect(await lastAudit()).toMatchObject({
      kind: 'person.certificateAdd',
      personId: piotr,
      summary: 'Dopisano orzeczenie (całkowita niezdolność do pracy, ważne do 31.05.2026): Piotr Nowak',
    });

    const permanent = await addCertificate(piotr, { kind: 'moderateDisability', issuer: 'countyBoard', issuedOn: '2020-02-03', permanent: true, validUntil: '2021-01-01' });
    // "Na stałe" wins over a date typed before the box was ticked.
    expect(permanent.validUntil).toBeNull();
    const expired = await addCertificate(piotr, { kind: 'partialIncapacityForWork', issuer: 'zus', issuedOn: '2021-01-04', validUntil: '2023-12-31' });
    expect(expired.validToday).toBe(false);
    const { items } = await t.api.call('persons.listCertificates', { personId: piotr });
    expect(items.map((item) => [item.kind, item.validUntil, item.validToday])).toEqual([
      ['moderateDisability', null, true],
      ['totalIncapacityForWork', '2026-05-31', true],
      ['partialIncapacityForWork', '2023-12-31', false],
    ]);

    const corrected = await t.api.call('persons.updateCertificate', {
      id: added.id,
      version: added.version,
      certificate: { ...TOTAL_INCAPACITY, validUntil: '2027-05-31', notes: 'Przedłużone po komisji lekarskiej' },
    });
    expect(corrected).toMatchObject({ validUntil: '2027-05-31', notes: 'Przedłużone po komisji lekarskiej', version: 2 });
    expect(await lastAudit()).toMatchObject({
      kind: 'person.certificateUpdate',
      details: {
        certificateId: added.id,
        changes: { validUntil: { before: '2026-05-31', after: '2027-05-31' }, notes: { before: null, after: 'Przedłużone po komisji lekarskiej' } },
      },
    });

    expect(await t.api.call('persons.removeCertificate', { id: expired.id, version: 1 })).toEqual({ removed: true });
    expect(await lastAudit()).toMatchObject({
      kind: 'person.certificateRemove',
      summary: 'Usunięto orzeczenie (częściowa niezdolność do pracy, ważne do 31.12.2023): Piotr Nowak',
    });
    expect((await t.api.call('persons.listCertificates', { personId: piotr })).items).toHaveLength(2);
  });

  it('refuses what is wrong with a Polish message at the field, and writes nothing', async () => {
    const piotr = await person('1976-11-02', 'M');
    const auditBefore = rows('audit_log');
    const refused = async (certificate: unknown) =>
      expectError(await t.invoke('persons.addCertificate', { personId: piotr, certificate }), 'VALIDATION');

    expect((await refused({ ...TOTAL_INCAPACITY, validUntil: null })).issues).toEqual([
      expect.objectContaining({ path: ['certificate', 'validUntil'], message: 'Podaj, do kiedy orzeczenie jest ważne, albo zaznacz „na stałe”.' }),
    ]);
    expect((await refused({ ...TOTAL_INCAPACITY, validUntil: '2024-05-31' })).issues).toEqual([
      expect.objectContaining({ path: ['certificate', 'validUntil'], message: 'Orzeczenie nie może tracić ważności przed dniem wydania.' }),
    ]);
    expect((await refused({ ...TOTAL_INCAPACITY, issuedOn: '2025-03-11' })).issues).toEqual([
      expect.objectContaining({ path: ['certificate', 'issuedOn'], message: 'Data wydania orzeczenia nie może być z przyszłości.' }),
    ]);
    expect((await refused({ ...TOTAL_INCAPACITY, issuedOn: '2025-02-30' })).issues).toEqual([
      expect.objectContaining({ path: ['certificate', 'issuedOn'], message: 'Taka data nie istnieje.' }),
    ]);
    const noKind = await refused({ ...TOTAL_INCAPACITY, kind: 'grupaIV', issuer: undefined });
    expect(noKind.issues?.map((issue) => issue.message)).toEqual(['Wybierz rodzaj orzeczenia.', 'Wybierz, kto wydał orzeczenie.']);

    expectError(await t.invoke('persons.addCertificate', { personId: 9999, certificate: TOTAL_INCAPACITY }), 'NOT_FOUND');
    expect(rows('person_certificates')).toBe(0);
    expect(rows('audit_log')).toBe(auditBefore);
  });

  it('a change made meanwhile by someone else is refused, not overwritten', async () => {
    const piotr = await person('1976-11-02', 'M');
    const added = await addCertificate(piotr);
    await t.api.call('persons.updateCertificate', { id: added.id, version: 1, certificate: { ...TOTAL_INCAPACITY, number: 'ZUS/2024/119' } });
    const stale = { id: added.id, version: 1 };
    expect(expectError(await t.invoke('persons.updateCertificate', { ...stale, certificate: TOTAL_INCAPACITY }), 'CONFLICT').message).toBe(
      'Ktoś inny zmienił orzeczenia tej osoby w międzyczasie. Odśwież kartę osoby i wprowadź zmiany jeszcze raz.',
    );
    expectError(await t.invoke('persons.removeCertificate', stale), 'CONFLICT');
    expectError(await t.invoke('persons.removeCertificate', { id: 9999, version: 1 }), 'NOT_FOUND');
    expect((await t.api.call('persons.listCertificates', { personId: piotr })).items[0]).toMatchObject({ number: 'ZUS/2024/119', version: 2 });
  });
});

/** A case of zasiłek stały from 10.03.2025 for a person living alone with 600,00 zł in February. */
async function permanentAllowanceCase(personId: number) {
  const created = await t.api.call('cases.create', {
    applicantPersonId: personId,
    applicationDate: '2025-03-10',
    benefits: ['permanentAllowance'],
    reasons: ['poverty', 'disability'],
    workerUserId: workerId,
  });
  const interview = {
    interviewDate: '2025-03-10',
    workerUserId: workerId,
    livesAlone: true,
    incomeMonth: '2025-02',
    members: [{ personId, relation: 'head' as const }],
    incomes: [{ personId, kind: 'retirementPension' as const, gross: 60_000 }],
    alimonyPaid: [],
    farms: [],
    findings: 'Mieszka sam.',
  };
  const preview = async () => (await t.api.call('interviews.preview', { caseId: created.id, interview })).benefits[0]!;
  return { caseId: created.id, interview, preview };
}

describe('the interview computes zasiłek stały from the certificates on the file (the worked cases of the issue)', () => {
  it('a 48-year-old without a certificate: not due, with the reason; with a certificate of total incapacity: 713,00 zł', async () => {
    const piotr = await person('1976-11-02', 'M');
    const { caseId, interview, preview } = await permanentAllowanceCase(piotr);

    const without = await preview();
    expect(without).toMatchObject({ eligible: false, amount: null });
    expect(without.reason).toMatch(/^Zasiłek stały nie przysługuje: wnioskodawca nie osiągnął wieku emerytalnego \(65 lat\) i nie ma ważnego orzeczenia/);
    expect(without.traces[0]!.steps.map((step) => step.formula)).toContain('48 lat < 65 lat');

    await addCertificate(piotr);
    const withCertificate = await preview();
    expect(withCertificate).toMatchObject({ eligible: true, amount: 71_300, validUntil: '2026-05-31' });
    expect(withCertificate.reason).toMatch(/^Wnioskodawca jest całkowicie niezdolny do pracy z powodu niepełnosprawności: orzeczenie o całkowitej niezdolności do pracy — ZUS/);

    // The saved interview keeps its computation: a certificate removed later does not change it.
    const saved = await t.api.call('interviews.save', { caseId, supersedesId: null, interview });
    const certificateId = (await t.api.call('persons.listCertificates', { personId: piotr })).items[0]!.id;
    await t.api.call('persons.removeCertificate', { id: certificateId, version: 1 });
    expect((await t.api.call('interviews.get', { id: saved.id })).computation.benefits[0]).toMatchObject({ eligible: true, amount: 71_300 });
    expect(await preview()).toMatchObject({ eligible: false });
  });

  it('a 66-year-old man: due, for age', async () => {
    const { preview } = await permanentAllowanceCase(await person('1958-07-21', 'M'));
    expect(await preview()).toMatchObject({ eligible: true, amount: 71_300, validUntil: null });
  });

  it('the eligibility review reads the certificates too, and judges them on the application date', async () => {
    const piotr = await person('1976-11-02', 'M');
    const maria = await person('1979-04-12', 'F', 'Wiśniewska');
    const cases = [await permanentAllowanceCase(piotr), await permanentAllowanceCase(maria)];
    for (const { caseId, interview } of cases) await t.api.call('interviews.save', { caseId, supersedesId: null, interview });
    // Maria's certificate ran to the day of her application: valid on that date, though it has ended since.
    await addCertificate(maria, { kind: 'severeDisability', issuer: 'countyBoard', issuedOn: '2022-03-01', validUntil: '2025-03-10' });
    await t.moveClockTo('2025-04-15T10:00:00Z');

    const review = await t.api.call('cases.eligibilityReview', { scope: 'office' });
    const byCase = (caseId: number) => review.rows.find((row) => row.caseId === caseId)!.benefits[0];
    expect(byCase(cases[0]!.caseId)).toMatchObject({ eligible: false, amount: null });
    expect(byCase(cases[1]!.caseId)).toMatchObject({ eligible: true, amount: 71_300 });
  });
});

describe('"Do zrobienia": certificates ending within 60 days while a benefit runs', () => {
  async function decidedCase(personId: number, benefitUntil: string) {
    const { caseId, interview } = await permanentAllowanceCase(personId);
    await t.api.call('interviews.save', { caseId, supersedesId: null, interview });
    await decideCase(t, caseId, benefitUntil);
    return caseId;
  }

  it('lists a certificate ending within 60 days of a person whose benefit runs, and only that', async () => {
    const piotr = await person('1976-11-02', 'M');
    const ending = await addCertificate(piotr, { ...TOTAL_INCAPACITY, validUntil: '2025-05-09' });
    const piotrCase = await decidedCase(piotr, '2025-08-31');

    // Not listed: a certificate ending after 60 days; one of a person whose case is not decided yet (no benefit
    // runs); one already ended.
    const anna = await person('1980-01-15', 'F', 'Kowalska');
    await addCertificate(anna, { ...TOTAL_INCAPACITY, validUntil: '2025-05-10' });
    await decidedCase(anna, '2025-08-31');
    const ewa = await person('1981-05-05', 'F', 'Zając');
    await addCertificate(ewa, { ...TOTAL_INCAPACITY, validUntil: '2025-04-30' });
    await permanentAllowanceCase(ewa);
    await addCertificate(piotr, { ...TOTAL_INCAPACITY, kind: 'moderateDisability', issuedOn: '2022-01-01', validUntil: '2025-03-09' });

    const { items } = await t.api.call('worklist.get', { scope: 'office' });
    const certificates = items.filter((item) => item.kind === 'certificateExpiring');
    expect(certificates).toEqual([
      expect.objectContaining({
        caseId: piotrCase,
        personId: piotr,
        personName: 'Piotr Nowak',
        certificateId: ending.id,
        dueDate: '2025-05-09',
        late: false,
        daysLeft: 60,
      }),
    ]);
    // The decision granted it until the certificate ends (asked for until 31.08.2025, it could run no longer).
    expect(certificates[0]!.description).toBe(
      'Orzeczenie o całkowitej niezdolności do pracy (ZUS) jest ważne do 09.05.2025, a świadczenie trwa do 09.05.2025 — ' +
        'poproś o nowe orzeczenie albo o wniosek o ponowne orzekanie. Zasiłek stały nie może trwać dłużej niż orzeczenie, na którym go przyznano.',
    );

    // On its last day it is still listed; the day after, no longer.
    await t.moveClockTo('2025-05-09T10:00:00Z');
    expect((await t.api.call('worklist.get', { scope: 'office' })).items.find((item) => item.kind === 'certificateExpiring')).toMatchObject({ daysLeft: 0 });
    await t.moveClockTo('2025-05-10T10:00:00Z');
    expect((await t.api.call('worklist.get', { scope: 'office' })).items.filter((item) => item.kind === 'certificateExpiring')).toEqual([
      expect.objectContaining({ personId: anna, dueDate: '2025-05-10' }),
    ]);
  });

  it('a benefit that has ended no longer brings its certificates', async () => {
    const piotr = await person('1976-11-02', 'M');
    await addCertificate(piotr, { ...TOTAL_INCAPACITY, validUntil: '2025-04-30' });
    await decidedCase(piotr, '2025-03-31');
    expect((await t.api.call('worklist.get', { scope: 'office' })).items.map((item) => item.kind)).toContain('certificateExpiring');
    await t.moveClockTo('2025-04-01T10:00:00Z');
    expect((await t.api.call('worklist.get', { scope: 'office' })).items.map((item) => item.kind)).not.toContain('certificateExpiring');
  });

  it('"mine" shows only the certificates of the worker\'s own cases', async () => {
    const piotr = await person('1976-11-02', 'M');
    await addCertificate(piotr, { ...TOTAL_INCAPACITY, validUntil: '2025-04-30' });
    await decidedCase(piotr, '2025-08-31');
    const other = await t.loginAs(['socialWorker'], 'inna-pracownica');
    const theirs = await t.invokeWith(other, 'worklist.get', { scope: 'mine' });
    expect(theirs.ok && (theirs.value as { items: unknown[] }).items).toEqual([]);
    expect((await t.api.call('worklist.get', { scope: 'mine' })).items.map((item) => item.kind)).toContain('certificateExpiring');
  });
});
