import { z } from 'zod';
import { id, isoDate } from './common';
import { login, newPassword, role } from './auth';

export const user = z.object({
  id,
  login: z.string(),
  fullName: z.string(),
  roles: z.array(role),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  /** Acts as director (deputy) up to and including this day. */
  deputyUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.output<typeof user>;

const fullName = z
  .string({ error: 'Podaj imię i nazwisko.' })
  .trim()
  .min(3, 'Podaj imię i nazwisko.')
  .max(120, 'Najwyżej 120 znaków.');
const roles = z.array(role).min(1, 'Wybierz co najmniej jedną rolę.');

export const usersContract = {
  'users.list': {
    summary: 'Lista użytkowników programu',
    input: z.object({}),
    output: z.array(user),
  },
  'users.create': {
    summary: 'Nowy użytkownik z hasłem początkowym',
    input: z.object({ login, fullName, roles, password: newPassword }),
    output: user,
  },
  'users.update': {
    summary: 'Zmiana imienia i nazwiska, ról lub aktywności użytkownika',
    input: z.object({ id, fullName, roles, active: z.boolean() }),
    output: user,
  },
  'users.resetPassword': {
    summary: 'Nadanie nowego hasła użytkownikowi (np. gdy je zapomniał); zdejmuje blokadę konta',
    input: z.object({ id, password: newPassword }),
    output: user,
  },
  'users.authoriseDeputy': {
    summary: 'Upoważnienie zastępcy kierownika do dnia (lub jego cofnięcie): zastępca ma wtedy uprawnienia kierownika',
    input: z.object({ userId: id, until: isoDate.nullable() }),
    output: user,
  },
} as const;
