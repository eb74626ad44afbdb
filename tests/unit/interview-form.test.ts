import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casesContract, interviewInput, type CaseDetail, type Interview } from '../../shared/contract/cases';
import type { CaseComputationOut } from '../../shared/contract/computation';
import {
  describeProblems,
  emptyAlimony,
  emptyFarm,
  emptyIncome,
  incomeMonthOptions,
  initialInterviewValues,
  interviewIssuesToErrors,
  parseHectares,
  toInterviewInput,
  type IncomeValue,
  type InterviewValues,
  type MemberValue,
} from '../../renderer/cases/interviewForm';

/**
 * The household-interview form (renderer/cases/interviewForm.ts): what the worker types (Polish amounts, hectares
 * with a decimal comma) becomes the input of interviews.preview / interviews.save, and what is missing or
 * unreadable is reported at the field, so that the live computation never runs on half-typed figures.
 */

const NBSP = '\u00a0';

const anna: MemberValue = { personId: 11, fullName: 'Anna Kowalska', pesel: '85010112345', birthDate: '1985-01-01', relation: 'head' };
const piotr: MemberValue = { personId: 12, fullName: 'Piotr Kowalski', pesel: null, birthDate: '1983-06-15', relation: 'spouse' };

const income = (overrides: Partial<IncomeValue>): IncomeValue => ({ ...emptyIncome(anna.personId), ...overrides });

/** A typical, fully filled form: two people, a salary with deductions, a pension, alimony paid, a farm. */
function filledForm(): InterviewValues {
  return {
    interviewDate: '2025-03-14',
    workerUserId: '3',
    livesAlone: false,
    incomeMonth: '2025-02',
    members: [anna, piotr],
    incomes: [
      income({ personId: 11, kind: 'employment', description: 'Zakład pracy', gross: '1 234,56', tax: '45,00', healthContribution: '96,30', socialContribution: '169,25' }),
      income({ personId: 12, kind: 'retirementPension', description: '', gross: '2100', tax: '', healthContribution: '', socialContribution: '' }),
    ],
    alimonyPaid: [{ ...emptyAlimony(12), amount: '500,00', description: 'na syna' }],
    farms: [{ ...emptyFarm(11), hectares: '2,5', description: 'Sitno' }],
    findings: 'Rodzina w trudnej sytuacji.',
    proposedPeriodicAmount: '',
  };
}

// toInterviewInput refuses dates later than today: the tests' today is 17.03.2025, whatever the day they run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 17, 9, 30));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('toInterviewInput: a date typed wrong is a problem at its field, never another day', () => {
  it('an interview date after today waits for correction, in the words the core would use', () => {
    const converted = toInterviewInput({ ...filledForm(), interviewDate: '2025-03-18' });
    expect(converted.input).toBeNull();
    expect(converted.missing).toEqual({ interviewDate: 'Data wywiadu nie może być z przyszłości.' });
  });

  it('today is fine', () => {
    expect(toInterviewInput({ ...filledForm(), interviewDate: '2025-03-17' }).input?.interviewDate).toBe('2025-03-17');
  });

  it('a one-off income on a day that does not exist is named with whose income it is', () => {
    const values = filledForm();
    values.incomes[0] = { ...values.incomes[0]!, oneOffReceivedOn: '2025-02-30' };
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.missing).toEqual({ 'incomes.0.oneOffReceivedOn': 'Nie ma takiej daty: 30.02.2025 (luty 2025 ma 28 dni).' });
    expect(describeProblems(converted.missing, converted.where)).toEqual([
      'Anna Kowalska, wynagrodzenie ze stosunku pracy — data dochodu jednorazowego: Nie ma takiej daty: 30.02.2025 (luty 2025 ma 28 dni).',
    ]);
  });
});

