import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';

/**
 * Which localities of the gmina are towns: MRPiPS-03 counts families living anywhere else as "na wsi". Saved on its
 * own (not with the office's data above): the report reads it, the documents do not.
 */
export function TownLocalitiesPanel() {
  const { can } = useCurrentUser();
  const editable = can('settings.updateTownLocalities');
  const saved = useLoad(() => api.call('settings.townLocalities', {}), []);
  // The localities people live in, as suggestions, for those who may read the register of persons.
  const known = useLoad(() => (can('registers.localities') ? api.call('registers.localities', {}) : Promise.resolve({ items: [] })), []);
  // What the person typed, until it is saved; before that, the saved list.
  const [edited, setTowns] = useState<string[] | null>(null);
  const towns = edited ?? saved.data?.items ?? [];
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const dirty = saved.data !== undefined && JSON.stringify(towns) !== JSON.stringify(saved.data.items);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      // The saved list (sorted by the core) stays shown while the saved copy reloads.
      setTowns((await api.call('settings.updateTownLocalities', { items: towns })).items);
      saved.reload();
      notifications.show({ color: 'teal', title: 'Zapisano', message: 'Lista miast została zapisana.' });
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Sprawozdanie MRPiPS-03: miasta w gminie
        </Title>
        <Text size="sm" c="dimmed">
          Rodziny mieszkające w innych miejscowościach sprawozdanie liczy jako rodziny na wsi. W gminie wiejskiej zostaw listę pustą.
        </Text>
        <TagsInput
          label="Miejscowości o statusie miasta"
          placeholder={towns.length ? undefined : 'brak — cała gmina to wieś'}
          description="Wpisz nazwę i naciśnij Enter"
          data={known.data?.items ?? []}
          value={towns}
          onChange={setTowns}
          disabled={!editable}
          clearable
          maw={600}
        />
        <ErrorAlert error={saved.error ?? error} title="Nie udało się" />
        {editable && (
          <Group>
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              Zapisz listę miast
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
