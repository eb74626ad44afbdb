import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { HouseholdRelation } from '../../../shared/domain/household';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  countMembers,
  deleteHousehold,
  deleteMember,
  getHouseholdRow,
  getMember,
  insertHousehold,
  insertMember,
  listHouseholdMembers,
  updateMemberRelation,
} from '../../../db/repositories/households';
import { householdsPage } from '../../../db/repositories/household-list';
import { getPersonById, personHousehold } from '../../../db/repositories/persons';
import { formatAddress } from '../../../shared/domain/address';
import { personSearchTerms } from '../../../shared/domain/search';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { fullName } from './persons';
import { householdRelations } from '../../../shared/domain/household';

type Household = MethodOutput<'households.get'>;

export function createHouseholdsService(db: Db, clock: Clock) {
  function read(tx: Db, id: number): Household {
    if (!getHouseholdRow(tx, id)) throw new AppError('NOT_FOUND', 'Nie ma takiego gospodarstwa domowego.');
    const members = listHouseholdMembers(tx, id).map((member) => ({
      ...member,
      relation: member.relation as HouseholdRelation,
    }));
    return { id, members };
  }

  /** A person can live in one household only: say where they are now, so the worker can move them. */
  function requireFreePerson(tx: Db, personId: number): void {
    const person = getPersonById(tx, personId);
    if (!person) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
    const membership = personHousehold(tx, personId);
    if (membership) {
      const head = listHouseholdMembers(tx, membership.householdId).find((m) => m.relation === 'head');
      throw new AppError(
        'CONFLICT',
        `${fullName(person)} należy już do gospodarstwa domowego` +
          (head ? ` (głowa: ${fullName(head)})` : '') +
          '. Najpierw usuń tę osobę z tamtego gospodarstwa.',
        undefined,
        { householdId: membership.householdId },
      );
    }
  }

  function personName(tx: Db, personId: number): string {
    const person = getPersonById(tx, personId);
    return person ? fullName(person) : `osoba nr ${personId}`;
  }

  function requireMember(tx: Db, householdId: number, personId: number) {
    const member = getMember(tx, householdId, personId);
    if (!member) throw new AppError('NOT_FOUND', 'Ta osoba nie należy do tego gospodarstwa domowego.');
    return member;
  }

  return {
    /** The households of the register, a page at a time; the query finds a household by any of its members. */
    list(input: ParsedInput<'households.list'>): MethodOutput<'households.list'> {
      const rows = householdsPage(db, { terms: personSearchTerms(input.query), offset: input.offset, limit: input.limit + 1 });
      return {
        items: rows.slice(0, input.limit).map((row) => ({ ...read(db, row.householdId), addressLine: formatAddress(row.head) })),
        more: rows.length > input.limit,
      };
    },

    get(input: ParsedInput<'households.get'>): Household {
      return read(db, input.id);
    },

    create(input: ParsedInput<'households.create'>, ctx: RequestContext): Household {
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        requireFreePerson(tx, input.headPersonId);
        const household = insertHousehold(tx, now);
        insertMember(tx, household.id, input.headPersonId, 'head', now);
        recordAudit(tx, ctx, clock, {
          kind: 'household.create',
          summary: `Utworzono gospodarstwo domowe; głowa: ${personName(tx, input.headPersonId)}`,
          personId: input.headPersonId,
          details: { householdId: household.id },
        });
        return read(tx, household.id);
      });
    },

    addMember(input: ParsedInput<'households.addMember'>, ctx: RequestContext): Household {
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        read(tx, input.householdId);
        requireFreePerson(tx, input.personId);
        insertMember(tx, input.householdId, input.personId, input.relation, now);
        recordAudit(tx, ctx, clock, {
          kind: 'household.addMember',
          summary: `Dodano do gospodarstwa: ${personName(tx, input.personId)} (${householdRelations[input.relation]})`,
          personId: input.personId,
          details: { householdId: input.householdId, relation: input.relation },
        });
        return read(tx, input.householdId);
      });
    },

    updateMember(input: ParsedInput<'households.updateMember'>, ctx: RequestContext): Household {
      return db.transaction((tx) => {
        const member = requireMember(tx, input.householdId, input.personId);
        if (member.relation === 'head') {
          throw new AppError('CONFLICT', 'Głowa gospodarstwa jest punktem odniesienia dla pokrewieństwa; jej rola się nie zmienia.');
        }
        updateMemberRelation(tx, input.householdId, input.personId, input.relation);
        recordAudit(tx, ctx, clock, {
          kind: 'household.updateMember',
          summary: `Zmieniono pokrewieństwo: ${personName(tx, input.personId)} — ${householdRelations[input.relation]}`,
          personId: input.personId,
          details: { householdId: input.householdId, changes: { relation: { before: member.relation, after: input.relation } } },
        });
        return read(tx, input.householdId);
      });
    },

    /** Removing the last member dissolves the household; the head can leave only last. */
    removeMember(input: ParsedInput<'households.removeMember'>, ctx: RequestContext): Household | null {
      return db.transaction((tx) => {
        const member = requireMember(tx, input.householdId, input.personId);
        const count = countMembers(tx, input.householdId);
        if (member.relation === 'head' && count > 1) {
          throw new AppError(
            'CONFLICT',
            'Nie można usunąć głowy gospodarstwa, dopóki są w nim inne osoby. Najpierw usuń pozostałych członków.',
          );
        }
        deleteMember(tx, input.householdId, input.personId);
        recordAudit(tx, ctx, clock, {
          kind: 'household.removeMember',
          summary: `Usunięto z gospodarstwa: ${personName(tx, input.personId)}` + (count === 1 ? ' (gospodarstwo rozwiązane)' : ''),
          personId: input.personId,
          details: { householdId: input.householdId, relation: member.relation },
        });
        if (count === 1) {
          deleteHousehold(tx, input.householdId);
          return null;
        }
        return read(tx, input.householdId);
      });
    },
  };
}
