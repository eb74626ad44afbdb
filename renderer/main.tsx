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
import { HashRouter } from 'react-router';
import { App } from './App';
import { AuthGate } from './auth/AuthGate';
import { theme } from './theme';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'pl', firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <HashRouter>
          <AuthGate>
            <App />
          </AuthGate>
        </HashRouter>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