describe('toInterviewInput: a filled form', () => {
  it('converts amounts to exact grosze and hectares, and the core would accept it', () => {
    const converted = toInterviewInput(filledForm());

    expect(converted.missing).toEqual({});
    expect(converted.invalid).toEqual({});
    expect(converted.input).toEqual({
      interviewDate: '2025-03-14',
      workerUserId: 3,
      livesAlone: false,
      incomeMonth: '2025-02',
      members: [
        { personId: 11, relation: 'head' },
        { personId: 12, relation: 'spouse' },
      ],
      incomes: [
        {
          personId: 11,
          kind: 'employment',
          description: 'Zakład pracy',
          gross: 123_456,
          tax: 4_500,
          healthContribution: 9_630,
          socialContribution: 16_925,
          oneOffReceivedOn: null,
        },
        { personId: 12, kind: 'retirementPension', description: '', gross: 210_000, tax: 0, healthContribution: 0, socialContribution: 0, oneOffReceivedOn: null },
      ],
      alimonyPaid: [{ personId: 12, amount: 50_000, description: 'na syna' }],
      farms: [{ personId: 11, hectares: 2.5, description: 'Sitno' }],
      findings: 'Rodzina w trudnej sytuacji.',
      proposedPeriodicAmount: null,
    });

    const parsed = interviewInput.safeParse(converted.input);
    expect(parsed.success).toBe(true);
    // And as the whole preview request, the way useInterviewPreview sends it (through JSON).
    const request = casesContract['interviews.preview'].input.safeParse({ caseId: 7, interview: JSON.parse(JSON.stringify(converted.input)) });
    expect(request.success).toBe(true);
  });

  it('reads amounts written with a no-break space, "zł", a dot as thousands separator or a decimal dot', () => {
    const values = filledForm();
    values.incomes[0] = income({ kind: 'employment', gross: `12${NBSP}345,60`, tax: '1.234,50', healthContribution: '10.5', socialContribution: '20 zł' });
    const input = toInterviewInput(values).input;
    expect(input?.incomes[0]).toMatchObject({ gross: 1_234_560, tax: 123_450, healthContribution: 1_050, socialContribution: 2_000 });
  });

  it('turns empty deduction fields (tax, contributions) into 0, not into a problem', () => {
    const values = filledForm();
    values.incomes[0] = income({ kind: 'employment', gross: '1000', tax: '', healthContribution: '  ', socialContribution: '' });
    const converted = toInterviewInput(values);
    expect(converted.missing).toEqual({});
    expect(converted.input?.incomes[0]).toMatchObject({ gross: 100_000, tax: 0, healthContribution: 0, socialContribution: 0 });
  });

  it('carries the date of a one-off income', () => {
    const values = filledForm();
    values.incomes[1] = { ...values.incomes[1]!, kind: 'other', oneOffReceivedOn: '2025-02-10' };
    const input = toInterviewInput(values).input;
    expect(input?.incomes[1]?.oneOffReceivedOn).toBe('2025-02-10');
    expect(input?.incomes[0]?.oneOffReceivedOn).toBeNull();
    expect(interviewInput.safeParse(input).success).toBe(true);
  });

  it('sends a proposed periodic amount in grosze, and no amount as null', () => {
    const values = filledForm();
    expect(toInterviewInput(values).input?.proposedPeriodicAmount).toBeNull();
    values.proposedPeriodicAmount = '   ';
    expect(toInterviewInput(values).input?.proposedPeriodicAmount).toBeNull();
    values.proposedPeriodicAmount = '418,50';
    expect(toInterviewInput(values).input?.proposedPeriodicAmount).toBe(41_850);
  });

  it('accepts a household without any income (nothing to fill in)', () => {
    const values: InterviewValues = { ...filledForm(), members: [anna], livesAlone: true, incomes: [], alimonyPaid: [], farms: [] };
    const converted = toInterviewInput(values);
    expect(converted.input).not.toBeNull();
    expect(interviewInput.safeParse(converted.input).success).toBe(true);
  });
});

