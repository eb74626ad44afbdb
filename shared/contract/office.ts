import { z } from 'zod';
import { id } from './common';

/**
 * The office network, as the administrator of the main PC sees it: whether this PC serves the other PCs of the
 * office, at which addresses, the pairing code to type on a new PC, and the PCs paired so far.
 */
export const officePc = z.object({
  id,
  name: z.string(),
  pairedAt: z.string(),
  /** Its last call (to the minute), or null before the first. */
  lastSeenAt: z.string().nullable(),
});
export type OfficePc = z.infer<typeof officePc>;

export const officeStatus = z.object({
  /** Whether serving is turned on (kept across restarts). */
  serving: z.boolean(),
  /** Whether this program can serve at all (the browser mode of tests always can; a PC joined to another cannot). */
  available: z.boolean(),
  /** The port the other PCs connect to (when serving: the one actually listened on). */
  port: z.number().int(),
  /** This PC's addresses on the local network, e.g. 192.168.1.10. */
  addresses: z.array(z.string()),
  /** The code to type on a new PC (expired: ten minutes passed, a new one is needed); null when not serving. */
  pairingCode: z.object({ code: z.string(), expiresAt: z.string(), expired: z.boolean() }).nullable(),
  /** Why serving is on but nothing listens (the port taken by another program…), in Polish; else null. */
  problem: z.string().nullable(),
  pcs: z.array(officePc),
});
export type OfficeStatus = z.infer<typeof officeStatus>;

export const officeContract = {
  'office.status': {
    summary: 'Sieć biura: czy to stanowisko główne obsługuje inne komputery, adresy, kod parowania, sparowane komputery',
    input: z.object({}),
    output: officeStatus,
  },
  'office.setServing': {
    summary: 'Włącza lub wyłącza obsługę innych komputerów biura',
    input: z.object({ serving: z.boolean({ error: 'Wybierz: włączyć czy wyłączyć.' }) }),
    output: officeStatus,
  },
  'office.newPairingCode': {
    summary: 'Nowy kod parowania (poprzedni przestaje działać)',
    input: z.object({}),
    output: officeStatus,
  },
  'office.removePc': {
    summary: 'Usuwa sparowany komputer: jego następne wywołanie zostanie odrzucone',
    input: z.object({ pcId: id }),
    output: officeStatus,
  },
};
