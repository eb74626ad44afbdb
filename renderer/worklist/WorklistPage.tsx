import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { pluralForm } from '../../shared/domain/amount-in-words';
import { worklistKinds, type WorklistItem, type WorklistKind } from '../../shared/contract/worklist';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';
import { WorklistGroup } from './WorklistGroup';
import { longDate } from './worklistText';

type Scope = 'mine' | 'office';
const kindKeys = Object.keys(worklistKinds) as WorklistKind[];

/**
 * The home screen of a social worker: the statutory deadlines of their open cases, the late ones first. The
 * director looks at the whole office. The scope lives in the address, so "back" from a case returns to it.
 */
export function WorklistPage() {
  const { user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const scope: Scope = (params.get('zakres') as Scope | null) ?? (user.roles.includes('socialWorker') ? 'mine' : 'office');
  const result = useLoad(() => api.call('worklist.get', { scope }), [scope]);
  const items = result.data?.items ?? [];
  const late = items.filter((item) => item.late).length;
  const byKind = (kind: WorklistKind): WorklistItem[] => items.filter((item) => item.kind === kind);

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Do zrobienia
          </Title>
          {result.data && (
            <Text size="lg" c="dimmed">
              Dziś: {longDate(result.data.today)}
            </Text>
          )}
        </div>
        <Group align="flex-end" gap="md">
          <SegmentedControl
            aria-label="Czyje sprawy"
            size="md"
            value={scope}
            onChange={(value) => setParams(value === 'mine' ? { zakres: 'mine' } : { zakres: 'office' }, { replace: true })}
            data={[
              { value: 'mine', label: 'Moje' },
              { value: 'office', label: 'Cały ośrodek' },
            ]}
          />
          <Button variant="default" onClick={result.reload} loading={result.loading && !!result.data}>
            Odśwież
          </Button>
        </Group>
      </Group>

      <ErrorAlert error={result.error} title="Nie udało się wczytać listy zadań" />
      {!result.data && !result.error && <Loader aria-label="Wczytywanie" />}

      {result.data && items.length === 0 && (
        <Alert color="teal" variant="light" title="Nic pilnego" styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}>
          <Text size="lg">
            Brak terminów w najbliższych 30 dniach i orzeczeń kończących się w najbliższych 60 dniach
            {scope === 'mine' ? ' w Twoich sprawach' : ' w sprawach ośrodka'}.
          </Text>
        </Alert>
      )}

      {items.length > 0 && (
        <Text size="lg" aria-live="polite">
          {summary(items.length, late)}
        </Text>
      )}

      {kindKeys.map((kind) => {
        const group = byKind(kind);
        return group.length > 0 && <WorklistGroup key={kind} kind={kind} items={group} showWorker={scope === 'office'} />;
      })}
    </Stack>
  );
}

function summary(total: number, late: number): string {
  const tasks = `${total} ${pluralForm(total, { one: 'zadanie', few: 'zadania', many: 'zadań' })} z terminem`;
  return late > 0
    ? `${tasks}, w tym po terminie: ${late}. Zacznij od wierszy zaznaczonych na czerwono.`
    : `${tasks}, żadne nie jest po terminie.`;
}
