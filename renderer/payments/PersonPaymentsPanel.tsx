import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { benefitKinds } from '../../shared/domain/cases';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { monthDots, outcomeLabels } from './paymentText';

/** "Wypłaty" in the person's file: what was paid, when and on which list. */
export function PersonPaymentsPanel({ personId }: { personId: number }) {
  const { can } = useCurrentUser();
  const history = useLoad(() => api.call('payments.personHistory', { personId }), [personId]);
  if (!history.data?.length && !history.error) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Wypłaty">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Wypłaty
        </Title>
        <ErrorAlert error={history.error} />
        <Table striped withTableBorder fz="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Za miesiąc</Table.Th>
              <Table.Th>Świadczenie</Table.Th>
              <Table.Th ta="right">Kwota</Table.Th>
              <Table.Th>Lista i dzień wypłaty</Table.Th>
              <Table.Th>Wynik</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data?.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{monthDots(line.month)}</Table.Td>
                <Table.Td>{benefitKinds[line.benefit].label}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(line.amount)}
                </Table.Td>
                <Table.Td>
                  {can('payments.getList') ? (
                    <Anchor component={Link} to={`/wyplaty/${line.listId}`}>
                      {line.listLabel}
                    </Anchor>
                  ) : (
                    line.listLabel
                  )}
                  , {formatDate(line.payOn)}
                </Table.Td>
                <Table.Td>{line.outcome ? `${outcomeLabels[line.outcome]} ${formatDate(line.outcomeOn)}` : 'czeka na potwierdzenie'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
