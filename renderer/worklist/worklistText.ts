import type { WorklistKind } from '../../shared/contract/worklist';
import { formatDate } from '../common/format';

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

/** "poniedziałek, 10.03.2025" — today as the heading names it, the date written as everywhere else. */
export function longDate(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00Z`).toLocaleDateString('pl-PL', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday}, ${formatDate(iso)}`;
}
