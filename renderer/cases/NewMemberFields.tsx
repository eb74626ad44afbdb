import { Checkbox, Grid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { AddressFields, emptyAddress, IdentityFields, personFormErrors, withPeselDerived, type PersonIdentityValues } from '../persons/PersonFields';

export interface NewMemberValues extends PersonIdentityValues {
  firstName: string;
  lastName: string;
  /** Lives at the applicant's address (the usual case): the address fields stay hidden. */
  sameAddress: boolean;
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
  address: emptyAddress,
};

/** What persons.create receives. */
export function newMemberInput(values: NewMemberValues) {
  const { sameAddress: _sameAddress, ...person } = withPeselDerived(values);
  return person;
}

export function validateNewMember(values: NewMemberValues): Record<string, string> {
  return personFormErrors(newMemberInput(values));
}

/**
 * A person not yet in the register, typed inside the interview: name, PESEL (or document, birth date and sex) and,
 * unless they live with the applicant, the address. The register's full form (phone, etc.) stays on the card.
 */
export function NewMemberFields({ form, applicantAddress }: { form: UseFormReturnType<NewMemberValues>; applicantAddress: string }) {
  return (
    <Grid gutter="sm">
      <Grid.Col span={6}>
        <TextInput label="Imię" withAsterisk data-autofocus {...form.getInputProps('firstName')} />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextInput label="Nazwisko" withAsterisk {...form.getInputProps('lastName')} />
      </Grid.Col>
      <IdentityFields form={form} />
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
      {!form.values.sameAddress && <AddressFields form={form} />}
    </Grid>
  );
}
