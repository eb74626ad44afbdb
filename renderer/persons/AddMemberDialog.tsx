import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { householdRelations, type HouseholdRelation } from '../../shared/domain/household';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useDialogLeaveGuard } from '../common/LeaveGuard';
import { useLoad } from '../common/useLoad';

const relationOptions = Object.entries(householdRelations)
  .filter(([key]) => key !== 'head')
  .map(([value, label]) => ({ value, label }));

interface Props {
  onClose: () => void;
  excludeIds: number[];
  onAdd: (personId: number, relation: Exclude<HouseholdRelation, 'head'>) => void;
}

/** Pick a person from the register and their relation to the head of the household. */
export function AddMemberDialog({ onClose, excludeIds, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [personId, setPersonId] = useState<string | null>(null);
  const [relation, setRelation] = useState<string | null>(null);
  const found = useLoad(
    () => (debounced.trim() ? api.call('persons.search', { query: debounced, limit: 10 }) : Promise.resolve(null)),
    [debounced],
  );
  const candidates = (found.data?.items ?? []).filter((person) => !excludeIds.includes(person.id));
  const { close, question } = useDialogLeaveGuard(query.trim() !== '' || personId !== null || relation !== null, onClose);

  return (
    <Modal opened onClose={close} title="Dodaj członka gospodarstwa" size="lg" centered>
      {question}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (personId && relation) onAdd(Number(personId), relation as Exclude<HouseholdRelation, 'head'>);
        }}
      >
        <Stack>
          <TextInput
            label="Szukaj osoby w rejestrze"
            description="Nazwisko, imię, PESEL, adres lub telefon. Osobę spoza rejestru najpierw dodaj w rejestrze osób"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert error={found.error} />
          <Radio.Group value={personId} onChange={setPersonId} label="Osoba">
            <Stack gap="xs" mt="xs">
              {candidates.map((person) => (
                <Radio
                  key={person.id}
                  value={String(person.id)}
                  label={`${person.lastName} ${person.firstName} — ${person.pesel ?? person.idDocument}, ur. ${formatDate(person.birthDate)}`}
                />
              ))}
              {debounced.trim() && found.data && candidates.length === 0 && <Text c="dimmed">Nie znaleziono.</Text>}
            </Stack>
          </Radio.Group>
          <Select
            label="Stopień pokrewieństwa z głową gospodarstwa"
            data={relationOptions}
            value={relation}
            onChange={setRelation}
            searchable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Anuluj
            </Button>
            <Button type="submit" disabled={!personId || !relation}>
              Dodaj
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
