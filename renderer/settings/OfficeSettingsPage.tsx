import { Alert, Button, Grid, Group, Kbd, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { officeSettingsInput, type OfficeSettings } from '../../shared/contract/settings';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { issuesToFormErrors, validateWith } from '../common/formErrors';

type FormValues = Record<
  'gminaName' | 'officeName' | 'street' | 'houseNumber' | 'postalCode' | 'town' | 'phone' | 'email' | 'directorName' | 'directorTitle',
  string
>;

const toForm = (s: OfficeSettings): FormValues => ({
  gminaName: s.gminaName,
  officeName: s.officeName,
  street: s.street ?? '',
  houseNumber: s.houseNumber,
  postalCode: s.postalCode,
  town: s.town,
  phone: s.phone ?? '',
  email: s.email ?? '',
  directorName: s.directorName,
  directorTitle: s.directorTitle || 'Kierownik Gminnego Ośrodka Pomocy Społecznej',
});

/** The organ and the office as they appear on documents: gmina, GOPS, address, the director who signs. */
export function OfficeSettingsPage() {
  const [loadError, setLoadError] = useState<Error>();
  const [saveError, setSaveError] = useState<Error>();
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<FormValues>({
    initialValues: toForm({
      configured: false, gminaName: '', officeName: '', street: null, houseNumber: '', postalCode: '', town: '',
      phone: null, email: null, directorName: '', directorTitle: '', updatedAt: null,
    }),
    validate: (values) => validateWith(officeSettingsInput, values),
  });

  useEffect(() => {
    api.call('settings.getOffice', {}).then((settings) => {
      form.setValues(toForm(settings));
      setUpdatedAt(settings.updatedAt);
    }, setLoadError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: FormValues) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = await api.call('settings.updateOffice', values);
      setUpdatedAt(saved.updatedAt);
      notifications.show({ color: 'teal', title: 'Zapisano', message: 'Dane urzędu zostały zapisane.' });
    } catch (error) {
      if (error instanceof ApiError) form.setErrors(issuesToFormErrors(error.issues));
      setSaveError(error as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack maw={900} gap="md">
      <Title order={1} size="h2">
        Dane urzędu
      </Title>
      <Text c="dimmed">
        Te dane trafiają do nagłówków pism i decyzji. Decyzje wydaje Wójt Gminy, a podpisuje je kierownik ośrodka z upoważnienia.
      </Text>
      <ErrorAlert error={loadError} title="Nie udało się wczytać ustawień" />
      <form onSubmit={form.onSubmit(save)} noValidate aria-label="Dane urzędu">
        <Stack>
          <Paper withBorder p="lg">
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput label="Gmina" description="np. Sitno" withAsterisk autoFocus {...form.getInputProps('gminaName')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label="Pełna nazwa ośrodka"
                  description="np. Gminny Ośrodek Pomocy Społecznej w Sitnie"
                  withAsterisk
                  {...form.getInputProps('officeName')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Ulica" {...form.getInputProps('street')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <TextInput label="Nr budynku" withAsterisk {...form.getInputProps('houseNumber')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <TextInput label="Kod pocztowy" withAsterisk placeholder="00-000" maxLength={6} {...form.getInputProps('postalCode')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <TextInput label="Miejscowość" withAsterisk {...form.getInputProps('town')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Telefon" {...form.getInputProps('phone')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="E-mail" {...form.getInputProps('email')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput label="Kierownik — imię i nazwisko" withAsterisk {...form.getInputProps('directorName')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 7 }}>
                <TextInput label="Stanowisko kierownika" withAsterisk {...form.getInputProps('directorTitle')} />
              </Grid.Col>
            </Grid>
          </Paper>
          {saveError && (
            <Alert color="red" title="Nie zapisano" role="alert">
              {saveError.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Enter</Kbd>}>
              Zapisz
            </Button>
            {updatedAt && (
              <Text c="dimmed" size="sm">
                Ostatnia zmiana: {formatDateTime(updatedAt)}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
