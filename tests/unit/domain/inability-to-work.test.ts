import { describe, expect, it } from 'vitest';
import { inabilityToWork, type ApplicantFacts } from '../../../shared/domain/benefits/inability-to-work';
import { computeCase, type CaseComputationInput } from '../../../shared/domain/case-computation';
import { ageOn, certificateKinds, certificateValidOn, type CertificateFact } from '../../../shared/domain/certificates';
import { formatTraceValue } from '../../../shared/domain/trace';
import { allRows, plain } from './legal-parameter-rows.fixture';

/**
 * Zasiłek stały needs complete inability to work because of age or disability (art. 37 ust. 1 with art. 6 pkt 7
 * u.p.s., DOMAIN.md §2). The worked cases of the issue, each through the whole case computation: a person living
 * alone, income 600,00 zł in February 2025, applying on 10 March 2025.
 */

const APPLICATION_DATE = '2025-03-10';
const APPLICANT = 1;

/** A man of 48 on the application date. */
const MAN_48: ApplicantFacts = { sex: 'M', birthDate: '1976-11-02', certificates: [] };

const totalIncapacity = (overrides: Partial<CertificateFact> = {}): CertificateFact => ({
  kind: 'totalIncapacityForWork',
  issuer: 'zus',
  issuedOn: '2024-06-01',
  validUntil: '2026-05-31',
  ...overrides,
});

function permanentAllowanceFor(applicant: ApplicantFacts, overrides: Partial<CaseComputationInput> = {}) {
  const result = computeCase({
    applicationDate: APPLICATION_DATE,
    benefits: ['permanentAllowance'],
    applicantPersonId: APPLICANT,
    applicant,
    livesAlone: true,
    memberPersonIds: [APPLICANT],
    incomeMonth: '2025-02',
    incomes: [{ personId: APPLICANT, kind: 'retirementPension', gross: 60_000 }],
    alimonyPaid: [],
    farms: [],
    rows: allRows,
    periodicMinPercent: 50,
    ...overrides,
  });
  return result.benefits[0]!;
}

/** The trace of the inability to work as lines "label: formula = value", for readable expectations. */
function inabilityLines(benefit: ReturnType<typeof permanentAllowanceFor>): string[] {
  const trace = benefit.traces.find((entry) => entry.title === 'Całkowita niezdolność do pracy z powodu wieku lub niepełnosprawności');
  if (!trace) throw new Error('no trace of the inability to work');
  expect(trace.legalBasis).toBe('art. 37 ust. 1 w zw. z art. 6 pkt 7 u.p.s.');
  return [
    ...trace.inputs.map((input) => plain(`${input.label}: ${formatTraceValue(input)}`)),
    ...trace.steps.map((step) => plain(`${step.label}: ${step.formula} = ${formatTraceValue(step)}${step.note ? ` (${step.note})` : ''}`)),
    plain(`${trace.result.label}: ${formatTraceValue(trace.result)}`),
  ];
}

