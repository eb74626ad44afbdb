import { Text, Tooltip } from '@mantine/core';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDateTime } from '../common/format';
import { backupAge, useBackupStatus } from './backup-status';

/**
 * For everyone but the administrator: a small line in the header, "Kopia: 2 dni temu", orange when backups need
 * attention; the tooltip (on hover or keyboard focus) tells the time and what is wrong, to pass on.
 */
export function BackupIndicator() {
  const { can } = useCurrentUser();
  return can('backups.settings') ? null : <Indicator />;
}

function Indicator() {
  const data = useBackupStatus();
  if (!data) return null;
  const attention = data.warnings.length > 0;
  const details = [
    data.lastBackup ? `Ostatnia kopia zapasowa: ${formatDateTime(data.lastBackup.at)}.` : 'Nie ma jeszcze żadnej kopii zapasowej.',
    ...data.warnings.filter((warning) => !warning.startsWith('Nie ma jeszcze')),
    ...(attention ? ['Powiedz o tym administratorowi.'] : []),
  ];
  return (
    <Tooltip label={details.join(' ')} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Text size="sm" c={attention ? 'orange.8' : 'dimmed'} fw={attention ? 600 : 400} tabIndex={0} aria-label={`Kopia zapasowa. ${details.join(' ')}`} style={{ whiteSpace: 'nowrap' }}>
        Kopia: {data.lastBackup ? backupAge(data.lastBackup.at) : 'brak'}
      </Text>
    </Tooltip>
  );
}
