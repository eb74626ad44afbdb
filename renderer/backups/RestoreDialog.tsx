import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { useLeaveGuard } from '../common/LeaveGuard';
import { formatDateTime } from '../common/format';
import { backupRef, placeLabel, type Backup } from './backup-place';
import { CountsList } from './CountsList';

type Report = MethodOutput<'backups.drill'>;

/**
 * The restore wizard: passphrase → check the backup and see what it holds → confirm with a typed word →
 * the program keeps a safety copy of the current data, swaps, and everyone logs in again.
 */
export function RestoreDialog({
  backup,
  passphrase: given = '',
  passphraseRequired = false,
  onClose,
  onRestored,
}: {
  backup: Backup;
  /** Typed already for backups from another folder. */
  passphrase?: string | undefined;
  /** Recovery mode: the passphrase kept on this computer is not used, the person types it. */
  passphraseRequired?: boolean;
  onClose: () => void;
  onRestored: () => void;
}) {
  const [step, setStep] = useState(0);
  const [passphrase, setPassphrase] = useState(given);
  const [report, setReport] = useState<Report>();
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // A passphrase or the confirming word typed here is not dropped by a menu click without a question.
  useLeaveGuard(passphrase !== given || confirmation !== '');
  const ref = { ...backupRef(backup), ...(passphrase ? { passphrase } : {}) };

  const check = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setReport(await api.call('backups.drill', ref));
      setStep(1);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.call('backups.restore', { ...ref, confirmation: 'PRZYWRÓĆ' });
      onRestored();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title="Przywracanie danych z kopii" size="lg" centered>
      <Stepper active={step} size="sm" mb="md">
        <Stepper.Step label="Sprawdzenie kopii" />
        <Stepper.Step label="Potwierdzenie" />
      </Stepper>
      <Stack>
        <Text size="sm">
          Kopia <b>{backup.fileName}</b> z {formatDateTime(backup.at)} ({placeLabel(backup)}).
        </Text>
        {step === 0 && (
          <>
            <PasswordInput
              label="Hasło kopii"
              description={
                passphraseRequired
                  ? 'W trybie przywracania wpisz hasło kopii — hasło zapamiętane na tym komputerze tu nie wystarcza.'
                  : 'Zostaw puste, jeśli kopia ma hasło ustawione na tym komputerze.'
              }
              required={passphraseRequired}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Anuluj
              </Button>
              <Button loading={busy} disabled={passphraseRequired && passphrase === ''} onClick={() => void check()}>
                Sprawdź kopię
              </Button>
            </Group>
          </>
        )}
        {step === 1 && report && (
          <>
            <Alert color="teal" title="Kopia jest poprawna">
              Utworzona {formatDateTime(report.createdAt)} przez program w wersji {report.programVersion}. Zawiera:
              <CountsList counts={report.counts} />
            </Alert>
            <Alert color="orange" title="Co się stanie">
              <List size="sm">
                <List.Item>Bieżące dane zostaną zachowane w kopii bezpieczeństwa — przywrócenie można cofnąć.</List.Item>
                <List.Item>Dane z kopii zastąpią bieżące; zmiany wprowadzone po {formatDateTime(report.createdAt)} znikną.</List.Item>
                <List.Item>Dziennik zdarzeń zachowa wpisy z tego czasu: zostaną przeniesione i oznaczone jako przeniesione po przywróceniu.</List.Item>
                <List.Item>Wszyscy użytkownicy zostaną wylogowani.</List.Item>
              </List>
            </Alert>
            <TextInput
              label="Aby przywrócić, wpisz słowo PRZYWRÓĆ"
              value={confirmation}
              onChange={(event) => setConfirmation(event.currentTarget.value)}
              autoComplete="off"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={busy}>
                Anuluj
              </Button>
              <Button color="red" loading={busy} disabled={confirmation !== 'PRZYWRÓĆ'} onClick={() => void restore()}>
                Przywróć dane
              </Button>
            </Group>
          </>
        )}
        {error && (
          <Alert color="red" role="alert" title="Nie przywrócono">
            {error}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
