import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../../shared/contract/users';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';

/** The director authorises a deputy until a day (inclusive), or withdraws the authorisation. */
export function DeputyDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const [until, setUntil] = useState<string | null>(user.deputyUntil);
  const [error, setError] = useState<string>();
  const save = async (value: string | null) => {
    setError(dateProblem(value) ?? undefined);
    if (dateProblem(value)) return;
    try {
      await api.call('users.authoriseDeputy', { userId: user.id, until: value });
      onSaved();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Zastępstwo: ${user.fullName}`} centered>
      <Stack>
        <Text size="sm">
          Do wskazanego dnia włącznie {user.fullName} ma uprawnienia kierownika i działa z jego upoważnienia. Upoważnienie można cofnąć w
          każdej chwili.
        </Text>
        <DateField
          label="Zastępuje kierownika do dnia"
          minDate={todayIso()}
          value={until}
          onChange={setUntil}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          {user.deputyUntil ? (
            <Button variant="subtle" color="red" onClick={() => void save(null)}>
              Cofnij upoważnienie
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              Anuluj
            </Button>
            <Button disabled={!until} onClick={() => void save(until)}>
              Upoważnij
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
