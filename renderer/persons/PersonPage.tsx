import { Badge, Button, Group, Kbd, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { formatAddress } from '../../shared/domain/address';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate, formatDateTime, sexLabel } from '../common/format';
import { useLoad } from '../common/useLoad';
import { CertificatesPanel } from './CertificatesPanel';
import { HouseholdPanel } from './HouseholdPanel';
import { PersonHistoryPanel } from './PersonHistoryPanel';
import { PersonPaymentsPanel } from '../payments/PersonPaymentsPanel';
import { BankAccountsPanel } from './BankAccountsPanel';
import { useCurrentUser } from '../auth/CurrentUser';
import { LabelledValue } from '../common/LabelledValue';

/** A person's file: identity, address, contact, household, and every case, interview and computation. */
export function PersonPage() {
  const personId = Number(useParams().id);
  const navigate = useNavigate();
  const { can } = useCurrentUser();
  const canEdit = can('persons.update');
  const person = useLoad(() => api.call('persons.get', { id: personId }), [personId]);
  useHotkeys([['F2', () => canEdit && navigate(`/osoby/${personId}/edycja`)]], []);

  if (person.error) return <ErrorAlert error={person.error} title="Nie można otworzyć karty osoby" />;
  if (!person.data) return <Loader aria-label="Wczytywanie" />;
  const p = person.data;

  return (
    <Stack maw={1100} gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <Link to="/osoby">Osoby</Link> › karta osoby
          </Text>
          <Title order={1} size="h2">
            {p.firstName} {p.lastName}
          </Title>
        </div>
        <Group>
          {can('audit.list') && (
            <Button component={Link} to={`/dziennik?osoba=${p.id}`} variant="default">
              Historia w dzienniku
            </Button>
          )}
          {can('cases.create') && (
            <Button component={Link} to={`/sprawy/nowa?osoba=${p.id}`} variant="light">
              Nowy wniosek
            </Button>
          )}
          {canEdit && (
            <Button component={Link} to={`/osoby/${p.id}/edycja`} rightSection={<Kbd size="xs">F2</Kbd>}>
              Zmień dane
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <LabelledValue label="PESEL">
            {p.pesel}
            {p.peselChecksumAccepted && (
              <Badge ml="xs" color="orange" variant="light">
                błędna cyfra kontrolna — zgodny z dokumentem
              </Badge>
            )}
          </LabelledValue>
          <LabelledValue label="Dokument tożsamości">{p.idDocument}</LabelledValue>
          <LabelledValue label="Data urodzenia, płeć">
            {formatDate(p.birthDate)}, {sexLabel[p.sex]}
          </LabelledValue>
          <LabelledValue label="Adres zamieszkania">{formatAddress(p.address)}</LabelledValue>
          <LabelledValue label="Telefon">{p.phone}</LabelledValue>
          <LabelledValue label="Ostatnia zmiana">{formatDateTime(p.updatedAt)}</LabelledValue>
        </SimpleGrid>
      </Paper>

      <HouseholdPanel person={p} onChange={person.reload} editable={can('households.addMember')} />

      {can('persons.listCertificates') && <CertificatesPanel person={p} editable={can('persons.addCertificate')} />}

      {can('persons.bankAccounts') && <BankAccountsPanel personId={p.id} editable={can('persons.addBankAccount')} />}
      {can('payments.personHistory') && <PersonPaymentsPanel personId={p.id} />}
      {can('persons.history') && <PersonHistoryPanel personId={p.id} />}
    </Stack>
  );
}