describe('toInterviewInput: unreadable figures', () => {
  it.each([
    ['12,345', 'Kwota może mieć najwyżej dwie cyfry po przecinku (grosze).'],
    ['abc', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
    ['-5', 'Kwota nie może być ujemna.'],
    ['1 23,00', 'Wpisz kwotę cyframi, np. 1229, 1 229,50 albo 1229,50 zł.'],
  ])('gross "%s" is reported at incomes.N.gross and nothing is sent', (typed, message) => {
    const values = filledForm();
    values.incomes[1] = { ...values.incomes[1]!, gross: typed };
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.invalid).toEqual({ 'incomes.1.gross': message });
    expect(converted.missing).toEqual({});
  });

  it('reports an unreadable deduction at its own field, not at gross', () => {
    const values = filledForm();
    values.incomes[0] = { ...values.incomes[0]!, tax: 'abc', socialContribution: '-5' };
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(Object.keys(converted.invalid).sort()).toEqual(['incomes.0.socialContribution', 'incomes.0.tax']);
  });

  it('reports unreadable alimony and proposed amount', () => {
    const values = filledForm();
    values.alimonyPaid[0]!.amount = '12,345';
    values.proposedPeriodicAmount = 'sto złotych';
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(Object.keys(converted.invalid).sort()).toEqual(['alimonyPaid.0.amount', 'proposedPeriodicAmount']);
  });

  it('reports hectares with 5 decimal places at farms.N.hectares', () => {
    const values = filledForm();
    values.farms[0]!.hectares = '1,23456';
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.invalid).toEqual({ 'farms.0.hectares': 'Najwyżej 4 miejsca po przecinku.' });
    expect(converted.missing).toEqual({});
  });
});

describe('toInterviewInput: fields not filled in yet', () => {
  it('reports an income without a kind and with an empty gross', () => {
    const values = filledForm();
    values.incomes.push(emptyIncome(piotr.personId));
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.invalid).toEqual({});
    expect(converted.missing).toEqual({ 'incomes.2.kind': 'Wybierz rodzaj dochodu.', 'incomes.2.gross': 'Podaj kwotę.' });
  });

  it('reports an empty alimony amount and empty hectares as missing (not as unreadable)', () => {
    const values = filledForm();
    values.alimonyPaid.push(emptyAlimony(anna.personId));
    values.farms.push(emptyFarm(piotr.personId));
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.invalid).toEqual({});
    expect(converted.missing).toEqual({
      'alimonyPaid.1.amount': 'Podaj kwotę.',
      'farms.1.hectares': 'Podaj liczbę hektarów przeliczeniowych.',
    });
  });

  it('reports a missing interview date and worker', () => {
    const values = { ...filledForm(), interviewDate: null, workerUserId: null };
    const converted = toInterviewInput(values);
    expect(converted.input).toBeNull();
    expect(converted.missing).toEqual({
      interviewDate: 'Podaj datę wywiadu.',
      workerUserId: 'Wybierz pracownika, który przeprowadził wywiad.',
    });
  });

  it('names whose field a problem is, for the list away from the field (describeProblems)', () => {
    const values = filledForm();
    values.incomes[0] = { ...values.incomes[0]!, gross: '' };
    values.incomes.push(emptyIncome(piotr.personId));
    values.farms[0]!.hectares = '1,23456';
    const converted = toInterviewInput(values);
    expect(describeProblems(converted.missing, converted.where)).toEqual([
      'Anna Kowalska, wynagrodzenie ze stosunku pracy — przychód brutto: Podaj kwotę.',
      'Piotr Kowalski, rodzaj dochodu: Wybierz rodzaj dochodu.',
      'Piotr Kowalski, dochód — przychód brutto: Podaj kwotę.',
    ]);
    expect(describeProblems(converted.invalid, converted.where)).toEqual(['Anna Kowalska, gospodarstwo rolne: Najwyżej 4 miejsca po przecinku.']);
  });

  it('describeProblems gives the bare message for a field it cannot place', () => {
    expect(describeProblems({ interviewDate: 'Podaj datę wywiadu.', 'incomes.0.gross': 'Podaj kwotę.' }, { 'incomes.0.gross': 'Anna, emerytura — przychód brutto' })).toEqual([
      'Podaj datę wywiadu.',
      'Anna, emerytura — przychód brutto: Podaj kwotę.',
    ]);
  });
});

