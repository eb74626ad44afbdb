import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { paymentSettingsInput, type PaymentSettings } from '../../shared/contract/payments';
import { benefitKinds, benefitKindKeys } from '../../shared/domain/cases';
import { benefitWording } from '../../shared/domain/decisions';
import { formatNrb } from '../../shared/domain/nrb';
import { bankFileVariants, budgetClassifications, type BankFileVariant } from '../../shared/domain/payment-settings';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { issuesToFormErrors, validateWith } from '../common/formErrors';
import { useLeaveGuard } from '../common/LeaveGuard';

type Values = Omit<PaymentSettings, 'configured'>;

/** The payer on lists and bank files, the bank file's variant and the budget classification per benefit. */
export function PaymentSettingsPanel({ settings, onSaved }: { settings: PaymentSettings; onSaved: (settings: PaymentSettings) => void }) {
  const form = useForm<Values>({
    initialValues: { ...settings, payerAccount: settings.payerAccount ? formatNrb(settings.payerAccount) : '' },
    validate: (values) => validateWith(paymentSettingsInput, values),
  });
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState(false);
  useLeaveGuard(form.isDirty());

  const save = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const result = await api.call('payments.updateSettings', values);
      form.setInitialValues({ ...result, payerAccount: formatNrb(result.payerAccount) });
      form.reset();
      setSaved(true);
      onSaved(result);
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues?.length) form.setErrors(issuesToFormErrors(failure.issues));
      else setError(failure as Error);
    }
  });

  const moneyBenefits = benefitKindKeys.filter((benefit) => benefitWording[benefit].money !== null);
  return (
    <form onSubmit={save} aria-label="Ustawienia wypłat">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Ustawienia wypłat
        </Title>
        <SimpleGrid cols={2}>
          <TextInput label="Płatnik (nazwa ośrodka)" {...form.getInputProps('payerName')} />
          <TextInput label="Adres płatnika" {...form.getInputProps('payerAddress')} />
          <TextInput label="Rachunek ośrodka (NRB)" {...form.getInputProps('payerAccount')} />
          <TextInput label="Bank ośrodka" {...form.getInputProps('bankName')} />
          <Select
            label="Plik dla banku (Elixir-O)"
            data={(Object.keys(bankFileVariants) as BankFileVariant[]).map((key) => ({ value: key, label: bankFileVariants[key] }))}
            allowDeselect={false}
            {...form.getInputProps('bankFileVariant')}
          />
          <NumberInput label="Zwykły dzień wypłaty w miesiącu" min={1} max={28} {...form.getInputProps('defaultPayDay')} />
        </SimpleGrid>
        <Text fw={600}>Klasyfikacja budżetowa (dział 852)</Text>
        <SimpleGrid cols={2}>
          {moneyBenefits.map((benefit) => (
            <Select
              key={benefit}
              label={benefitKinds[benefit].label}
              data={Object.entries(budgetClassifications).map(([code, name]) => ({ value: code, label: `${code} — ${name}` }))}
              allowDeselect={false}
              {...form.getInputProps(`classifications.${benefit}`)}
            />
          ))}
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit">Zapisz ustawienia wypłat</Button>
          {saved && !form.isDirty() && <Text c="teal.8">Zapisano.</Text>}
        </Group>
      </Stack>
    </form>
  );
}