describe('the worked cases of the issue: zasiłek stały only for a person unable to work', () => {
  it('a 48-year-old without a certificate: not due, with the reason, and the trace says why', () => {
    const benefit = permanentAllowanceFor(MAN_48);
    expect(benefit.eligible).toBe(false);
    expect(benefit.amount).toBeNull();
    expect(benefit.healthContribution).toBeNull();
    expect(benefit.firstMonth).toBeNull();
    expect(benefit.reason).toBe(
      'Zasiłek stały nie przysługuje: wnioskodawca nie osiągnął wieku emerytalnego (65 lat) i nie ma ważnego orzeczenia ' +
        'o całkowitej niezdolności do pracy, o niezdolności do samodzielnej egzystencji, o I lub II grupie inwalidzkiej albo ' +
        'o znacznym lub umiarkowanym stopniu niepełnosprawności (art. 37 ust. 1 w zw. z art. 6 pkt 7 u.p.s.).',
    );
    expect(inabilityLines(benefit)).toEqual([
      'Data złożenia wniosku: 10.03.2025',
      'Data urodzenia: 02.11.1976',
      'Płeć: mężczyzna',
      'Wiek w dniu złożenia wniosku: 10.03.2025 − 02.11.1976 = 48 lat',
      'Wiek emerytalny (mężczyzna: 65 lat): 48 lat < 65 lat = nie',
      'Ważne orzeczenie: w karcie osoby nie ma orzeczeń = nie',
      'Całkowita niezdolność do pracy: nie',
    ]);
  });

  it('the same person with a certificate of total incapacity valid on the application date: due, 713,00 zł', () => {
    const benefit = permanentAllowanceFor({ ...MAN_48, certificates: [totalIncapacity()] });
    expect(benefit.eligible).toBe(true);
    // 130 % × 1010,00 zł − 600,00 zł = 713,00 zł; March from the 10th: 713,00 ÷ 31 × 22 = 506,00 zł.
    expect(benefit.amount).toBe(71_300);
    expect(benefit.firstMonth?.amount).toBe(50_600);
    expect(benefit.healthContribution).toBe(6_417);
    // The benefit cannot run past the certificate.
    expect(benefit.validUntil).toBe('2026-05-31');
    expect(plain(benefit.reason)).toBe(
      'Wnioskodawca jest całkowicie niezdolny do pracy z powodu niepełnosprawności: orzeczenie o całkowitej niezdolności ' +
        'do pracy — ZUS, wydane 01.06.2024, ważne do 31.05.2026. ' +
        'Dochód osoby samotnie gospodarującej (600,00 zł) jest niższy od kryterium dochodowego (1 010,00 zł).',
    );
    expect(inabilityLines(benefit)).toEqual([
      'Data złożenia wniosku: 10.03.2025',
      'Data urodzenia: 02.11.1976',
      'Płeć: mężczyzna',
      'Orzeczenie: całkowita niezdolność do pracy: ZUS, wydane 01.06.2024, ważne do 31.05.2026',
      'Wiek w dniu złożenia wniosku: 10.03.2025 − 02.11.1976 = 48 lat',
      'Wiek emerytalny (mężczyzna: 65 lat): 48 lat < 65 lat = nie',
      'Orzeczenie: całkowita niezdolność do pracy: wydane 01.06.2024, ważne do 31.05.2026; wniosek z 10.03.2025 = tak',
      'Zasiłek stały najdłużej do: końca ważności orzeczenia = 31.05.2026',
      'Całkowita niezdolność do pracy: tak',
    ]);
    expect(benefit.traces.map((trace) => trace.title)).toEqual([
      'Całkowita niezdolność do pracy z powodu wieku lub niepełnosprawności',
      'Wysokość zasiłku stałego',
      'Świadczenie za niepełny miesiąc',
      'Składka na ubezpieczenie zdrowotne od zasiłku stałego',
    ]);
  });

  it('a 66-year-old man: due for age, with no end date', () => {
    const benefit = permanentAllowanceFor({ sex: 'M', birthDate: '1958-07-21', certificates: [] });
    expect(benefit.eligible).toBe(true);
    expect(benefit.amount).toBe(71_300);
    expect(benefit.validUntil).toBeNull();
    expect(benefit.reason).toMatch(
      /^Wnioskodawca jest całkowicie niezdolny do pracy z powodu wieku: w dniu złożenia wniosku ukończył 66 lat, co najmniej wiek emerytalny \(65 lat\)\. Dochód/,
    );
    expect(inabilityLines(benefit)).toContain('Wiek emerytalny (mężczyzna: 65 lat): 66 lat ≥ 65 lat = tak');
  });

  it('a woman of 60 on the very day of the application: due', () => {
    const benefit = permanentAllowanceFor({ sex: 'F', birthDate: '1965-03-10', certificates: [] });
    expect(benefit.eligible).toBe(true);
    expect(benefit.amount).toBe(71_300);
    expect(benefit.reason).toMatch(/^Wnioskodawczyni jest całkowicie niezdolna do pracy z powodu wieku: w dniu złożenia wniosku ukończyła 60 lat/);
  });

  it('a woman who turns 60 the day after the application: not due, and the reason speaks of her', () => {
    const benefit = permanentAllowanceFor({ sex: 'F', birthDate: '1965-03-11', certificates: [] });
    expect(benefit.eligible).toBe(false);
    expect(benefit.reason).toMatch(/^Zasiłek stały nie przysługuje: wnioskodawczyni nie osiągnęła wieku emerytalnego \(60 lat\)/);
  });

  it('a man of 64: not due (the retirement age of a man is 65)', () => {
    const benefit = permanentAllowanceFor({ sex: 'M', birthDate: '1960-06-30', certificates: [] });
    expect(benefit.eligible).toBe(false);
    expect(benefit.amount).toBeNull();
    expect(inabilityLines(benefit)).toContain('Wiek emerytalny (mężczyzna: 65 lat): 64 lata < 65 lat = nie');
  });

  it('a certificate that ended the day before the application: not due, and the reason gives its end', () => {
    const benefit = permanentAllowanceFor({ ...MAN_48, certificates: [totalIncapacity({ validUntil: '2025-03-09' })] });
    expect(benefit.eligible).toBe(false);
    expect(benefit.reason).toMatch(/^Zasiłek stały nie przysługuje: wnioskodawca nie osiągnął wieku emerytalnego \(65 lat\)/);
    expect(benefit.reason).toMatch(/ Orzeczenie było ważne do 09\.03\.2025, przed dniem złożenia wniosku\.$/);
    expect(inabilityLines(benefit)).toContain(
      'Orzeczenie: całkowita niezdolność do pracy: wydane 01.06.2024, ważne do 09.03.2025; wniosek z 10.03.2025 = nie ' +
        '(Orzeczenie było ważne do 09.03.2025, przed dniem złożenia wniosku.)',
    );
  });

  it('a certificate whose last day is the application date: due until that day', () => {
    const benefit = permanentAllowanceFor({ ...MAN_48, certificates: [totalIncapacity({ validUntil: APPLICATION_DATE })] });
    expect(benefit.eligible).toBe(true);
    expect(benefit.validUntil).toBe(APPLICATION_DATE);
  });

  it('a permanent certificate ("na stałe"): due, with no end date', () => {
    const benefit = permanentAllowanceFor({
      ...MAN_48,
      certificates: [{ kind: 'severeDisability', issuer: 'countyBoard', issuedOn: '2019-04-15', validUntil: null, number: 'PZON.4.2019' }],
    });
    expect(benefit.eligible).toBe(true);
    expect(benefit.amount).toBe(71_300);
    expect(benefit.validUntil).toBeNull();
    expect(benefit.reason).toMatch(/orzeczenie o znacznym stopniu niepełnosprawności — powiatowy zespół do spraw orzekania o niepełnosprawności, wydane 15\.04\.2019, na stałe\./);
    expect(inabilityLines(benefit)).toContain(
      'Orzeczenie: znaczny stopień niepełnosprawności (nr PZON.4.2019): powiatowy zespół do spraw orzekania o niepełnosprawności, wydane 15.04.2019, na stałe',
    );
  });

  it('a certificate of a kind that does not count (lekki stopień): not due, and the reason says so', () => {
    const benefit = permanentAllowanceFor({
      ...MAN_48,
      certificates: [{ kind: 'mildDisability', issuer: 'countyBoard', issuedOn: '2024-01-10', validUntil: null }],
    });
    expect(benefit.eligible).toBe(false);
    expect(benefit.reason).toMatch(
      / Orzeczenie o lekkim stopniu niepełnosprawności nie oznacza całkowitej niezdolności do pracy w rozumieniu art\. 6 pkt 7 u\.p\.s\.$/,
    );
  });

  it('partial incapacity and the III group do not count either; I and II group, moderate degree and inability to live independently do', () => {
    const counts = Object.entries(certificateKinds)
      .filter(([, kind]) => kind.qualifiesForPermanentAllowance)
      .map(([key]) => key);
    expect(counts.sort()).toEqual(
      ['inabilityToLiveIndependently', 'invalidityGroupI', 'invalidityGroupII', 'moderateDisability', 'severeDisability', 'totalIncapacityForWork'].sort(),
    );
    for (const kind of ['partialIncapacityForWork', 'invalidityGroupIII'] as const) {
      const benefit = permanentAllowanceFor({ ...MAN_48, certificates: [totalIncapacity({ kind })] });
      expect(benefit.eligible, kind).toBe(false);
    }
  });

  it('a certificate issued after the application date does not make the person unable to work on that date', () => {
    const benefit = permanentAllowanceFor({ ...MAN_48, certificates: [totalIncapacity({ issuedOn: '2025-03-11' })] });
    expect(benefit.eligible).toBe(false);
    expect(benefit.reason).toMatch(/ Orzeczenie wydano 11\.03\.2025, po dniu złożenia wniosku\.$/);
  });

  it('unable to work but the income is too high: not due for income, and both grounds are in the reason', () => {
    const benefit = permanentAllowanceFor(
      { ...MAN_48, certificates: [totalIncapacity()] },
      { incomes: [{ personId: APPLICANT, kind: 'retirementPension', gross: 101_000 }] },
    );
    expect(benefit.eligible).toBe(false);
    expect(plain(benefit.reason)).toMatch(/^Wnioskodawca jest całkowicie niezdolny do pracy .* nie jest niższy od kryterium dochodowego \(1 010,00 zł\)\.$/);
    expect(benefit.traces).toHaveLength(2);
  });

  it('zasiłek okresowy does not ask for inability to work', () => {
    const benefit = permanentAllowanceFor(MAN_48, { benefits: ['periodicAllowance'] });
    expect(benefit.benefit).toBe('periodicAllowance');
    expect(benefit.eligible).toBe(true);
  });
});

