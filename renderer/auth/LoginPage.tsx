import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CurrentUser } from '../../shared/contract/auth';
import { api } from '../api';

export function LoginPage({ notice, onDone }: { notice?: string | undefined; onDone: (token: string, user: CurrentUser) => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { login: '', password: '' } });

  const submit = async (values: { login: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const { sessionToken, user } = await api.call('auth.login', values);
      onDone(sessionToken, user);
    } catch (failure) {
      setError((failure as Error).message);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <form onSubmit={form.onSubmit(submit)} aria-label="Logowanie">
          <Stack>
            <div>
              <Title order={1} c="teal.8">
                Ostoja
              </Title>
              <Text c="dimmed">Zaloguj się swoim loginem i hasłem.</Text>
            </div>
            {notice && !error && <Alert color="blue">{notice}</Alert>}
            {error && (
              <Alert color="red" role="alert" title="Nie zalogowano">
                {error}
              </Alert>
            )}
            <TextInput label="Login" autoFocus autoComplete="username" {...form.getInputProps('login')} />
            <PasswordInput label="Hasło" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={busy} size="lg">
              Zaloguj
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
