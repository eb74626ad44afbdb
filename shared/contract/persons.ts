import { z } from 'zod';
import { validatePesel } from '../domain/pesel';
import { householdRelationKeys } from '../domain/household';
import { address, addressOut, birthDate as birthDay, id, isoDate, isoDateTime, optionalText, phone, requiredText } from './common';

const sex = z.enum(['F', 'M'], { error: 'Wybierz płeć.' });

/**
 * What a person form sends. With a valid PESEL the birth date and sex come from it; without a PESEL
 * (e.g. a foreigner) an identity document, the birth date and the sex are required.
 */
export const personInput = z
  .object({
    firstName: requiredText(60, 'Podaj imię.'),
    lastName: requiredText(80, 'Podaj nazwisko.'),
    pesel: optionalText(11),
    idDocument: optionalText(40),
    birthDate: birthDay.nullish().transform((value) => value ?? null),
    sex: sex.nullish().transform((value) => value ?? null),
    address,
    phone,
    /** Some real PESEL numbers were issued with a wrong check digit; the worker confirms it against the document. */
    acceptInvalidPeselChecksum: z.boolean().default(false),
    /**
     * The worker's word that this is not the person of the same name and birth date already in the register
     * (a new person is refused without it when there is one).
     */
    confirmedNotDuplicate: z.boolean().default(false),
  })
  .superRefine(
    (person, ctx) => {
      // Runs even when other fields failed, so that the form shows every problem at once:
      // the values here may be unparsed, hence the type checks.
      const pesel = typeof person.pesel === 'string' ? person.pesel : null;
      if (pesel) {
        const result = validatePesel(pesel);
        if (!result.valid && !(result.reason === 'checksum' && person.acceptInvalidPeselChecksum === true)) {
          ctx.addIssue({ code: 'custom', path: ['pesel'], message: result.message });
        }
        return;
      }
      if (!person.idDocument) {
        ctx.addIssue({
          code: 'custom',
          path: ['idDocument'],
          message: 'Podaj PESEL albo, gdy osoba go nie ma, serię i numer dokumentu tożsamości.',
        });
      }
      if (person.birthDate === null) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Podaj datę urodzenia.' });
      if (person.sex === null) ctx.addIssue({ code: 'custom', path: ['sex'], message: 'Wybierz płeć.' });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type PersonInput = z.input<typeof personInput>;

export const householdMembership = z.object({
  householdId: id,
  relation: z.enum(householdRelationKeys),
  headPersonId: id,
  headName: z.string(),
  memberCount: z.number().int(),
});

export const person = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  idDocument: z.string().nullable(),
  birthDate: z.string(),
  sex,
  address: addressOut,
  phone: z.string().nullable(),
  peselChecksumAccepted: z.boolean(),
  household: householdMembership.nullable(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Person = z.output<typeof person>;

/** One row of search results: who it is and where they live, in one line. */
export const personSummary = person
  .pick({ id: true, firstName: true, lastName: true, pesel: true, idDocument: true, birthDate: true })
  .extend({ addressLine: z.string() });
export type PersonSummary = z.output<typeof personSummary>;

export const personsContract = {
  'persons.search': {
    summary: 'Szukanie osób po PESEL (lub jego początku), nazwisku i imieniu, bez względu na polskie litery',
    input: z.object({
      query: z.string().max(100, 'Wpisz najwyżej 100 znaków.'),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    output: z.object({ items: z.array(personSummary), more: z.boolean() }),
  },
  'persons.get': {
    summary: 'Karta osoby',
    input: z.object({ id }),
    output: person,
  },
  'persons.create': {
    summary: 'Dodanie osoby do rejestru',
    input: personInput,
    output: person,
  },
  'persons.update': {
    summary: 'Zmiana danych osoby',
    input: z.object({ id, version: z.number().int(), person: personInput }),
    output: person,
  },
  'persons.checkPesel': {
    summary: 'Sprawdzenie PESEL podczas wpisywania: poprawność, data urodzenia, płeć i czy osoba jest już w rejestrze',
    input: z.object({ pesel: z.string().max(20), excludePersonId: id.optional() }),
    output: z.object({
      valid: z.boolean(),
      reason: z.enum(['format', 'date', 'checksum']).nullable(),
      message: z.string().nullable(),
      birthDate: z.string().nullable(),
      sex: sex.nullable(),
      existing: z.object({ id, fullName: z.string() }).nullable(),
    }),
  },
} as const;

/** Someone already in the register who may be the person being entered. */
export const possibleDuplicate = personSummary.extend({
  /** Why they look the same: the same PESEL, or the same name and birth date. */
  match: z.enum(['pesel', 'nameAndBirthDate']),
});

export const personHistoryEntry = z.object({
  /** When it happened (an application date, an interview date, a computation's save time). */
  date: z.string(),
  kind: z.enum(['case', 'interview', 'computation', 'decision', 'closed']),
  caseId: id,
  caseRef: z.string(),
  interviewId: id.nullable(),
  /** One Polish line: what happened, e.g. "Wywiad środowiskowy (3 osoby), dochód na osobę 500,00 zł". */
  summary: z.string(),
  /** This person's part in it: applicant or household member. */
  role: z.enum(['applicant', 'member']),
});

export const personsHistoryContract = {
  'persons.findDuplicates': {
    summary: 'Możliwe duplikaty przed zapisem: ten sam PESEL albo to samo imię, nazwisko i data urodzenia',
    input: z.object({
      firstName: z.string().trim().max(60),
      lastName: z.string().trim().max(80),
      birthDate: isoDate.nullish(),
      pesel: z.string().trim().max(20).nullish(),
      excludePersonId: id.optional(),
    }),
    output: z.object({ items: z.array(possibleDuplicate) }),
  },
  'persons.history': {
    summary: 'Historia osoby: wszystkie sprawy, wywiady i wyliczenia, w których występuje',
    input: z.object({ id }),
    output: z.object({ items: z.array(personHistoryEntry) }),
  },
} as const;
