import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { amountInWords } from '../../shared/domain/amount-in-words';
import { benefitKindKeys, type BenefitKind } from '../../shared/domain/cases';
import { benefitWording, decisionKinds, runsOverPeriod, type DecisionKind } from '../../shared/domain/decisions';
import { bodyText, expectInOrder, pageTexts } from '../unit/documents/pdf-text';
import { interviewOf, TRANSFER } from './fixtures/decisions-support';
import { createTestCore, OFFICE, type TestCore } from './helpers';

/**
 * Every kind of decision for every kind of help the program registers: the PDF's text holds every element of
 * k.p.a. art. 107 § 1, the amount in words where there is money, and the computation's trace where the program
 * computes the benefit. One core for the whole file (each case gets its own person), so the numbers run on.
 */
let t: TestCore;
let serial = 0;

beforeAll(async () => {
  t = await createTestCore();
  await t.api.call('settings.updateOffice', {
    ...OFFICE,
    decisionTexts: {
      appealBody: 'Samorządowego Kolegium Odwoławczego w Zamościu',
      careServicesResolution: 'uchwałą nr XII/85/2024 Rady Gminy Sitno z dnia 28 marca 2024 r.',
    },
  });
});
afterAll(() => {
  expect(t.internalErrors).toEqual([]);
  t.cleanup();
});

type Fields = Partial<MethodInput<'decisions.updateDraft'>['fields']>;

/** What each kind of help needs in a grant, and the income that makes the person eligible for it. */
const grants: Record<BenefitKind, { pension?: number; proposed?: number; fields: Fields; amount: number | null; says: string }> = {
  permanentAllowance: { fields: TRANSFER, amount: 71_300, says: 'Przyznać stronie zasiłek stały w kwocie 713,00 zł' },
  // Shortfall 1010,00 − 600,00 = 410,00; the band 205,00–410,00: the worker proposed 300,00.
  periodicAllowance: { proposed: 30_000, fields: { ...TRANSFER, periodUntil: '2025-05-31' }, amount: 30_000, says: 'Przyznać stronie zasiłek okresowy w kwocie 300,00 zł' },
  purposeAllowance: { fields: { paymentMethod: 'cash', amount: 45_000, purpose: 'zakup opału na zimę' }, amount: 45_000, says: 'z przeznaczeniem na zakup opału na zimę' },
  eventPurposeAllowance: { fields: { ...TRANSFER, amount: 200_000, purpose: 'naprawę dachu po pożarze' }, amount: 200_000, says: 'zasiłek celowy w związku ze zdarzeniem losowym w kwocie 2 000,00 zł' },
  // Above the threshold: 1200,00 > 1010,00, so only the special purpose allowance, at most the threshold.
  specialPurposeAllowance: { pension: 120_000, fields: { paymentMethod: 'postalOrder', amount: 50_000, purpose: 'zakup leków' }, amount: 50_000, says: 'przekazem pocztowym' },
  returnableAid: { fields: { paymentMethod: 'cash', amount: 80_000, purpose: 'zakup pralki' }, amount: 80_000, says: 'Przyznać stronie pomoc pod warunkiem zwrotu w kwocie 800,00 zł' },
  economicIndependence: { fields: { ...TRANSFER, amount: 300_000, purpose: 'zakup narzędzi do pracy' }, amount: 300_000, says: 'pomoc w usamodzielnieniu ekonomicznym w kwocie 3 000,00 zł' },
  funeral: { fields: { amount: 420_000, purpose: 'trumna, ubranie, przewóz i pochówek na cmentarzu parafialnym w Sitnie' }, amount: 420_000, says: 'sprawienia pogrzebu w zakresie: trumna' },
  shelter: { fields: { purpose: 'miejsce w schronisku dla osób bezdomnych w Zamościu', periodUntil: '2025-05-31' }, amount: null, says: 'Przyznać stronie pomoc w formie schronienia w zakresie: miejsce w schronisku' },
  meals: { fields: { purpose: 'jeden gorący posiłek dziennie', periodUntil: '2025-06-30' }, amount: null, says: 'pomoc w formie posiłku w zakresie: jeden gorący posiłek dziennie na okres od 10.03.2025 r. do 30.06.2025 r.' },
  clothing: { fields: { purpose: 'kurtka zimowa i buty' }, amount: null, says: 'pomoc w formie niezbędnego ubrania w zakresie: kurtka zimowa i buty' },
  careServices: {
    fields: { careServices: { scope: 'pomoc w zakupach, sprzątanie, przygotowanie posiłków', hoursPerWeek: 10, hourlyCost: 3_500, feePercent: 20 }, periodUntil: '2025-12-31' },
    amount: null,
    // 20 % of 35,00 zł = 7,00 zł an hour.
    says: 'Ustalić odpłatność za usługi w wysokości 20% kosztu jednej godziny usług (35,00 zł), tj. 7,00 zł (słownie: siedem złotych 00/100) za godzinę, zgodnie z uchwałą nr XII/85/2024',
  },
  careHome: { fields: { careHome: { homeName: 'Dom Pomocy Społecznej w Zamościu', homeAddress: 'ul. Peowiaków 10, 22-400 Zamość' } }, amount: null, says: 'Skierować stronę do domu pomocy społecznej: Dom Pomocy Społecznej w Zamościu' },
};

