import { Grid, Group, Radio, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { personInput } from '../../shared/contract/persons';
import { todayIso } from '../cases/caseText';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { validateWith } from '../common/formErrors';
import { PostalCodeField } from '../common/PostalCodeField';
import { PeselField } from './PeselField';

/** The fields of a person that the register's card and the interview's "new person" both ask for. */
export interface PersonIdentityValues {
  pesel: string;
  idDocument: string;
  birthDate: string | null;
  sex: 'F' | 'M' | null;
  acceptInvalidPeselChecksum: boolean;
  address: { locality: string; street: string; houseNumber: string; flatNumber: string; postalCode: string; postTown: string };
}

export const emptyAddress: PersonIdentityValues['address'] = { locality: '', street: '', houseNumber: '', flatNumber: '', postalCode: '', postTown: '' };

// Each form has fields of its own besides these; the shared parts read and write only the fields above.
type PersonForm = UseFormReturnType<PersonIdentityValues>;
function asPersonForm<Values extends PersonIdentityValues>(form: UseFormReturnType<Values>): PersonForm {
  return form as unknown as PersonForm;
}

/** With a PESEL the birth date and sex come from it: a date or sex typed before the PESEL is not sent. */
export function withPeselDerived<Values extends PersonIdentityValues>(values: Values): Values {
  return values.pesel.trim() === '' ? values : { ...values, birthDate: null, sex: null };
}

/** The register's own checks, and a birth date typed wrong or later than today said the way the date field says it. */
export function personFormErrors(input: PersonIdentityValues): Record<string, string> {
  const errors = validateWith(personInput, input);
  const birthDateError = dateProblem(input.birthDate, { label: 'Data urodzenia', today: todayIso() });
  if (birthDateError) errors.birthDate = birthDateError;
  return errors;
}

/** PESEL, or without one the identity document, birth date and sex (a foreigner, a newborn not yet registered). */
export function IdentityFields<Values extends PersonIdentityValues>({ form: typedForm, excludePersonId }: { form: UseFormReturnType<Values>; excludePersonId?: number }) {
  const form = asPersonForm(typedForm);
  const hasPesel = form.values.pesel.trim() !== '';
  return (
    <>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PeselField
          value={form.values.pesel}
          onChange={(value) => form.setFieldValue('pesel', value)}
          formError={form.errors.pesel as string | undefined}
          acceptInvalidChecksum={form.values.acceptInvalidPeselChecksum}
          onAcceptInvalidChecksumChange={(accept) => form.setFieldValue('acceptInvalidPeselChecksum', accept)}
          excludePersonId={excludePersonId}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Dokument tożsamości"
          description={hasPesel ? 'Nieobowiązkowy, gdy jest PESEL' : 'Seria i numer — wymagany, gdy osoba nie ma PESEL'}
          withAsterisk={!hasPesel}
          placeholder="np. ABC123456"
          {...form.getInputProps('idDocument')}
        />
      </Grid.Col>
      {!hasPesel && (
        <>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label="Data urodzenia" withAsterisk notFuture defaultLevel="decade" {...form.getInputProps('birthDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Radio.Group label="Płeć" withAsterisk {...form.getInputProps('sex')}>
              <Group mt="xs">
                <Radio value="F" label="Kobieta" />
                <Radio value="M" label="Mężczyzna" />
              </Group>
            </Radio.Group>
          </Grid.Col>
        </>
      )}
    </>
  );
}

/** The address of residence, as the post writes it. */
export function AddressFields<Values extends PersonIdentityValues>({ form: typedForm }: { form: UseFormReturnType<Values> }) {
  const form = asPersonForm(typedForm);
  return (
    <>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Miejscowość"
          withAsterisk
          {...form.getInputProps('address.locality')}
          onBlur={() => {
            // In villages the post town is often the same; offer it, the worker corrects it when not.
            if (!form.values.address.postTown) form.setFieldValue('address.postTown', form.values.address.locality);
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Ulica" placeholder="puste, gdy miejscowość nie ma ulic" {...form.getInputProps('address.street')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput label="Nr domu" withAsterisk {...form.getInputProps('address.houseNumber')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput label="Nr lokalu" {...form.getInputProps('address.flatNumber')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <PostalCodeField withAsterisk {...form.getInputProps('address.postalCode')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <TextInput label="Poczta" withAsterisk {...form.getInputProps('address.postTown')} />
      </Grid.Col>
    </>
  );
}
