import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import type { Clock, RequestContext } from '../context';

// PLACEHOLDER — being written (eligibility helper).
export function createEligibilityReviewService(_db: Db, _clock: Clock) {
  return {
    review(_input: ParsedInput<'cases.eligibilityReview'>, _ctx: RequestContext): MethodOutput<'cases.eligibilityReview'> {
      throw new AppError('INTERNAL', 'Jeszcze nie zrobione.');
    },
  };
}
