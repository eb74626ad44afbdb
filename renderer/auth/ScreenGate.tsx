import { Alert, Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { MethodName } from '../../shared/contract';
import { roleLabels } from '../../shared/domain/roles';
import { useCurrentUser } from './CurrentUser';

/**
 * A screen opened by its address (a link, a bookmark, an address typed or pasted): shown only to a role the core
 * allows its main method, and only for a record number that can exist. Anything else is said in Polish here,
 * before the screen would ask the core and show its refusal.
 */
export function ScreenGate({ requires, children }: { requires: MethodName; children: ReactNode }) {
  const { can, user } = useCurrentUser();
  const { id } = useParams();
  if (!can(requires)) {
    const roles = user.roles.map((role) => roleLabels[role].toLowerCase()).join(', ');
    return (
      <Refusal title="Brak dostępu do tej strony">
        Twoja rola ({roles}) nie pozwala otworzyć tej strony. Jeśli jest Ci potrzebna, poproś administratora o zmianę roli.
      </Refusal>
    );
  }
  if (id !== undefined && !/^[1-9]\d{0,9}$/.test(id)) {
    return <Refusal title="Nie ma takiej strony">Adres wskazuje numer, pod którym nic nie ma. Wybierz sprawę albo osobę z listy.</Refusal>;
  }
  return children;
}

function Refusal({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack maw={720}>
      <Alert color="orange" title={title} role="alert">
        {children}
      </Alert>
      <Anchor component={Link} to="/">
        Wróć do strony startowej
      </Anchor>
    </Stack>
  );
}
