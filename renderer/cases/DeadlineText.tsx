import { Text } from '@mantine/core';
import { pluralForm } from '../../shared/domain/amount-in-words';
import { formatDate } from '../common/format';
import { todayIso, workingDaysUntil } from './caseText';

/** "zostało 5 dni roboczych", "został 1 dzień roboczy", "zostały 3 dni robocze". */
export function workingDaysLeftText(days: number): string {
  const verb = pluralForm(days, { one: 'został', few: 'zostały', many: 'zostało' });
  return `${verb} ${days} ${pluralForm(days, { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych' })}`;
}

/** A statutory deadline with how much of it is left: red once it has passed, orange on its last day. */
export function DeadlineText({ due, size = 'lg' }: { due: string; size?: string }) {
  const today = todayIso();
  if (due < today) {
    return (
      <Text size={size} c="red.8" fw={700}>
        {formatDate(due)} — po terminie
      </Text>
    );
  }
  if (due === today) {
    return (
      <Text size={size} c="orange.8" fw={700}>
        {formatDate(due)} — termin upływa dziś
      </Text>
    );
  }
  return (
    <Text size={size}>
      {formatDate(due)}{' '}
      <Text span c="dimmed" size={size}>
        — {workingDaysLeftText(workingDaysUntil(today, due))}
      </Text>
    </Text>
  );
}
