import { z } from 'zod';

export const systemContract = {
  'system.info': {
    summary: 'Wersja programu i schematu bazy danych',
    input: z.object({}),
    output: z.object({
      appName: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      /** "recovery": started with --recovery; only restoring from a backup works, the live database is not opened. */
      mode: z.enum(['normal', 'recovery']),
    }),
  },
} as const;
