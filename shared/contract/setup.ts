import { z } from 'zod';
import { login, newPassword, currentUser } from './auth';
import { officeSettingsInput } from './settings';

export const setupContract = {
  'setup.status': {
    summary: 'Czy program wymaga pierwszego uruchomienia (brak użytkowników)',
    input: z.object({}),
    output: z.object({ needsSetup: z.boolean() }),
  },
  'setup.initialize': {
    summary: 'Pierwsze uruchomienie: dane urzędu i pierwszy administrator; możliwe tylko raz',
    input: z.object({
      office: officeSettingsInput,
      administrator: z.object({
        login,
        fullName: z.string().trim().min(3, 'Podaj imię i nazwisko.').max(120),
        password: newPassword,
      }),
    }),
    output: z.object({ sessionToken: z.string(), user: currentUser }),
  },
} as const;
