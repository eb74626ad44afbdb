import { Grid, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { LegalParameterRowOut } from '../../shared/contract/legal-parameters';
import { legalParameterLabels } from '../../shared/domain/legal-parameters';
import { formatAmount, parseMoney } from '../../shared/domain/money';
import { api } from '../api';
import { issuesToFormErrors } from '../common/formErrors';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { DialogFooter } from '../common/DialogFooter';
import { useLeaveGuard } from '../common/LeaveGuard';

const amountFields = ['singleThreshold', 'perPersonThreshold', 'permanentAllowanceMax', 'permanentAllowanceMin', 'hectareAmount', 'periodicAllowanceMinimum'] as const;
type AmountField = (typeof amountFields)[number];
type Values = Record<AmountField, string> & { validFrom: string | null; permanentAllowanceThresholdPercent: number | string; source: string };

/** New figures from a given day, typed in złoty ("1 010,00"); the latest row is offered as the starting point. */
export function AddParametersDialog({ latest, onClose, onSaved }: { latest: LegalParameterRowOut | undefined; onClose: () => void; onSaved: () => void }) {
  const [error, setError] = useState<Error>();
  const form = useForm<Values>({
    initialValues: {
      validFrom: null,
      ...(Object.fromEntries(amountFields.map((field) => [field, latest ? formatAmount(latest[field]) : ''])) as Record<AmountField, string>),
      permanentAllowanceThresholdPercent: latest?.permanentAllowanceThresholdPercent ?? 130,
      source: '',
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const dateError = values.validFrom
        ? dateProblem(values.validFrom)
        : 'Podaj dzień, od którego obowiązują kwoty.';
      if (dateError) errors.validFrom = dateError;
      for (const field of amountFields) {
        const parsed = parseMoney(values[field]);
        if (!parsed.ok) errors[field] = parsed.message;
      }
      if (!values.source.trim()) errors.source = 'Podaj podstawę prawną (np. Dz.U. 2024 poz. 1044).';
      return errors;
    },
  });

  useLeaveGuard(form.isDirty());

  const save = async (values: Values) => {
    setError(undefined);
    const amounts = Object.fromEntries(amountFields.map((field) => [field, (parseMoney(values[field]) as { grosze: number }).grosze]));
    try {
      await api.call('legalParameters.add', {
        validFrom: values.validFrom!,
        ...(amounts as Record<AmountField, number>),
        permanentAllowanceThresholdPercent: Number(values.permanentAllowanceThresholdPercent),
        source: values.source,
      });
      onSaved();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Nowe kryteria i kwoty" size="xl" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Wpisz kwoty z nowego rozporządzenia. Obliczenia za miesiące od tego dnia użyją nowych kwot; wcześniejsze miesiące — dotychczasowych.
          </Text>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label="Obowiązują od dnia" withAsterisk data-autofocus {...form.getInputProps('validFrom')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label="Podstawa prawna" placeholder="np. Dz.U. 2027 poz. 1234" withAsterisk {...form.getInputProps('source')} />
            </Grid.Col>
            {amountFields.map((field) => (
              <Grid.Col key={field} span={{ base: 12, sm: 6 }}>
                <TextInput label={legalParameterLabels[field]} rightSection="zł" withAsterisk {...form.getInputProps(field)} />
              </Grid.Col>
            ))}
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label={legalParameterLabels.permanentAllowanceThresholdPercent} suffix=" %" min={100} max={200} allowDecimal={false} {...form.getInputProps('permanentAllowanceThresholdPercent')} />
            </Grid.Col>
          </Grid>
          <DialogFooter error={error} submitLabel="Zapisz kwoty" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
