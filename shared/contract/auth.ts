import { z } from 'zod';
import { roleKeys } from '../domain/roles';
import { id } from './common';

export const role = z.enum(roleKeys, { error: 'Wybierz rolę.' });

/** At least 10 characters: long passwords are easier to remember than complicated ones. */
export const newPassword = z
  .string({ error: 'Podaj hasło.' })
  .min(10, 'Hasło musi mieć co najmniej 10 znaków.')
  .max(200, 'Hasło może mieć najwyżej 200 znaków.');

export const login = z
  .string({ error: 'Podaj login.' })
  .trim()
  .toLowerCase()
  .min(2, 'Login musi mieć co najmniej 2 znaki.')
  .max(40, 'Login może mieć najwyżej 40 znaków.')
  .regex(/^[a-z0-9._-]+$/, 'Login może zawierać tylko małe litery bez polskich znaków, cyfry, kropkę, myślnik i podkreślnik.');

export const currentUser = z.object({
  id,
  login: z.string(),
  fullName: z.string(),
  roles: z.array(role),
  /** Methods this user may call: the UI shows only what works for them. */
  allowedMethods: z.array(z.string()),
  lockAfterMinutes: z.number().int(),
  /** The password was set by the administrator (a new account, a reset): the screens ask for one's own first. */
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.output<typeof currentUser>;

export const authContract = {
  'auth.login': {
    summary: 'Logowanie: login i hasło; zwraca klucz sesji',
    input: z.object({ login: z.string().trim().toLowerCase().max(40), password: z.string().max(200) }),
    output: z.object({ sessionToken: z.string(), user: currentUser }),
  },
  'auth.logout': {
    summary: 'Wylogowanie',
    input: z.object({}),
    output: z.object({ loggedOut: z.boolean() }),
  },
  'auth.me': {
    summary: 'Kto jest zalogowany',
    input: z.object({}),
    output: currentUser,
  },
  'auth.unlock': {
    summary: 'Odblokowanie ekranu hasłem zalogowanej osoby',
    input: z.object({ password: z.string().max(200) }),
    output: currentUser,
  },
  'auth.lock': {
    summary: 'Zablokowanie ekranu (np. przy odejściu od komputera)',
    input: z.object({}),
    output: z.object({ locked: z.boolean() }),
  },
  'auth.changePassword': {
    summary: 'Zmiana własnego hasła',
    input: z
      .object({ currentPassword: z.string().max(200), newPassword })
      .refine((value) => value.currentPassword !== value.newPassword, {
        path: ['newPassword'],
        message: 'Nowe hasło musi różnić się od obecnego.',
      }),
    output: z.object({ changed: z.boolean() }),
  },
} as const;
