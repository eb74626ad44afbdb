import '@mantine/charts/styles.css';
import { DonutChart } from '@mantine/charts';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { DashboardFigure, DashboardOverview } from '../../shared/contract/dashboard';
import { formatDatePl } from '../../shared/domain/calendar';
import { caseStatuses } from '../../shared/domain/cases';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';
import { figureFromParams, figureTitle, figureToParams, inMonth, statusColors } from './dashboardText';
import { FigureButton, PaidChart } from './PaidChart';
import { FigureList } from './FigureList';

type Figure = Exclude<DashboardFigure, undefined>;

const MONTH_NAMES = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];

/** One figure of the month at a glance: a label above, the number (a button that opens its list, unless it is nothing) below. */
function Card({ label, text, zero, onOpen }: { label: string; text: string; zero: boolean; onOpen: () => void }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text size="xl" mt={4} c={zero ? 'dimmed' : undefined}>
        {zero ? text : <FigureButton label={label} text={text} onClick={onOpen} />}
      </Text>
    </Paper>
  );
}

/**
 * "Pulpit": the director's month and year at a glance. The chosen month and the open list live in the address, so
 * going back from a case returns to the same month and the same list.
 */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('m');
  const overview = useLoad(() => api.call('dashboard.overview', chosen ? { month: chosen } : {}), [chosen]);
  const figure = figureFromParams(params);
  const page = Number(params.get('strona') ?? 1) || 1;
  const list = useLoad(() => (figure ? api.call('dashboard.items', figure) : Promise.resolve(undefined)), [JSON.stringify(figure)]);
  const view = overview.data;
  const monthPaid = view ? view.paid.months[Number(view.month.slice(5, 7)) - 1]!.total : 0;

  const setMonth = (month: string) => setParams({ m: month }, { replace: true });
  const open = (next: Figure) => setParams({ ...(view ? { m: view.month } : {}), ...figureToParams(next) });
  const close = () => setParams(view ? { m: view.month } : {}, { replace: true });
  const setPage = (next: number) => setParams({ ...Object.fromEntries(params), strona: String(next) }, { replace: true });

  const workerName = figure?.figure === 'late' && figure.workerId ? view?.late.byWorker.find((worker) => worker.workerId === figure.workerId)?.workerName : undefined;

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Pulpit
          </Title>
          {view && <Text c="dimmed">Dziś: {formatDatePl(view.today)}</Text>}
        </div>
        {view && <MonthChooser month={view.month} today={view.today} onChange={setMonth} />}
      </Group>
      <ErrorAlert error={overview.error ?? list.error} />

      {view && (
        <>
          <SimpleGrid cols={5} spacing="sm">
            <Card label={`Wypłacono ${inMonth(view.month)}`} text={formatMoney(monthPaid)} zero={monthPaid === 0} onOpen={() => open({ figure: 'paid', year: view.year, month: view.month, classification: null })} />
            <Card label={`Wypłacono w ${view.year} r.`} text={formatMoney(view.paid.yearTotal)} zero={view.paid.yearLines === 0} onOpen={() => open({ figure: 'paid', year: view.year, month: null, classification: null })} />
            <Card label="Decyzje po terminie (dziś)" text={String(view.late.decisions)} zero={view.late.decisions === 0} onOpen={() => open({ figure: 'late', what: 'decision', workerId: null })} />
            <Card label="Wywiady po terminie (dziś)" text={String(view.late.interviews)} zero={view.late.interviews === 0} onOpen={() => open({ figure: 'late', what: 'interview', workerId: null })} />
            <Card label={`Świadczenia kończące się ${inMonth(view.nextMonth)}`} text={String(view.benefitsEnding)} zero={view.benefitsEnding === 0} onOpen={() => open({ figure: 'benefitsEnding', month: view.nextMonth })} />
          </SimpleGrid>

          <SimpleGrid cols={2} spacing="md">
            <CasesByState view={view} onOpen={open} />
            <LateByWorker view={view} onOpen={open} />
          </SimpleGrid>

          <PaidChart overview={view} onOpen={open} />
        </>
      )}

      {figure && <FigureList title={figureTitle(figure, workerName)} list={list.data} loading={list.loading} page={page} onPageChange={setPage} onClose={close} />}
    </Stack>
  );
}

