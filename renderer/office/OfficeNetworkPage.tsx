import { Alert, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OfficePc, OfficeStatus } from '../../shared/contract/office';
import { api } from '../api';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';

/** While serving, the screen asks again every few seconds: a PC just paired appears, a used code is replaced. */
const REFRESH_MS = 5_000;

function useOfficeStatus() {
  const loaded = useLoad(() => api.call('office.status', {}), []);
  const [latest, setLatest] = useState<OfficeStatus>();
  const serving = (latest ?? loaded.data)?.serving ?? false;
  useEffect(() => {
    if (!serving) return;
    const timer = setInterval(() => {
      api.call('office.status', {}).then(setLatest, () => undefined);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [serving]);
  return { status: latest ?? loaded.data, error: loaded.error, set: setLatest };
}

function PairingCard({ status, onNewCode, busy }: { status: OfficeStatus; onNewCode: () => void; busy: boolean }) {
  const code = status.pairingCode;
  return (
    <Card withBorder padding="lg" aria-label="Jak dołączyć komputer">
      <Stack gap="md">
        <Text size="lg">Na komputerze, który ma dołączyć: uruchom Ostoję, wybierz „Dołącz do stanowiska głównego” i wpisz:</Text>
        <div>
          <Text c="dimmed">Adres stanowiska głównego</Text>
          {status.addresses.length > 0 ? (
            status.addresses.map((address) => (
              <Text key={address} ff="monospace" fz={32} fw={700} data-testid="office-address">
                {address}:{status.port}
              </Text>
            ))
          ) : (
            <Alert color="orange">
              Ten komputer nie ma teraz adresu w sieci lokalnej (kabel lub Wi-Fi biura). Podłącz go do sieci biura i odśwież ekran.
            </Alert>
          )}
        </div>
        {code && (
          <div>
            <Text c="dimmed">Kod parowania</Text>
            <Text ff="monospace" fz={44} fw={700} style={{ letterSpacing: '0.08em' }} data-testid="office-pairing-code" c={code.expired ? 'dimmed' : undefined} td={code.expired ? 'line-through' : undefined}>
              {code.code}
            </Text>
            <Group gap="md">
              <Text c={code.expired ? 'red' : undefined} fw={code.expired ? 700 : undefined}>
                {code.expired ? 'Kod wygasł: utwórz nowy.' : `Ważny do ${formatDateTime(code.expiresAt)}, jeden raz. Po 5 błędnych próbach zmieni się sam.`}
              </Text>
              <Button variant={code.expired ? 'filled' : 'default'} onClick={onNewCode} loading={busy}>
                Nowy kod
              </Button>
            </Group>
          </div>
        )}
      </Stack>
    </Card>
  );
}

function PcsTable({ pcs, onRemove }: { pcs: OfficePc[]; onRemove: (pc: OfficePc) => void }) {
  if (pcs.length === 0) return <Text c="dimmed">Żaden komputer nie jest jeszcze sparowany.</Text>;
  return (
    <Table striped withTableBorder fz="md" aria-label="Sparowane komputery">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Komputer</Table.Th>
          <Table.Th>Sparowany</Table.Th>
          <Table.Th>Ostatnio połączony</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pcs.map((pc) => (
          <Table.Tr key={pc.id}>
            <Table.Td fw={600}>{pc.name}</Table.Td>
            <Table.Td>{formatDateTime(pc.pairedAt)}</Table.Td>
            <Table.Td>{pc.lastSeenAt ? formatDateTime(pc.lastSeenAt) : 'jeszcze nie'}</Table.Td>
            <Table.Td align="right">
              <Button color="red" variant="light" onClick={() => onRemove(pc)} aria-label={`Usuń ${pc.name}`}>
                Usuń
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * "Sieć biura", for the administrator of the main PC: serving the other PCs of the office on and off, the address
 * and the pairing code to type on a new PC, and the PCs paired so far, each of which can be removed.
 */
export function OfficeNetworkPage() {
  const { status, error: loadError, set } = useOfficeStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [removing, setRemoving] = useState<OfficePc>();
  const [confirmOff, setConfirmOff] = useState(false);

  const run = async (work: () => Promise<OfficeStatus>) => {
    setBusy(true);
    setError(undefined);
    try {
      set(await work());
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  const setServing = (serving: boolean) => run(() => api.call('office.setServing', { serving }));

  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        Sieć biura
      </Title>
      <Text size="lg">
        Ten komputer jest stanowiskiem głównym: trzyma bazę danych i kopie zapasowe. Inne komputery biura mogą pracować na tych samych
        danych przez sieć lokalną (połączenie szyfrowane); każdy pracownik loguje się swoim kontem.
      </Text>
      <ErrorAlert error={loadError ?? error} />
      {status && !status.available && (
        <Alert color="gray">Ten program nie może obsługiwać innych komputerów biura.</Alert>
      )}
      {status?.problem && (
        <Alert color="red" title="Obsługa innych komputerów nie działa">
          {status.problem}
        </Alert>
      )}
      {status?.available && (
        <Group>
          {status.serving ? (
            <>
              <Text size="lg" fw={700} c="green.8">
                Obsługa innych komputerów jest włączona.
              </Text>
              <Button variant="default" onClick={() => (status.pcs.length > 0 ? setConfirmOff(true) : void setServing(false))} loading={busy}>
                Wyłącz
              </Button>
            </>
          ) : (
            <>
              <Text size="lg">Obsługa innych komputerów jest wyłączona.</Text>
              <Button onClick={() => void setServing(true)} loading={busy}>
                Włącz obsługę innych komputerów
              </Button>
            </>
          )}
        </Group>
      )}
      {status?.serving && status.pairingCode && (
        <PairingCard status={status} busy={busy} onNewCode={() => void run(() => api.call('office.newPairingCode', {}))} />
      )}
      {status && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            Sparowane komputery
          </Title>
          <PcsTable pcs={status.pcs} onRemove={setRemoving} />
          <List size="sm" c="dimmed">
            <List.Item>Usunięty komputer zostanie odrzucony przy następnym połączeniu; aby znów pracował, sparuj go nowym kodem.</List.Item>
            <List.Item>Dziennik zdarzeń zapisuje przy każdym wpisie, z którego komputera go zrobiono.</List.Item>
          </List>
        </Stack>
      )}
      {removing && (
        <ConfirmDialog
          title="Usunąć komputer z sieci biura?"
          message={`Komputer „${removing.name}” zostanie odrzucony przy następnym połączeniu. Pracujący na nim straci połączenie; niezapisane zmiany zostaną na jego ekranie.`}
          confirmLabel="Usuń komputer"
          confirmColor="red"
          onConfirm={async () => {
            await run(() => api.call('office.removePc', { pcId: removing.id }));
            setRemoving(undefined);
          }}
          onClose={() => setRemoving(undefined)}
        />
      )}
      {confirmOff && (
        <ConfirmDialog
          title="Wyłączyć obsługę innych komputerów?"
          message="Sparowane komputery stracą połączenie ze stanowiskiem głównym, dopóki obsługa nie zostanie włączona ponownie. Parowanie zostaje."
          confirmLabel="Wyłącz"
          onConfirm={async () => {
            await setServing(false);
            setConfirmOff(false);
          }}
          onClose={() => setConfirmOff(false)}
        />
      )}
    </Stack>
  );
}
