import { Text } from '@mantine/core';
import { describeMainRecords } from '../../shared/domain/backup-contents';

/** The main records of a backup in Polish (shared/domain/backup-contents.ts). */
export function CountsList({ counts }: { counts: Record<string, number> }) {
  return (
    <Text size="sm" component="span" display="block">
      {describeMainRecords(counts).join(' · ')}
    </Text>
  );
}
