import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { CaseSummary } from '../../shared/contract/cases';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';

/** Finding a case of the whole office, closed ones too, by its reference or the applicant's name; each result is a button. */
export function CaseSearch({ onPick }: { onPick: (found: CaseSummary) => void }) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const found = useLoad(
    () => (debounced.trim() ? api.call('cases.list', { scope: 'office', status: 'all', query: debounced, limit: 10 }) : Promise.resolve(null)),
    [debounced],
  );
  const candidates = found.data?.items ?? [];

  return (
    <Stack gap="xs">
      <TextInput
        label="Sprawa"
        description="Znak sprawy albo nazwisko wnioskodawcy (wystarczy początek)"
        placeholder="np. 8240 albo kowalski"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maxLength={100}
        data-autofocus
      />
      <ErrorAlert error={found.error} title="Wyszukiwanie nie powiodło się" />
      {candidates.map((item) => (
        <Button
          key={item.id}
          variant="default"
          justify="flex-start"
          h="auto"
          py="xs"
          onClick={() => onPick(item)}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        >
          <span>
            <Text span fw={700}>
              {item.caseRef}
            </Text>
            <Text span c="dimmed">
              {' '}
              — {item.applicantName}, wniosek z {formatDate(item.applicationDate)}
            </Text>
          </span>
        </Button>
      ))}
      {debounced.trim() && found.data && candidates.length === 0 && <Text c="dimmed">Nie znaleziono takiej sprawy.</Text>}
    </Stack>
  );
}
