import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { stationContract } from '../../shared/contract/station';
import { station } from '../api';
import { issuesToFormErrors, validateWith } from '../common/formErrors';

interface JoinValues {
  address: string;
  pairingCode: string;
  pcName: string;
}

/**
 * First start of another PC: the main PC's address and pairing code, read from its screen "Sieć biura". The code
 * also proves that the address is the main PC (its certificate), so a typo or an impostor joins nothing.
 */
export function JoinPage({ onJoined, onBack }: { onJoined: (mainAddress: string) => void; onBack: () => void }) {
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const form = useForm<JoinValues>({
    initialValues: { address: '', pairingCode: '', pcName: '' },
    validate: (values) => validateWith(stationContract['station.join'].input, values),
  });

  const submit = async (values: JoinValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const { mainAddress } = await station.call('station.join', values);
      onJoined(mainAddress);
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder shadow="sm" p="xl" maw={640} w="100%">
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Dołącz do stanowiska głównego">
        <Stack>
          <div>
            <Title order={1} c="teal.8">
              Dołącz do stanowiska głównego
            </Title>
            <Text c="dimmed">
              Na stanowisku głównym administrator otwiera „Sieć biura”: jest tam adres i kod parowania (ważny 10 minut). Ten
              komputer nie przechowuje danych spraw — wszystko zapisuje się na stanowisku głównym.
            </Text>
          </div>
          <TextInput label="Adres stanowiska głównego" placeholder="192.168.1.10:47900" withAsterisk autoFocus {...form.getInputProps('address')} />
          <TextInput
            label="Kod parowania"
            placeholder="XXXX-XXXX-XXXX-XXXX"
            withAsterisk
            autoComplete="off"
            styles={{ input: { fontFamily: 'monospace', letterSpacing: 2 } }}
            {...form.getInputProps('pairingCode')}
          />
          <TextInput label="Nazwa tego komputera" description="widoczna w dzienniku zdarzeń, np. Pokój 2 — Ewa Kowalska" withAsterisk {...form.getInputProps('pcName')} />
          {error && (
            <Alert color="red" role="alert" title="Nie dołączono">
              {error.message}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={onBack} disabled={busy}>
              Wróć
            </Button>
            <Button type="submit" loading={busy} size="lg">
              Dołącz
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
