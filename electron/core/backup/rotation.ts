/**
 * Which backups to keep: the last 10 of today, the newest of each of the 14 days before, the newest of each
 * week for 8 weeks, and always the newest backup of all (a schedule that stopped for months must not end with
 * nothing). Backups dated in the future (a wrong clock) are kept. Pure: the automatic schedule calls it with
 * the listing and the time, and deletes what it returns in `remove`.
 */

export interface RotationPolicy {
  /** Newest backups of today to keep. */
  today: number;
  /** Days before today with one backup (the newest of the day) kept. */
  days: number;
  /** Weeks (ISO, from Monday) with one backup (the newest of the week) kept, this week included. */
  weeks: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { today: 10, days: 14, weeks: 8 };

export interface RotationEntry {
  id: string;
  createdAt: Date;
}

export interface RotationPlan {
  keep: string[];
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of the calendar date of `date` in the time zone (the computer's own by default). */
function dayNumber(date: Date, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS);
}

/** Day number of the Monday of the ISO week (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}

export function planRotation(
  entries: readonly RotationEntry[],
  now: Date,
  options: { policy?: RotationPolicy; timeZone?: string } = {},
): RotationPlan {
  const policy = options.policy ?? DEFAULT_ROTATION;
  const today = dayNumber(now, options.timeZone);
  const thisWeek = weekStart(today);
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const daysTaken = new Set<number>();
  const weeksTaken = new Set<number>();
  let todayKept = 0;

  newestFirst.forEach((entry, index) => {
    const time = entry.createdAt.getTime();
    if (Number.isNaN(time)) return; // unknown time: the caller decides; never kept by a rule
    if (index === 0 || time > now.getTime()) keep.add(entry.id);
    const day = dayNumber(entry.createdAt, options.timeZone);
    const age = today - day;
    if (age === 0 && todayKept < policy.today) {
      todayKept += 1;
      keep.add(entry.id);
    }
    if (age >= 1 && age <= policy.days && !daysTaken.has(day)) {
      daysTaken.add(day);
      keep.add(entry.id);
    }
    const week = weekStart(day);
    const weeksAgo = (thisWeek - week) / 7;
    if (weeksAgo >= 0 && weeksAgo < policy.weeks && !weeksTaken.has(week)) {
      weeksTaken.add(week);
      keep.add(entry.id);
    }
  });

  return {
    keep: entries.filter((entry) => keep.has(entry.id)).map((entry) => entry.id),
    remove: entries.filter((entry) => !keep.has(entry.id)).map((entry) => entry.id),
  };
}
