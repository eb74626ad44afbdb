/**
 * What a backup holds, as a person recognises it: the main records by name, in Polish, in the order they are
 * looked for. The backup screens and the command line both describe a backup with this list; the counts of
 * every table are in the manifest, these are the ones worth showing.
 */
export const BACKUP_MAIN_RECORDS: readonly (readonly [table: string, label: string])[] = [
  ['persons', 'osoby'],
  ['households', 'gospodarstwa domowe'],
  ['cases', 'sprawy'],
  ['interviews', 'wywiady środowiskowe'],
  ['users', 'użytkownicy'],
  ['audit_log', 'wpisy dziennika zdarzeń'],
];

/** "osoby: 12", … for the main records a backup's counts include (a backup from before a table existed has none). */
export function describeMainRecords(counts: Record<string, number>): string[] {
  return BACKUP_MAIN_RECORDS.filter(([table]) => table in counts).map(([table, label]) => `${label}: ${counts[table]}`);
}
