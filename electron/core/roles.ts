import type { Role } from '../../shared/domain/roles';
import type { UserRow } from '../../db/repositories/users';
import type { Clock } from './context';

/** The calendar day in Poland: an authorisation "until 30.11" lasts to the end of that day in Sitno. */
export function todayInPoland(clock: Clock): string {
  return clock.now().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
}

/** A user's roles on a day: their own, plus the director's while a director's authorisation as deputy lasts. */
export function effectiveRoles(row: Pick<UserRow, 'roles' | 'deputyUntil'>, today: string): Role[] {
  const roles = row.roles as Role[];
  if (row.deputyUntil && row.deputyUntil >= today && !roles.includes('director')) return [...roles, 'director'];
  return roles;
}