async function decide(caseId: number, kind: DecisionKind, benefit: BenefitKind, fields: Fields, refersToDecisionId: number | null = null) {
  const draft = await t.api.call('decisions.createDraft', { caseId, kind, benefit, refersToDecisionId });
  const updated = await t.api.call('decisions.updateDraft', { id: draft.id, version: draft.version, fields: { ...draft.fields, ...fields } });
  expect(updated.check.filter((item) => !item.ok)).toEqual([]);
  const submitted = await t.api.call('decisions.submit', { id: updated.id, version: updated.version });
  const signed = await t.api.call('decisions.sign', { id: submitted.id, version: submitted.version });
  const file = await t.api.call('decisions.pdf', { id: signed.id });
  return { signed, text: bodyText(await pageTexts(Buffer.from(file.base64, 'base64')), null) };
}

/** The elements of k.p.a. art. 107 § 1 in the order a decision prints them. */
function article107(kind: DecisionKind, benefit: BenefitKind, number: string, partyName: string, ruling: string, reasons: string[]): string[] {
  return [
    'Gminny Ośrodek Pomocy Społecznej w Sitnie', // the organ's office
    'Sitno, dnia 10.03.2025 r.', // the date
    partyName, // the party
    `DECYZJA nr ${number}`,
    `${decisionKinds[kind].title} ${benefitWording[benefit].genitive}`,
    'Na podstawie art. 104', // the legal basis
    'o pomocy społecznej (Dz.U. 2025 poz. 1214)',
    'orzekam:',
    ruling, // the ruling
    'Uzasadnienie', // the factual and legal reasons
    ...reasons,
    'Pouczenie', // the appeal instruction with the right to waive the appeal
    'odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu',
    'zrzec się prawa do wniesienia odwołania',
    'z up. Wójta Gminy Sitno', // the organ in whose name, the signer's name and post
    'Test socialWorker director accountant administrator',
    'Kierownik Gminnego Ośrodka Pomocy Społecznej',
  ];
}

async function newCase(benefit: BenefitKind, pension = 60_000, proposed: number | null = null) {
  serial += 1;
  const ready = await caseWithInterviewFor(benefit, pension, proposed);
  return ready;
}

async function caseWithInterviewFor(benefit: BenefitKind, pension: number, proposed: number | null) {
  const workerId = (await t.api.call('auth.me', {})).id;
  const person = await t.api.call('persons.create', {
    firstName: 'Halina',
    lastName: `Wójcik-Grzegorzewska ${serial}`,
    idDocument: `ABC${String(100000 + serial)}`,
    birthDate: '1948-06-02',
    sex: 'F',
    address: { locality: 'Bródek', houseNumber: String(serial), postalCode: '22-424', postTown: 'Sitno' },
    // Each case has its own person (a woman born in 1948, at retirement age, without a PESEL).
    confirmedNotDuplicate: true,
  });
  const created = await t.api.call('cases.create', {
    applicantPersonId: person.id,
    applicationDate: '2025-03-10',
    benefits: [benefit],
    reasons: ['poverty', 'longIllness'],
    workerUserId: workerId,
  });
  await t.api.call('interviews.save', { caseId: created.id, interview: interviewOf(person.id, workerId, pension, proposed) });
  const detail = await t.api.call('cases.get', { id: created.id });
  return { caseId: created.id, personId: person.id, workerId, partyName: `${person.firstName} ${person.lastName}`, computation: detail.currentInterview!.computation.benefits.find((entry) => entry.benefit === benefit)! };
}

