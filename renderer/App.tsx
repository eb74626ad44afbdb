import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { Navigate, Route, Routes, useLocation, Link } from 'react-router';
import { PersonsPage } from './persons/PersonsPage';
import { PersonPage } from './persons/PersonPage';
import { PersonEditPage } from './persons/PersonEditPage';
import { OfficeSettingsPage } from './settings/OfficeSettingsPage';
import { OfficeHeader } from './settings/OfficeHeader';

const areas = [
  { path: '/osoby', label: 'Osoby i gospodarstwa', description: 'Rejestr osób' },
  { path: '/ustawienia', label: 'Dane urzędu', description: 'Gmina, ośrodek, kierownik' },
];

export function App() {
  const location = useLocation();
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 260, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={2} c="teal.8">
              Ostoja
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="xs">
              pomoc społeczna
            </Text>
          </Group>
          <OfficeHeader />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Obszary programu">
        {areas.map((area) => (
          <NavLink
            key={area.path}
            component={Link}
            to={area.path}
            label={area.label}
            description={area.description}
            active={location.pathname.startsWith(area.path)}
            variant="filled"
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<Navigate to="/osoby" replace />} />
          <Route path="/osoby" element={<PersonsPage />} />
          <Route path="/osoby/nowa" element={<PersonEditPage />} />
          <Route path="/osoby/:id" element={<PersonPage />} />
          <Route path="/osoby/:id/edycja" element={<PersonEditPage />} />
          <Route path="/ustawienia" element={<OfficeSettingsPage />} />
          <Route path="*" element={<Navigate to="/osoby" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
