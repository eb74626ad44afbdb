import { Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { api } from '../api';
import { useLoad } from '../common/useLoad';

/** The office's name in the header; read again when leaving the settings screen. */
export function OfficeHeader() {
  const location = useLocation();
  const settings = useLoad(() => api.call('settings.getOffice', {}), [location.pathname === '/ustawienia']);
  if (!settings.data?.configured) return null;
  return (
    <Text size="sm" ta="right" lh={1.3} visibleFrom="sm">
      {settings.data.officeName}
      <br />
      <Text span c="dimmed" size="sm">
        Gmina {settings.data.gminaName}
      </Text>
    </Text>
  );
}
