import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import type { Clock, RequestContext } from '../context';

// PLACEHOLDER — being written (person history helper).
export function createPersonHistoryService(_db: Db, _clock: Clock) {
  return {
    findDuplicates(_input: ParsedInput<'persons.findDuplicates'>): MethodOutput<'persons.findDuplicates'> {
      throw new AppError('INTERNAL', 'Jeszcze nie zrobione.');
    },
    history(_input: ParsedInput<'persons.history'>, _ctx: RequestContext): MethodOutput<'persons.history'> {
      throw new AppError('INTERNAL', 'Jeszcze nie zrobione.');
    },
  };
}
