import { describe, expect, it } from 'vitest';
import { benefitKindKeys, helpReasonKeys } from '../../../shared/domain/cases';
import { mrpips03Period, mrpips03ReasonRows, mrpips03Rows } from '../../../shared/domain/reports/mrpips03-form';

/** The form is data: these hold for any year's rows, so a new form cannot silently drop or double a benefit. */
describe('the MRPiPS-03 form as data', () => {
  it('"Ogółem" counts every benefit kind of the program', () => {
    expect([...mrpips03Rows[0]!.benefits].sort()).toEqual([...benefitKindKeys].sort());
  });

  it('every benefit kind lies in exactly one main row, and a "w tym" row only within the main row above it', () => {
    const main = mrpips03Rows.slice(1).filter((row) => !row.sub);
    for (const benefit of benefitKindKeys) expect([benefit, main.filter((row) => row.benefits.includes(benefit)).length]).toEqual([benefit, 1]);
    let parent = mrpips03Rows[0]!;
    for (const row of mrpips03Rows.slice(1)) {
      if (!row.sub) {
        parent = row;
        continue;
      }
      expect([row.key, row.benefits.every((benefit) => parent.benefits.includes(benefit))]).toEqual([row.key, true]);
    }
  });

  it('row keys are unique, and the reasons follow art. 7 without the repealed point 10', () => {
    expect(new Set(mrpips03Rows.map((row) => row.key)).size).toBe(mrpips03Rows.length);
    expect(mrpips03ReasonRows.map((row) => row.key)).toEqual(helpReasonKeys);
    expect(mrpips03ReasonRows.map((row) => row.number)).not.toContain('10');
  });

  it('the half-year runs from 1 January to 30 June, the year to 31 December', () => {
    expect(mrpips03Period(2025, 'H1')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(mrpips03Period(2025, 'year')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
