import { ActionIcon, Badge, Button, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { householdRelations, householdRelationKeys } from '../../shared/domain/household';
import { formatDate } from '../common/format';
import { AddInterviewMemberDialog } from './AddInterviewMemberDialog';
import type { InterviewValues, MemberValue } from './interviewForm';

const relationOptions = householdRelationKeys.map((value) => ({ value, label: householdRelations[value] }));

interface Props {
  form: UseFormReturnType<InterviewValues>;
  applicant: { id: number; addressLine: string };
  errorFor: (path: string) => string | undefined;
}

/**
 * The household as the worker found it: it starts from the register, and a person who moved out is removed
 * (with their incomes) or one who lives there is added, for this interview.
 */
export function HouseholdEditor({ form, applicant, errorFor }: Props) {
  const applicantId = applicant.id;
  const [adding, setAdding] = useState(false);
  const members = form.values.members;

  const remove = (member: MemberValue) => {
    const others = <T extends { personId: number }>(list: T[]) => list.filter((entry) => entry.personId !== member.personId);
    form.setValues({
      members: others(members),
      incomes: others(form.values.incomes),
      alimonyPaid: others(form.values.alimonyPaid),
      farms: others(form.values.farms),
    });
  };
  const add = (member: MemberValue) => {
    // Two people cannot live alone together.
    form.setValues({ members: [...members, member], livesAlone: false });
    setAdding(false);
  };

  return (
    <>
      <Table withTableBorder striped fz="md" verticalSpacing="xs" aria-label="Skład gospodarstwa domowego">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Osoba</Table.Th>
            <Table.Th>Stopień pokrewieństwa z głową</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member, index) => (
            <Table.Tr key={member.personId}>
              <Table.Td>
                <Group gap="xs">
                  <Text fw={600}>{member.fullName}</Text>
                  {member.personId === applicantId && (
                    <Badge variant="light" size="sm">
                      wnioskodawca
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {member.pesel ? `PESEL ${member.pesel}, ` : ''}ur. {formatDate(member.birthDate)}
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Select
                  aria-label={`Stopień pokrewieństwa: ${member.fullName}`}
                  data={relationOptions}
                  allowDeselect={false}
                  miw={250}
                  comboboxProps={{ width: 'target', position: 'bottom-start' }}
                  {...form.getInputProps(`members.${index}.relation`)}
                  error={errorFor(`members.${index}.relation`)}
                />
              </Table.Td>
              <Table.Td ta="right">
                {member.personId !== applicantId && (
                  <Tooltip label="Nie mieszka w gospodarstwie — usuń ze składu (razem z dochodami)">
                    <ActionIcon variant="subtle" color="red" aria-label={`Usuń ze składu: ${member.fullName}`} onClick={() => remove(member)}>
                      ✕
                    </ActionIcon>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {errorFor('members') && (
        <Text c="red" size="sm" role="alert">
          {errorFor('members')}
        </Text>
      )}
      <Group mt="sm">
        <Button variant="light" onClick={() => setAdding(true)}>
          Dodaj osobę do składu
        </Button>
      </Group>
      {adding && (
        <AddInterviewMemberDialog
          excludeIds={members.map((member) => member.personId)}
          applicant={applicant}
          onClose={() => setAdding(false)}
          onAdd={add}
        />
      )}
    </>
  );
}
