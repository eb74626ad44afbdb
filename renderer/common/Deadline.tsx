import { Text } from '@mantine/core';
import { pluralForm } from '../../shared/domain/amount-in-words';
import { todayIso, workingDaysUntil } from '../cases/caseText';
import { formatDate } from './format';

/** "1 dzień roboczy", "3 dni robocze", "14 dni roboczych". */
function workingDays(n: number): string {
  return `${n} ${pluralForm(n, { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych' })}`;
}

/** "został 1 dzień roboczy", "zostały 3 dni robocze", "zostało 14 dni roboczych". */
export function workingDaysLeftText(days: number): string {
  return `${pluralForm(days, { one: 'został', few: 'zostały', many: 'zostało' })} ${workingDays(days)}`;
}

/** "po terminie o 2 dni robocze"; just "po terminie" when only a weekend or a holiday has passed since. */
export function lateText(due: string, today: string): string {
  const late = workingDaysUntil(due, today);
  return late > 0 ? `po terminie o ${workingDays(late)}` : 'po terminie';
}

/**
 * A deadline shown one way everywhere (the worklist, the case): the date, and under it the working days left —
 * red once passed, orange on its last day. `ends` is for what runs out (a benefit, a certificate), not a duty.
 */
export function Deadline({ due, ends = false }: { due: string; ends?: boolean }) {
  const today = todayIso();
  const [color, status] =
    due < today
      ? ['red.8', lateText(due, today)]
      : due === today
        ? ['orange.8', ends ? 'kończy się dziś' : 'termin upływa dziś']
        : [undefined, workingDaysLeftText(workingDaysUntil(today, due))];
  return (
    <div>
      <Text size="lg" fw={700} c={color} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(due)}
      </Text>
      <Text size="md" c={color ?? 'dimmed'} fw={color ? 700 : undefined}>
        {status}
      </Text>
    </div>
  );
}
