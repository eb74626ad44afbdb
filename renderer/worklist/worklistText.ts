import type { WorklistKind } from '../../shared/contract/worklist';
import { pluralForm } from '../../shared/domain/amount-in-words';

/** The interview deadline runs in working days; the others are months or a date, so they count calendar days. */
export const countsWorkingDays = (kind: WorklistKind) => kind === 'interviewDue';

function days(n: number, working: boolean): string {
  return working
    ? `${n} ${pluralForm(n, { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych' })}`
    : `${n} ${pluralForm(n, { one: 'dzień', few: 'dni', many: 'dni' })}`;
}

/** "zostało 14 dni roboczych", "zostały 3 dni", "został 1 dzień roboczy". */
export function daysLeftText(kind: WorklistKind, daysLeft: number): string {
  const verb = pluralForm(daysLeft, { one: 'został', few: 'zostały', many: 'zostało' });
  return `${verb} ${days(daysLeft, countsWorkingDays(kind))}`;
}

/** "po terminie o 1 dzień roboczy", "po terminie o 6 dni". */
export function lateText(kind: WorklistKind, daysLeft: number): string {
  return `po terminie o ${days(-daysLeft, countsWorkingDays(kind))}`;
}

/** What the office must do about each kind, in a sentence under its heading. */
export const kindHints: Record<WorklistKind, string> = {
  interviewDue: 'Rodzinny wywiad środowiskowy przeprowadza się w ciągu 14 dni roboczych od wpływu wniosku.',
  decisionDue:
    'Decyzja najpóźniej w ciągu miesiąca, w sprawie szczególnie skomplikowanej — dwóch miesięcy (art. 35 k.p.a.). ' +
    'Gdy termin nie zostanie dotrzymany, zawiadom stronę o nowym terminie (art. 36 k.p.a.).',
  interviewUpdate: 'Gdy świadczenie trwa, wywiad aktualizuje się co najmniej raz na 6 miesięcy.',
  benefitEnding: 'Świadczenia, których okres kończy się w najbliższych 30 dniach.',
  certificateExpiring:
    'Orzeczenia o niepełnosprawności lub niezdolności do pracy osób, którym świadczenie trwa, ważne jeszcze najwyżej 60 dni. ' +
    'Zasiłek stały nie może trwać dłużej niż orzeczenie (art. 37 ust. 1 w zw. z art. 6 pkt 7 u.p.s.).',
};

/** "poniedziałek, 10 marca 2025" — today as the heading names it. */
export function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('pl-PL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
