import { z } from 'zod';

/**
 * This PC's place in the office: it holds the register itself (the main PC, or a PC on its own), or it is joined
 * to the main PC and forwards every call there. Answered by this PC's shell (electron/office/station-router.ts),
 * never by the core and never over the office network, so these methods are not in `contract`; the renderer calls
 * them through the same transport.
 */
export const stationContract = {
  'station.status': {
    summary: 'Czy ten komputer ma własny rejestr, czy jest połączony ze stanowiskiem głównym',
    input: z.object({}),
    output: z.object({
      mode: z.enum(['main', 'joined']),
      /** The main PC's address when joined, e.g. https://192.168.1.10:47900. */
      mainAddress: z.string().nullable(),
      pcName: z.string().nullable(),
    }),
  },
  'station.join': {
    summary: 'Pierwsze uruchomienie: dołącz ten komputer do stanowiska głównego (adres i kod parowania)',
    input: z.object({
      address: z.string().trim().min(1, 'Podaj adres stanowiska głównego, np. 192.168.1.10:47900.').max(200),
      pairingCode: z.string().trim().min(1, 'Przepisz kod parowania ze stanowiska głównego.').max(40),
      pcName: z.string().trim().min(1, 'Podaj nazwę tego komputera, np. Pokój 2 — Ewa.').max(60, 'Nazwa komputera może mieć najwyżej 60 znaków.'),
    }),
    output: z.object({ mainAddress: z.string() }),
  },
} as const;

export type StationMethod = keyof typeof stationContract;
export type StationStatus = z.output<(typeof stationContract)['station.status']['output']>;