describe('toInterviewInput: household members', () => {
  it('after removing a member the way the household editor does (with their entries), nothing of theirs is sent', () => {
    // HouseholdEditor.remove filters members, incomes, alimonyPaid and farms by personId; this is that state.
    const values = filledForm();
    const without = <T extends { personId: number }>(list: T[]) => list.filter((entry) => entry.personId !== piotr.personId);
    const after: InterviewValues = {
      ...values,
      members: without(values.members),
      incomes: without(values.incomes),
      alimonyPaid: without(values.alimonyPaid),
      farms: without(values.farms),
    };
    const input = toInterviewInput(after).input;
    expect(input?.members).toEqual([{ personId: 11, relation: 'head' }]);
    expect(input?.incomes.map((entry) => entry.personId)).toEqual([11]);
    expect(input?.alimonyPaid).toEqual([]);
    expect(input?.farms.map((entry) => entry.personId)).toEqual([11]);
    expect(interviewInput.safeParse(input).success).toBe(true);
  });

  it('does not itself drop an income of someone outside the household: it is named so, and the core refuses it at incomes.N.personId', () => {
    // toInterviewInput relies on HouseholdEditor having removed such entries; if one slipped through, the
    // worker sees it at the right place instead of having it silently counted.
    const values = { ...filledForm(), members: [anna] };
    const converted = toInterviewInput(values);
    expect(converted.where['incomes.1.gross']).toBe('osoba spoza gospodarstwa, emerytura — przychód brutto');
    expect(converted.input?.incomes.map((entry) => entry.personId)).toEqual([11, 12]);
    const parsed = interviewInput.safeParse(converted.input);
    expect(parsed.success).toBe(false);
    const errors = interviewIssuesToErrors(parsed.error!.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })));
    expect(errors).toEqual({
      'incomes.1.personId': 'Dochód może mieć tylko osoba z gospodarstwa domowego.',
      'alimonyPaid.0.personId': 'Alimenty może świadczyć tylko osoba z gospodarstwa domowego.',
    });
  });
});

describe('parseHectares', () => {
  it.each([
    ['1', 1],
    ['1,5', 1.5],
    ['0,9999', 0.9999],
    ['2.5', 2.5],
    [' 3,0000 ', 3],
    ['12,0457', 12.0457],
    ['3,5 ha', 3.5],
  ])('reads "%s" as %d ha', (typed, hectares) => {
    expect(parseHectares(typed)).toEqual({ ok: true, hectares });
  });

  it.each([
    ['1,23456', 'Najwyżej 4 miejsca po przecinku.'],
    ['-1', 'Wpisz liczbę hektarów, np. 3,5 albo 0,8520.'],
    ['abc', 'Wpisz liczbę hektarów, np. 3,5 albo 0,8520.'],
    ['1,', 'Wpisz liczbę hektarów, np. 3,5 albo 0,8520.'],
    ['', 'Podaj liczbę hektarów przeliczeniowych.'],
    ['   ', 'Podaj liczbę hektarów przeliczeniowych.'],
  ])('refuses "%s" with a Polish message', (typed, message) => {
    expect(parseHectares(typed)).toEqual({ ok: false, message });
  });

  it('every value it accepts passes the contract (at most 4 decimal places)', () => {
    for (const typed of ['0,0001', '0,9999', '1,2345', '9999,9999', '10000']) {
      const parsed = parseHectares(typed);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const check = interviewInput.safeParse({ ...toInterviewInput(filledForm()).input, farms: [{ personId: 11, hectares: parsed.hectares }] });
      expect(check.success, typed).toBe(true);
    }
  });
});