function MonthChooser({ month, today, onChange }: { month: string; today: string; onChange: (month: string) => void }) {
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 11 }, (_, index) => String(thisYear + 1 - index));
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Miesiąc"
        w={160}
        allowDeselect={false}
        data={MONTH_NAMES.map((name, index) => ({ value: String(index + 1).padStart(2, '0'), label: name }))}
        value={month.slice(5, 7)}
        onChange={(value) => value && onChange(`${month.slice(0, 4)}-${value}`)}
      />
      <Select label="Rok" w={110} allowDeselect={false} data={years} value={month.slice(0, 4)} onChange={(value) => value && onChange(`${value}-${month.slice(5, 7)}`)} />
      <Button variant="subtle" onClick={() => onChange(today.slice(0, 7))}>
        Bieżący miesiąc
      </Button>
    </Group>
  );
}

function CasesByState({ view, onOpen }: { view: DashboardOverview; onOpen: (figure: Figure) => void }) {
  const total = view.casesByState.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4">
        Sprawy z wnioskiem w {view.year} r. — stan na dziś
      </Title>
      <Group mt="sm" align="center" wrap="nowrap" gap="lg">
        <DonutChart
          size={140}
          thickness={26}
          withTooltip={false}
          chartLabel={total}
          data={total === 0 ? [{ name: 'brak', value: 1, color: 'gray.2' }] : view.casesByState.filter((entry) => entry.count > 0).map((entry) => ({ name: caseStatuses[entry.status], value: entry.count, color: statusColors[entry.status] }))}
          pieProps={{
            cursor: total === 0 ? undefined : 'pointer',
            onClick: (slice: { name?: string }) => {
              const entry = view.casesByState.find((state) => caseStatuses[state.status] === slice.name);
              if (entry) onOpen({ figure: 'casesByState', year: view.year, status: entry.status });
            },
          }}
        />
        <Table aria-label="Sprawy według stanu" fz="md">
          <Table.Tbody>
            {view.casesByState.map((entry) => (
              <Table.Tr key={entry.status}>
                <Table.Td>
                  <Text span c={statusColors[entry.status]} fw={900} aria-hidden>
                    ●{' '}
                  </Text>
                  {caseStatuses[entry.status]}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {entry.count === 0 ? (
                    <Text c="dimmed" span>
                      0
                    </Text>
                  ) : (
                    <FigureButton label={`Sprawy w stanie „${caseStatuses[entry.status]}”`} text={String(entry.count)} onClick={() => onOpen({ figure: 'casesByState', year: view.year, status: entry.status })} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
    </Paper>
  );
}

function LateByWorker({ view, onOpen }: { view: DashboardOverview; onOpen: (figure: Figure) => void }) {
  const cell = (count: number, label: string, figure: Figure) =>
    count === 0 ? (
      <Text c="dimmed" span>
        0
      </Text>
    ) : (
      <FigureButton label={label} text={String(count)} onClick={() => onOpen(figure)} />
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4">
        Po terminie — według pracowników
      </Title>
      <Text c="dimmed" size="sm">
        Terminy z listy „Do zrobienia”, które minęły przed {formatDatePl(view.today)}
      </Text>
      {view.late.byWorker.length === 0 ? (
        <Text mt="sm">Żaden termin nie minął.</Text>
      ) : (
        <Table mt="sm" aria-label="Po terminie według pracowników" fz="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Pracownik socjalny</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Decyzje</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Wywiady</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.late.byWorker.map((worker) => (
              <Table.Tr key={worker.workerId}>
                <Table.Td>{worker.workerName}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{cell(worker.decisions, `${worker.workerName}: decyzje po terminie`, { figure: 'late', what: 'decision', workerId: worker.workerId })}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{cell(worker.interviews, `${worker.workerName}: wywiady po terminie`, { figure: 'late', what: 'interview', workerId: worker.workerId })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
