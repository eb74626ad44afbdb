import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { PersonSummary } from '../../shared/contract/persons';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';

interface Props {
  label: string;
  description?: string;
  onPick: (person: PersonSummary) => void;
  excludeIds?: number[];
  autoFocus?: boolean;
}

/** Finding someone in the register as you type; each result is a button, so Tab and Enter pick it. */
export function PersonSearch({ label, description, onPick, excludeIds = [], autoFocus }: Props) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const found = useLoad(
    () => (debounced.trim() ? api.call('persons.search', { query: debounced, limit: 10 }) : Promise.resolve(null)),
    [debounced],
  );
  const candidates = (found.data?.items ?? []).filter((person) => !excludeIds.includes(person.id));

  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        description={description ?? 'Nazwisko, imię, PESEL, adres lub telefon (wystarczy początek)'}
        placeholder="np. kowalska anna albo 4405"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maxLength={100}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
      />
      <ErrorAlert error={found.error} title="Wyszukiwanie nie powiodło się" />
      {candidates.map((person) => (
        <Button
          key={person.id}
          variant="default"
          justify="flex-start"
          h="auto"
          py="xs"
          onClick={() => onPick(person)}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        >
          <span>
            <Text span fw={700}>
              {person.lastName} {person.firstName}
            </Text>
            <Text span c="dimmed">
              {' '}
              — {person.pesel ? `PESEL ${person.pesel}` : person.idDocument}, ur. {formatDate(person.birthDate)}, {person.addressLine}
            </Text>
          </span>
        </Button>
      ))}
      {debounced.trim() && found.data && candidates.length === 0 && (
        <Text c="dimmed">Nie znaleziono. Osobę spoza rejestru najpierw dodaj w rejestrze osób.</Text>
      )}
    </Stack>
  );
}
