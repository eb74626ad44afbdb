import { Button, Center, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CurrentUser } from '../../shared/contract/auth';
import { SetupPage } from '../auth/SetupPage';
import { JoinPage } from './JoinPage';

/**
 * First start: is this the PC that holds the office's register (the setup as before), or another PC that joins it?
 * After joining, the program starts again as a PC of that office: its login screen, its accounts.
 */
export function FirstStartPage({ onSetUp }: { onSetUp: (token: string, user: CurrentUser) => void }) {
  const [choice, setChoice] = useState<'main' | 'join' | null>(null);
  if (choice === 'main') return <SetupPage onDone={onSetUp} />;
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      {choice === 'join' ? (
        <JoinPage onJoined={() => window.location.reload()} onBack={() => setChoice(null)} />
      ) : (
        <Paper withBorder shadow="sm" p="xl" maw={920} w="100%">
          <Stack>
            <div>
              <Title order={1} c="teal.8">
                Ostoja — pierwsze uruchomienie
              </Title>
              <Text c="dimmed">W biurze jeden komputer przechowuje rejestr; pozostałe łączą się z nim przez sieć biura.</Text>
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Paper withBorder p="md">
                <Stack h="100%" justify="space-between">
                  <Text size="sm">
                    Ten komputer przechowuje bazę danych i kopie zapasowe ośrodka. Wybierz także wtedy, gdy program działa tylko na
                    jednym komputerze.
                  </Text>
                  <Button size="md" onClick={() => setChoice('main')}>
                    To jest stanowisko główne
                  </Button>
                </Stack>
              </Paper>
              <Paper withBorder p="md">
                <Stack h="100%" justify="space-between">
                  <Text size="sm">
                    Stanowisko główne już działa w biurze. Będą potrzebne jego adres i kod parowania z ekranu „Sieć biura”.
                  </Text>
                  <Button size="md" variant="light" onClick={() => setChoice('join')}>
                    Dołącz do stanowiska głównego
                  </Button>
                </Stack>
              </Paper>
            </SimpleGrid>
          </Stack>
        </Paper>
      )}
    </Center>
  );
}
