import { Anchor, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonsRegisterRow } from '../../shared/contract/registers';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { usePaging } from './paging';
import { RegisterToolbar } from './RegisterToolbar';

type OpenCase = 'yes' | 'no' | null;

/** Rejestr osób: name, PESEL, birth date, address, household and open cases; by text, locality and open case. */
export function PersonsRegister() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [locality, setLocality] = useState<string | null>(null);
  const [hasOpenCase, setHasOpenCase] = useState<OpenCase>(null);
  const paging = usePaging<PersonsRegisterRow, 'name' | 'birthDate' | 'locality' | 'openCases'>({ column: 'name', direction: 'asc' });
  const filter = { query: debounced, locality, hasOpenCase };
  const localities = useLoad(() => api.call('registers.localities', {}), []);
  const result = useLoad(() => api.call('registers.persons', { filter, ...paging.request }), [JSON.stringify([filter, paging.request])]);
  const narrow = (change: () => void) => {
    change();
    paging.firstPage();
  };

  return (
    <>
      <Group align="flex-end" gap="md">
        <TextInput
          label="Szukaj"
          placeholder="nazwisko, PESEL, adres"
          value={query}
          onChange={(event) => {
            const value = event.currentTarget.value;
            narrow(() => setQuery(value));
          }}
          maxLength={100}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Select label="Miejscowość" placeholder="wszystkie" data={localities.data?.items ?? []} value={locality} onChange={(value) => narrow(() => setLocality(value))} clearable searchable w={220} />
        <Select
          label="Sprawy"
          data={[
            { value: 'all', label: 'wszystkie osoby' },
            { value: 'yes', label: 'z otwartą sprawą' },
            { value: 'no', label: 'bez otwartej sprawy' },
          ]}
          value={hasOpenCase ?? 'all'}
          allowDeselect={false}
          onChange={(value) => narrow(() => setHasOpenCase(value === 'yes' || value === 'no' ? value : null))}
          w={200}
        />
      </Group>
      <RegisterToolbar total={result.data?.total} exportAs={(format) => api.call('registers.personsExport', { filter, sort: paging.sort, format })} />
      <ErrorAlert error={result.error} title="Nie udało się wczytać rejestru osób" />
      <DataTable<PersonsRegisterRow>
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={result.data?.items.length ? undefined : 160}
        noRecordsText="Brak osób"
        fetching={result.loading}
        records={result.data?.items ?? []}
        totalRecords={result.data?.total ?? 0}
        {...paging.tableProps}
        idAccessor="id"
        fz="sm"
        verticalSpacing="xs"
        aria-label="Rejestr osób"
        columns={[
          {
            accessor: 'name',
            title: 'Nazwisko i imię',
            sortable: true,
            noWrap: true,
            render: (row) => (
              <Anchor component={Link} to={`/osoby/${row.id}`} fw={600}>
                {row.name}
              </Anchor>
            ),
          },
          { accessor: 'pesel', title: 'PESEL', noWrap: true, render: (row) => row.pesel ?? '—' },
          { accessor: 'birthDate', title: 'Data urodzenia', sortable: true, noWrap: true, render: (row) => formatDate(row.birthDate) },
          { accessor: 'locality', title: 'Adres', sortable: true, render: (row) => row.address },
          { accessor: 'householdSize', title: 'Gospodarstwo', textAlign: 'right', render: (row) => (row.householdSize === null ? '—' : `${row.householdSize} os.`) },
          { accessor: 'openCases', title: 'Otwarte sprawy', sortable: true, textAlign: 'right', render: (row) => row.openCases },
        ]}
      />
    </>
  );
}
