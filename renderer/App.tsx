import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import type { MethodName } from '../shared/contract';
import { AuditPage } from './audit/AuditPage';
import { BackupIndicator } from './backups/BackupIndicator';
import { BackupStatusBanner } from './backups/BackupStatusBanner';
import { BackupsPage } from './backups/BackupsPage';
import { RestoreNotice } from './backups/RestoreNotice';
import { useCurrentUser } from './auth/CurrentUser';
import { ScreenGate } from './auth/ScreenGate';
import { UserMenu } from './auth/UserMenu';
import { CasePage } from './cases/CasePage';
import { CasesPage } from './cases/CasesPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { InterviewPage } from './cases/InterviewPage';
import { NewCasePage } from './cases/NewCasePage';
import { DecisionPage } from './decisions/DecisionPage';
import { DecisionsRegisterPage } from './decisions/DecisionsRegisterPage';
import { PaymentListPage } from './payments/PaymentListPage';
import { PaymentsPage } from './payments/PaymentsPage';
import { Mrpips03Page } from './reports/Mrpips03Page';
import { RegistersPage } from './registers/RegistersPage';
import { EligibilityReviewPage } from './eligibility/EligibilityReviewPage';
import { WorklistPage } from './worklist/WorklistPage';
import { PersonEditPage } from './persons/PersonEditPage';
import { PersonPage } from './persons/PersonPage';
import { HouseholdsPage } from './persons/HouseholdsPage';
import { PersonsPage } from './persons/PersonsPage';
import { LegalParametersPage } from './parameters/LegalParametersPage';
import { OfficeHeader } from './settings/OfficeHeader';
import { OfficeSettingsPage } from './settings/OfficeSettingsPage';
import { OfficeNetworkPage } from './office/OfficeNetworkPage';
import { AccountChangesNotice } from './users/AccountChangesNotice';
import { UsersPage } from './users/UsersPage';

/** The areas of the program; each is shown only to users whose role allows its main method. */
const areas: { path: string; label: string; description: string; requires: MethodName; element: React.ReactNode }[] = [
  // The director's first screen (only the director and the deputy may open it, so it is first for them alone).
  { path: '/pulpit', label: 'Pulpit', description: 'Miesiąc i rok w skrócie', requires: 'dashboard.overview', element: <DashboardPage /> },
  { path: '/do-zrobienia', label: 'Do zrobienia', description: 'Terminy wywiadów i decyzji', requires: 'worklist.get', element: <WorklistPage /> },
  { path: '/sprawy', label: 'Sprawy', description: 'Wnioski, wywiady, wyliczenia', requires: 'cases.list', element: <CasesPage /> },
  { path: '/rejestr-decyzji', label: 'Rejestr decyzji', description: 'Decyzje roku, wydruk, eksport', requires: 'decisions.register', element: <DecisionsRegisterPage /> },
  { path: '/wyplaty', label: 'Wypłaty', description: 'Listy wypłat, przelewy, zestawienia', requires: 'payments.lists', element: <PaymentsPage /> },
  { path: '/mrpips-03', label: 'Sprawozdanie MRPiPS-03', description: 'Dla wojewody: półrocze i rok', requires: 'reports.mrpips03', element: <Mrpips03Page /> },
  { path: '/rejestry', label: 'Rejestry', description: 'Osoby, sprawy, wypłaty: wydruk i Excel', requires: 'registers.persons', element: <RegistersPage /> },
  { path: '/osoby', label: 'Osoby i gospodarstwa', description: 'Rejestr osób', requires: 'persons.search', element: <PersonsPage /> },
  { path: '/gospodarstwa', label: 'Gospodarstwa domowe', description: 'Składy gospodarstw', requires: 'households.list', element: <HouseholdsPage /> },
  { path: '/przeglad-uprawnien', label: 'Przegląd uprawnień', description: 'Wszystkie otwarte sprawy', requires: 'cases.eligibilityReview', element: <EligibilityReviewPage /> },
  { path: '/kwoty', label: 'Kryteria i kwoty', description: 'Progi dochodowe z datami', requires: 'legalParameters.list', element: <LegalParametersPage /> },
  { path: '/dziennik', label: 'Dziennik zdarzeń', description: 'Kto, co i kiedy', requires: 'audit.list', element: <AuditPage /> },
  { path: '/kopie', label: 'Kopie zapasowe', description: 'Kopie, sprawdzanie, przywracanie', requires: 'backups.settings', element: <BackupsPage /> },
  { path: '/siec-biura', label: 'Sieć biura', description: 'Inne komputery biura', requires: 'office.status', element: <OfficeNetworkPage /> },
  { path: '/uzytkownicy', label: 'Użytkownicy', description: 'Konta i role', requires: 'users.list', element: <UsersPage /> },
  { path: '/ustawienia', label: 'Dane urzędu', description: 'Gmina, ośrodek, kierownik', requires: 'settings.getOffice', element: <OfficeSettingsPage /> },
];

/** Screens reached from the areas: a record, a form. */
const screens: { path: string; requires: MethodName; element: React.ReactNode }[] = [
  { path: '/osoby/nowa', requires: 'persons.create', element: <PersonEditPage /> },
  { path: '/osoby/:id', requires: 'persons.get', element: <PersonPage /> },
  { path: '/osoby/:id/edycja', requires: 'persons.update', element: <PersonEditPage /> },
  { path: '/sprawy/nowa', requires: 'cases.create', element: <NewCasePage /> },
  { path: '/sprawy/:id', requires: 'cases.get', element: <CasePage /> },
  { path: '/sprawy/:id/wywiad', requires: 'interviews.save', element: <InterviewPage /> },
  { path: '/decyzje/:id', requires: 'decisions.get', element: <DecisionPage /> },
  { path: '/wyplaty/:id', requires: 'payments.getList', element: <PaymentListPage /> },
];

export function App() {
  const location = useLocation();
  const { can } = useCurrentUser();
  const visible = areas.filter((area) => can(area.requires));
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 260, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={2} c="teal.8">
              Ostoja
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              pomoc społeczna
            </Text>
          </Group>
          <Group gap="lg" wrap="nowrap">
            <BackupIndicator />
            <OfficeHeader />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Obszary programu">
        {visible.map((area) => (
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
        <BackupStatusBanner />
        <RestoreNotice />
        <AccountChangesNotice />
        <Routes>
          <Route path="/" element={<Navigate to={visible[0]?.path ?? '/ustawienia'} replace />} />
          {/* Every address is known; one the role may not open says so (ScreenGate) instead of vanishing. */}
          {[...areas, ...screens].map((screen) => (
            <Route key={screen.path} path={screen.path} element={<ScreenGate requires={screen.requires}>{screen.element}</ScreenGate>} />
          ))}
          <Route path="*" element={<Navigate to={visible[0]?.path ?? '/ustawienia'} replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
