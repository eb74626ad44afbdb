import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { CurrentUser } from '../../shared/contract/auth';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * The first login of a new account, or the first after a reset: the password was typed by the administrator, so
 * before anything opens the person sets one that only they know.
 */
export function OwnPasswordPage({ user, onChanged, onLogout }: { user: CurrentUser; onChanged: () => void; onLogout: () => void }) {
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={480}>
        <Stack>
          <div>
            <Title order={1} size="h2" c="teal.8">
              Ustal własne hasło
            </Title>
            <Text>
              {user.fullName}, hasło nadał Ci administrator. Zanim zaczniesz pracę, ustal własne — takie, którego nikt poza Tobą
              nie zna.
            </Text>
          </div>
          <ChangePasswordForm
            currentLabel="Hasło otrzymane od administratora"
            onChanged={onChanged}
            secondary={
              <Button variant="default" onClick={onLogout}>
                Wyloguj
              </Button>
            }
          />
        </Stack>
      </Paper>
    </Center>
  );
}
