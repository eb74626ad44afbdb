import { useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { useLoad } from '../common/useLoad';

/** Time since the last good backup, in words read at a glance ("15 min temu", "3 godz. temu", "2 dni temu"). */
export function backupAge(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min temu`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} godz. temu`;
  return `${plural(Math.floor(hours / 24), 'dzień', 'dni', 'dni')} temu`;
}

/** The state of backups, read again every minute: the same for the administrator's banner and the others' indicator. */
export function useBackupStatus() {
  const status = useLoad(() => api.call('backups.status', {}), []);
  const interval = useInterval(status.reload, 60_000);
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, [interval]);
  return status.data;
}
