import { Grid, NumberInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { OfficeSettings } from '../../shared/contract/settings';
import { DEFAULT_CASE_REF_UNIT } from '../../shared/domain/cases';
import type { DecisionTextKey } from '../../shared/domain/decision-texts';
import { PostalCodeField } from '../common/PostalCodeField';

export type OfficeFormValues = Record<
  'gminaName' | 'officeName' | 'street' | 'houseNumber' | 'postalCode' | 'town' | 'phone' | 'email' | 'directorName' | 'directorTitle',
  string
> & { lockAfterMinutes: number; periodicAllowanceMinPercent: number; caseRefUnit: string; caseRefSymbols: Record<string, string>; decisionTexts: Partial<Record<DecisionTextKey, string>> };

export const emptyOfficeForm: OfficeFormValues = {
  gminaName: '',
  officeName: '',
  street: '',
  houseNumber: '',
  postalCode: '',
  town: '',
  phone: '',
  email: '',
  directorName: '',
  directorTitle: 'Kierownik Gminnego Ośrodka Pomocy Społecznej',
  lockAfterMinutes: 10,
  periodicAllowanceMinPercent: 50,
  caseRefUnit: DEFAULT_CASE_REF_UNIT,
  caseRefSymbols: {},
  decisionTexts: {},
};

export const toOfficeForm = (s: OfficeSettings): OfficeFormValues => ({
  gminaName: s.gminaName,
  officeName: s.officeName,
  street: s.street ?? '',
  houseNumber: s.houseNumber,
  postalCode: s.postalCode,
  town: s.town,
  phone: s.phone ?? '',
  email: s.email ?? '',
  directorName: s.directorName,
  directorTitle: s.directorTitle || emptyOfficeForm.directorTitle,
  lockAfterMinutes: s.lockAfterMinutes,
  periodicAllowanceMinPercent: s.periodicAllowanceMinPercent,
  caseRefUnit: s.caseRefUnit,
  caseRefSymbols: s.caseRefSymbols,
  decisionTexts: s.decisionTexts,
});

/**
 * The organ and the office as they appear on documents. `prefix` is the path of these values in the form
 * ("" in Settings, "office." in the first-start form).
 */
export function OfficeFields<T>({ form, prefix = '', autoFocus = false }: { form: UseFormReturnType<T>; prefix?: string; autoFocus?: boolean }) {
  const field = (name: keyof OfficeFormValues) => form.getInputProps(`${prefix}${name}`);
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label="Gmina" description="np. Sitno" withAsterisk autoFocus={autoFocus} {...field('gminaName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label="Pełna nazwa ośrodka" description="np. Gminny Ośrodek Pomocy Społecznej w Sitnie" withAsterisk {...field('officeName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Ulica" {...field('street')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput label="Nr budynku" withAsterisk {...field('houseNumber')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <PostalCodeField withAsterisk {...field('postalCode')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 2 }}>
        <TextInput label="Miejscowość" withAsterisk {...field('town')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Telefon" {...field('phone')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="E-mail" {...field('email')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput label="Kierownik — imię i nazwisko" withAsterisk {...field('directorName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <TextInput label="Stanowisko kierownika" withAsterisk {...field('directorTitle')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <NumberInput
          label="Blokada ekranu po (minutach bez pracy)"
          description="Odblokowanie wymaga hasła"
          min={1}
          max={120}
          allowDecimal={false}
          {...field('lockAfterMinutes')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <NumberInput
          label="Najniższy zasiłek okresowy (% brakującej kwoty)"
          description="50% z ustawy; rada gminy może podnieść uchwałą"
          suffix=" %"
          min={50}
          max={100}
          allowDecimal={false}
          {...field('periodicAllowanceMinPercent')}
        />
      </Grid.Col>
    </Grid>
  );
}
