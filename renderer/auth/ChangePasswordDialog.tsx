import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { authContract } from '../../shared/contract/auth';
import { api } from '../api';
import { issuesToFormErrors, validateWith } from '../common/formErrors';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [error, setError] = useState<string>();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: (values) => {
      const errors = validateWith(authContract['auth.changePassword'].input, values);
      if (values.newPassword !== values.repeatPassword) errors.repeatPassword = 'Hasła się różnią.';
      return errors;
    },
  });
  return (
    <Modal opened onClose={onClose} title="Zmiana hasła" centered>
      <form
        noValidate
        onSubmit={form.onSubmit(async ({ currentPassword, newPassword }) => {
          setError(undefined);
          try {
            await api.call('auth.changePassword', { currentPassword, newPassword });
            notifications.show({ color: 'teal', message: 'Hasło zostało zmienione.' });
            onClose();
          } catch (failure) {
            if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
            setError((failure as Error).message);
          }
        })}
      >
        <Stack>
          <PasswordInput label="Obecne hasło" data-autofocus autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label="Nowe hasło" description="co najmniej 10 znaków" autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label="Powtórz nowe hasło" autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Anuluj
            </Button>
            <Button type="submit">Zmień hasło</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
