import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import type { Clock, RequestContext } from '../context';

// PLACEHOLDER — being written (worklist helper).
export function createWorklistService(_db: Db, _clock: Clock) {
  return {
    get(_input: ParsedInput<'worklist.get'>, _ctx: RequestContext): MethodOutput<'worklist.get'> {
      throw new AppError('INTERNAL', 'Jeszcze nie zrobione.');
    },
  };
}
