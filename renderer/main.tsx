import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'mantine-datatable/styles.css';
import './styles.css';
import 'dayjs/locale/pl';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { AuthGate } from './auth/AuthGate';
import { LeaveGuardProvider } from './common/LeaveGuard';
import { ConnectionBanner } from './office/ConnectionBanner';
import { theme } from './theme';

/**
 * A data router (on the address's #, as before): it is what lets a form with unsaved changes ask before any
 * navigation, the browser's Back included (renderer/common/LeaveGuard.tsx). The screens' own routes are in App.
 */
const router = createHashRouter([
  {
    path: '*',
    element: (
      <AuthGate>
        <LeaveGuardProvider>
          <App />
        </LeaveGuardProvider>
      </AuthGate>
    ),
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'pl', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <ConnectionBanner />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
