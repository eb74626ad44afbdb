import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { benefitKinds } from '../../shared/domain/cases';
import { paymentMethods } from '../../shared/domain/decisions';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { monthDots, monthStates, outcomeLabels } from './paymentText';

/** "Harmonogram wypłat" on the case: each signed money benefit's months, amounts and where each month stands. */
export function CaseSchedulePanel({ caseId }: { caseId: number }) {
  const { can } = useCurrentUser();
  const schedule = useLoad(() => api.call('payments.schedule', { caseId }), [caseId]);
  if (!schedule.data?.length && !schedule.error) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Harmonogram wypłat">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Harmonogram wypłat
        </Title>
        <ErrorAlert error={schedule.error} />
        {schedule.data?.map((benefit) => (
          <Stack key={benefit.grantDecisionId} gap={4}>
            <Text fw={600}>
              {benefitKinds[benefit.benefit].label} — decyzja {benefit.decisionNumber}
              {benefit.method ? `, ${paymentMethods[benefit.method]}` : ''}
            </Text>
            <Table striped withTableBorder fz="md" aria-label={`Miesiące: ${benefitKinds[benefit.benefit].label}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Miesiąc</Table.Th>
                  <Table.Th>Okres</Table.Th>
                  <Table.Th ta="right">Kwota</Table.Th>
                  <Table.Th>Stan</Table.Th>
                  <Table.Th>Lista</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {benefit.months.map((month) => (
                  <Table.Tr key={month.month}>
                    <Table.Td>{monthDots(month.month)}</Table.Td>
                    <Table.Td>
                      {formatDate(month.from)}–{formatDate(month.to)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(month.amount)}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={monthStates[month.state].color} variant="light" size="lg" style={{ textTransform: 'none' }}>
                        {monthStates[month.state].label}
                      </Badge>
                      {month.outcome && month.state !== 'paid' && (
                        <Text size="sm" c="dimmed">
                          ostatnio: {outcomeLabels[month.outcome].toLowerCase()} {formatDate(month.outcomeOn)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {month.listId && month.listLabel ? (
                        can('payments.getList') ? (
                          <Anchor component={Link} to={`/wyplaty/${month.listId}`}>
                            {month.listLabel}
                          </Anchor>
                        ) : (
                          month.listLabel
                        )
                      ) : (
                        ''
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