describe('the rule itself', () => {
  it('of several certificates in force, the ground is a permanent one, else the one ending last', () => {
    const ending2026 = totalIncapacity();
    const ending2027 = totalIncapacity({ kind: 'moderateDisability', issuer: 'countyBoard', validUntil: '2027-01-31' });
    expect(inabilityToWork({ ...MAN_48, certificates: [ending2026, ending2027] }, APPLICATION_DATE)).toMatchObject({
      unableToWork: true,
      ground: 'certificate',
      certificate: ending2027,
      validUntil: '2027-01-31',
    });
    const permanent = totalIncapacity({ kind: 'invalidityGroupII', validUntil: null });
    expect(inabilityToWork({ ...MAN_48, certificates: [ending2027, permanent, ending2026] }, APPLICATION_DATE)).toMatchObject({
      certificate: permanent,
      validUntil: null,
    });
  });

  it('age comes before a certificate: a man of 70 with a certificate ending soon has no end date', () => {
    const result = inabilityToWork({ sex: 'M', birthDate: '1955-01-01', certificates: [totalIncapacity()] }, APPLICATION_DATE);
    expect(result).toMatchObject({ unableToWork: true, ground: 'age', validUntil: null });
  });

  it('full years of age: the birthday counts; 29 February reaches the new age on 1 March in a common year', () => {
    expect(ageOn('1960-03-10', '2025-03-09')).toBe(64);
    expect(ageOn('1960-03-10', '2025-03-10')).toBe(65);
    expect(ageOn('1960-02-29', '2025-02-28')).toBe(64);
    expect(ageOn('1960-02-29', '2025-03-01')).toBe(65);
    expect(ageOn('1960-02-29', '2024-02-29')).toBe(64);
  });

  it('a certificate is in force from its issue date to its last day, a permanent one with no end', () => {
    const certificate = { issuedOn: '2025-01-15', validUntil: '2025-06-30' };
    expect(certificateValidOn(certificate, '2025-01-14')).toBe(false);
    expect(certificateValidOn(certificate, '2025-01-15')).toBe(true);
    expect(certificateValidOn(certificate, '2025-06-30')).toBe(true);
    expect(certificateValidOn(certificate, '2025-07-01')).toBe(false);
    expect(certificateValidOn({ issuedOn: '2025-01-15', validUntil: null }, '2099-12-31')).toBe(true);
  });
});
