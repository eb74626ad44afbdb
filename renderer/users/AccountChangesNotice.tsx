import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../shared/contract/audit';
import { auditChangesText, formatInstantPl } from '../../shared/domain/audit-text';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { useLoad } from '../common/useLoad';

/** The newest entry this director has read, per user, in this PC's browser storage. */
const seenKey = (userId: number) => `ostoja.accountChangesSeen.${userId}`;

/** A change of roles (an account's roles changed) or a password given by the administrator. */
const isShown = (entry: AuditEntry) =>
  entry.kind === 'user.resetPassword' || (entry.kind === 'user.update' && typeof entry.details?.changes === 'object' && entry.details.changes !== null && 'roles' in entry.details.changes);

/**
 * For the director (the one who authorises deputies): roles changed and passwords given by the administrator
 * since the director last pressed "Rozumiem", so that an administrator who gives someone (or a second account
 * of their own) the social worker's role, or resets someone's password, is seen. The same entries stay in the
 * audit log.
 */
export function AccountChangesNotice() {
  const { user, can } = useCurrentUser();
  const director = can('users.authoriseDeputy') && can('audit.list');
  const [seen, setSeen] = useState(() => Number(localStorage.getItem(seenKey(user.id)) ?? 0));
  const changes = useLoad(async () => {
    if (!director) return [];
    const [updates, resets] = await Promise.all([
      api.call('audit.list', { kind: 'user.update', limit: 50 }),
      api.call('audit.list', { kind: 'user.resetPassword', limit: 50 }),
    ]);
    return [...updates.entries, ...resets.entries].filter(isShown).sort((a, b) => b.id - a.id);
  }, [director]);
  const fresh = (changes.data ?? []).filter((entry) => entry.id > seen);
  if (!director || fresh.length === 0) return null;
  const acknowledge = () => {
    localStorage.setItem(seenKey(user.id), String(fresh[0]!.id));
    setSeen(fresh[0]!.id);
  };
  return (
    <Alert color="orange" title="Zmiany kont użytkowników" mb="md" role="status">
      <List size="sm" spacing={4}>
        {fresh.slice(0, 5).map((entry) => (
          <List.Item key={entry.id}>
            {formatInstantPl(entry.at)}, {entry.userName ?? 'program'}: {entry.summary}
            {entry.kind === 'user.update' ? ` (${auditChangesText(entry.details)})` : ''}
          </List.Item>
        ))}
      </List>
      {fresh.length > 5 ? <Text size="sm">…i {fresh.length - 5} wcześniejszych.</Text> : null}
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={acknowledge}>
          Rozumiem
        </Button>
        <Button size="xs" variant="subtle" component={Link} to="/dziennik">
          Dziennik zdarzeń
        </Button>
      </Group>
    </Alert>
  );
}
