/** Rotation of automatic backups: the last 10 of today, one a day for 14 days, one a week for 8 weeks. */
import { describe, expect, it } from 'vitest';
import { planRotation, type RotationEntry } from '../../electron/core/backup';

const TZ = 'Europe/Warsaw';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function entry(iso: string): RotationEntry {
  return { id: iso, createdAt: new Date(iso) };
}
/** One backup every `stepMs` going back from `last`, `count` of them. */
function series(last: string, count: number, stepMs: number): RotationEntry[] {
  const end = new Date(last).getTime();
  return Array.from({ length: count }, (_, i) => entry(new Date(end - i * stepMs).toISOString()));
}

describe('planRotation', () => {
  const now = new Date('2025-03-12T15:00:00Z'); // Wednesday, 16:00 in Warsaw

  it('keeps the newest 10 of today', () => {
    const today = series('2025-03-12T14:30:00Z', 15, 30 * 60 * 1000); // 07:30 … 15:30 Warsaw time
    const plan = planRotation(today, now, { timeZone: TZ });
    expect(plan.keep).toEqual(today.slice(0, 10).map((e) => e.id));
    expect(plan.remove).toEqual(today.slice(10).map((e) => e.id));
  });

  it('keeps the newest backup of each of the 14 days before today', () => {
    // Three a day (08:00, 12:00, 16:00 Warsaw) for the 20 days before today.
    const entries: RotationEntry[] = [];
    for (let day = 1; day <= 20; day += 1) {
      for (const hourUtc of [15, 11, 7]) entries.push(entry(new Date(Date.UTC(2025, 2, 12 - day, hourUtc)).toISOString()));
    }
    const plan = planRotation(entries, now, { timeZone: TZ });
    const kept = new Set(plan.keep);
    for (let day = 1; day <= 14; day += 1) {
      const date = new Date(Date.UTC(2025, 2, 12 - day)).toISOString().slice(0, 10);
      expect(kept.has(`${date}T15:00:00.000Z`), date).toBe(true);
      expect(kept.has(`${date}T11:00:00.000Z`), date).toBe(false);
      expect(kept.has(`${date}T07:00:00.000Z`), date).toBe(false);
    }
    // Days 15–20 back (Feb 20–25): only the newest of an ISO week not already represented — Sunday Feb 23 for
    // the week of Feb 17; Feb 24–25 belong to the week whose newest day (Mar 2) is kept as a daily one.
    expect(plan.keep.filter((id) => id < '2025-02-26')).toEqual(['2025-02-23T15:00:00.000Z']);
    expect(new Set([...plan.keep, ...plan.remove]).size).toBe(entries.length);
  });

  it('keeps one a week (the newest) for 8 weeks, and nothing older — except the newest backup of all', () => {
    const entries = series('2025-03-11T16:00:00Z', 120, DAY); // every day at 17:00 Warsaw, 120 days back from yesterday
    const plan = planRotation(entries, now, { timeZone: TZ });
    const keptOlderThan14Days = plan.keep.filter((id) => new Date(id).getTime() < now.getTime() - 15 * DAY);
    // Sundays (the newest day of each ISO week) of the weeks 3…7 back within the 8-week window.
    expect(keptOlderThan14Days).toEqual([
      '2025-02-23T16:00:00.000Z',
      '2025-02-16T16:00:00.000Z',
      '2025-02-09T16:00:00.000Z',
      '2025-02-02T16:00:00.000Z',
      '2025-01-26T16:00:00.000Z',
    ]);
    expect(plan.keep.every((id) => new Date(id).getTime() >= new Date('2025-01-20T00:00:00Z').getTime())).toBe(true);
    expect(plan.remove).toContain('2024-11-12T16:00:00.000Z');
  });

  it('never removes the newest backup, however old; keeps backups dated in the future (a wrong clock)', () => {
    const old = [entry('2024-01-05T10:00:00Z'), entry('2023-12-01T10:00:00Z')];
    expect(planRotation(old, now, { timeZone: TZ })).toEqual({ keep: ['2024-01-05T10:00:00Z'], remove: ['2023-12-01T10:00:00Z'] });
    const future = [entry('2025-06-01T10:00:00Z'), entry('2025-06-02T10:00:00Z')];
    expect(planRotation(future, now, { timeZone: TZ }).remove).toEqual([]);
  });

  it('counts days in the office’s time zone: 23:30 UTC is already the next day in Warsaw', () => {
    // 2025-03-11T23:30Z is 00:30 on the 12th in Warsaw: "today", so with 11 of today it competes for the 10 places.
    const today = series('2025-03-12T14:00:00Z', 10, HOUR);
    const justAfterMidnight = entry('2025-03-11T23:30:00Z');
    const plan = planRotation([...today, justAfterMidnight], now, { timeZone: TZ });
    expect(plan.remove).toEqual([justAfterMidnight.id]);
    // In UTC it is yesterday's newest backup, kept as the one of that day.
    expect(planRotation([...today, justAfterMidnight], now, { timeZone: 'UTC' }).remove).toEqual([]);
  });

  it('returns ids in the order given, each exactly once; an empty list keeps nothing', () => {
    const entries = [entry('2025-03-01T10:00:00Z'), entry('2025-03-12T10:00:00Z'), entry('2025-03-01T09:00:00Z')];
    const plan = planRotation(entries, now, { timeZone: TZ });
    expect(plan).toEqual({ keep: ['2025-03-01T10:00:00Z', '2025-03-12T10:00:00Z'], remove: ['2025-03-01T09:00:00Z'] });
    expect(planRotation([], now)).toEqual({ keep: [], remove: [] });
  });
});
