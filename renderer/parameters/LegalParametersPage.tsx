import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { formatDatePl } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { todayIso } from '../cases/caseText';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';
import { AddParametersDialog } from './AddParametersDialog';

/** The statutory thresholds and amounts with the days they apply from; the row in force today is marked. */
export function LegalParametersPage() {
  const { can } = useCurrentUser();
  const list = useLoad(() => api.call('legalParameters.list', {}), []);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<Error>();
  const today = todayIso();
  const rows = [...(list.data?.rows ?? [])].reverse();

  return (
    <Stack maw={1300}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Kryteria dochodowe i kwoty
        </Title>
        {can('legalParameters.add') && <Button onClick={() => setAdding(true)}>Dodaj nowe kwoty</Button>}
      </Group>
      <Text c="dimmed">
        „Kryt.” to kryterium dochodowe (osoby samotnie gospodarującej i na osobę w rodzinie); „stały” i „okresowy” to zasiłki. Kwoty z rozporządzeń (weryfikacja co 3 lata, najbliższa spodziewana od 1.01.2028). Każde obliczenie używa wiersza obowiązującego w
        miesiącu świadczenia.
      </Text>
      <ErrorAlert error={error ?? list.error} />
      <DataTable
        withTableBorder
        striped
        fz="sm"
        verticalSpacing="xs"
        fetching={list.loading && !list.data}
        records={rows}
        rowStyle={(row) => (row.id === list.data?.inForceTodayId ? { fontWeight: 600 } : undefined)}
        columns={[
          {
            accessor: 'validFrom',
            title: 'Od dnia',
            render: (row) => (
              <Stack gap={0}>
                <Text size="sm" fw="inherit">
                  {formatDatePl(row.validFrom)}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.source}
                </Text>
                {row.id === list.data?.inForceTodayId && (
                  <Text size="xs" c="teal.8" fw={700}>
                    obowiązuje dziś
                  </Text>
                )}
                {row.validFrom > today && (
                  <Group gap={4}>
                    <Text size="xs" c="blue.8" fw={700}>
                      przyszły
                    </Text>
                    {can('legalParameters.removeFuture') && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          api.call('legalParameters.removeFuture', { id: row.id }).then(() => {
                            notifications.show({ color: 'teal', message: 'Usunięto przyszłe kwoty.' });
                            list.reload();
                          }, setError)
                        }
                      >
                        Usuń
                      </Button>
                    )}
                  </Group>
                )}
              </Stack>
            ),
          },
          { accessor: 'singleThreshold', title: 'Kryt. samotna', textAlign: 'right', render: (row) => formatMoney(row.singleThreshold) },
          { accessor: 'perPersonThreshold', title: 'Kryt. na osobę', textAlign: 'right', render: (row) => formatMoney(row.perPersonThreshold) },
          { accessor: 'permanentAllowanceMax', title: 'Stały maks.', textAlign: 'right', render: (row) => formatMoney(row.permanentAllowanceMax) },
          { accessor: 'permanentAllowanceMin', title: 'Stały min.', textAlign: 'right', render: (row) => formatMoney(row.permanentAllowanceMin) },
          { accessor: 'permanentAllowanceThresholdPercent', title: 'Stały: % kryt.', textAlign: 'right', render: (row) => `${row.permanentAllowanceThresholdPercent}%` },
          { accessor: 'hectareAmount', title: '1 ha przel.', textAlign: 'right', render: (row) => formatMoney(row.hectareAmount) },
          { accessor: 'periodicAllowanceMinimum', title: 'Okresowy min.', textAlign: 'right', render: (row) => formatMoney(row.periodicAllowanceMinimum) },
        ]}
      />
      {adding && (
        <AddParametersDialog
          latest={list.data?.rows.at(-1)}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            notifications.show({ color: 'teal', message: 'Zapisano nowe kwoty.' });
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}
