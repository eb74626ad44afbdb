import { describe, expect, it } from 'vitest';
import { caseInput } from '../../shared/contract/cases';
import { citeReasons, inStatutoryOrder } from '../../shared/domain/cases';

describe('reasons for help are listed in the order of art. 7, not in the order they were ticked', () => {
  it('puts them in statutory order', () => {
    expect(inStatutoryOrder(['disability', 'poverty', 'unemployment'])).toEqual(['poverty', 'unemployment', 'disability']);
  });

  it('the contract hands the core the reasons in statutory order, so every label shows them so', () => {
    const parsed = caseInput.parse({
      applicantPersonId: 1,
      applicationDate: '2025-03-10',
      benefits: ['permanentAllowance'],
      reasons: ['disability', 'poverty'],
      workerUserId: 2,
    });
    expect(parsed.reasons).toEqual(['poverty', 'disability']);
  });

  it('cites them in that order too', () => {
    expect(citeReasons(['disability', 'poverty'])).toBe('art. 7 pkt 1 i 5');
  });
});
