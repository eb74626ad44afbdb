import { Anchor, Button, Group, Kbd, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useCurrentUser } from '../auth/CurrentUser';

/** The register: results as you type, by name, PESEL, address or phone, with or without Polish letters. */
export function PersonsPage() {
  const navigate = useNavigate();
  const canCreate = useCurrentUser().can('persons.create');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(query, 120);
  const result = useLoad(() => api.call('persons.search', { query: debounced, limit: 50 }), [debounced]);
  const searching = debounced.trim() !== '';

  useHotkeys([['Insert', () => canCreate && navigate('/osoby/nowa')]], []);

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Osoby
        </Title>
        {canCreate && (
          <Button component={Link} to="/osoby/nowa" rightSection={<Kbd size="xs">Insert</Kbd>}>
            Dodaj osobę
          </Button>
        )}
      </Group>
      <TextInput
        label="Szukaj osoby"
        description="Nazwisko, imię, PESEL, miejscowość lub ulica z numerem domu, telefon (wystarczy początek; polskie litery nie są potrzebne)"
        placeholder="np. kowalska anna, 8001, brodek 15 albo 601 234 567"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true });
        }}
        autoFocus
        size="lg"
        aria-label="Szukaj osoby"
        maxLength={100}
      />
      <ErrorAlert error={result.error} title="Wyszukiwanie nie powiodło się" />
      <Text c="dimmed" size="sm" aria-live="polite">
        {result.data
          ? searching
            ? result.data.items.length === 0
              ? 'Nie znaleziono nikogo. Sprawdź pisownię albo dodaj nową osobę.'
              : `Znalezione osoby: ${result.data.items.length}${result.data.more ? ' (pokazano pierwsze 50 — zawęź wyszukiwanie)' : ''}`
            : 'Ostatnio dodane lub zmienione osoby'
          : ' '}
      </Text>
      <DataTable
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={result.data?.items.length ? undefined : 160}
        noRecordsText={searching ? 'Brak wyników' : 'Rejestr jest pusty — dodaj pierwszą osobę'}
        fetching={result.loading && !result.data}
        records={result.data?.items ?? []}
        idAccessor="id"
        onRowClick={({ record }) => navigate(`/osoby/${record.id}`)}
        fz="md"
        verticalSpacing="sm"
        columns={[
          {
            accessor: 'lastName',
            title: 'Nazwisko i imię',
            render: (person) => (
              <Anchor component={Link} to={`/osoby/${person.id}`} fw={600} onClick={(event) => event.stopPropagation()}>
                {person.lastName} {person.firstName}
              </Anchor>
            ),
          },
          {
            accessor: 'pesel',
            title: 'PESEL / dokument',
            render: (person) => person.pesel ?? <Text span c="dimmed">{person.idDocument}</Text>,
          },
          { accessor: 'birthDate', title: 'Data urodzenia', render: (person) => formatDate(person.birthDate) },
          { accessor: 'addressLine', title: 'Adres' },
        ]}
      />
    </Stack>
  );
}
