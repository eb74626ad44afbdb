import { Anchor, Group, Select } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PaymentsRegisterRow } from '../../shared/contract/registers';
import { benefitKinds } from '../../shared/domain/cases';
import { paymentMethodKeys, type PaymentMethod } from '../../shared/domain/decisions';
import { formatMoney } from '../../shared/domain/money';
import { budgetClassificationKeys, budgetClassifications, type BudgetClassification } from '../../shared/domain/payment-settings';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';
import { monthDots, methodLabels, outcomeLabels } from '../payments/paymentText';
import { usePaging } from './paging';
import { RegisterToolbar } from './RegisterToolbar';

type ListState = 'draft' | 'approved' | 'discarded' | null;

const listStateOptions = [
  { value: 'all', label: 'zatwierdzone i projekty' },
  { value: 'approved', label: 'zatwierdzone' },
  { value: 'draft', label: 'projekty' },
  { value: 'discarded', label: 'odrzucone projekty' },
];
const listStateLabels = { draft: 'projekt', approved: 'zatwierdzona', discarded: 'odrzucona' } as const;

/** "2026-03" from the month picker's "2026-03-01" (or null). */
const monthOf = (value: string | null) => (value ? value.slice(0, 7) : null);

/** Rejestr wypłat: each benefit month on a list, with its classification, amount, method and list; summed in the core. */
export function PaymentsRegister() {
  const [fromMonth, setFromMonth] = useState<string | null>(null);
  const [toMonth, setToMonth] = useState<string | null>(null);
  const [classification, setClassification] = useState<BudgetClassification | null>(null);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [listState, setListState] = useState<ListState>(null);
  const paging = usePaging<PaymentsRegisterRow, 'month' | 'person' | 'amount' | 'classification' | 'list'>({ column: 'month', direction: 'asc' });
  const filter = { fromMonth: monthOf(fromMonth), toMonth: monthOf(toMonth), classification, method, listState };
  const result = useLoad(() => api.call('registers.payments', { filter, ...paging.request }), [JSON.stringify([filter, paging.request])]);
  const narrow = (change: () => void) => {
    change();
    paging.firstPage();
  };

  return (
    <>
      <Group align="flex-end" gap="md">
        <MonthPickerInput label="Miesiąc od" placeholder="dowolny" value={fromMonth} onChange={(value) => narrow(() => setFromMonth(value))} valueFormat="MM.YYYY" clearable size="md" w={150} />
        <MonthPickerInput label="Miesiąc do" placeholder="dowolny" value={toMonth} onChange={(value) => narrow(() => setToMonth(value))} valueFormat="MM.YYYY" clearable size="md" w={150} />
        <Select
          label="Klasyfikacja budżetowa"
          placeholder="wszystkie"
          data={budgetClassificationKeys.map((key) => ({ value: key, label: `${key} — ${budgetClassifications[key]}` }))}
          value={classification}
          onChange={(value) => narrow(() => setClassification(value as BudgetClassification | null))}
          clearable
          w={260}
        />
        <Select
          label="Sposób wypłaty"
          placeholder="wszystkie"
          data={paymentMethodKeys.map((key) => ({ value: key, label: methodLabels[key] }))}
          value={method}
          onChange={(value) => narrow(() => setMethod(value as PaymentMethod | null))}
          clearable
          w={170}
        />
        <Select label="Listy" data={listStateOptions} value={listState ?? 'all'} allowDeselect={false} onChange={(value) => narrow(() => setListState(value === 'all' ? null : (value as ListState)))} w={260} />
      </Group>
      <RegisterToolbar
        total={result.data?.total}
        extra={result.data ? `razem ${formatMoney(result.data.sum)}` : undefined}
        exportAs={(format) => api.call('registers.paymentsExport', { filter, sort: paging.sort, format })}
      />
      <ErrorAlert error={result.error} title="Nie udało się wczytać rejestru wypłat" />
      <DataTable<PaymentsRegisterRow>
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={result.data?.items.length ? undefined : 160}
        noRecordsText="Brak wypłat"
        fetching={result.loading}
        records={result.data?.items ?? []}
        totalRecords={result.data?.total ?? 0}
        {...paging.tableProps}
        idAccessor="id"
        fz="sm"
        verticalSpacing="xs"
        aria-label="Rejestr wypłat"
        columns={[
          { accessor: 'month', title: 'Miesiąc', sortable: true, noWrap: true, render: (row) => monthDots(row.month) },
          {
            accessor: 'person',
            title: 'Osoba',
            sortable: true,
            render: (row) => (
              <Anchor component={Link} to={`/osoby/${row.personId}`}>
                {row.personName}
              </Anchor>
            ),
          },
          { accessor: 'benefit', title: 'Forma pomocy', render: (row) => benefitKinds[row.benefit].label },
          { accessor: 'classification', title: 'Klasyfikacja', sortable: true, render: (row) => row.classification },
          { accessor: 'amount', title: 'Kwota', sortable: true, textAlign: 'right', noWrap: true, render: (row) => formatMoney(row.amount) },
          { accessor: 'method', title: 'Sposób', render: (row) => methodLabels[row.method] },
          {
            accessor: 'list',
            title: 'Lista',
            sortable: true,
            render: (row) => (
              <Anchor component={Link} to={`/wyplaty/${row.listId}`}>
                {row.listNumber === null ? '' : `nr ${row.listNumber}/${row.listYear}, `}
                {listStateLabels[row.listState]}
                {row.outcome ? ` · ${outcomeLabels[row.outcome].toLowerCase()}` : ''}
              </Anchor>
            ),
          },
        ]}
      />
    </>
  );
}
