import { and, asc, eq, isNull } from 'drizzle-orm';
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { BankAccount } from '../../../shared/contract/bank-accounts';
import type { DecisionFields } from '../../../shared/contract/decisions';
import { formatNrb } from '../../../shared/domain/nrb';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getPersonById } from '../../../db/repositories/persons';
import { getUserById } from '../../../db/repositories/users';
import { cases, decisions, personBankAccounts } from '../../../db/schema';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';

type AccountRow = typeof personBankAccounts.$inferSelect;

/**
 * The account a signed decision pays to is one of the party's accounts: kept on the person's file, so that the
 * next decision offers it and the file shows where the money goes. Called inside the signing transaction.
 */
export function rememberAccount(db: Db, personId: number, nrb: string, userId: number, at: string): void {
  const known = db.select().from(personBankAccounts).where(and(eq(personBankAccounts.personId, personId), eq(personBankAccounts.nrb, nrb), isNull(personBankAccounts.removedAt))).get();
  if (!known) db.insert(personBankAccounts).values({ personId, nrb, createdByUserId: userId, createdAt: at }).run();
}

export function createBankAccountsService(db: Db, clock: Clock) {
  function out(tx: Db, row: AccountRow): BankAccount {
    const signed = tx
      .select({ id: decisions.id, number: decisions.decisionNumber, fields: decisions.fields })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .where(and(eq(cases.applicantPersonId, row.personId), eq(decisions.status, 'signed')))
      .all();
    return {
      id: row.id,
      personId: row.personId,
      nrb: row.nrb,
      holder: row.holder,
      createdAt: row.createdAt,
      createdByName: getUserById(tx, row.createdByUserId)?.fullName ?? '—',
      removedAt: row.removedAt,
      usedBy: signed.filter((decision) => (decision.fields as DecisionFields).bankAccount === row.nrb).map((decision) => ({ decisionId: decision.id, decisionNumber: decision.number! })),
    };
  }

  return {
    list(input: ParsedInput<'persons.bankAccounts'>): MethodOutput<'persons.bankAccounts'> {
      return db
        .select()
        .from(personBankAccounts)
        .where(eq(personBankAccounts.personId, input.personId))
        .orderBy(asc(personBankAccounts.id))
        .all()
        .map((row) => out(db, row));
    },

    add(input: ParsedInput<'persons.addBankAccount'>, ctx: RequestContext): BankAccount {
      return db.transaction((tx) => {
        if (!getPersonById(tx, input.personId)) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby.');
        const known = tx.select().from(personBankAccounts).where(and(eq(personBankAccounts.personId, input.personId), eq(personBankAccounts.nrb, input.nrb), isNull(personBankAccounts.removedAt))).get();
        if (known) throw new AppError('VALIDATION', 'Ten rachunek jest już zapisany u tej osoby.', [{ path: ['nrb'], message: 'Ten rachunek jest już zapisany u tej osoby.' }]);
        const row = tx.insert(personBankAccounts).values({ personId: input.personId, nrb: input.nrb, holder: input.holder, createdByUserId: ctx.user!.id, createdAt: clock.now().toISOString() }).returning().get();
        recordAudit(tx, ctx, clock, { kind: 'person.bankAccountAdd', personId: input.personId, summary: `Dopisano rachunek ${formatNrb(input.nrb)}`, details: { accountId: row.id } });
        return out(tx, row);
      });
    },

    remove(input: ParsedInput<'persons.removeBankAccount'>, ctx: RequestContext): { removed: true } {
      return db.transaction((tx) => {
        const row = tx.select().from(personBankAccounts).where(eq(personBankAccounts.id, input.id)).get();
        if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego rachunku.');
        if (row.removedAt) throw new AppError('CONFLICT', 'Ten rachunek jest już oznaczony jako nieużywany.');
        tx.update(personBankAccounts).set({ removedAt: clock.now().toISOString() }).where(eq(personBankAccounts.id, row.id)).run();
        recordAudit(tx, ctx, clock, { kind: 'person.bankAccountRemove', personId: row.personId, summary: `Rachunek ${formatNrb(row.nrb)} oznaczono jako nieużywany`, details: { accountId: row.id } });
        return { removed: true as const };
      });
    },
  };
}
