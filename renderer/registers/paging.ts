import type { DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';

const PAGE_SIZES = [50, 100, 200];

/**
 * A register's page and order, kept in the core's terms (offset, limit, sort column): the table shows one page of
 * a register that may hold 30,000 rows. Changing the filter or the order goes back to the first page.
 */
export function usePaging<Row, Column extends string>(initial: { column: Column; direction: 'asc' | 'desc' }) {
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState(initial);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  return {
    page,
    setPage,
    sort,
    firstPage: () => setPage(1),
    request: { sort, offset: (page - 1) * pageSize, limit: pageSize },
    tableProps: {
      page,
      onPageChange: setPage,
      recordsPerPage: pageSize,
      recordsPerPageOptions: PAGE_SIZES,
      recordsPerPageLabel: 'Wierszy na stronie',
      onRecordsPerPageChange: (size: number) => {
        setPageSize(size);
        setPage(1);
      },
      sortStatus: { columnAccessor: sort.column, direction: sort.direction } as DataTableSortStatus<Row>,
      onSortStatusChange: (status: DataTableSortStatus<Row>) => {
        setSort({ column: status.columnAccessor as Column, direction: status.direction });
        setPage(1);
      },
      paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) => `${from}–${to} z ${totalRecords}`,
    },
  };
}
