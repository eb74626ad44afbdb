import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { formatNrb, isValidNrb } from '../../shared/domain/nrb';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLeaveGuard } from '../common/LeaveGuard';
import { useLoad } from '../common/useLoad';

/** "Rachunki bankowe" in the person's file: where transfers may go, and which decisions pay to each. */
export function BankAccountsPanel({ personId, editable }: { personId: number; editable: boolean }) {
  const accounts = useLoad(() => api.call('persons.bankAccounts', { personId }), [personId]);
  const [nrb, setNrb] = useState('');
  const [holder, setHolder] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<Error>();
  useLeaveGuard(nrb.trim() !== '' || holder.trim() !== '');

  const add = async () => {
    setError(undefined);
    if (!isValidNrb(nrb)) {
      setFieldError('Numer rachunku (NRB) jest błędny: sprawdź 26 cyfr.');
      return;
    }
    try {
      await api.call('persons.addBankAccount', { personId, nrb, holder: holder || null });
      setNrb('');
      setHolder('');
      setFieldError(undefined);
      accounts.reload();
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues?.length) setFieldError(failure.issues[0]!.message);
      else setError(failure as Error);
    }
  };
  const remove = async (id: number) => {
    setError(undefined);
    try {
      await api.call('persons.removeBankAccount', { id });
      accounts.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Rachunki bankowe">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Rachunki bankowe
        </Title>
        <ErrorAlert error={accounts.error ?? error} />
        {accounts.data?.length ? (
          <Table striped withTableBorder fz="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Numer rachunku</Table.Th>
                <Table.Th>Posiadacz</Table.Th>
                <Table.Th>Decyzje</Table.Th>
                <Table.Th>Dopisano</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((account) => (
                <Table.Tr key={account.id} c={account.removedAt ? 'dimmed' : undefined}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatNrb(account.nrb)}</Table.Td>
                  <Table.Td>{account.holder ?? 'strona'}</Table.Td>
                  <Table.Td>
                    {account.usedBy.length === 0
                      ? '—'
                      : account.usedBy.map((use, index) => (
                          <span key={use.decisionId}>
                            {index > 0 && ', '}
                            <Anchor component={Link} to={`/decyzje/${use.decisionId}`}>
                              {use.decisionNumber}
                            </Anchor>
                          </span>
                        ))}
                  </Table.Td>
                  <Table.Td>
                    {formatDate(account.createdAt.slice(0, 10))}, {account.createdByName}
                    {account.removedAt && <Text size="sm">nieużywany od {formatDate(account.removedAt.slice(0, 10))}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {editable && !account.removedAt && (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove(account.id)}>
                        Nieużywany
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed">Nie zapisano rachunków.</Text>
        )}
        {editable && (
          <Group align="flex-end">
            <TextInput label="Nowy rachunek (NRB)" placeholder="00 0000 0000 0000 0000 0000 0000" value={nrb} onChange={(event) => setNrb(event.currentTarget.value)} error={fieldError} w={330} maxLength={40} />
            <TextInput label="Posiadacz, jeśli inny niż osoba" value={holder} onChange={(event) => setHolder(event.currentTarget.value)} w={260} maxLength={140} />
            <Button variant="default" onClick={() => void add()}>
              Dopisz rachunek
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
