import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { User } from '../../shared/contract/users';
import { roleLabels } from '../../shared/domain/roles';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { todayIso } from '../cases/caseText';
import { useLoad } from '../common/useLoad';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';
import { DeputyDialog } from './DeputyDialog';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDate } from '../common/format';

/** The administrator's list of people who may use the program, with their roles. */
export function UsersPage() {
  const { user: me, can } = useCurrentUser();
  const users = useLoad(() => api.call('users.list', {}), []);
  const [deputy, setDeputy] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const saved = (message: string) => {
    setEditing(null);
    setResetting(null);
    setDeputy(null);
    notifications.show({ color: 'teal', message });
    users.reload();
  };

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Użytkownicy
        </Title>
        {can('users.create') && <Button onClick={() => setEditing('new')}>Dodaj użytkownika</Button>}
      </Group>
      <Text c="dimmed">Każdy pracownik loguje się własnym kontem: dziennik zdarzeń pokazuje, kto co zrobił.</Text>
      <ErrorAlert error={users.error} />
      <DataTable
        withTableBorder
        striped
        fz="md"
        verticalSpacing="sm"
        fetching={users.loading && !users.data}
        records={users.data ?? []}
        columns={[
          { accessor: 'fullName', title: 'Imię i nazwisko', render: (u) => <Text fw={600}>{u.fullName}</Text> },
          { accessor: 'login', title: 'Login' },
          {
            accessor: 'roles',
            title: 'Role',
            render: (u) => (
              <>
                {u.roles.map((role) => roleLabels[role]).join(', ')}
                {u.deputyUntil && u.deputyUntil >= todayIso() && (
                  <Text size="sm" c="teal.8">
                    zastępca kierownika do {formatDate(u.deputyUntil)}
                  </Text>
                )}
              </>
            ),
          },
          {
            accessor: 'active',
            title: 'Stan',
            render: (u) =>
              !u.active ? (
                <Text c="dimmed">wyłączone</Text>
              ) : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? (
                <Text c="red.8" fw={600}>
                  zablokowane do {formatDateTime(u.lockedUntil)}
                </Text>
              ) : (
                <Text c="teal.8">aktywne</Text>
              ),
          },
          { accessor: 'lastLoginAt', title: 'Ostatnie logowanie', render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : '—') },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (u) => (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                {can('users.authoriseDeputy') && u.id !== me.id && !u.roles.includes('director') && (
                  <Button size="xs" variant="light" onClick={() => setDeputy(u)}>
                    Zastępstwo
                  </Button>
                )}
                {can('users.update') && (
                  <Button size="xs" variant="light" onClick={() => setEditing(u)}>
                    Zmień
                  </Button>
                )}
                {can('users.resetPassword') && (
                  <Button size="xs" variant="subtle" onClick={() => setResetting(u)}>
                    Nowe hasło
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
      />
      {editing && <UserDialog user={editing} onClose={() => setEditing(null)} onSaved={() => saved('Zapisano użytkownika')} />}
      {deputy && <DeputyDialog user={deputy} onClose={() => setDeputy(null)} onSaved={() => saved('Zapisano upoważnienie')} />}
      {resetting && (
        <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} onSaved={() => saved('Nadano nowe hasło')} />
      )}
    </Stack>
  );
}
