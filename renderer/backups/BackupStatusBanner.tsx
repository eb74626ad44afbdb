import { Alert, Anchor, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';

/** Hours and minutes since the last good backup, in words a person reads at a glance. */
function age(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min temu`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} godz. temu`;
  return `${plural(Math.floor(hours / 24), 'dzień', 'dni', 'dni')} temu`;
}

/**
 * On every screen: when the last good backup was taken, and a plain warning when it is older than a day,
 * the second destination failed, or backups are not set up.
 */
export function BackupStatusBanner() {
  const { can } = useCurrentUser();
  const status = useLoad(() => api.call('backups.status', {}), []);
  const interval = useInterval(status.reload, 60_000);
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, [interval]);
  const data = status.data;
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
          {can('backups.settings') && (
            <Anchor component={Link} to="/kopie" size="sm" fw={600}>
              Przejdź do kopii zapasowych
            </Anchor>
          )}
        </Alert>
      )}
      {data.lastBackup && data.warnings.length === 0 && (
        <Text size="xs" c="dimmed" ta="right" mb="xs" aria-label="Stan kopii zapasowych">
          Ostatnia kopia zapasowa: {formatDateTime(data.lastBackup.at)} ({age(data.lastBackup.at)})
        </Text>
      )}
    </>
  );
}