describe.each(benefitKindKeys)('decisions about %s', (benefit) => {
  const grant = grants[benefit];

  it('a grant prints every element of art. 107 § 1, the amount in words and the trace', async () => {
    const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
    const { signed, text } = await decide(ready.caseId, 'grant', benefit, grant.fields);
    expect(signed.amount).toBe(grant.amount);
    const reasons = ready.computation.traces.length > 0 ? [ready.computation.traces[0]!.title] : ['rodzinny wywiad środowiskowy'];
    expectInOrder(text, article107('grant', benefit, signed.decisionNumber!, ready.partyName, grant.says, reasons));
    if (grant.amount !== null) expect(text).toContain(`(słownie: ${amountInWords(grant.amount)})`);
    expect(text).toContain('art. 130 § 4 k.p.a.');
  });

  it('a refusal prints every element of art. 107 § 1 and why', async () => {
    const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
    const { text } = await decide(ready.caseId, 'refusal', benefit, { factualReasons: 'Strona posiada środki, które pozwalają jej zaspokoić tę potrzebę.' });
    expectInOrder(
      text,
      article107('refusal', benefit, text.match(/DECYZJA nr (\S+)/)![1]!, ready.partyName, `Odmówić stronie przyznania ${benefitWording[benefit].genitive}.`, [
        'Strona posiada środki, które pozwalają jej zaspokoić tę potrzebę.',
      ]),
    );
    expect(text).not.toContain('art. 130 § 4');
  });

  if (runsOverPeriod(benefit)) {
    it('a revocation of the running benefit acts from a later day and names the decision it revokes', async () => {
      const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
      const { signed: granted } = await decide(ready.caseId, 'grant', benefit, grant.fields);
      const { text } = await decide(ready.caseId, 'revocation', benefit, { periodFrom: '2025-04-01', factualReasons: 'Strona wyjechała za granicę na stałe.' }, granted.id);
      expectInOrder(
        text,
        article107('revocation', benefit, text.match(/DECYZJA nr (\S+)/)![1]!, ready.partyName, `Uchylić od dnia 01.04.2025 r. decyzję nr ${granted.decisionNumber} z dnia 10.03.2025 r. przyznającą stronie ${benefitWording[benefit].accusative}.`, [
          'Strona wyjechała za granicę na stałe.',
          'Decyzja działa wyłącznie na przyszłość',
        ]),
      );
    });
  }

  if (benefitWording[benefit].money === 'monthly') {
    it('a change takes the new amount from the updated interview, in figures and in words, with its trace', async () => {
      const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
      const { signed: granted } = await decide(ready.caseId, 'grant', benefit, grant.fields);
      const current = await t.api.call('cases.get', { id: ready.caseId });
      // The pension fell to 500,00: zasiłek stały 1313,00 − 500,00 = 813,00; the periodic band grows, the worker proposes 400,00.
      const proposed = benefit === 'periodicAllowance' ? 40_000 : null;
      await t.api.call('interviews.save', { caseId: ready.caseId, supersedesId: current.currentInterview!.id, interview: interviewOf(ready.personId, ready.workerId, 50_000, proposed) });
      const { signed, text } = await decide(ready.caseId, 'change', benefit, { periodFrom: '2025-04-01', factualReasons: 'Emerytura strony zmalała.' }, granted.id);
      const amount = benefit === 'permanentAllowance' ? 81_300 : 40_000;
      expect(signed.amount).toBe(amount);
      expectInOrder(
        text,
        article107('change', benefit, signed.decisionNumber!, ready.partyName, `Zmienić decyzję nr ${granted.decisionNumber} z dnia 10.03.2025 r.`, [
          'Emerytura strony zmalała.',
          'Decyzja działa wyłącznie na przyszłość',
        ]),
      );
      expect(text).toContain(`(słownie: ${amountInWords(amount)}) miesięcznie`);
      expect(text).toContain(benefit === 'permanentAllowance' ? '1 313,00 zł − 500,00 zł' : 'Wysokość zasiłku okresowego');
    });
  } else if (runsOverPeriod(benefit)) {
    it('a change is refused: the scope of this help changes by revoking and granting anew', async () => {
      const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
      const { signed: granted } = await decide(ready.caseId, 'grant', benefit, grant.fields);
      const refused = await t.invoke('decisions.createDraft', { caseId: ready.caseId, kind: 'change', benefit, refersToDecisionId: granted.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
  } else {
    it('help given once is neither changed nor revoked from a day', async () => {
      const ready = await newCase(benefit, grant.pension, grant.proposed ?? null);
      const { signed: granted } = await decide(ready.caseId, 'grant', benefit, grant.fields);
      const refused = await t.invoke('decisions.createDraft', { caseId: ready.caseId, kind: 'revocation', benefit, refersToDecisionId: granted.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
  }
});
