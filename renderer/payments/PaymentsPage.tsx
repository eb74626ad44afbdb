import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatMonthPl } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { todayIso } from '../cases/caseText';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { methodLabels } from './paymentText';
import { PaymentSettingsPanel } from './PaymentSettingsPanel';
import { PrepareListForm } from './PrepareListForm';

/** "Wypłaty": prepare the month's lists, see the year's lists, print the month's summaries, set the payer. */
export function PaymentsPage() {
  const { can } = useCurrentUser();
  const thisMonth = todayIso().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const year = Number(month.slice(0, 4));
  const lists = useLoad(() => api.call('payments.lists', { year }), [year]);
  const settings = useLoad(() => api.call('payments.settings', {}), []);
  const [showSettings, setShowSettings] = useState(false);
  const [error, setError] = useState<Error>();
  const download = async (make: () => Promise<Parameters<typeof downloadFile>[0]>) => {
    setError(undefined);
    try {
      downloadFile(await make());
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Wypłaty
        </Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => void download(() => api.call('payments.monthSummaryPdf', { month }))}>
            Zestawienie: {formatMonthPl(month)} (PDF)
          </Button>
          <Button variant="default" onClick={() => void download(() => api.call('payments.healthContributionsPdf', { month }))}>
            Składki zdrowotne (PDF)
          </Button>
          {can('payments.updateSettings') && (
            <Button variant="subtle" onClick={() => setShowSettings((shown) => !shown)} aria-expanded={showSettings}>
              Ustawienia wypłat
            </Button>
          )}
        </Group>
      </Group>
      {settings.data && !settings.data.configured && (
        <Text c="orange.9" fw={600}>
          Uzupełnij ustawienia wypłat (płatnik, rachunek ośrodka): bez nich nie powstanie plik dla banku.
        </Text>
      )}
      {settings.data && (
        <Collapse in={showSettings}>
          <Paper withBorder p="md" radius="md">
            <PaymentSettingsPanel settings={settings.data} onSaved={() => settings.reload()} />
          </Paper>
        </Collapse>
      )}
      {can('payments.prepare') && settings.data && <PrepareListForm initialMonth={thisMonth} defaultPayDay={settings.data.defaultPayDay} onMonthChange={setMonth} />}
      <ErrorAlert error={lists.error ?? settings.error ?? error} />
      <Title order={2} size="h3">
        Listy wypłat {year}
      </Title>
      <DataTable
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={lists.data?.length ? undefined : 140}
        noRecordsText="Brak list w tym roku"
        fetching={lists.loading && !lists.data}
        records={lists.data ?? []}
        idAccessor="id"
        fz="md"
        verticalSpacing="sm"
        aria-label="Listy wypłat"
        columns={[
          {
            accessor: 'label',
            title: 'Lista',
            render: (list) => (
              <Anchor component={Link} to={`/wyplaty/${list.id}`} fw={700}>
                {list.label}
              </Anchor>
            ),
          },
          { accessor: 'month', title: 'Miesiąc', render: (list) => formatMonthPl(list.month) },
          { accessor: 'method', title: 'Sposób', render: (list) => methodLabels[list.method] },
          { accessor: 'payOn', title: 'Dzień wypłaty', render: (list) => formatDate(list.payOn) },
          { accessor: 'lineCount', title: 'Pozycji', textAlign: 'right' },
          { accessor: 'total', title: 'Kwota', textAlign: 'right', noWrap: true, render: (list) => formatMoney(list.total) },
          {
            accessor: 'status',
            title: 'Stan',
            render: (list) =>
              list.status === 'approved' ? (
                <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>
                  Zatwierdzona: {list.approvedByName}
                </Badge>
              ) : (
                <Badge color="grape" variant="light" style={{ textTransform: 'none' }}>
                  Projekt: {list.preparedByName}
                </Badge>
              ),
          },
        ]}
      />
    </Stack>
  );
}
