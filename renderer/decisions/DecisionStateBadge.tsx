import { Badge } from '@mantine/core';
import { decisionStatuses, type DecisionState } from '../../shared/domain/decisions';
import { decisionStateColor } from './decisionText';

export function DecisionStateBadge({ state, size = 'lg' }: { state: DecisionState; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Badge color={decisionStateColor[state]} variant="light" size={size} style={{ flexShrink: 0, overflow: 'visible' }}>
      {decisionStatuses[state]}
    </Badge>
  );
}
