import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { householdRelations } from '../../shared/domain/household';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';

const PAGE = 50;

/**
 * The households of the register with who lives in each, the way an office keeps its card index: by the head's
 * name, found by any member, the address or a phone. Every member is a link (Tab, Enter) to the person's card.
 */
export function HouseholdsPage() {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [offset, setOffset] = useState(0);
  const [debounced] = useDebouncedValue(query, 150);
  const result = useLoad(() => api.call('households.list', { query: debounced, offset, limit: PAGE }), [debounced, offset]);
  const items = result.data?.items ?? [];

  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2">
        Gospodarstwa domowe
      </Title>
      <TextInput
        label="Szukaj gospodarstwa"
        description="Nazwisko lub imię członka, PESEL, miejscowość, ulica z numerem domu albo telefon"
        placeholder="np. kowalska, brodek 15 albo 601 234 567"
        value={query}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setQuery(text);
          setOffset(0);
          setParams(text ? { q: text } : {}, { replace: true });
        }}
        autoFocus
        size="lg"
        maxLength={100}
      />
      <ErrorAlert error={result.error} title="Nie udało się wczytać gospodarstw" />
      <Text c="dimmed" size="sm" aria-live="polite">
        {result.data
          ? items.length === 0
            ? debounced.trim()
              ? 'Nie znaleziono gospodarstwa. Sprawdź pisownię.'
              : 'W rejestrze nie ma jeszcze gospodarstw — zakłada się je na karcie osoby.'
            : `Gospodarstwa ${offset + 1}–${offset + items.length}${result.data.more ? ' (są następne)' : ''}`
          : ' '}
      </Text>
      {items.length > 0 && (
        <Paper withBorder>
          <Table striped fz="md" verticalSpacing="sm" aria-label="Gospodarstwa domowe">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="34%">Adres</Table.Th>
                <Table.Th>Członkowie (głowa pierwsza)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((household) => (
                <Table.Tr key={household.id}>
                  <Table.Td valign="top">
                    <Text fw={600}>{household.addressLine}</Text>
                    <Text size="sm" c="dimmed">
                      {plural(household.members.length, 'osoba', 'osoby', 'osób')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {household.members.map((member) => (
                        <Group key={member.personId} gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/osoby/${member.personId}`} fw={member.relation === 'head' ? 700 : 500}>
                            {member.lastName} {member.firstName}
                          </Anchor>
                          <Text span size="sm" c="dimmed">
                            {householdRelations[member.relation]}, ur. {formatDate(member.birthDate)}
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {(offset > 0 || result.data?.more) && (
        <Group>
          <Button variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Poprzednie {PAGE}
          </Button>
          <Button variant="default" disabled={!result.data?.more} onClick={() => setOffset(offset + PAGE)}>
            Następne {PAGE}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