describe('incomeMonthOptions', () => {
  it('offers the month before the application and the application month, in Polish', () => {
    expect(incomeMonthOptions('2025-03-14')).toEqual([
      { value: '2025-02', label: 'luty 2025 — miesiąc przed złożeniem wniosku' },
      { value: '2025-03', label: 'marzec 2025 — miesiąc złożenia wniosku (dochód utracony)' },
    ]);
  });

  it('for a January application, the month before is December of the previous year', () => {
    expect(incomeMonthOptions('2025-01-02')).toEqual([
      { value: '2024-12', label: 'grudzień 2024 — miesiąc przed złożeniem wniosku' },
      { value: '2025-01', label: 'styczeń 2025 — miesiąc złożenia wniosku (dochód utracony)' },
    ]);
  });
});

// ---- initialInterviewValues ----

const trace = { title: 't', legalBasis: 'art. 8', inputs: [], parameters: null, steps: [], result: { label: 'r', value: 0, unit: 'grosze' as const } };
const parameters = {
  validFrom: '2024-01-01',
  singleThreshold: 100_000,
  perPersonThreshold: 82_300,
  permanentAllowanceMax: 106_000,
  permanentAllowanceMin: 3_000,
  permanentAllowanceThresholdPercent: 100,
  hectareAmount: 34_500,
  periodicAllowanceMinimum: 2_000,
  source: 'rozporządzenie',
};
const computation: CaseComputationOut = {
  parameterDate: '2025-03-03',
  parameters,
  thresholdCitation: '',
  income: { incomeMonth: '2025-02', livesAlone: false, members: 2, householdIncome: 0, perPersonIncome: 0, applicantIncome: 0, items: [], trace },
  benefits: [],
};

const applicantMember = { personId: 11, fullName: 'Anna Kowalska', pesel: '85010112345', birthDate: '1985-01-01', relation: 'head' as const };
const spouseMember = { personId: 12, fullName: 'Piotr Kowalski', pesel: null, birthDate: '1983-06-15', relation: 'spouse' as const };

function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 7,
    caseRef: 'OPS.8301.7.2025',
    status: 'registered',
    applicant: { id: 11, fullName: 'Anna Kowalska', pesel: '85010112345', birthDate: '1985-01-01', addressLine: 'Sitno 12' },
    applicationDate: '2025-03-03',
    benefits: ['periodicAllowance'],
    reasons: ['poverty'],
    worker: { id: 3, fullName: 'Ewa Nowak' },
    complex: false,
    incomeLostInApplicationMonth: false,
    notes: null,
    decidedOn: null,
    benefitUntil: null,
    closedOn: null,
    closeReason: null,
    deadlines: { interviewDue: '2025-03-21', decisionDue: '2025-04-03', interviewUpdateDue: null },
    currentInterview: null,
    interviews: [],
    registerHousehold: [applicantMember, spouseMember],
    version: 1,
    createdAt: '2025-03-03T10:00:00Z',
    updatedAt: '2025-03-03T10:00:00Z',
    ...overrides,
  };
}

const savedInterview: Interview = {
  id: 40,
  caseId: 7,
  supersedesId: null,
  current: true,
  interviewDate: '2025-03-10',
  worker: { id: 3, fullName: 'Ewa Nowak' },
  livesAlone: false,
  incomeMonth: '2025-02',
  members: [applicantMember, { ...spouseMember, relation: 'partner' }],
  incomes: [
    { personId: 11, kind: 'employment', description: 'Zakład pracy', gross: 123_456, tax: 4_500, healthContribution: 9_630, socialContribution: 0, oneOffReceivedOn: null },
    { personId: 12, kind: 'other', description: null, gross: 0, tax: 0, healthContribution: 0, socialContribution: 0, oneOffReceivedOn: '2025-02-10' },
    { personId: 12, kind: 'retirementPension', description: null, gross: 100_000_000, tax: 5, healthContribution: 0, socialContribution: 0, oneOffReceivedOn: null },
  ],
  alimonyPaid: [{ personId: 12, amount: 50_000, description: null }],
  farms: [
    { personId: 11, hectares: 2.5, description: 'Sitno' },
    { personId: 12, hectares: 0.0001, description: null },
    { personId: 12, hectares: 3, description: null },
  ],
  findings: 'Bez zmian.',
  proposedPeriodicAmount: 41_850,
  computation,
  createdAt: '2025-03-10T12:00:00Z',
  createdByName: 'Ewa Nowak',
};

