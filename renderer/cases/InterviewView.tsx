import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Interview } from '../../shared/contract/cases';
import { formatMonthPl } from '../../shared/domain/calendar';
import { householdRelations } from '../../shared/domain/household';
import { formatMoney } from '../../shared/domain/money';
import { formatDate, formatDateTime } from '../common/format';
import { InterviewIncomes } from './InterviewIncomes';
import { LabelledValue } from '../common/LabelledValue';

/** A saved household interview, read-only: when and by whom, who lives in the household, their incomes and the findings. */
export function InterviewView({ interview }: { interview: Interview }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <LabelledValue label="Data wywiadu">{formatDate(interview.interviewDate)}</LabelledValue>
        <LabelledValue label="Przeprowadził(a)">{interview.worker.fullName}</LabelledValue>
        <LabelledValue label="Dochód z miesiąca">{formatMonthPl(interview.incomeMonth)}</LabelledValue>
        <LabelledValue label="Osoba samotnie gospodarująca">{interview.livesAlone ? 'tak' : 'nie'}</LabelledValue>
        {interview.proposedPeriodicAmount !== null && (
          <LabelledValue label="Proponowany zasiłek okresowy">{formatMoney(interview.proposedPeriodicAmount)}</LabelledValue>
        )}
        <LabelledValue label="Zapisano">
          {formatDateTime(interview.createdAt)}, {interview.createdByName}
        </LabelledValue>
      </SimpleGrid>

      <div>
        <Title order={3} size="h4" mb="xs">
          Skład gospodarstwa domowego
        </Title>
        <Table withTableBorder striped fz="md" verticalSpacing="xs" aria-label="Skład gospodarstwa domowego">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Imię i nazwisko</Table.Th>
              <Table.Th>PESEL</Table.Th>
              <Table.Th>Data urodzenia</Table.Th>
              <Table.Th>Stopień pokrewieństwa</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interview.members.map((member) => (
              <Table.Tr key={member.personId}>
                <Table.Td fw={600}>{member.fullName}</Table.Td>
                <Table.Td>{member.pesel ?? '—'}</Table.Td>
                <Table.Td>{formatDate(member.birthDate)}</Table.Td>
                <Table.Td>{householdRelations[member.relation]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>

      <div>
        <Title order={3} size="h4" mb="xs">
          Dochody
        </Title>
        <InterviewIncomes interview={interview} />
      </div>

      <div>
        <Title order={3} size="h4" mb="xs">
          Ustalenia z wywiadu
        </Title>
        <Paper withBorder p="sm" bg="gray.0">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{interview.findings || '—'}</Text>
        </Paper>
      </div>
    </Stack>
  );
}
