import { Checkbox, Group, Modal, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { User } from '../../shared/contract/users';
import { usersContract } from '../../shared/contract/users';
import { roleKeys, roleLabels, type Role } from '../../shared/domain/roles';
import { api } from '../api';
import { issuesToFormErrors, validateWith } from '../common/formErrors';
import { DialogFooter } from '../common/DialogFooter';
import { useLeaveGuard } from '../common/LeaveGuard';

interface Values {
  login: string;
  fullName: string;
  roles: Role[];
  active: boolean;
  password: string;
}

/** Adding a user (with a first password) or changing one (name, roles, active). */
export function UserDialog({ user, onClose, onSaved }: { user: User | 'new'; onClose: () => void; onSaved: () => void }) {
  const isNew = user === 'new';
  const [error, setError] = useState<Error>();
  const form = useForm<Values>({
    initialValues: isNew
      ? { login: '', fullName: '', roles: ['socialWorker'], active: true, password: '' }
      : { login: user.login, fullName: user.fullName, roles: user.roles, active: user.active, password: '' },
    validate: (values) =>
      isNew
        ? validateWith(usersContract['users.create'].input, values)
        : validateWith(usersContract['users.update'].input, { ...values, id: user.id }),
  });
  useLeaveGuard(form.isDirty());

  const save = async (values: Values) => {
    setError(undefined);
    try {
      if (isNew) await api.call('users.create', values);
      else await api.call('users.update', { id: user.id, fullName: values.fullName, roles: values.roles, active: values.active });
      onSaved();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={isNew ? 'Nowy użytkownik' : `Użytkownik ${user.login}`} size="lg" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <TextInput label="Imię i nazwisko" withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <TextInput
            label="Login"
            description="małe litery bez polskich znaków, np. e.kowalska"
            withAsterisk
            disabled={!isNew}
            {...form.getInputProps('login')}
          />
          <Checkbox.Group label="Role" withAsterisk {...form.getInputProps('roles')}>
            <Group mt="xs">
              {roleKeys.map((role) => (
                <Checkbox key={role} value={role} label={roleLabels[role]} />
              ))}
            </Group>
          </Checkbox.Group>
          {isNew ? (
            <PasswordInput
              label="Hasło początkowe"
              description="co najmniej 10 znaków; przekaż je osobiście, a pracownik zmieni je po zalogowaniu"
              withAsterisk
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          ) : (
            <Switch label="Konto aktywne (wyłączone konto nie może się zalogować)" {...form.getInputProps('active', { type: 'checkbox' })} />
          )}
          <DialogFooter error={error} submitLabel="Zapisz" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
