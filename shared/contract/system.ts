import { z } from 'zod';

export const systemContract = {
  'system.info': {
    summary: 'Wersja programu i schematu bazy danych',
    input: z.object({}),
    output: z.object({ appName: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  },
} as const;
