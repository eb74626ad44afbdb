import { Text } from '@mantine/core';

/** The main records of a database in Polish; other tables are summed up as "inne wpisy". */
const labels: Record<string, string> = {
  persons: 'osoby',
  households: 'gospodarstwa domowe',
  household_members: 'członkowie gospodarstw',
  users: 'użytkownicy',
  audit_log: 'wpisy dziennika zdarzeń',
};

export function CountsList({ counts }: { counts: Record<string, number> }) {
  const main = Object.entries(labels).filter(([table]) => table in counts);
  return (
    <Text size="sm" component="span" display="block">
      {main.map(([table, label]) => `${label}: ${counts[table]}`).join(' · ')}
    </Text>
  );
}
