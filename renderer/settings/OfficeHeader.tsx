import { Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { api } from '../api';
import { useLoad } from '../common/useLoad';

/** The office's name in the header, or a nudge to fill it in. Reloads when leaving the settings screen. */
export function OfficeHeader() {
  const location = useLocation();
  const settings = useLoad(() => api.call('settings.getOffice', {}), [location.pathname === '/ustawienia']);
  if (!settings.data) return null;
  if (!settings.data.configured) {
    return (
      <Anchor component={Link} to="/ustawienia" c="orange.8" fw={600}>
        Uzupełnij dane urzędu
      </Anchor>
    );
  }
  return (
    <Text size="sm" ta="right" lh={1.3}>
      {settings.data.officeName}
      <br />
      <Text span c="dimmed" size="sm">
        Gmina {settings.data.gminaName}
      </Text>
    </Text>
  );
}
