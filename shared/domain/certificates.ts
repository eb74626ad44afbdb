import type { Sex } from './pesel';

/**
 * Certificates of disability and incapacity (orzeczenia) and the ground of "inability to work" they give for
 * zasiłek stały (art. 37 ust. 1 with art. 6 pkt 7 u.p.s., DOMAIN.md §2). Which kinds count is data here, not
 * a condition scattered in code: `qualifiesForPermanentAllowance`. `about` is the form after „orzeczenie o …”.
 */

export const certificateKinds = {
  invalidityGroupI: { label: 'I grupa inwalidzka', about: 'I grupie inwalidzkiej', qualifiesForPermanentAllowance: true },
  invalidityGroupII: { label: 'II grupa inwalidzka', about: 'II grupie inwalidzkiej', qualifiesForPermanentAllowance: true },
  invalidityGroupIII: { label: 'III grupa inwalidzka', about: 'III grupie inwalidzkiej', qualifiesForPermanentAllowance: false },
  severeDisability: { label: 'znaczny stopień niepełnosprawności', about: 'znacznym stopniu niepełnosprawności', qualifiesForPermanentAllowance: true },
  moderateDisability: { label: 'umiarkowany stopień niepełnosprawności', about: 'umiarkowanym stopniu niepełnosprawności', qualifiesForPermanentAllowance: true },
  mildDisability: { label: 'lekki stopień niepełnosprawności', about: 'lekkim stopniu niepełnosprawności', qualifiesForPermanentAllowance: false },
  totalIncapacityForWork: { label: 'całkowita niezdolność do pracy', about: 'całkowitej niezdolności do pracy', qualifiesForPermanentAllowance: true },
  inabilityToLiveIndependently: { label: 'niezdolność do samodzielnej egzystencji', about: 'niezdolności do samodzielnej egzystencji', qualifiesForPermanentAllowance: true },
  partialIncapacityForWork: { label: 'częściowa niezdolność do pracy', about: 'częściowej niezdolności do pracy', qualifiesForPermanentAllowance: false },
} as const satisfies Record<string, { label: string; about: string; qualifiesForPermanentAllowance: boolean }>;

export type CertificateKind = keyof typeof certificateKinds;
export const certificateKindKeys = Object.keys(certificateKinds) as [CertificateKind, ...CertificateKind[]];

/** Who issued it: the name as a worker reads it on the document. */
export const certificateIssuers = {
  zus: 'ZUS',
  krus: 'KRUS',
  countyBoard: 'powiatowy zespół do spraw orzekania o niepełnosprawności',
  voivodeshipBoard: 'wojewódzki zespół do spraw orzekania o niepełnosprawności',
  uniformedServices: 'komisja lekarska służb mundurowych',
  other: 'inny organ orzekający',
} as const satisfies Record<string, string>;

export type CertificateIssuer = keyof typeof certificateIssuers;
export const certificateIssuerKeys = Object.keys(certificateIssuers) as [CertificateIssuer, ...CertificateIssuer[]];

/** One certificate as the computation needs it. `validUntil` null: permanent ("na stałe"). */
export interface CertificateFact {
  kind: CertificateKind;
  issuer: CertificateIssuer;
  issuedOn: string;
  validUntil: string | null;
  number?: string | null;
}

/**
 * The retirement age, from which a person counts as unable to work because of age (art. 6 pkt 7 u.p.s. refers to
 * the retirement age of art. 24 ust. 1a and 1b of the pension act: 60 for women, 65 for men).
 */
export const retirementAge: Record<Sex, number> = { F: 60, M: 65 };

/**
 * Full years of age on `date` (both ISO). A person born on 29 February reaches a new year of age on 1 March in a
 * year without that day.
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** In force on `date`: issued on or before it, and not ended before it (a permanent one never ends). */
export function certificateValidOn(certificate: Pick<CertificateFact, 'issuedOn' | 'validUntil'>, date: string): boolean {
  return certificate.issuedOn <= date && (certificate.validUntil === null || certificate.validUntil >= date);
}

/** The kind and, when known, the number: „całkowita niezdolność do pracy (nr 12/2025)”. */
export function certificateLabel(certificate: Pick<CertificateFact, 'kind' | 'number'>): string {
  const label = certificateKinds[certificate.kind].label;
  return certificate.number ? `${label} (nr ${certificate.number})` : label;
}
