import { z } from 'zod';
import { certificateIssuerKeys, certificateKindKeys } from '../domain/certificates';
import { id, isoDate, isoDateTime, optionalText } from './common';

/**
 * A person's disability and incapacity certificates (orzeczenia), kept on the person's file: the ground of
 * inability to work for zasiłek stały (shared/domain/certificates.ts).
 */

export const certificateInput = z
  .object({
    kind: z.enum(certificateKindKeys, { error: 'Wybierz rodzaj orzeczenia.' }),
    issuer: z.enum(certificateIssuerKeys, { error: 'Wybierz, kto wydał orzeczenie.' }),
    issuedOn: isoDate,
    /** Issued "na stałe": it never ends, and `validUntil` is ignored. */
    permanent: z.boolean().default(false),
    validUntil: isoDate.nullish().transform((value) => value ?? null),
    number: optionalText(40),
    notes: optionalText(500),
  })
  .superRefine(
    (certificate, ctx) => {
      // Runs even when other fields failed, so the form shows every problem at once: values may be unparsed.
      if (certificate.permanent === true) return;
      const validUntil = typeof certificate.validUntil === 'string' ? certificate.validUntil : null;
      if (validUntil === null) {
        ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Podaj, do kiedy orzeczenie jest ważne, albo zaznacz „na stałe”.' });
      } else if (typeof certificate.issuedOn === 'string' && validUntil < certificate.issuedOn) {
        ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Orzeczenie nie może tracić ważności przed dniem wydania.' });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .transform(({ permanent, validUntil, ...rest }) => ({ ...rest, validUntil: permanent ? null : validUntil }));
export type CertificateInput = z.input<typeof certificateInput>;

export const certificate = z.object({
  id,
  personId: id,
  kind: z.enum(certificateKindKeys),
  issuer: z.enum(certificateIssuerKeys),
  issuedOn: z.string(),
  /** The last day it is in force; null for a permanent one ("na stałe"). */
  validUntil: z.string().nullable(),
  number: z.string().nullable(),
  notes: z.string().nullable(),
  /** In force today (the program's date): issued and not yet ended. */
  validToday: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Certificate = z.output<typeof certificate>;

export const certificatesContract = {
  'persons.listCertificates': {
    summary: 'Orzeczenia o niepełnosprawności i niezdolności do pracy zapisane w karcie osoby',
    input: z.object({ personId: id }),
    output: z.object({ items: z.array(certificate) }),
  },
  'persons.addCertificate': {
    summary: 'Dopisanie orzeczenia do karty osoby',
    input: z.object({ personId: id, certificate: certificateInput }),
    output: certificate,
  },
  'persons.updateCertificate': {
    summary: 'Poprawienie orzeczenia w karcie osoby',
    input: z.object({ id, version: z.number().int(), certificate: certificateInput }),
    output: certificate,
  },
  'persons.removeCertificate': {
    summary: 'Usunięcie orzeczenia z karty osoby (wpisanego omyłkowo)',
    input: z.object({ id, version: z.number().int() }),
    output: z.object({ removed: z.literal(true) }),
  },
} as const;
