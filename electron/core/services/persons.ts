import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatAddress } from '../../../shared/domain/address';
import { formatDatePl } from '../../../shared/domain/calendar';
import { validatePesel } from '../../../shared/domain/pesel';
import { personSearchTerms, personSearchText } from '../../../shared/domain/search';
import { AppError } from '../../../shared/errors';
import { EARLIEST_BIRTH_DATE } from '../../../shared/contract/common';
import type { Db } from '../../../db/open';
import {
  findPersonByPesel,
  getPersonById,
  insertPerson,
  personHousehold,
  recentlyChangedPersons,
  searchPersonsByTerms,
  updatePersonIfVersion,
  type NewPersonRow,
  type PersonRow,
} from '../../../db/repositories/persons';
import { countMembers, listHouseholdMembers } from '../../../db/repositories/households';
import { personsWithSameNameAndBirthDate } from '../../../db/repositories/person-history';
import { changedFields, recordAudit } from '../audit';
import { todayInPoland } from '../roles';
import type { Clock, RequestContext } from '../context';

type PersonInput = ParsedInput<'persons.create'>;
type Person = MethodOutput<'persons.get'>;

/** A row of search results (and of possible duplicates): who it is and where they live, in one line. */
export function toPersonSummary(row: PersonRow): MethodOutput<'persons.search'>['items'][number] {
  const { id, firstName, lastName, pesel, idDocument, birthDate } = row;
  return { id, firstName, lastName, pesel, idDocument, birthDate, addressLine: formatAddress(row) };
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

function refuse(path: string, message: string): never {
  throw new AppError('VALIDATION', message, [{ path: [path], message }]);
}

/**
 * Columns of a person derived from the form: with a PESEL, birth date and sex come from it. What the contract
 * cannot see, the program's today, refuses a birth date later than it, typed or read from a PESEL.
 */
function toRow(input: PersonInput, today: string): Omit<NewPersonRow, 'createdAt' | 'updatedAt'> {
  let birthDate = input.birthDate;
  let sex = input.sex;
  let peselChecksumAccepted = false;
  if (input.pesel) {
    const check = validatePesel(input.pesel, today);
    if (check.valid || check.reason === 'checksum') {
      birthDate = check.birthDate;
      sex = check.sex;
      peselChecksumAccepted = !check.valid;
    } else {
      refuse('pesel', check.message);
    }
  }
  if (!birthDate || !sex) {
    throw new AppError('VALIDATION', 'Podaj datę urodzenia i płeć.', [{ path: ['birthDate'], message: 'Podaj datę urodzenia.' }]);
  }
  if (birthDate > today) refuse('birthDate', 'Data urodzenia nie może być z przyszłości.');
  // A typed date is refused by the contract; a PESEL of the 1800s (month + 80) is refused here, at the PESEL.
  if (birthDate < EARLIEST_BIRTH_DATE) refuse('pesel', 'PESEL wskazuje datę urodzenia przed 01.01.1900 — sprawdź go z dokumentem.');
  const row = {
    firstName: input.firstName,
    lastName: input.lastName,
    pesel: input.pesel,
    idDocument: input.idDocument ? input.idDocument.toUpperCase() : null,
    birthDate,
    sex,
    ...input.address,
    phone: input.phone,
    peselChecksumAccepted,
  };
  return { ...row, searchText: personSearchText(row) };
}

/** The columns an audit entry records; derived ones (search text, version, timestamps) are left out. */
const AUDITED_PERSON_FIELDS = [
  'firstName', 'lastName', 'pesel', 'idDocument', 'birthDate', 'sex', 'locality', 'street', 'houseNumber',
  'flatNumber', 'postalCode', 'postTown', 'phone', 'peselChecksumAccepted',
] as const satisfies readonly (keyof PersonRow)[];

function auditedFields(row: PersonRow): Partial<PersonRow> {
  return Object.fromEntries(AUDITED_PERSON_FIELDS.map((field) => [field, row[field]]));
}

function duplicatePeselError(existing: PersonRow): AppError {
  const message = `Osoba z tym numerem PESEL jest już w rejestrze: ${fullName(existing)}.`;
  return new AppError('CONFLICT', message, [{ path: ['pesel'], message }], { existingPersonId: existing.id });
}

function possibleDuplicateError(sameName: PersonRow[]): AppError {
  const who = sameName.map((person) => `${fullName(person)}, ur. ${formatDatePl(person.birthDate)}, ${formatAddress(person)}`).join('; ');
  return new AppError(
    'CONFLICT',
    `W rejestrze jest już osoba o tym imieniu, nazwisku i dacie urodzenia: ${who}. Sprawdź, czy to nie ta sama osoba; ` +
      'jeśli to inna osoba, potwierdź to i zapisz ponownie.',
    [],
    { possibleDuplicateIds: sameName.map((person) => person.id) },
  );
}

export function createPersonsService(db: Db, clock: Clock) {
  function toPerson(row: PersonRow): Person {
    const membership = personHousehold(db, row.id);
    let household: Person['household'] = null;
    if (membership) {
      const members = listHouseholdMembers(db, membership.householdId);
      const head = members.find((member) => member.relation === 'head');
      household = {
        householdId: membership.householdId,
        relation: membership.relation as NonNullable<Person['household']>['relation'],
        headPersonId: head?.personId ?? row.id,
        headName: head ? fullName(head) : fullName(row),
        memberCount: countMembers(db, membership.householdId),
      };
    }
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      pesel: row.pesel,
      idDocument: row.idDocument,
      birthDate: row.birthDate,
      sex: row.sex,
      address: {
        locality: row.locality,
        street: row.street,
        houseNumber: row.houseNumber,
        flatNumber: row.flatNumber,
        postalCode: row.postalCode,
        postTown: row.postTown,
      },
      phone: row.phone,
      peselChecksumAccepted: row.peselChecksumAccepted,
      household,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  function requirePerson(id: number): PersonRow {
    const row = getPersonById(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
    return row;
  }

  return {
    search(input: ParsedInput<'persons.search'>): MethodOutput<'persons.search'> {
      const terms = personSearchTerms(input.query);
      const rows =
        terms.length === 0
          ? recentlyChangedPersons(db, input.limit + 1)
          : searchPersonsByTerms(db, terms, input.limit + 1);
      return {
        items: rows.slice(0, input.limit).map(toPersonSummary),
        more: rows.length > input.limit,
      };
    },

    /** Opening a person's file is itself recorded: the register holds special-category data. */
    get(input: ParsedInput<'persons.get'>, ctx: RequestContext): Person {
      return db.transaction((tx) => {
        const row = requirePerson(input.id);
        recordAudit(tx, ctx, clock, { kind: 'person.view', summary: `Otwarto kartę osoby: ${fullName(row)}`, personId: row.id });
        return toPerson(row);
      });
    },

    create(input: PersonInput, ctx: RequestContext): Person {
      const row = toRow(input, todayInPoland(clock));
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        const existing = row.pesel ? findPersonByPesel(tx, row.pesel) : undefined;
        if (existing) throw duplicatePeselError(existing);
        if (!input.confirmedNotDuplicate) {
          const sameName = personsWithSameNameAndBirthDate(tx, row, undefined, 3);
          if (sameName.length) throw possibleDuplicateError(sameName);
        }
        const created = insertPerson(tx, { ...row, createdAt: now, updatedAt: now });
        recordAudit(tx, ctx, clock, {
          kind: 'person.create',
          summary: `Dodano osobę: ${fullName(created)}`,
          personId: created.id,
          details: { after: auditedFields(created) },
        });
        return toPerson(created);
      });
    },

    update(input: ParsedInput<'persons.update'>, ctx: RequestContext): Person {
      const row = toRow(input.person, todayInPoland(clock));
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        const before = requirePerson(input.id);
        const existing = row.pesel ? findPersonByPesel(tx, row.pesel) : undefined;
        if (existing && existing.id !== input.id) throw duplicatePeselError(existing);
        const updated = updatePersonIfVersion(tx, input.id, input.version, { ...row, updatedAt: now });
        if (!updated) {
          throw new AppError(
            'CONFLICT',
            'Ktoś inny zmienił dane tej osoby w międzyczasie. Odśwież kartę osoby i wprowadź zmiany jeszcze raz.',
          );
        }
        recordAudit(tx, ctx, clock, {
          kind: 'person.update',
          summary: `Zmieniono dane osoby: ${fullName(updated)}`,
          personId: updated.id,
          details: { changes: changedFields(before, updated, AUDITED_PERSON_FIELDS) },
        });
        return toPerson(updated);
      });
    },

    checkPesel(input: ParsedInput<'persons.checkPesel'>): MethodOutput<'persons.checkPesel'> {
      const result = validatePesel(input.pesel, todayInPoland(clock));
      const existingRow = result.valid || result.reason === 'checksum' ? findPersonByPesel(db, input.pesel.trim()) : undefined;
      const existing =
        existingRow && existingRow.id !== input.excludePersonId ? { id: existingRow.id, fullName: fullName(existingRow) } : null;
      return {
        valid: result.valid,
        reason: result.valid ? null : result.reason,
        message: result.valid ? null : result.message,
        birthDate: result.valid || result.reason === 'checksum' ? result.birthDate : null,
        sex: result.valid || result.reason === 'checksum' ? result.sex : null,
        existing,
      };
    },
  };
}
