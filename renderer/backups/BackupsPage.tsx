import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { BackupSettingsPanel } from './BackupSettingsPanel';
import { backupRef, placeLabel, type Backup } from './backup-place';
import { BackupTable } from './BackupTable';
import { CountsList } from './CountsList';
import { OtherFolderPanel } from './OtherFolderPanel';
import { RestoreDialog } from './RestoreDialog';
import { UndoRestorePanel } from './UndoRestorePanel';

type Running = MethodOutput<'backups.status'>['running'];

/** Progress of the backup work under way, read every half second while something runs. */
function useProgress(active: boolean): Running {
  const [running, setRunning] = useState<Running>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      api.call('backups.status', {}).then((status) => setRunning(status.running), () => undefined);
    }, 500);
    return () => clearInterval(timer);
  }, [active]);
  return active ? running : null;
}

/**
 * For the administrator (and the IT volunteer): settings, a backup now, checking and restoring a backup.
 * In recovery mode (`--recovery`) only checking, restoring and undoing: the live database is not open.
 */
export function BackupsPage({ recovery = false }: { recovery?: boolean }) {
  const settings = useLoad(() => api.call('backups.settings', {}), []);
  const [restoredMessage, setRestoredMessage] = useState<string>();
  const list = useLoad(() => api.call('backups.list', {}), []);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<Error>();
  const [drilled, setDrilled] = useState<{ backup: Backup; report: MethodOutput<'backups.drill'> }>();
  const [restoring, setRestoring] = useState<{ backup: Backup; passphrase?: string }>();
  const progress = useProgress(working);
  // The result of "Sprawdź", or what went wrong, is shown above the tables: brought into view when the button
  // was further down (a backup from another folder).
  const drilledAlert = useRef<HTMLDivElement>(null);
  const errorAlert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (drilled) drilledAlert.current?.scrollIntoView({ block: 'center' });
  }, [drilled]);
  useEffect(() => {
    if (error) errorAlert.current?.scrollIntoView({ block: 'center' });
  }, [error]);

  /** `passphrase`: typed for backups from elsewhere; otherwise the one of this computer's settings. */
  const drill = (backup: Backup, passphrase?: string) =>
    void run(
      () => api.call('backups.drill', { ...backupRef(backup), ...(passphrase ? { passphrase } : {}) }),
      (report) => setDrilled({ backup, report }),
    );

  const run = async <T,>(work: () => Promise<T>, done: (result: T) => void) => {
    setWorking(true);
    setError(undefined);
    try {
      done(await work());
      list.reload();
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Kopie zapasowe
        </Title>
        {!recovery && (
          <Button
            loading={working}
            disabled={!settings.data?.passphraseSet}
            onClick={() =>
              void run(
                () => api.call('backups.createNow', {}),
                (created) =>
                  notifications.show({
                    color: created.secondary.ok ? 'teal' : 'orange',
                    title: 'Kopia zapasowa gotowa',
                    message: created.secondary.ok ? created.fileName : `${created.fileName}. ${created.secondary.message}`,
                  }),
              )
            }
          >
            Zrób kopię teraz
          </Button>
        )}
      </Group>
      {recovery ? (
        <Alert color="orange" title="Tryb przywracania">
          Program nie otworzył bazy danych. Możesz sprawdzić kopie i przywrócić dane z wybranej; bieżące dane zostaną najpierw zachowane w
          kopii bezpieczeństwa. Do sprawdzenia i przywrócenia wpisz hasło kopii — hasło zapamiętane na tym komputerze tu nie wystarcza. Potem
          zamknij to okno i uruchom program zwykłym skrótem.
        </Alert>
      ) : (
        <Text c="dimmed">
          Program robi kopie sam: przy uruchomieniu, co 30 minut, gdy coś się zmieniło, i przy zamknięciu. Kopie są zaszyfrowane hasłem kopii.
        </Text>
      )}
      {settings.data?.undo && (
        <UndoRestorePanel
          returnsTo={settings.data.undo.returnsTo}
          working={working}
          onUndo={() =>
            void run(
              () => api.call('backups.undoRestore', { confirmation: 'COFNIJ' }),
              (undone) => {
                if (!recovery) return void api.call('auth.me', {}).catch(() => undefined);
                setRestoredMessage(`Wróciły dane z kopii bezpieczeństwa ${undone.restoredFrom}.`);
                settings.reload();
              },
            )
          }
        />
      )}
      {restoredMessage && (
        <Alert color="teal" title="Dane przywrócone" role="status">
          {restoredMessage}
        </Alert>
      )}
      {progress && (
        <Stack gap={4}>
          <Text size="sm">{progress.step}…</Text>
          <Progress value={progress.percent ?? 100} animated striped />
        </Stack>
      )}
      <div ref={errorAlert}>
        <ErrorAlert error={error ?? settings.error ?? list.error} />
      </div>
      {settings.data && !recovery && <BackupSettingsPanel settings={settings.data} onSaved={() => { settings.reload(); list.reload(); }} />}
      {drilled && (
        <Alert
          ref={drilledAlert}
          color="teal"
          title={`Kopia ${drilled.backup.fileName} jest poprawna`}
          withCloseButton
          onClose={() => setDrilled(undefined)}
        >
          Odtworzona na próbę w miejscu tymczasowym (bieżące dane bez zmian). Miejsce: {placeLabel(drilled.backup)}. Utworzona{' '}
          {formatDateTime(drilled.report.createdAt)}, wersja programu {drilled.report.programVersion}.
          <CountsList counts={drilled.report.counts} />
        </Alert>
      )}
      <BackupTable
        listing={list.data}
        working={working}
        emptyText="Nie ma jeszcze kopii"
        // In recovery mode the check needs the typed passphrase: the restore dialog asks for it first.
        onDrill={(backup) => (recovery ? setRestoring({ backup }) : drill(backup))}
        onRestore={(backup) => setRestoring({ backup })}
      />
      <OtherFolderPanel working={working} onDrill={drill} onRestore={(backup, passphrase) => setRestoring({ backup, passphrase })} />
      {restoring && (
        <RestoreDialog
          backup={restoring.backup}
          passphrase={restoring.passphrase}
          passphraseRequired={recovery}
          onClose={() => setRestoring(undefined)}
          onRestored={() => {
            if (recovery) {
              setRestoring(undefined);
              setRestoredMessage(`Przywrócono dane z kopii ${restoring.backup.fileName}. Zamknij to okno i uruchom program zwykłym skrótem.`);
              list.reload();
              settings.reload();
            } else {
              // Sessions belonged to the old data: the next call finds the session gone and shows the login screen.
              void api.call('auth.me', {}).catch(() => undefined);
            }
          }}
        />
      )}
    </Stack>
  );
}
