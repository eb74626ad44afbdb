import type { PersonsRegisterRow } from '../../../shared/contract/registers';
import { formatDatePl } from '../../../shared/domain/calendar';
import { csvDigits } from './csv';
import type { RegisterColumn } from './document';

export const personsColumns: RegisterColumn<PersonsRegisterRow>[] = [
  { header: 'Nazwisko i imię', width: 165, print: (row) => row.name },
  { header: 'PESEL', width: 66, print: (row) => row.pesel ?? '', csv: (row) => csvDigits(row.pesel) },
  { header: 'Data urodzenia', width: 58, print: (row) => formatDatePl(row.birthDate) },
  { header: 'Adres', width: '*', print: (row) => row.address },
  { header: 'Gospodarstwo (osób)', width: 62, align: 'right', print: (row) => (row.householdSize === null ? '' : String(row.householdSize)) },
  { header: 'Otwarte sprawy', width: 50, align: 'right', print: (row) => String(row.openCases) },
];

export function personsFilterText(filter: { query: string; locality: string | null; hasOpenCase: 'yes' | 'no' | null }): string {
  const parts = [
    filter.query ? `szukano „${filter.query}”` : null,
    filter.locality ? `miejscowość ${filter.locality}` : null,
    filter.hasOpenCase === 'yes' ? 'z otwartą sprawą' : filter.hasOpenCase === 'no' ? 'bez otwartej sprawy' : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join('; ') : 'wszystkie osoby';
}
