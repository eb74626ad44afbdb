import { z } from 'zod';
import { isValidNrb, normaliseNrb } from '../domain/nrb';
import { id, optionalText } from './common';

export const bankAccount = z.object({
  id,
  personId: id,
  /** 26 digits; the screens print it in groups of four. */
  nrb: z.string(),
  holder: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  removedAt: z.string().nullable(),
  /** Signed decisions that pay to it. */
  usedBy: z.array(z.object({ decisionId: id, decisionNumber: z.string() })),
});
export type BankAccount = z.output<typeof bankAccount>;

export const nrbInput = z
  .string({ error: 'Podaj numer rachunku.' })
  .trim()
  .refine((value) => isValidNrb(value), 'Numer rachunku (NRB) jest błędny: sprawdź 26 cyfr.')
  .transform(normaliseNrb);

export const bankAccountsContract = {
  'persons.bankAccounts': { summary: 'Rachunki bankowe osoby', input: z.object({ personId: id }), output: z.array(bankAccount) },
  'persons.addBankAccount': {
    summary: 'Dopisanie rachunku bankowego osoby',
    input: z.object({ personId: id, nrb: nrbInput, holder: optionalText(140).default(null) }),
    output: bankAccount,
  },
  'persons.removeBankAccount': {
    summary: 'Oznaczenie rachunku jako nieużywanego (zostaje w historii)',
    input: z.object({ id }),
    output: z.object({ removed: z.literal(true) }),
  },
} as const;
