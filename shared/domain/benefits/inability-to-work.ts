import { formatDatePl } from '../calendar';
import {
  ageOn,
  certificateIssuers,
  certificateKinds,
  certificateLabel,
  certificateValidOn,
  retirementAge,
  type CertificateFact,
} from '../certificates';
import type { Sex } from '../pesel';
import { plural } from '../plural';
import { type ComputationTrace, startTrace } from '../trace';

/**
 * The first condition of zasiłek stały (art. 37 ust. 1 u.p.s.): the applicant is completely unable to work because
 * of age or disability (art. 6 pkt 7), judged on the application date. Age: the retirement age reached (60 for
 * a woman, 65 for a man). Disability: a certificate of a kind that counts (certificateKinds) in force on that
 * day. Age never ends; a certificate does, and the benefit cannot run past its end, which `validUntil` gives.
 */

export interface ApplicantFacts {
  sex: Sex;
  birthDate: string;
  certificates: readonly CertificateFact[];
}

export interface InabilityToWork {
  unableToWork: boolean;
  ground: 'age' | 'certificate' | null;
  /** The certificate the inability rests on (the one in force longest when there are several). */
  certificate: CertificateFact | null;
  /** The last day of that certificate: the benefit may not run past it. Null for age or a permanent certificate. */
  validUntil: string | null;
  /** One or more Polish sentences for the decision's reasons. */
  reason: string;
  trace: ComputationTrace;
}

export const INABILITY_LEGAL_BASIS = 'art. 37 ust. 1 w zw. z art. 6 pkt 7 u.p.s.';

const years = (n: number) => plural(n, 'rok', 'lata', 'lat');
const validity = (certificate: CertificateFact) =>
  certificate.validUntil === null ? 'na stałe' : `ważne do ${formatDatePl(certificate.validUntil)}`;

/** Why a certificate does not count on `date`, or null when it does. */
function whyNotCounted(certificate: CertificateFact, date: string): string | null {
  if (!certificateKinds[certificate.kind].qualifiesForPermanentAllowance) {
    return `Orzeczenie o ${certificateKinds[certificate.kind].about} nie oznacza całkowitej niezdolności do pracy w rozumieniu art. 6 pkt 7 u.p.s.`;
  }
  if (certificate.issuedOn > date) return `Orzeczenie wydano ${formatDatePl(certificate.issuedOn)}, po dniu złożenia wniosku.`;
  if (!certificateValidOn(certificate, date)) return `Orzeczenie było ważne do ${formatDatePl(certificate.validUntil!)}, przed dniem złożenia wniosku.`;
  return null;
}

/** A permanent certificate first, then the one ending last. */
function longestInForce(certificates: readonly CertificateFact[]): CertificateFact | null {
  return certificates.reduce<CertificateFact | null>((best, certificate) => {
    if (!best) return certificate;
    if (best.validUntil === null) return best;
    return certificate.validUntil === null || certificate.validUntil > best.validUntil ? certificate : best;
  }, null);
}

export function inabilityToWork(applicant: ApplicantFacts, applicationDate: string): InabilityToWork {
  const trace = startTrace('Całkowita niezdolność do pracy z powodu wieku lub niepełnosprawności', INABILITY_LEGAL_BASIS, null);
  const woman = applicant.sex === 'F';
  const who = woman ? 'Wnioskodawczyni' : 'Wnioskodawca';
  const threshold = retirementAge[applicant.sex];

  trace.input('Data złożenia wniosku', applicationDate, 'date');
  trace.input('Data urodzenia', applicant.birthDate, 'date');
  trace.input('Płeć', woman ? 'kobieta' : 'mężczyzna', 'text');
  for (const certificate of applicant.certificates) {
    trace.input(
      `Orzeczenie: ${certificateLabel(certificate)}`,
      `${certificateIssuers[certificate.issuer]}, wydane ${formatDatePl(certificate.issuedOn)}, ${validity(certificate)}`,
      'text',
    );
  }

  const age = ageOn(applicant.birthDate, applicationDate);
  trace.step('Wiek w dniu złożenia wniosku', `${formatDatePl(applicationDate)} − ${formatDatePl(applicant.birthDate)}`, years(age), 'text');
  const byAge = age >= threshold;
  trace.step(
    `Wiek emerytalny (${woman ? 'kobieta' : 'mężczyzna'}: ${years(threshold)})`,
    `${years(age)} ${byAge ? '≥' : '<'} ${years(threshold)}`,
    byAge,
    'yesNo',
  );
  if (byAge) {
    return {
      unableToWork: true,
      ground: 'age',
      certificate: null,
      validUntil: null,
      reason:
        `${who} jest ${woman ? 'całkowicie niezdolna' : 'całkowicie niezdolny'} do pracy z powodu wieku: w dniu złożenia wniosku ` +
        `${woman ? 'ukończyła' : 'ukończył'} ${years(age)}, co najmniej wiek emerytalny (${years(threshold)}).`,
      trace: trace.finish('Całkowita niezdolność do pracy', true, 'yesNo'),
    };
  }

  const notCounted: string[] = [];
  const counted: CertificateFact[] = [];
  for (const certificate of applicant.certificates) {
    const why = whyNotCounted(certificate, applicationDate);
    trace.step(
      `Orzeczenie: ${certificateLabel(certificate)}`,
      `wydane ${formatDatePl(certificate.issuedOn)}, ${validity(certificate)}; wniosek z ${formatDatePl(applicationDate)}`,
      why === null,
      'yesNo',
      why ?? undefined,
    );
    if (why === null) counted.push(certificate);
    else notCounted.push(why);
  }
  const ground = longestInForce(counted);
  if (!ground) {
    if (applicant.certificates.length === 0) trace.step('Ważne orzeczenie', 'w karcie osoby nie ma orzeczeń', false, 'yesNo');
    return {
      unableToWork: false,
      ground: null,
      certificate: null,
      validUntil: null,
      reason: [
        `Zasiłek stały nie przysługuje: ${who.toLowerCase()} nie ${woman ? 'osiągnęła' : 'osiągnął'} wieku emerytalnego ` +
          `(${years(threshold)}) i nie ma ważnego orzeczenia o całkowitej niezdolności do pracy, o niezdolności do ` +
          `samodzielnej egzystencji, o I lub II grupie inwalidzkiej albo o znacznym lub umiarkowanym stopniu ` +
          `niepełnosprawności (${INABILITY_LEGAL_BASIS}).`,
        ...notCounted,
      ].join(' '),
      trace: trace.finish('Całkowita niezdolność do pracy', false, 'yesNo'),
    };
  }

  if (ground.validUntil !== null) {
    trace.step('Zasiłek stały najdłużej do', 'końca ważności orzeczenia', ground.validUntil, 'date');
  }
  return {
    unableToWork: true,
    ground: 'certificate',
    certificate: ground,
    validUntil: ground.validUntil,
    reason:
      `${who} jest ${woman ? 'całkowicie niezdolna' : 'całkowicie niezdolny'} do pracy z powodu niepełnosprawności: ` +
      `orzeczenie o ${certificateKinds[ground.kind].about} — ${certificateIssuers[ground.issuer]}, ` +
      `wydane ${formatDatePl(ground.issuedOn)}, ${validity(ground)}.`,
    trace: trace.finish('Całkowita niezdolność do pracy', true, 'yesNo'),
  };
}
