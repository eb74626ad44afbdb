import type { ScheduleMonthOut } from '../../shared/contract/payments';
import type { LineOutcome } from '../../shared/contract/payments';
import type { PaymentMethod } from '../../shared/domain/decisions';

/** How the screens name the methods, the states of a benefit month and the outcomes of a line. */
export const methodLabels: Record<PaymentMethod, string> = { transfer: 'Przelewy', cash: 'Kasa', postalOrder: 'Przekazy pocztowe' };

export const monthStates: Record<ScheduleMonthOut['state'], { label: string; color: string }> = {
  paid: { label: 'Wypłacono', color: 'teal' },
  approved: { label: 'Na zatwierdzonej liście', color: 'blue' },
  draft: { label: 'Na projekcie listy', color: 'grape' },
  payable: { label: 'Do wypłaty', color: 'orange' },
  waiting: { label: 'Czeka na wykonalność decyzji', color: 'gray' },
  future: { label: 'Przyszły miesiąc', color: 'gray' },
};

export const outcomeLabels: Record<LineOutcome, string> = { paid: 'Wypłacono', notCollected: 'Nie podjęto', returned: 'Zwrócono przez bank' };

/** "03.2026" */
export const monthDots = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;
