import { Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="Zmiana hasła" centered>
      <ChangePasswordForm
        currentLabel="Obecne hasło"
        onChanged={() => {
          notifications.show({ color: 'teal', message: 'Hasło zostało zmienione.' });
          onClose();
        }}
        secondary={
          <Button variant="default" onClick={onClose}>
            Anuluj
          </Button>
        }
      />
    </Modal>
  );
}
