import { Alert, Anchor, Button, Grid, Group, Kbd, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import type { Person } from '../../shared/contract/persons';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { issuesToFormErrors } from '../common/formErrors';
import { useCancelKey } from '../common/useCancelKey';
import { useLeaveGuard } from '../common/LeaveGuard';
import { AddressFields, emptyAddress, IdentityFields, personFormErrors, withPeselDerived, type PersonIdentityValues } from './PersonFields';
import { confirmationKey, duplicateQuery, DuplicateWarning, useDuplicates } from './DuplicateWarning';

interface FormValues extends PersonIdentityValues {
  firstName: string;
  lastName: string;
  phone: string;
}

const emptyValues: FormValues = {
  firstName: '',
  lastName: '',
  pesel: '',
  idDocument: '',
  birthDate: null,
  sex: null,
  address: emptyAddress,
  phone: '',
  acceptInvalidPeselChecksum: false,
};

function toFormValues(person: Person): FormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    pesel: person.pesel ?? '',
    idDocument: person.idDocument ?? '',
    birthDate: person.pesel ? null : person.birthDate,
    sex: person.pesel ? null : person.sex,
    address: {
      locality: person.address.locality,
      street: person.address.street ?? '',
      houseNumber: person.address.houseNumber,
      flatNumber: person.address.flatNumber ?? '',
      postalCode: person.address.postalCode,
      postTown: person.address.postTown,
    },
    phone: person.phone ?? '',
    acceptInvalidPeselChecksum: person.peselChecksumAccepted,
  };
}

/**
 * Adding a person (/osoby/nowa) and changing one (/osoby/:id/edycja): Enter saves, Esc cancels. Someone already
 * in the register with the same PESEL, or the same name and birth date, is shown before saving.
 */
export function PersonEditPage() {
  const { id } = useParams();
  const personId = id ? Number(id) : undefined;
  const navigate = useNavigate();
  const [version, setVersion] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<Error>();
  const [saveError, setSaveError] = useState<Error>();
  const [duplicateId, setDuplicateId] = useState<number>();
  const [saving, setSaving] = useState(false);
  const form = useForm<FormValues>({
    initialValues: emptyValues,
    validate: (values) => personFormErrors(withPeselDerived(values)),
  });
  const duplicates = useDuplicates(duplicateQuery(form.values, personId));
  // "To inna osoba": given for these very people; another match found later asks again.
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [confirmationAsked, setConfirmationAsked] = useState(0);
  const confirmCheckbox = useRef<HTMLInputElement>(null);
  const currentKey = confirmationKey(duplicates.items);

  useEffect(() => {
    // After a refused save the checkbox takes the focus: Space ticks it, Enter saves.
    if (confirmationAsked) confirmCheckbox.current?.focus();
  }, [confirmationAsked]);

  useEffect(() => {
    if (personId === undefined) return;
    api.call('persons.get', { id: personId }).then((person) => {
      form.setValues(toFormValues(person));
      form.resetDirty(toFormValues(person));
      setVersion(person.version);
    }, setLoadError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [personId]);

  const { allowLeaving } = useLeaveGuard(form.isDirty());
  const cancel = () => navigate(personId ? `/osoby/${personId}` : '/osoby');
  useCancelKey(cancel);

  /**
   * A new person who has the name and birth date of someone in the register is saved only with the worker's
   * word that it is someone else. Asked again here: Enter may come before the answer to the typing.
   */
  const needsConfirmation = async (): Promise<boolean> => {
    if (personId !== undefined) return false;
    let found;
    try {
      found = await duplicates.check();
    } catch {
      return false; // the check only warns; the save itself still refuses a PESEL already in the register
    }
    const key = confirmationKey(found);
    return key !== '' && !found.some((item) => item.match === 'pesel') && key !== confirmedFor;
  };

  const save = async (values: FormValues) => {
    setSaving(true);
    setSaveError(undefined);
    setDuplicateId(undefined);
    try {
      if (await needsConfirmation()) {
        setConfirmationAsked((count) => count + 1);
        return;
      }
      const saved =
        personId === undefined
          ? await api.call('persons.create', { ...withPeselDerived(values), confirmedNotDuplicate: confirmedFor !== null })
          : await api.call('persons.update', { id: personId, version: version ?? 0, person: withPeselDerived(values) });
      notifications.show({
        color: 'teal',
        title: 'Zapisano',
        message: `${saved.firstName} ${saved.lastName}`,
      });
      allowLeaving();
      navigate(`/osoby/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError) {
        form.setErrors(issuesToFormErrors(error.issues));
        if (typeof error.details.existingPersonId === 'number') setDuplicateId(error.details.existingPersonId);
      }
      setSaveError(error as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack maw={980} gap="md">
      <Title order={1} size="h2">
        {personId ? 'Zmiana danych osoby' : 'Nowa osoba'}
      </Title>
      <ErrorAlert error={loadError} title="Nie udało się wczytać danych osoby" />
      <form onSubmit={form.onSubmit(save)} noValidate aria-label="Dane osoby">
        <Stack gap="md">
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="sm">
              Dane osobowe
            </Title>
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Imię" withAsterisk autoFocus {...form.getInputProps('firstName')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Nazwisko" withAsterisk {...form.getInputProps('lastName')} />
              </Grid.Col>
              <IdentityFields form={form} excludePersonId={personId} />
            </Grid>
          </Paper>

          <DuplicateWarning
            items={duplicates.items}
            requireConfirmation={personId === undefined}
            confirmed={currentKey !== '' && confirmedFor === currentKey}
            onConfirmedChange={(confirmed) => setConfirmedFor(confirmed ? currentKey : null)}
            showRequired={confirmationAsked > 0}
            checkboxRef={confirmCheckbox}
          />

          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="sm">
              Adres zamieszkania
            </Title>
            <Grid gutter="md">
              <AddressFields form={form} />
            </Grid>
          </Paper>

          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="sm">
              Kontakt
            </Title>
            <TextInput label="Telefon" maw={320} inputMode="tel" {...form.getInputProps('phone')} />
          </Paper>

          {saveError && (
            <Alert color="red" title="Nie zapisano" role="alert">
              {saveError.message}{' '}
              {duplicateId !== undefined && (
                <Anchor component={Link} to={`/osoby/${duplicateId}`} fw={600}>
                  Otwórz kartę tej osoby
                </Anchor>
              )}
            </Alert>
          )}

          <Group>
            <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Enter</Kbd>}>
              Zapisz
            </Button>
            <Button variant="default" onClick={cancel} rightSection={<Kbd size="xs">Esc</Kbd>}>
              Anuluj
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
