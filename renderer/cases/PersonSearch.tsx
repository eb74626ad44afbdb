import type { PersonSummary } from '../../shared/contract/persons';
import { api } from '../api';
import { formatDate } from '../common/format';
import { SearchPicker } from '../common/SearchPicker';

interface Props {
  label: string;
  description?: string;
  onPick: (person: PersonSummary) => void;
  excludeIds?: number[];
  autoFocus?: boolean;
}

/** Finding someone in the register as you type. */
export function PersonSearch({ label, description, onPick, excludeIds, autoFocus }: Props) {
  return (
    <SearchPicker
      label={label}
      description={description ?? 'Nazwisko, imię, PESEL, adres lub telefon (wystarczy początek)'}
      placeholder="np. kowalska anna albo 4405"
      search={(query) => api.call('persons.search', { query, limit: 10 })}
      title={(person) => `${person.lastName} ${person.firstName}`}
      details={(person) => `${person.pesel ? `PESEL ${person.pesel}` : person.idDocument}, ur. ${formatDate(person.birthDate)}, ${person.addressLine}`}
      notFound="Nie znaleziono. Osobę spoza rejestru najpierw dodaj w rejestrze osób."
      onPick={onPick}
      excludeIds={excludeIds}
      autoFocus={autoFocus}
    />
  );
}
