import { describe, expect, it } from 'vitest';
import { describeMainRecords } from '../../../shared/domain/backup-contents';

describe('what a backup holds, as shown to the IT volunteer', () => {
  it('names the main records in Polish, persons first, cases and interviews included', () => {
    const counts = { audit_log: 210, cases: 14, households: 5, household_members: 12, interviews: 9, persons: 31, users: 4, legal_parameters: 4 };
    expect(describeMainRecords(counts)).toEqual([
      'osoby: 31',
      'gospodarstwa domowe: 5',
      'sprawy: 14',
      'wywiady środowiskowe: 9',
      'użytkownicy: 4',
      'wpisy dziennika zdarzeń: 210',
    ]);
  });

  it('leaves out what a backup from an older program version did not have yet', () => {
    expect(describeMainRecords({ persons: 2, users: 1, audit_log: 7 })).toEqual(['osoby: 2', 'użytkownicy: 1', 'wpisy dziennika zdarzeń: 7']);
  });
});
