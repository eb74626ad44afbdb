import { ActionIcon, Anchor, Button, Group, Modal, Paper, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../shared/contract/persons';
import { householdRelations, type HouseholdRelation } from '../../shared/domain/household';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { AddMemberDialog } from './AddMemberDialog';

const memberRelationOptions = Object.entries(householdRelations)
  .filter(([key]) => key !== 'head')
  .map(([value, label]) => ({ value, label }));

/** The household the person lives in: members with their relation to the head. */
export function HouseholdPanel({ person, onChange, editable }: { person: Person; onChange: () => void; editable: boolean }) {
  const householdId = person.household?.householdId;
  const household = useLoad(
    () => (householdId ? api.call('households.get', { id: householdId }) : Promise.resolve(null)),
    [householdId, person.version],
  );
  const [error, setError] = useState<Error>();
  const [adding, addDialog] = useDisclosure(false);
  const [removing, setRemoving] = useState<{ personId: number; name: string } | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await action();
      notifications.show({ color: 'teal', message: done });
      household.reload();
      onChange();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Gospodarstwo domowe
        </Title>
        {!editable ? null : householdId ? (
          <Button variant="light" onClick={addDialog.open}>
            Dodaj członka gospodarstwa
          </Button>
        ) : (
          <Button
            variant="light"
            onClick={() => run(() => api.call('households.create', { headPersonId: person.id }), 'Utworzono gospodarstwo domowe')}
          >
            Utwórz gospodarstwo (ta osoba jako głowa)
          </Button>
        )}
      </Group>
      <ErrorAlert error={error ?? household.error} />
      {!householdId && (
        <Text c="dimmed">
          Osoba nie jest przypisana do gospodarstwa domowego. Osoba samotnie gospodarująca też ma gospodarstwo — jednoosobowe.
        </Text>
      )}
      {household.data && (
        <DataTable
          withTableBorder
          striped
          fz="md"
          verticalSpacing="sm"
          records={household.data.members}
          idAccessor="personId"
          columns={[
            {
              accessor: 'lastName',
              title: 'Nazwisko i imię',
              render: (member) =>
                member.personId === person.id ? (
                  <Text fw={700}>
                    {member.lastName} {member.firstName}
                  </Text>
                ) : (
                  <Anchor component={Link} to={`/osoby/${member.personId}`}>
                    {member.lastName} {member.firstName}
                  </Anchor>
                ),
            },
            { accessor: 'pesel', title: 'PESEL', render: (member) => member.pesel ?? '—' },
            { accessor: 'birthDate', title: 'Data urodzenia', render: (member) => formatDate(member.birthDate) },
            {
              accessor: 'relation',
              title: 'Stopień pokrewieństwa z głową',
              render: (member) =>
                member.relation === 'head' || !editable ? (
                  <Text fw={member.relation === 'head' ? 600 : 400}>{householdRelations[member.relation]}</Text>
                ) : (
                  <Select
                    aria-label={`Stopień pokrewieństwa: ${member.firstName} ${member.lastName}`}
                    data={memberRelationOptions}
                    value={member.relation}
                    allowDeselect={false}
                    size="sm"
                    onChange={(relation) =>
                      relation &&
                      run(
                        () =>
                          api.call('households.updateMember', {
                            householdId: household.data!.id,
                            personId: member.personId,
                            relation: relation as Exclude<HouseholdRelation, 'head'>,
                          }),
                        'Zmieniono stopień pokrewieństwa',
                      )
                    }
                  />
                ),
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              render: (member) =>
                editable && (
                <Tooltip label="Usuń z gospodarstwa">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Usuń z gospodarstwa: ${member.firstName} ${member.lastName}`}
                    onClick={() => setRemoving({ personId: member.personId, name: `${member.firstName} ${member.lastName}` })}
                  >
                    ✕
                  </ActionIcon>
                </Tooltip>
              ),
            },
          ]}
        />
      )}
      {household.data && adding && (
        <AddMemberDialog
          onClose={addDialog.close}
          excludeIds={household.data.members.map((member) => member.personId)}
          onAdd={(personId, relation) =>
            run(async () => {
              await api.call('households.addMember', { householdId: household.data!.id, personId, relation });
              addDialog.close();
            }, 'Dodano osobę do gospodarstwa')
          }
        />
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Usunąć z gospodarstwa?" centered>
        <Stack>
          <Text>
            {removing?.name} przestanie być członkiem tego gospodarstwa domowego. Dane osoby zostają w rejestrze.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Anuluj
            </Button>
            <Button
              color="red"
              onClick={() => {
                const target = removing!;
                setRemoving(null);
                void run(
                  () => api.call('households.removeMember', { householdId: household.data!.id, personId: target.personId }),
                  'Usunięto z gospodarstwa',
                );
              }}
            >
              Usuń z gospodarstwa
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
