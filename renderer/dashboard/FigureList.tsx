import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { DashboardCaseItem, DashboardPaymentItem } from '../../shared/contract/dashboard';
import type { MethodOutput } from '../../shared/contract';
import { benefitKinds, caseStatuses } from '../../shared/domain/cases';
import { formatMoney } from '../../shared/domain/money';
import { plural } from '../../shared/domain/plural';
import { formatDate } from '../common/format';

const PAGE_SIZE = 20;
/** A month as the lists print it, "06.2025": narrow enough for the list's eight columns at 1366 px. */
const monthDots = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

interface FigureListProps {
  title: string;
  list: MethodOutput<'dashboard.items'> | undefined;
  loading: boolean;
  page: number;
  onPageChange: (page: number) => void;
  onClose: () => void;
}

const caseLink = (item: { caseId: number; caseRef: string }) => (
  <Anchor component={Link} to={`/sprawy/${item.caseId}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
    {item.caseRef}
  </Anchor>
);

/** What stands behind a figure of the Pulpit: exactly the lines or cases it counted, each opening its case. */
export function FigureList({ title, list, loading, page, onPageChange, onClose }: FigureListProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The list opens below the charts: once its lines are there (the page is long enough), bring it into view and put
  // the keyboard on it; also when "back" from a case brings the list again.
  useEffect(() => {
    if (!list) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [list]);
  const count = list?.items.length ?? 0;
  const pagination =
    count > PAGE_SIZE
      ? {
          totalRecords: count,
          recordsPerPage: PAGE_SIZE,
          page,
          onPageChange,
          paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) => `${from}–${to} z ${totalRecords}`,
          getPaginationControlProps: (control: string) => (control === 'previous' ? { 'aria-label': 'Poprzednia strona' } : control === 'next' ? { 'aria-label': 'Następna strona' } : {}),
        }
      : {};
  const visible = <T,>(items: T[]) => (count > PAGE_SIZE ? items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) : items);

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-label="Co stoi za liczbą">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4" ref={heading} tabIndex={-1} style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 64px) + 16px)' }}>
            {title}
          </Title>
          {list && (
            <Text c="dimmed">
              {list.kind === 'payments' ? `${plural(count, 'pozycja', 'pozycje', 'pozycji')} list wypłat, razem ${formatMoney(list.total)}` : `Spraw: ${count}`}
            </Text>
          )}
        </div>
        <Button variant="default" onClick={onClose}>
          Zamknij listę
        </Button>
      </Group>
      {list?.kind === 'payments' && (
        <DataTable<DashboardPaymentItem>
          mt="sm"
          withTableBorder
          striped
          fetching={loading}
          minHeight={count ? undefined : 120}
          noRecordsText="Nic tu nie ma"
          records={visible(list.items)}
          idAccessor="lineId"
          {...pagination}
          columns={[
            { accessor: 'caseRef', title: 'Sprawa', render: caseLink },
            { accessor: 'personName', title: 'Osoba' },
            { accessor: 'benefit', title: 'Świadczenie', render: (item) => benefitKinds[item.benefit].label },
            { accessor: 'month', title: 'Za miesiąc', noWrap: true, render: (item) => monthDots(item.month) },
            { accessor: 'listMonth', title: 'Lista z', noWrap: true, render: (item) => monthDots(item.listMonth) },
            { accessor: 'classification', title: 'Rozdział' },
            { accessor: 'decisionNumber', title: 'Decyzja', noWrap: true },
            { accessor: 'amount', title: 'Kwota', textAlign: 'right', noWrap: true, render: (item) => formatMoney(item.amount) },
          ]}
        />
      )}
      {list?.kind === 'cases' && (
        <DataTable<DashboardCaseItem>
          mt="sm"
          withTableBorder
          striped
          fetching={loading}
          minHeight={count ? undefined : 120}
          noRecordsText="Nic tu nie ma"
          records={visible(list.items)}
          idAccessor="caseId"
          {...pagination}
          columns={[
            { accessor: 'caseRef', title: 'Sprawa', render: caseLink },
            { accessor: 'personName', title: 'Wnioskodawca' },
            { accessor: 'workerName', title: 'Pracownik socjalny' },
            { accessor: 'status', title: 'Stan', render: (item) => (item.status ? caseStatuses[item.status] : '') },
            { accessor: 'date', title: 'Data', noWrap: true, render: (item) => formatDate(item.date) },
            { accessor: 'note', title: 'Co i dlaczego' },
          ]}
        />
      )}
    </Paper>
  );
}
