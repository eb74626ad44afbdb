import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDateTime } from '../common/format';
import { backupAge, useBackupStatus } from './backup-status';

/**
 * For the administrator, on every screen: when the last good backup was taken, and a plain warning when it is
 * older than a day, the second destination failed, or backups are not set up. The other roles cannot act on
 * it: they see BackupIndicator in the header instead.
 */
export function BackupStatusBanner() {
  const { can } = useCurrentUser();
  return can('backups.settings') ? <Banner /> : null;
}

function Banner() {
  const data = useBackupStatus();
  if (!data) return null;
  return (
    <>
      {data.warnings.length > 0 && (
        <Alert color="orange" title="Kopie zapasowe wymagają uwagi" mb="md" role="status">
          {data.warnings.map((warning) => (
            <Text key={warning} size="sm">
              {warning}
            </Text>
          ))}
          <Anchor component={Link} to="/kopie" size="sm" fw={600}>
            Przejdź do kopii zapasowych
          </Anchor>
        </Alert>
      )}
      {data.lastBackup && data.warnings.length === 0 && (
        <Text size="xs" c="dimmed" ta="right" mb="xs" aria-label="Stan kopii zapasowych">
          Ostatnia kopia zapasowa: {formatDateTime(data.lastBackup.at)} ({backupAge(data.lastBackup.at)})
        </Text>
      )}
    </>
  );
}
