import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLeaveGuard } from '../common/LeaveGuard';
import { formatDateTime } from '../common/format';

/**
 * "Cofnij ostatnie przywrócenie", shown only while there is a restore to undo, saying which moment the data
 * returns to; the typed word COFNIJ confirms it.
 */
export function UndoRestorePanel({ returnsTo, working, onUndo }: { returnsTo: string; working: boolean; onUndo: () => void }) {
  const [open, setOpen] = useState(false);
  const [word, setWord] = useState('');
  useLeaveGuard(open && word !== '');
  const moment = formatDateTime(returnsTo);
  const close = () => {
    setOpen(false);
    setWord('');
  };

  return (
    <>
      <Alert color="gray" title="Dane przywrócono z kopii">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Jeśli to była niewłaściwa kopia, przywrócenie można cofnąć. Wróci stan z {moment}, sprzed przywrócenia.</Text>
          <Button variant="default" disabled={working} onClick={() => setOpen(true)} style={{ flexShrink: 0 }}>
            Cofnij ostatnie przywrócenie
          </Button>
        </Group>
      </Alert>
      <Modal opened={open} onClose={close} title="Cofnąć ostatnie przywrócenie?" centered>
        <Stack>
          <Text size="sm">
            Wróci stan z {moment}, sprzed przywrócenia (z kopii bezpieczeństwa). Zmiany wprowadzone od tamtej chwili znikną, ale dziennik
            zdarzeń zachowa ich wpisy. Wszyscy zostaną wylogowani.
          </Text>
          <TextInput label="Aby cofnąć, wpisz słowo COFNIJ" value={word} onChange={(event) => setWord(event.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Anuluj
            </Button>
            <Button
              color="red"
              disabled={word !== 'COFNIJ'}
              onClick={() => {
                close();
                onUndo();
              }}
            >
              Cofnij przywrócenie
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
