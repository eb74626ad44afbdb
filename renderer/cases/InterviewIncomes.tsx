import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { Interview } from '../../shared/contract/cases';
import { formatMoney } from '../../shared/domain/money';
import { incomeKinds } from '../../shared/domain/income';
import { formatHectares } from '../../shared/domain/trace';
import { formatDate } from '../common/format';

const right = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The incomes written in an interview, person by person: gross, what was deducted and the net. */
export function InterviewIncomes({ interview }: { interview: Interview }) {
  const people = interview.members.filter(
    (member) =>
      interview.incomes.some((income) => income.personId === member.personId) ||
      interview.farms.some((farm) => farm.personId === member.personId) ||
      interview.alimonyPaid.some((alimony) => alimony.personId === member.personId),
  );
  if (people.length === 0) return <Text c="dimmed">W wywiadzie nie wpisano dochodów: gospodarstwo nie ma dochodu.</Text>;

  return (
    <Stack gap="md">
      {people.map((member) => {
        const incomes = interview.incomes.filter((income) => income.personId === member.personId);
        const farms = interview.farms.filter((farm) => farm.personId === member.personId);
        // What each farm counted for, as the saved computation has it (the same order as the farms).
        const farmItems = interview.computation.income.items.filter(
          (item) => item.personId === member.personId && (item.treatment === 'farm' || item.treatment === 'farmBelowOneHectare'),
        );
        const alimony = interview.alimonyPaid.filter((entry) => entry.personId === member.personId);
        return (
          <div key={member.personId}>
            <Title order={4} size="h5" mb={4}>
              {member.fullName}
            </Title>
            <Table withTableBorder layout="fixed" fz="md" verticalSpacing="xs" aria-label={`Dochody: ${member.fullName}`}>
              <Table.Thead>
                <Table.Tr>
                  {/* Fixed widths, so the tables of all members line up column by column. */}
                  <Table.Th w="40%">Rodzaj</Table.Th>
                  <Table.Th style={right}>Przychód brutto</Table.Th>
                  <Table.Th style={right}>Podatek i składki</Table.Th>
                  <Table.Th style={right}>Netto</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {incomes.map((income, index) => {
                  const deductions = income.tax + income.healthContribution + income.socialContribution;
                  return (
                    <Table.Tr key={`i${index}`}>
                      <Table.Td>
                        {incomeKinds[income.kind].label}
                        {income.description && <Text size="sm" c="dimmed">{income.description}</Text>}
                        {income.oneOffReceivedOn && <Text size="sm" c="dimmed">dochód jednorazowy otrzymany {formatDate(income.oneOffReceivedOn)}</Text>}
                      </Table.Td>
                      <Table.Td style={right}>{formatMoney(income.gross)}</Table.Td>
                      <Table.Td style={right}>{deductions ? `− ${formatMoney(deductions)}` : '—'}</Table.Td>
                      <Table.Td style={right} fw={600}>
                        {incomeKinds[income.kind].excluded ? (
                          <Badge color="gray" variant="light" size="lg">
                            nie wlicza się
                          </Badge>
                        ) : (
                          formatMoney(income.gross - deductions)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {farms.map((farm, index) => (
                  <Table.Tr key={`f${index}`}>
                    <Table.Td colSpan={3}>
                      Gospodarstwo rolne: {formatHectares(farm.hectares)} przeliczeniowych
                      {farm.description && <Text size="sm" c="dimmed">{farm.description}</Text>}
                    </Table.Td>
                    <Table.Td style={right} fw={600}>
                      {farmItems[index]?.treatment === 'farmBelowOneHectare' ? (
                        <Badge color="gray" variant="light" size="lg">
                          poniżej 1 ha — nie wlicza się
                        </Badge>
                      ) : farmItems[index] ? (
                        formatMoney(farmItems[index].counted)
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {alimony.map((entry, index) => (
                  <Table.Tr key={`a${index}`}>
                    <Table.Td colSpan={3}>
                      Alimenty świadczone na rzecz innych osób
                      {entry.description && <Text size="sm" c="dimmed">{entry.description}</Text>}
                    </Table.Td>
                    <Table.Td style={right} fw={600}>
                      − {formatMoney(entry.amount)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        );
      })}
    </Stack>
  );
}
