import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../renderer/common/format';

describe('dates and times written one way', () => {
  it('a date is dd.mm.rrrr', () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026');
    expect(formatDate('2026-03-05T10:00:00.000Z')).toBe('05.03.2026');
  });

  it('a moment is dd.mm.rrrr, gg:mm in Polish time, winter and summer, whatever the computer’s zone', () => {
    expect(formatDateTime('2026-03-16T08:05:00.000Z')).toBe('16.03.2026, 09:05');
    expect(formatDateTime('2026-07-01T22:30:00.000Z')).toBe('02.07.2026, 00:30');
    expect(formatDateTime('2026-12-31T23:00:00.000Z')).toBe('01.01.2027, 00:00');
  });
});
