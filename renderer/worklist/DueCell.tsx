import { Text } from '@mantine/core';
import type { WorklistItem } from '../../shared/contract/worklist';
import { formatDate } from '../common/format';
import { daysLeftText, lateText } from './worklistText';

/** The deadline and how much of it is left: red once passed, orange on its last day. */
export function DueCell({ item }: { item: WorklistItem }) {
  const [color, status] = item.late
    ? ['red.8', lateText(item.kind, item.daysLeft)]
    : item.daysLeft === 0
      ? ['orange.8', item.kind === 'benefitEnding' || item.kind === 'certificateExpiring' ? 'kończy się dziś' : 'termin upływa dziś']
      : [undefined, daysLeftText(item.kind, item.daysLeft)];
  return (
    <div>
      <Text size="lg" fw={700} c={color} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(item.dueDate)}
      </Text>
      <Text size="md" c={color ?? 'dimmed'} fw={color ? 700 : undefined}>
        {status}
      </Text>
    </div>
  );
}
