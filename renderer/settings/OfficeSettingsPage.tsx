import { Alert, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { officeSettingsInput } from '../../shared/contract/settings';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { issuesToFormErrors, validateWith } from '../common/formErrors';
import { CaseRefFields } from './CaseRefFields';
import { DecisionTextsFields, ownDecisionTexts } from './DecisionTextsFields';
import { emptyOfficeForm, OfficeFields, toOfficeForm, type OfficeFormValues } from './OfficeFields';
import { TownLocalitiesPanel } from './TownLocalitiesPanel';
import { useLeaveGuard } from '../common/LeaveGuard';

/** The organ and the office as they appear on documents: gmina, GOPS, address, the director who signs. */
export function OfficeSettingsPage() {
  const { can } = useCurrentUser();
  const editable = can('settings.updateOffice');
  const [loadError, setLoadError] = useState<Error>();
  const [saveError, setSaveError] = useState<Error>();
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<OfficeFormValues>({
    initialValues: emptyOfficeForm,
    validate: (values) => validateWith(officeSettingsInput, values),
  });

  useLeaveGuard(form.isDirty());

  useEffect(() => {
    api.call('settings.getOffice', {}).then((settings) => {
      if (settings.configured) {
        form.setValues(toOfficeForm(settings));
        form.resetDirty(toOfficeForm(settings));
      }
      setUpdatedAt(settings.updatedAt);
    }, setLoadError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: OfficeFormValues) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = await api.call('settings.updateOffice', { ...values, decisionTexts: ownDecisionTexts(values) });
      form.setFieldValue('decisionTexts', saved.decisionTexts);
      form.resetDirty({ ...values, decisionTexts: saved.decisionTexts });
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
      {!editable && <Alert color="gray">Dane urzędu może zmienić kierownik lub administrator.</Alert>}
      <ErrorAlert error={loadError} title="Nie udało się wczytać ustawień" />
      <form onSubmit={form.onSubmit(save)} noValidate aria-label="Dane urzędu">
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <Paper withBorder p="lg">
              <OfficeFields form={form} autoFocus={editable} />
            </Paper>
            <Paper withBorder p="lg">
              <CaseRefFields form={form} />
            </Paper>
            <Paper withBorder p="lg">
              <DecisionTextsFields form={form} />
            </Paper>
            {saveError && (
              <Alert color="red" title="Nie zapisano" role="alert">
                {saveError.message}
              </Alert>
            )}
            <Group>
              {editable && (
                <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Enter</Kbd>}>
                  Zapisz
                </Button>
              )}
              {updatedAt && (
                <Text c="dimmed" size="sm">
                  Ostatnia zmiana: {formatDateTime(updatedAt)}
                </Text>
              )}
            </Group>
          </Stack>
        </fieldset>
      </form>
      <TownLocalitiesPanel />
    </Stack>
  );
}
