import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { Link, useNavigate } from 'react-router';
import { worklistKinds, type WorklistItem, type WorklistKind } from '../../shared/contract/worklist';
import { benefitKinds } from '../../shared/domain/cases';
import { Deadline } from '../common/Deadline';
import { kindHints } from './worklistText';

/** One kind of work (interviews, decisions, …) as a heading, a sentence on the rule, and a table. */
export function WorklistGroup({ kind, items, showWorker }: { kind: WorklistKind; items: WorklistItem[]; showWorker: boolean }) {
  const navigate = useNavigate();
  const late = items.filter((item) => item.late).length;
  const headingId = `worklist-${kind}`;

  const columns: DataTableColumn<WorklistItem>[] = [
    { accessor: 'dueDate', title: 'Termin', width: 200, render: (item) => <Deadline due={item.dueDate} ends={item.kind === 'benefitEnding' || item.kind === 'certificateExpiring'} /> },
    {
      accessor: 'caseRef',
      title: 'Znak sprawy',
      render: (item) => (
        // Links, so that Tab reaches every case and person and Enter opens them.
        <Anchor component={Link} to={`/sprawy/${item.caseId}`} fw={600} onClick={(event) => event.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {item.caseRef}
        </Anchor>
      ),
    },
    {
      accessor: 'personName',
      title: 'Osoba',
      render: (item) => (
        <Anchor component={Link} to={`/osoby/${item.personId}`} onClick={(event) => event.stopPropagation()}>
          {item.personName}
        </Anchor>
      ),
    },
    { accessor: 'benefits', title: 'Świadczenia', render: (item) => item.benefits.map((benefit) => benefitKinds[benefit].label).join(', ') },
    { accessor: 'workerName', title: 'Pracownik', hidden: !showWorker },
    {
      accessor: 'description',
      title: 'Co i do kiedy',
      // The sentence is the point of the row: the table scrolls sideways rather than squeeze it into a ribbon.
      render: (item) => (
        <Text size="md" miw={300}>
          {item.description}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="sm" align="baseline">
        <Title order={2} size="h3" id={headingId}>
          {worklistKinds[kind]} ({items.length})
        </Title>
        {late > 0 && (
          <Badge color="red" size="lg" variant="filled">
            po terminie: {late}
          </Badge>
        )}
      </Group>
      <Text c="dimmed" size="md">
        {kindHints[kind]}
      </Text>
      <DataTable
        withTableBorder
        borderRadius="sm"
        highlightOnHover
        fz="md"
        verticalSpacing="sm"
        records={items}
        idAccessor={(item) => `${item.kind}-${item.caseId}-${item.certificateId ?? ''}`}
        rowBackgroundColor={(item) => (item.late ? { light: 'var(--mantine-color-red-0)', dark: 'var(--mantine-color-red-9)' } : undefined)}
        onRowClick={({ record }) => navigate(`/sprawy/${record.caseId}`)}
        columns={columns}
      />
    </Stack>
  );
}
