import { Button, Checkbox, Grid, Group, Kbd, NumberInput, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { Decision } from '../../shared/contract/decisions';
import { paymentMethodKeys, type PaymentMethod } from '../../shared/domain/decisions';
import { api } from '../api';
import { submitOnEnter } from '../cases/submitKeys';
import { MoneyInput } from '../cases/MoneyInput';
import { DateField } from '../common/DateField';
import { issuesToFormErrors } from '../common/formErrors';
import { useLeaveGuard } from '../common/LeaveGuard';
import { PartyAccountField } from './PartyAccountField';
import { draftSections, fieldErrors, toDecisionFields, toDraftValues, type DraftValues } from './draftForm';

const paymentLabels: Record<PaymentMethod, string> = { transfer: 'przelew na rachunek', cash: 'w kasie ośrodka', postalOrder: 'przekaz pocztowy' };

interface Props {
  decision: Decision;
  onSaved: (decision: Decision) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** What the worker decides in a draft; figures of the computation are shown above and never typed here. */
export function DecisionDraftForm({ decision, onSaved, onDirtyChange }: Props) {
  const sections = draftSections(decision.kind, decision.benefit);
  const [error, setError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const form = useForm<DraftValues>({ initialValues: toDraftValues(decision.fields) });
  const dirty = form.isDirty();
  useLeaveGuard(dirty);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const values = form.values;

  const save = async () => {
    setError(undefined);
    const { fields, errors } = toDecisionFields(form.values, sections);
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      setError(new Error('Popraw zaznaczone pola.'));
      return;
    }
    setSaving(true);
    try {
      const saved = await api.call('decisions.updateDraft', { id: decision.id, version: decision.version, fields });
      const next = toDraftValues(saved.fields);
      form.setValues(next);
      form.resetDirty(next);
      onSaved(saved);
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(fieldErrors(issuesToFormErrors(failure.issues)));
      setError(failure as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={submitOnEnter}
      noValidate
      aria-label="Projekt decyzji"
    >
      <Stack gap="md">
        {(sections.periodFrom || sections.payment || sections.amount || sections.purpose) && (
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="md">
              Rozstrzygnięcie
            </Title>
            <Grid gutter="md">
              {sections.periodFrom && (
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <DateField
                    label={decision.kind === 'grant' ? 'Od dnia' : 'Działa od dnia'}
                    description={decision.kind === 'grant' ? 'najwcześniej dzień złożenia wniosku' : 'tylko na przyszłość'}
                    {...form.getInputProps('periodFrom')}
                  />
                </Grid.Col>
              )}
              {sections.periodUntil && (
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <DateField
                    label="Do dnia (ostatni dzień)"
                    description={sections.indefinite ? 'puste przy czasie nieokreślonym' : 'koniec okresu świadczenia'}
                    disabled={sections.indefinite && values.indefinite}
                    {...form.getInputProps('periodUntil')}
                  />
                </Grid.Col>
              )}
              {sections.indefinite && (
                <Grid.Col span={{ base: 12, sm: 4 }} style={{ display: 'flex', alignItems: 'center' }}>
                  <Checkbox size="md" label="na czas nieokreślony" {...form.getInputProps('indefinite', { type: 'checkbox' })} />
                </Grid.Col>
              )}
              {sections.amount && (
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <MoneyInput
                    label={decision.benefit === 'funeral' ? 'Koszt pogrzebu' : 'Kwota'}
                    withAsterisk
                    {...form.getInputProps('amount')}
                    value={values.amount}
                    onChange={(next) => form.setFieldValue('amount', next)}
                  />
                </Grid.Col>
              )}
              {sections.purpose && (
                <Grid.Col span={12}>
                  <TextInput
                    label={decision.benefit === 'funeral' ? 'Zakres (np. zakup trumny, miejsce na cmentarzu)' : sections.amount ? 'Przeznaczenie' : 'Zakres pomocy'}
                    placeholder={sections.amount ? 'np. zakup opału na zimę' : 'np. jeden gorący posiłek dziennie'}
                    maxLength={500}
                    {...form.getInputProps('purpose')}
                  />
                </Grid.Col>
              )}
              {sections.payment && (
                <>
                  <Grid.Col span={12}>
                    <Radio.Group label="Sposób wypłaty" withAsterisk {...form.getInputProps('paymentMethod')}>
                      <Group gap="xl" mt="xs">
                        {paymentMethodKeys.map((method) => (
                          <Radio key={method} value={method} label={paymentLabels[method]} size="md" />
                        ))}
                      </Group>
                    </Radio.Group>
                  </Grid.Col>
                  {values.paymentMethod === 'transfer' && (
                    <Grid.Col span={{ base: 12, sm: 8 }}>
                      <PartyAccountField personId={decision.partyPersonId} inputProps={form.getInputProps('bankAccount')} value={values.bankAccount} onChange={(nrb) => form.setFieldValue('bankAccount', nrb)} />
                    </Grid.Col>
                  )}
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <NumberInput label="Dzień wypłaty (1–28)" min={1} max={28} allowDecimal={false} {...form.getInputProps('payDay')} />
                  </Grid.Col>
                </>
              )}
            </Grid>
          </Paper>
        )}

        {sections.careServices && (
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="md">
              Usługi opiekuńcze
            </Title>
            <Grid gutter="md">
              <Grid.Col span={12}>
                <Textarea label="Zakres usług" autosize minRows={2} maxLength={1000} withAsterisk {...form.getInputProps('careServices.scope')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NumberInput label="Godzin tygodniowo" min={0.5} max={168} step={0.5} decimalSeparator="," {...form.getInputProps('careServices.hoursPerWeek')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <MoneyInput
                  label="Koszt jednej godziny"
                  {...form.getInputProps('careServices.hourlyCost')}
                  value={values.careServices.hourlyCost}
                  onChange={(next) => form.setFieldValue('careServices.hourlyCost', next)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NumberInput label="Odpłatność (% kosztu godziny)" suffix=" %" min={0} max={100} allowDecimal={false} {...form.getInputProps('careServices.feePercent')} />
              </Grid.Col>
            </Grid>
          </Paper>
        )}

        {sections.careHome && (
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="md">
              Dom pomocy społecznej
            </Title>
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Nazwa domu" maxLength={300} withAsterisk {...form.getInputProps('careHome.homeName')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Adres domu" maxLength={300} withAsterisk {...form.getInputProps('careHome.homeAddress')} />
              </Grid.Col>
            </Grid>
          </Paper>
        )}

        <Paper withBorder p="lg">
          <Title order={2} size="h3" mb="md">
            Uzasadnienie
          </Title>
          <Stack gap="md">
            <Textarea
              label="Uzasadnienie faktyczne"
              description="Ustalenia z wywiadu własnymi słowami; wyliczenie i podstawę prawną program dopisze sam"
              autosize
              minRows={5}
              maxRows={16}
              maxLength={20_000}
              disabled={sections.omitReasons && values.omitReasons}
              {...form.getInputProps('factualReasons')}
            />
            {sections.omitReasons && (
              <Checkbox
                size="md"
                label="Pomiń uzasadnienie (art. 107 § 4 k.p.a.)"
                description="tylko gdy decyzja uwzględnia żądanie strony w całości"
                {...form.getInputProps('omitReasons', { type: 'checkbox' })}
              />
            )}
            <Checkbox
              size="md"
              label="Rygor natychmiastowej wykonalności (art. 108 § 1 k.p.a.)"
              {...form.getInputProps('immediate', { type: 'checkbox' })}
            />
            {values.immediate && (
              <Textarea
                label="Dlaczego decyzja ma być wykonana natychmiast"
                placeholder="np. strona pozostaje bez środków do życia"
                autosize
                minRows={2}
                maxLength={1000}
                withAsterisk
                {...form.getInputProps('immediateEnforceabilityReason')}
              />
            )}
          </Stack>
        </Paper>

        {error && (
          <Text c="red.8" role="alert" fw={600}>
            Nie zapisano: {error.message}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
            Zapisz projekt
          </Button>
          {dirty && <Text c="orange.8">Są niezapisane zmiany.</Text>}
        </Group>
      </Stack>
    </form>
  );
}
