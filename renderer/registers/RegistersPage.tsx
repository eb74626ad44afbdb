import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { MethodName } from '../../shared/contract';
import { useCurrentUser } from '../auth/CurrentUser';
import { CasesRegister } from './CasesRegister';
import { PaymentsRegister } from './PaymentsRegister';
import { PersonsRegister } from './PersonsRegister';

const registers: { key: string; label: string; requires: MethodName; element: React.ReactNode }[] = [
  { key: 'osoby', label: 'Osoby', requires: 'registers.persons', element: <PersonsRegister /> },
  { key: 'sprawy', label: 'Sprawy', requires: 'registers.cases', element: <CasesRegister /> },
  { key: 'wyplaty', label: 'Wypłaty', requires: 'registers.payments', element: <PaymentsRegister /> },
];

/** "Rejestry": the registers a role may read, each filtered, printed and exported; the chosen one lives in the address. */
export function RegistersPage() {
  const { can } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const shown = registers.filter((register) => can(register.requires));
  const active = shown.find((register) => register.key === params.get('rejestr')) ?? shown[0];
  return (
    <Stack gap="md" maw={1400}>
      <Title order={1} size="h2">
        Rejestry
      </Title>
      {active ? (
        <Tabs value={active.key} onChange={(value) => value && setParams({ rejestr: value }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {shown.map((register) => (
              <Tabs.Tab key={register.key} value={register.key} fz="md">
                {register.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {shown.map((register) => (
            <Tabs.Panel key={register.key} value={register.key} pt="md">
              <Stack gap="md">{register.element}</Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <Text>Żaden rejestr nie jest dostępny dla Twojej roli.</Text>
      )}
    </Stack>
  );
}
