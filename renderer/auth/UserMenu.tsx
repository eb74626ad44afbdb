import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { roleLabels } from '../../shared/domain/roles';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useCurrentUser } from './CurrentUser';

export function UserMenu() {
  const { user, lock, logout } = useCurrentUser();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Menu position="bottom-end" width={260}>
        <Menu.Target>
          <Button variant="subtle" color="dark" aria-label={`Konto: ${user.fullName}`}>
            <Text span fw={600}>
              {user.fullName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.roles.map((role) => roleLabels[role]).join(', ')}</Menu.Label>
          <Menu.Item onClick={lock}>Zablokuj ekran</Menu.Item>
          <Menu.Item onClick={() => setChangingPassword(true)}>Zmień hasło</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={logout}>
            Wyloguj
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </>
  );
}
