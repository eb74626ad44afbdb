import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatDatePl } from '../../../shared/domain/calendar';
import { parameterRowInForce, type LegalParameterRow } from '../../../shared/domain/legal-parameters';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import {
  deleteLegalParameterRow,
  findLegalParameterRowByDate,
  getLegalParameterRow,
  insertLegalParameterRow,
  listLegalParameters,
  type LegalParameterDbRow,
} from '../../../db/repositories/legal-parameters';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { todayInPoland } from '../roles';

type RowOut = MethodOutput<'legalParameters.add'>;

function toRow({ createdByUserId, ...row }: LegalParameterDbRow): RowOut {
  return { ...row, addedByOffice: createdByUserId !== null };
}

/** Statutory figures as dated data: the law changes by adding a row, never by a new program version. */
export function createLegalParametersService(db: Db, clock: Clock) {
  return {
    /** The rows for the calculators: every computation picks the one in force on its date. */
    rows(): LegalParameterRow[] {
      return listLegalParameters(db);
    },

    list(): MethodOutput<'legalParameters.list'> {
      const rows = listLegalParameters(db);
      const today = todayInPoland(clock);
      const inForce = rows.length ? parameterRowInForce(rows, today) : null;
      return {
        rows: rows.map(toRow),
        inForceTodayId: inForce ? (rows.find((row) => row.validFrom === inForce.validFrom)?.id ?? null) : null,
      };
    },

    add(input: ParsedInput<'legalParameters.add'>, ctx: RequestContext): RowOut {
      return db.transaction((tx) => {
        if (findLegalParameterRowByDate(tx, input.validFrom)) {
          const message = `Kwoty obowiązujące od ${formatDatePl(input.validFrom)} są już wpisane. Jeśli zawierają pomyłkę, a jeszcze nie obowiązują, usuń je i wpisz ponownie.`;
          throw new AppError('CONFLICT', message, [{ path: ['validFrom'], message }]);
        }
        const row = insertLegalParameterRow(tx, { ...input, createdAt: clock.now().toISOString(), createdByUserId: ctx.user!.id });
        recordAudit(tx, ctx, clock, {
          kind: 'legalParameters.add',
          summary: `Dodano kryteria i kwoty obowiązujące od ${formatDatePl(row.validFrom)} (${row.source})`,
          details: { after: input },
        });
        return toRow(row);
      });
    },

    /** Only a row not yet in force may go: a row that applied to past months is history and stays. */
    removeFuture(input: ParsedInput<'legalParameters.removeFuture'>, ctx: RequestContext): MethodOutput<'legalParameters.removeFuture'> {
      return db.transaction((tx) => {
        const row = getLegalParameterRow(tx, input.id);
        if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego wiersza kwot.');
        if (row.validFrom <= todayInPoland(clock)) {
          throw new AppError('CONFLICT', 'Te kwoty już obowiązywały, więc zostają w historii. Aby je zmienić, dodaj nowy wiersz od właściwego dnia.');
        }
        deleteLegalParameterRow(tx, row.id);
        recordAudit(tx, ctx, clock, {
          kind: 'legalParameters.remove',
          summary: `Usunięto kryteria i kwoty, które miały obowiązywać od ${formatDatePl(row.validFrom)}`,
          details: { before: toRow(row) },
        });
        return { removed: true };
      });
    },
  };
}
