import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PersonSummary } from '../../shared/contract/persons';
import { householdRelations, householdRelationKeys, type HouseholdRelation } from '../../shared/domain/household';
import { formatDate } from '../common/format';
import type { MemberValue } from './interviewForm';
import { PersonSearch } from './PersonSearch';

const relationOptions = householdRelationKeys.map((value) => ({ value, label: householdRelations[value] }));

interface Props {
  excludeIds: number[];
  onClose: () => void;
  onAdd: (member: MemberValue) => void;
}

/**
 * Someone the worker found living in the household who is not in it in the register: picked from the register
 * for this interview only (the register's household is changed on the person's card).
 */
export function AddInterviewMemberDialog({ excludeIds, onClose, onAdd }: Props) {
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [relation, setRelation] = useState<string | null>(null);

  return (
    <Modal opened onClose={onClose} title="Dodaj osobę do składu gospodarstwa" size="lg" centered>
      <Stack>
        {person ? (
          <Group justify="space-between">
            <Text size="lg" fw={700}>
              {person.lastName} {person.firstName}, ur. {formatDate(person.birthDate)}
            </Text>
            <Button variant="subtle" onClick={() => setPerson(null)}>
              Wybierz inną osobę
            </Button>
          </Group>
        ) : (
          <PersonSearch label="Szukaj osoby w rejestrze" excludeIds={excludeIds} onPick={setPerson} autoFocus />
        )}
        <Select label="Stopień pokrewieństwa z głową gospodarstwa" data={relationOptions} value={relation} onChange={setRelation} searchable />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Anuluj
          </Button>
          <Button
            disabled={!person || !relation}
            onClick={() =>
              person &&
              relation &&
              onAdd({
                personId: person.id,
                fullName: `${person.firstName} ${person.lastName}`,
                pesel: person.pesel,
                birthDate: person.birthDate,
                relation: relation as HouseholdRelation,
              })
            }
          >
            Dodaj do składu
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
