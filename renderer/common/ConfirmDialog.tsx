import { Button, Group, Modal, Stack, Text, type MantineColor } from '@mantine/core';
import { useState } from 'react';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  confirmColor?: MantineColor;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** A question before a step that cannot be undone: "Anuluj" is where the focus starts. */
export function ConfirmDialog({ title, message, confirmLabel, confirmColor, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title} size="md" centered>
      <Stack>
        <Text size="lg">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Anuluj
          </Button>
          <Button color={confirmColor} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
