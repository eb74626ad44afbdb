import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';

/**
 * After a restore (or its undo), at the next login: from which moment the data now comes, so that each person
 * re-enters what they did after it. Shown to each person until they press "Rozumiem" (the core remembers who
 * did, beside the database: see electron/core/restore-notice.ts).
 */
export function RestoreNotice() {
  const notice = useLoad(() => api.call('backups.restoreNotice', {}), []);
  const [dismissed, setDismissed] = useState(false);
  const data = notice.data;
  if (!data || dismissed) return null;
  const acknowledge = () => {
    setDismissed(true);
    void api.call('backups.acknowledgeRestoreNotice', {}).catch(() => undefined);
  };
  const title = data.kind === 'restore' ? `Przywrócono dane z kopii z ${formatDateTime(data.dataFrom)}` : `Cofnięto przywrócenie danych: wrócił stan z ${formatDateTime(data.dataFrom)}`;
  return (
    <Modal opened onClose={acknowledge} title={title} centered size="lg" closeOnClickOutside={false} styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <Stack>
        <Text>
          {data.kind === 'restore' ? 'Dane przywrócono z kopii zapasowej' : 'Przywrócenie danych z kopii cofnięto'} {formatDateTime(data.at)}. W programie jest
          teraz stan z <b>{formatDateTime(data.dataFrom)}</b>.
        </Text>
        <Text>Wszystko, co wpisano lub zmieniono w programie po tej chwili (osoby, sprawy, wywiady, decyzje), trzeba sprawdzić i w razie potrzeby wpisać ponownie.</Text>
        <Group justify="flex-end">
          <Button onClick={acknowledge} data-autofocus>
            Rozumiem
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