describe('initialInterviewValues', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 17, 9, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a first interview starts from the register household, today, the chosen worker and the month before the application', () => {
    const values = initialInterviewValues(caseDetail(), 5);
    expect(values).toEqual({
      interviewDate: '2025-03-17',
      workerUserId: '5',
      livesAlone: false,
      incomeMonth: '2025-02',
      members: [applicantMember, spouseMember],
      incomes: [],
      alimonyPaid: [],
      farms: [],
      findings: '',
      proposedPeriodicAmount: '',
    });
  });

  it('a household of one is preset as living alone; a worker not known stays empty', () => {
    const values = initialInterviewValues(caseDetail({ registerHousehold: [applicantMember] }), null);
    expect(values.livesAlone).toBe(true);
    expect(values.workerUserId).toBeNull();
    // …and the worker must still be chosen before anything is sent.
    expect(toInterviewInput(values).missing).toEqual({ workerUserId: 'Wybierz pracownika, który przeprowadził wywiad.' });
  });

  it('when an income was lost in the application month, that month is preselected', () => {
    expect(initialInterviewValues(caseDetail({ incomeLostInApplicationMonth: true }), 3).incomeMonth).toBe('2025-03');
  });

  it('an update is prefilled from the current interview, amounts as Polish text and hectares with a comma', () => {
    const values = initialInterviewValues(caseDetail({ currentInterview: savedInterview }), 3);
    expect(values.interviewDate).toBe('2025-03-17');
    expect(values.workerUserId).toBe('3');
    expect(values.livesAlone).toBe(false);
    expect(values.incomeMonth).toBe('2025-02');
    expect(values.members).toEqual([applicantMember, { ...spouseMember, relation: 'partner' }]);
    expect(values.incomes.map(({ key: _key, ...rest }) => rest)).toEqual([
      {
        personId: 11,
        kind: 'employment',
        description: 'Zakład pracy',
        gross: `1${NBSP}234,56`,
        tax: '45,00',
        healthContribution: '96,30',
        socialContribution: '',
        oneOffReceivedOn: null,
      },
      { personId: 12, kind: 'other', description: '', gross: '0,00', tax: '', healthContribution: '', socialContribution: '', oneOffReceivedOn: '2025-02-10' },
      {
        personId: 12,
        kind: 'retirementPension',
        description: '',
        gross: `1${NBSP}000${NBSP}000,00`,
        tax: '0,05',
        healthContribution: '',
        socialContribution: '',
        oneOffReceivedOn: null,
      },
    ]);
    expect(values.alimonyPaid.map(({ key: _key, ...rest }) => rest)).toEqual([{ personId: 12, amount: '500,00', description: '' }]);
    expect(values.farms.map(({ key: _key, ...rest }) => rest)).toEqual([
      { personId: 11, hectares: '2,5', description: 'Sitno' },
      { personId: 12, hectares: '0,0001', description: '' },
      { personId: 12, hectares: '3', description: '' },
    ]);
    expect(values.findings).toBe('Bez zmian.');
    expect(values.proposedPeriodicAmount).toBe('418,50');
  });

  it('every prefilled row gets its own key (randomId works under Node)', () => {
    const values = initialInterviewValues(caseDetail({ currentInterview: savedInterview }), 3);
    const keys = [...values.incomes, ...values.alimonyPaid, ...values.farms].map((entry) => entry.key);
    expect(keys.every((key) => typeof key === 'string' && key.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('an update saved without changes sends the same interview again (prefill and conversion round-trip)', () => {
    const values = initialInterviewValues(caseDetail({ currentInterview: savedInterview }), 3);
    const converted = toInterviewInput(values);
    expect(converted.missing).toEqual({});
    expect(converted.invalid).toEqual({});
    const parsed = interviewInput.parse(converted.input);
    expect(parsed).toEqual({
      interviewDate: '2025-03-17',
      workerUserId: 3,
      livesAlone: savedInterview.livesAlone,
      incomeMonth: savedInterview.incomeMonth,
      members: savedInterview.members.map(({ personId, relation }) => ({ personId, relation })),
      incomes: savedInterview.incomes,
      alimonyPaid: savedInterview.alimonyPaid,
      farms: savedInterview.farms,
      findings: savedInterview.findings,
      proposedPeriodicAmount: savedInterview.proposedPeriodicAmount,
    });
  });

  it('an update without a proposed amount leaves the field empty and sends null', () => {
    const values = initialInterviewValues(caseDetail({ currentInterview: { ...savedInterview, proposedPeriodicAmount: null } }), 3);
    expect(values.proposedPeriodicAmount).toBe('');
    expect(toInterviewInput(values).input?.proposedPeriodicAmount).toBeNull();
  });
});

describe('interviewIssuesToErrors', () => {
  it('maps the core’s issue paths to the form’s field keys, with or without the "interview" prefix', () => {
    expect(
      interviewIssuesToErrors([
        { path: ['interview', 'incomes', 0, 'gross'], message: 'Podatek i składki nie mogą być wyższe niż przychód.' },
        { path: ['incomes', 1, 'tax'], message: 'Podatek: kwota nie może być ujemna.' },
        { path: ['interview', 'farms', 2, 'hectares'], message: 'Powierzchnia jest nierealnie duża.' },
        { path: ['interview', 'livesAlone'], message: 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.' },
      ]),
    ).toEqual({
      'incomes.0.gross': 'Podatek i składki nie mogą być wyższe niż przychód.',
      'incomes.1.tax': 'Podatek: kwota nie może być ujemna.',
      'farms.2.hectares': 'Powierzchnia jest nierealnie duża.',
      livesAlone: 'Osoba samotnie gospodarująca tworzy jednoosobowe gospodarstwo domowe.',
    });
  });

  it('keeps the first message for a field and skips issues with no field', () => {
    expect(
      interviewIssuesToErrors([
        { path: ['interview', 'incomes', 0, 'gross'], message: 'pierwszy' },
        { path: ['interview', 'incomes', 0, 'gross'], message: 'drugi' },
        { path: [], message: 'ogólny' },
      ]),
    ).toEqual({ 'incomes.0.gross': 'pierwszy' });
  });

  it('deductions higher than the gross, which the form itself lets through, come back at the gross field', () => {
    const values = filledForm();
    values.incomes[0] = { ...values.incomes[0]!, gross: '100', tax: '60', healthContribution: '50', socialContribution: '' };
    const converted = toInterviewInput(values);
    expect(converted.input).not.toBeNull();
    const request = casesContract['interviews.preview'].input.safeParse({ caseId: 7, interview: converted.input });
    expect(request.success).toBe(false);
    const errors = interviewIssuesToErrors(request.error!.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })));
    expect(errors).toEqual({ 'incomes.0.gross': 'Podatek i składki nie mogą być wyższe niż przychód.' });
    // The list away from the field names whose income it is.
    expect(describeProblems(errors, converted.where)).toEqual([
      'Anna Kowalska, wynagrodzenie ze stosunku pracy — przychód brutto: Podatek i składki nie mogą być wyższe niż przychód.',
    ]);
  });
});
