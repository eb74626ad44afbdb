import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paymentDate } from '../../shared/domain/calendar';
import type { PaymentMethod } from '../../shared/domain/decisions';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { DateField } from '../common/DateField';
import { ErrorAlert } from '../common/ErrorAlert';
import { methodLabels } from './paymentText';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month's usual pay day, or today when it has passed (a list is paid out from now on). */
function defaultPayOn(month: string, payDay: number): string {
  const usual = paymentDate(month, payDay);
  return usual < todayIso() ? todayIso() : usual;
}

/** The monthly run: a month, a method and the pay day → the draft list of everything payable. */
export function PrepareListForm({ initialMonth, defaultPayDay, onMonthChange }: { initialMonth: string; defaultPayDay: number; onMonthChange: (month: string) => void }) {
  const navigate = useNavigate();
  const [month, setMonth] = useState(initialMonth);
  const [method, setMethod] = useState<PaymentMethod>('transfer');
  const [payOn, setPayOn] = useState<string | null>(defaultPayOn(initialMonth, defaultPayDay));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const monthOk = MONTH.test(month);

  const changeMonth = (value: string) => {
    setMonth(value);
    if (MONTH.test(value)) {
      setPayOn(defaultPayOn(value, defaultPayDay));
      onMonthChange(value);
    }
  };

  const prepare = async () => {
    if (!monthOk || !payOn) return;
    setBusy(true);
    setError(undefined);
    try {
      const list = await api.call('payments.prepare', { month, method, payOn });
      void navigate(`/wyplaty/${list.id}`, { state: { problems: list.problems } });
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Przygotuj listę wypłat">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Przygotuj listę wypłat
        </Title>
        <Text c="dimmed" size="sm">
          Na listę trafia wszystko, co w tym miesiącu można wypłacić z podpisanych i wykonalnych decyzji, oraz miesiące pozostawione wcześniej bez wypłaty.
        </Text>
        <Group align="flex-end" gap="md">
          <TextInput label="Miesiąc (RRRR-MM)" value={month} onChange={(event) => changeMonth(event.currentTarget.value.trim())} error={monthOk ? undefined : 'Miesiąc ma postać RRRR-MM, np. 2026-03.'} w={170} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Sposób wypłaty
            </Text>
            <SegmentedControl
              value={method}
              onChange={(value) => setMethod(value as PaymentMethod)}
              data={(Object.keys(methodLabels) as PaymentMethod[]).map((key) => ({ value: key, label: methodLabels[key] }))}
              aria-label="Sposób wypłaty"
            />
          </Stack>
          <DateField label="Dzień wypłaty" value={payOn} onChange={setPayOn} w={170} />
          <Button onClick={() => void prepare()} loading={busy} disabled={!monthOk || !payOn}>
            Przygotuj projekt listy
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
