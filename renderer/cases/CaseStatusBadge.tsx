import { Badge } from '@mantine/core';
import { caseStatuses, type CaseStatus } from '../../shared/domain/cases';
import { statusColor } from './caseText';

export function CaseStatusBadge({ status, size = 'lg' }: { status: CaseStatus; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Badge color={statusColor[status]} variant="light" size={size} style={{ flexShrink: 0, overflow: 'visible' }}>
      {caseStatuses[status]}
    </Badge>
  );
}
