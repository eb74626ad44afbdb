import type { PaymentSettings } from '../../../shared/contract/payments';
import { defaultClassifications } from '../../../shared/domain/payment-settings';
import type { PaymentLineRow, PaymentListRow } from '../../../db/repositories/payments';
import type { ListDocument } from '../../../electron/core/payments/list-pdf';

/**
 * A realistic month of a payment list for the PDF tests and scripts/preview-payments.ts: long double-barrelled
 * names, colonies with long names and flat numbers, post towns unlike the village, partial months, amounts from a
 * few złoty to the zasiłek stały cap. Each line carries a token no other line has (the PESEL on the cash list, the
 * title on the transfer list), so a test can find on which page a line was printed.
 */

const FIRST = ['Katarzyna', 'Stanisława', 'Jan', 'Grzegorz', 'Małgorzata', 'Żaneta', 'Bolesław', 'Józef'];
const LAST = ['Wiśniewska-Żółkiewska', 'Kowalski', 'Ślusarczyk', 'Brzęczyszczykiewicz', 'Nowak', 'Dąbrowska-Szczepańska', 'Źrebiec', 'Wójcik'];
const ADDRESS = [
  'Kolonia Przęsławice-Górne 127/14, 22-424 Szczebrzeszyn',
  'Sitno 12, 22-424 Sitno',
  'Wólka Horyniecka, ul. Jana Pawła II 145/23, 22-424 Sitno',
  'Łabunie-Reforma 3, 22-437 Łabunie',
];
const BENEFITS = ['permanentAllowance', 'periodicAllowance', 'purposeAllowance'] as const;

/** A valid NRB (sort code check digit, then mod 97) of account number `index`. */
function nrb(index: number): string {
  const bban = `10901014${String(index).padStart(16, '0')}`;
  return `${String(98 - Number(BigInt(`${bban}252100`) % 97n)).padStart(2, '0')}${bban}`;
}

/** The unique token of line `index`: an 11-digit number printed as the PESEL (cash) and in the title (transfer). */
export const lineToken = (index: number) => `9${String(index + 1).padStart(10, '0')}`;

export function sampleLines(count: number, method: 'cash' | 'transfer'): PaymentLineRow[] {
  return Array.from({ length: count }, (_, index) => {
    const benefit = BENEFITS[index % BENEFITS.length]!;
    const partial = index % 11 === 0;
    return {
      id: index + 1,
      listId: 1,
      grantDecisionId: index + 1,
      decisionId: index + 1,
      caseId: index + 1,
      personId: index + 1,
      benefit,
      month: '2025-03',
      periodFrom: partial ? '2025-03-10' : '2025-03-01',
      periodTo: '2025-03-31',
      // From 1 grosz (a sum a person must still be able to check) to the cap, with every grosze ending.
      amount: index === 0 ? 1 : ((index * 7_919) % 122_900) + 2_000 + (index % 100),
      classification: defaultClassifications[benefit],
      recipientName: `${FIRST[index % FIRST.length]} ${LAST[(index * 3) % LAST.length]}`,
      recipientAddress: ADDRESS[index % ADDRESS.length]!,
      recipientId: `PESEL ${lineToken(index)}`,
      decisionNumber: `${(index % 900) + 1}/8311/2025`,
      bankAccount: method === 'transfer' ? nrb(index + 1) : null,
      title: `Zasiłek za 03.2025, dec. ${(index % 900) + 1}/8311/2025, poz. ${lineToken(index)}`,
      outcome: null,
      outcomeOn: null,
      holdsMonth: 1,
      version: 1,
    };
  });
}

export const SAMPLE_SETTINGS: PaymentSettings = {
  configured: true,
  payerName: 'Gminny Ośrodek Pomocy Społecznej w Szczebrzeszynie',
  payerAddress: 'ul. Zamojska 1, 22-460 Szczebrzeszyn',
  payerAccount: '61109010140000071219812874',
  bankName: 'Bank Spółdzielczy w Szczebrzeszynie',
  bankFileVariant: 'windows-1250',
  defaultPayDay: 10,
  classifications: { ...defaultClassifications },
};

export function sampleListDocument(count: number, method: 'cash' | 'transfer'): ListDocument {
  const list: PaymentListRow = {
    id: 1,
    month: '2025-03',
    method,
    payOn: '2025-03-14',
    status: 'approved',
    year: 2025,
    number: method === 'cash' ? 7 : 8,
    lineCount: count,
    total: 0,
    preparedByUserId: 1,
    approvedByUserId: 2,
    approvedAt: '2025-03-12T10:00:00.000Z',
    version: 2,
    createdAt: '2025-03-11T09:00:00.000Z',
    updatedAt: '2025-03-11T09:00:00.000Z',
  };
  const rows = sampleLines(count, method);
  list.total = rows.reduce((sum, row) => sum + row.amount, 0);
  return {
    list,
    label: method === 'cash' ? 'Lista wypłat w kasie nr 7/2025' : 'Lista przelewów nr 8/2025',
    preparedByName: 'Bożena Księgowa-Wróblewska',
    approvedByName: 'Zdzisław Kierownik',
    rows,
    settings: SAMPLE_SETTINGS,
    printedAt: '2025-03-12T11:00:00.000Z',
  };
}
