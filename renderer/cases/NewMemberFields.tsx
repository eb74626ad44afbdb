import { Checkbox, Grid, Group, Radio, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { personInput } from '../../shared/contract/persons';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { validateWith } from '../common/formErrors';
import { PostalCodeField } from '../common/PostalCodeField';
import { PeselField } from '../persons/PeselField';
import { todayIso } from './caseText';

export interface NewMemberValues {
  firstName: string;
  lastName: string;
  pesel: string;
  idDocument: string;
  birthDate: string | null;
  sex: 'F' | 'M' | null;
  acceptInvalidPeselChecksum: boolean;
  /** Lives at the applicant's address (the usual case): the address fields stay hidden. */
  sameAddress: boolean;
  address: { locality: string; street: string; houseNumber: string; flatNumber: string; postalCode: string; postTown: string };
}

export const emptyNewMember: NewMemberValues = {
  firstName: '',
  lastName: '',
  pesel: '',
  idDocument: '',
  birthDate: null,
  sex: null,
  acceptInvalidPeselChecksum: false,
  sameAddress: true,
  address: { locality: '', street: '', houseNumber: '', flatNumber: '', postalCode: '', postTown: '' },
};

/** What persons.create receives: with a PESEL the birth date and sex come from it. */
export function newMemberInput(values: NewMemberValues) {
  const { sameAddress: _sameAddress, ...person } = values;
  return person.pesel.trim() === '' ? person : { ...person, birthDate: null, sex: null };
}

/** The register's own checks, and a birth date said the way the date field says it. */
export function validateNewMember(values: NewMemberValues): Record<string, string> {
  const input = newMemberInput(values);
  const errors = validateWith(personInput, input);
  const birthDateError = dateProblem(input.birthDate, { label: 'Data urodzenia', today: todayIso() });
  if (birthDateError) errors.birthDate = birthDateError;
  return errors;
}

/**
 * A person not yet in the register, typed inside the interview: name, PESEL (or document, birth date and sex) and,
 * unless they live with the applicant, the address. The register's full form (phone, etc.) stays on the card.
 */
export function NewMemberFields({ form, applicantAddress }: { form: UseFormReturnType<NewMemberValues>; applicantAddress: string }) {
  const hasPesel = form.values.pesel.trim() !== '';
  return (
    <Grid gutter="sm">
      <Grid.Col span={6}>
        <TextInput label="Imię" withAsterisk data-autofocus {...form.getInputProps('firstName')} />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextInput label="Nazwisko" withAsterisk {...form.getInputProps('lastName')} />
      </Grid.Col>
      <Grid.Col span={6}>
        <PeselField
          value={form.values.pesel}
          onChange={(value) => form.setFieldValue('pesel', value)}
          formError={form.errors.pesel as string | undefined}
          acceptInvalidChecksum={form.values.acceptInvalidPeselChecksum}
          onAcceptInvalidChecksumChange={(accept) => form.setFieldValue('acceptInvalidPeselChecksum', accept)}
        />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextInput
          label="Dokument tożsamości"
          description={hasPesel ? 'Nieobowiązkowy, gdy jest PESEL' : 'Wymagany, gdy osoba nie ma PESEL'}
          withAsterisk={!hasPesel}
          {...form.getInputProps('idDocument')}
        />
      </Grid.Col>
      {!hasPesel && (
        <>
          <Grid.Col span={6}>
            <DateField label="Data urodzenia" withAsterisk notFuture defaultLevel="decade" {...form.getInputProps('birthDate')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Radio.Group label="Płeć" withAsterisk {...form.getInputProps('sex')}>
              <Group mt="xs">
                <Radio value="F" label="Kobieta" />
                <Radio value="M" label="Mężczyzna" />
              </Group>
            </Radio.Group>
          </Grid.Col>
        </>
      )}
      <Grid.Col span={12}>
        <Checkbox
          label={
            <Text size="sm" span>
              Mieszka pod adresem wnioskodawcy: <b>{applicantAddress}</b>
            </Text>
          }
          {...form.getInputProps('sameAddress', { type: 'checkbox' })}
        />
      </Grid.Col>
      {!form.values.sameAddress && (
        <>
          <Grid.Col span={6}>
            <TextInput label="Miejscowość" withAsterisk {...form.getInputProps('address.locality')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label="Ulica" placeholder="puste, gdy miejscowość nie ma ulic" {...form.getInputProps('address.street')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label="Nr domu" withAsterisk {...form.getInputProps('address.houseNumber')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label="Nr lokalu" {...form.getInputProps('address.flatNumber')} />
          </Grid.Col>
          <Grid.Col span={2}>
            <PostalCodeField withAsterisk {...form.getInputProps('address.postalCode')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label="Poczta" withAsterisk {...form.getInputProps('address.postTown')} />
          </Grid.Col>
        </>
      )}
    </Grid>
  );
}
