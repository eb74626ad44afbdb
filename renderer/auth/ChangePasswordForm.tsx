import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/api-client';
import { authContract } from '../../shared/contract/auth';
import { api } from '../api';
import { issuesToFormErrors, validateWith } from '../common/formErrors';

interface Props {
  /** What the current password is called: one's own, or the one the administrator gave. */
  currentLabel: string;
  onChanged: () => void;
  /** The button beside "Zmień hasło" (Anuluj in the dialog, Wyloguj on the first login). */
  secondary: ReactNode;
}

/** The current password once, the new one twice: the user menu's dialog and the first login both ask this way. */
export function ChangePasswordForm({ currentLabel, onChanged, secondary }: Props) {
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
    <form
      noValidate
      aria-label="Zmiana hasła"
      onSubmit={form.onSubmit(async ({ currentPassword, newPassword }) => {
        setError(undefined);
        try {
          await api.call('auth.changePassword', { currentPassword, newPassword });
          onChanged();
        } catch (failure) {
          if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
          setError((failure as Error).message);
        }
      })}
    >
      <Stack>
        <PasswordInput label={currentLabel} data-autofocus autoFocus autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput label="Nowe hasło" description="co najmniej 10 znaków, najlepiej kilka niepowiązanych słów; bez loginu i nazwiska" autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordInput label="Powtórz nowe hasło" autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          {secondary}
          <Button type="submit">Zmień hasło</Button>
        </Group>
      </Stack>
    </form>
  );
}
