import { Alert, Button, Center, Grid, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { CurrentUser } from '../../shared/contract/auth';
import { setupContract } from '../../shared/contract/setup';
import { api } from '../api';
import { issuesToFormErrors, validateWith } from '../common/formErrors';
import { emptyOfficeForm, OfficeFields, type OfficeFormValues } from '../settings/OfficeFields';

interface SetupValues {
  office: OfficeFormValues;
  administrator: { login: string; fullName: string; password: string; repeatPassword: string };
}

/** First start: who the office is, and the first administrator. Nothing else opens before it is done. */
export function SetupPage({ onDone }: { onDone: (token: string, user: CurrentUser) => void }) {
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const form = useForm<SetupValues>({
    initialValues: { office: emptyOfficeForm, administrator: { login: '', fullName: '', password: '', repeatPassword: '' } },
    validate: (values) => {
      const errors = validateWith(setupContract['setup.initialize'].input, values);
      if (values.administrator.password !== values.administrator.repeatPassword) {
        errors['administrator.repeatPassword'] = 'Hasła się różnią.';
      }
      return errors;
    },
  });

  const submit = async (values: SetupValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const { repeatPassword: _repeat, ...administrator } = values.administrator;
      const { sessionToken, user } = await api.call('setup.initialize', { office: values.office, administrator });
      onDone(sessionToken, user);
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={960} w="100%">
        <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Pierwsze uruchomienie">
          <Stack>
            <div>
              <Title order={1} c="teal.8">
                Ostoja — pierwsze uruchomienie
              </Title>
              <Text c="dimmed">Podaj dane ośrodka i utwórz konto administratora. Administrator doda potem pozostałych pracowników.</Text>
            </div>
            <Title order={2} size="h4">
              Dane urzędu
            </Title>
            <OfficeFields form={form} prefix="office." autoFocus />
            <Title order={2} size="h4">
              Administrator programu
            </Title>
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Imię i nazwisko" withAsterisk {...form.getInputProps('administrator.fullName')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Login" description="małe litery bez polskich znaków, np. a.nowak" withAsterisk autoComplete="username" {...form.getInputProps('administrator.login')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <PasswordInput label="Hasło" description="co najmniej 10 znaków, najlepiej kilka niepowiązanych słów; bez loginu i nazwiska" withAsterisk autoComplete="new-password" {...form.getInputProps('administrator.password')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <PasswordInput label="Powtórz hasło" withAsterisk autoComplete="new-password" {...form.getInputProps('administrator.repeatPassword')} />
              </Grid.Col>
            </Grid>
            {error && (
              <Alert color="red" role="alert" title="Nie zapisano">
                {error.message}
              </Alert>
            )}
            <Button type="submit" loading={busy} size="lg">
              Zapisz i rozpocznij pracę
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
