import type { PaymentsRegisterRow } from '../../../shared/contract/registers';
import { benefitKinds } from '../../../shared/domain/cases';
import type { PaymentMethod } from '../../../shared/domain/decisions';
import { formatAmount } from '../../../shared/domain/money';
import { budgetClassifications, type BudgetClassification } from '../../../shared/domain/payment-settings';
import { csvAmount } from './csv';
import type { RegisterColumn } from './document';

export const methodNames: Record<PaymentMethod, string> = { transfer: 'przelew', cash: 'kasa', postalOrder: 'przekaz pocztowy' };
const listStateNames = { draft: 'projekt', approved: 'zatwierdzona', discarded: 'odrzucona' } as const;
const outcomeNames = { paid: 'wypłacono', notCollected: 'nie podjęto', returned: 'zwrócono' } as const;

const monthDots = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

/** "nr 3/2026, zatwierdzona, wypłacono" */
export function listText(row: Pick<PaymentsRegisterRow, 'listNumber' | 'listYear' | 'listState' | 'outcome'>): string {
  const number = row.listNumber === null ? '' : `nr ${row.listNumber}/${row.listYear}, `;
  return `${number}${listStateNames[row.listState]}${row.outcome ? `, ${outcomeNames[row.outcome]}` : ''}`;
}

export const paymentsColumns: RegisterColumn<PaymentsRegisterRow>[] = [
  { header: 'Miesiąc', width: 44, print: (row) => monthDots(row.month) },
  { header: 'Osoba', width: 120, print: (row) => row.personName },
  { header: 'Forma pomocy', width: '*', print: (row) => benefitKinds[row.benefit].label },
  { header: 'Klasyfikacja', width: 62, print: (row) => row.classification },
  { header: 'Kwota (zł)', width: 60, align: 'right', print: (row) => formatAmount(row.amount), csv: (row) => csvAmount(row.amount) },
  { header: 'Sposób', width: 70, print: (row) => methodNames[row.method] },
  { header: 'Lista', width: 130, print: listText },
];

export interface PaymentsFilterWords {
  fromMonth: string | null;
  toMonth: string | null;
  classification: BudgetClassification | null;
  method: PaymentMethod | null;
  listState: keyof typeof listStateNames | null;
}

export function paymentsFilterText(filter: PaymentsFilterWords): string {
  const parts = [
    filter.fromMonth || filter.toMonth
      ? `miesiące ${filter.fromMonth ? `od ${monthDots(filter.fromMonth)}` : ''}${filter.fromMonth && filter.toMonth ? ' ' : ''}${filter.toMonth ? `do ${monthDots(filter.toMonth)}` : ''}`
      : null,
    filter.classification ? `klasyfikacja ${filter.classification} (${budgetClassifications[filter.classification].toLowerCase()})` : null,
    filter.method ? `sposób: ${methodNames[filter.method]}` : null,
    filter.listState ? `listy: ${listStateNames[filter.listState]}` : 'listy zatwierdzone i projekty',
  ].filter((part) => part !== null);
  return parts.join('; ');
}

/** The closing row: the count and the sum of every row printed. */
export function paymentsTotals(rows: PaymentsRegisterRow[]): string[] {
  const sum = rows.reduce((total, row) => total + row.amount, 0);
  return ['Razem', `${rows.length} poz.`, '', '', formatAmount(sum), '', ''];
}
