import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { Certificate } from '../../shared/contract/certificates';
import type { Person } from '../../shared/contract/persons';
import { ageOn, certificateIssuers, certificateKinds, retirementAge } from '../../shared/domain/certificates';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { CertificateDialog } from './CertificateDialog';

const years = (n: number) => plural(n, 'rok', 'lata', 'lat');

/** Whether the person is unable to work for age today, in one sentence (zasiłek stały, art. 37 u.p.s.). */
function ageLine(person: Person): string {
  const age = ageOn(person.birthDate, todayIso());
  const threshold = retirementAge[person.sex];
  const woman = person.sex === 'F';
  return age >= threshold
    ? `${years(age)} — ${woman ? 'osiągnęła' : 'osiągnął'} wiek emerytalny (${years(threshold)}): do zasiłku stałego orzeczenie nie jest potrzebne.`
    : `${years(age)} — wiek emerytalny (${years(threshold)}) jeszcze nie osiągnięty: zasiłek stały tylko z ważnym orzeczeniem, które do niego uprawnia.`;
}

function Validity({ certificate }: { certificate: Certificate }) {
  if (certificate.validUntil === null) return <Text>na stałe</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text style={{ whiteSpace: 'nowrap' }}>{formatDate(certificate.validUntil)}</Text>
      {!certificate.validToday && (
        <Badge color="gray" variant="light">
          nieważne
        </Badge>
      )}
    </Group>
  );
}

/**
 * The person's certificates of disability and incapacity (orzeczenia): which of them give the right to zasiłek
 * stały, until when; added, corrected and removed by those who work on cases.
 */
export function CertificatesPanel({ person, editable }: { person: Person; editable: boolean }) {
  const list = useLoad(() => api.call('persons.listCertificates', { personId: person.id }), [person.id]);
  const [editing, setEditing] = useState<Certificate | 'new' | null>(null);
  const [removing, setRemoving] = useState<Certificate | null>(null);
  const [error, setError] = useState<Error>();

  const saved = (message: string) => {
    setEditing(null);
    notifications.show({ color: 'teal', message });
    list.reload();
  };

  const remove = async (certificate: Certificate) => {
    setRemoving(null);
    setError(undefined);
    try {
      await api.call('persons.removeCertificate', { id: certificate.id, version: certificate.version });
      notifications.show({ color: 'teal', message: 'Usunięto orzeczenie' });
      list.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  const items = list.data?.items ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="certificates-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="certificates-heading">
          Orzeczenia
        </Title>
        {editable && (
          <Button variant="light" onClick={() => setEditing('new')}>
            Dodaj orzeczenie
          </Button>
        )}
      </Group>
      <Text c="dimmed" mb="sm">
        {ageLine(person)}
      </Text>
      <ErrorAlert error={error ?? list.error} />
      {list.data && items.length === 0 && <Text>Brak orzeczeń w karcie osoby.</Text>}
      {items.length > 0 && (
        <DataTable
          withTableBorder
          striped
          fz="md"
          verticalSpacing="sm"
          records={items}
          columns={[
            {
              accessor: 'kind',
              title: 'Rodzaj',
              render: (certificate) => (
                <Stack gap={2}>
                  <Text fw={600}>{certificateKinds[certificate.kind].label}</Text>
                  {certificateKinds[certificate.kind].qualifiesForPermanentAllowance ? (
                    <Text size="sm" c="teal.8">
                      uprawnia do zasiłku stałego
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      nie uprawnia do zasiłku stałego
                    </Text>
                  )}
                </Stack>
              ),
            },
            { accessor: 'issuer', title: 'Wydał', render: (certificate) => certificateIssuers[certificate.issuer] },
            { accessor: 'issuedOn', title: 'Data wydania', render: (certificate) => formatDate(certificate.issuedOn) },
            { accessor: 'validUntil', title: 'Ważne do', render: (certificate) => <Validity certificate={certificate} /> },
            {
              accessor: 'number',
              title: 'Numer, uwagi',
              render: (certificate) => [certificate.number, certificate.notes].filter(Boolean).join(' — ') || '—',
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              hidden: !editable,
              render: (certificate) => (
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={`Zmień orzeczenie: ${certificateKinds[certificate.kind].label}`}
                    onClick={() => setEditing(certificate)}
                  >
                    Zmień
                  </Button>
                  <Tooltip label="Usuń orzeczenie">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Usuń orzeczenie: ${certificateKinds[certificate.kind].label}`}
                      onClick={() => setRemoving(certificate)}
                    >
                      ✕
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ),
            },
          ]}
        />
      )}
      {editing !== null && (
        <CertificateDialog
          personId={person.id}
          certificate={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => saved(editing === 'new' ? 'Dodano orzeczenie' : 'Zapisano zmiany orzeczenia')}
        />
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Usunąć orzeczenie?" centered>
        <Stack>
          <Text>
            Orzeczenie „{removing && certificateKinds[removing.kind].label}” zniknie z karty osoby. Usuń je tylko wtedy, gdy
            zostało wpisane omyłkowo; orzeczenie, które straciło ważność, zostaw — zostaje w historii. Wyliczenia zapisane
            w wywiadach się nie zmienią.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
              Anuluj
            </Button>
            <Button color="red" onClick={() => removing && void remove(removing)}>
              Usuń orzeczenie
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
