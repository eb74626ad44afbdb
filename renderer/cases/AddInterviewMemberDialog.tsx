import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { PersonSummary } from '../../shared/contract/persons';
import { householdRelations, householdRelationKeys, type HouseholdRelation } from '../../shared/domain/household';
import { api } from '../api';
import { formatDate } from '../common/format';
import { issuesToFormErrors } from '../common/formErrors';
import { useDialogLeaveGuard } from '../common/LeaveGuard';
import type { MemberValue } from './interviewForm';
import { emptyNewMember, NewMemberFields, newMemberInput, validateNewMember, type NewMemberValues } from './NewMemberFields';
import { PersonSearch } from './PersonSearch';

const relationOptions = householdRelationKeys.map((value) => ({ value, label: householdRelations[value] }));

interface Props {
  excludeIds: number[];
  applicant: { id: number; addressLine: string };
  onClose: () => void;
  onAdd: (member: MemberValue) => void;
}

/**
 * Someone the worker found living in the household who is not in it in the register: picked from the register,
 * or — when not there yet — typed here and saved in the register at once, without leaving the interview. Either
 * way the person joins this interview's household only (the register's household is changed on the card).
 */
export function AddInterviewMemberDialog({ excludeIds, applicant, onClose, onAdd }: Props) {
  const [mode, setMode] = useState<'register' | 'new'>('register');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [relation, setRelation] = useState<string | null>(null);
  const [relationError, setRelationError] = useState<string>();
  const [saveError, setSaveError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  // Set when the register has someone of the same name and birth date: saved only with the worker's word.
  const [duplicateAsked, setDuplicateAsked] = useState(false);
  const [notDuplicate, setNotDuplicate] = useState(false);
  const [existingPersonId, setExistingPersonId] = useState<number>();
  const form = useForm<NewMemberValues>({ initialValues: emptyNewMember, validate: validateNewMember });

  const { close, question } = useDialogLeaveGuard(mode === 'new' ? form.isDirty() || relation !== null : person !== null || relation !== null, onClose);

  // A new member usually lives with the applicant: their address is what the form starts from.
  useEffect(() => {
    if (mode !== 'new') return;
    let current = true;
    api.call('persons.get', { id: applicant.id }).then((card) => {
      if (!current) return;
      const address = { ...card.address, street: card.address.street ?? '', flatNumber: card.address.flatNumber ?? '' };
      form.setFieldValue('address', address);
      form.resetDirty({ ...form.values, address });
    }, setSaveError);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, applicant.id]);

  const member = (chosen: { id: number; firstName: string; lastName: string; pesel: string | null; birthDate: string }, as: string): MemberValue => ({
    personId: chosen.id,
    fullName: `${chosen.firstName} ${chosen.lastName}`,
    pesel: chosen.pesel,
    birthDate: chosen.birthDate,
    relation: as as HouseholdRelation,
  });

  const addFromRegister = () => {
    if (!person) return;
    if (!relation) return setRelationError('Wybierz stopień pokrewieństwa.');
    onAdd(member(person, relation));
  };

  const saveNew = async (values: NewMemberValues) => {
    if (!relation) return setRelationError('Wybierz stopień pokrewieństwa.');
    setSaving(true);
    setSaveError(undefined);
    setExistingPersonId(undefined);
    try {
      const created = await api.call('persons.create', { ...newMemberInput(values), confirmedNotDuplicate: notDuplicate });
      onAdd(member(created, relation));
    } catch (failure) {
      if (failure instanceof ApiError) {
        form.setErrors(issuesToFormErrors(failure.issues));
        if (Array.isArray(failure.details.possibleDuplicateIds)) setDuplicateAsked(true);
        if (typeof failure.details.existingPersonId === 'number') setExistingPersonId(failure.details.existingPersonId);
      }
      setSaveError(failure as Error);
    } finally {
      setSaving(false);
    }
  };

  /** The PESEL is already in the register: take that person instead of typing them again. */
  const takeExisting = async () => {
    const found = await api.call('persons.search', { query: form.values.pesel.trim(), limit: 1 });
    const existing = found.items.find((item) => item.id === existingPersonId);
    if (!existing) return;
    setPerson(existing);
    setSaveError(undefined);
    setMode('register');
  };

  const relationSelect = (
    <Select
      label="Stopień pokrewieństwa z głową gospodarstwa"
      withAsterisk
      data={relationOptions}
      value={relation}
      onChange={(value) => {
        setRelation(value);
        setRelationError(undefined);
      }}
      error={relationError}
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Modal opened onClose={close} title="Dodaj osobę do składu gospodarstwa" size="xl" centered onKeyDown={(event) => event.stopPropagation()}>
      {question}
      {mode === 'register' ? (
        <Stack>
          {person ? (
            <Group justify="space-between">
              <Text size="lg" fw={700}>
                {person.lastName} {person.firstName}, ur. {formatDate(person.birthDate)}
              </Text>
              <Button variant="subtle" onClick={() => setPerson(null)}>
                Wybierz inną osobę
              </Button>
            </Group>
          ) : (
            <>
              <PersonSearch label="Szukaj osoby w rejestrze" excludeIds={excludeIds} onPick={setPerson} autoFocus />
              <Group>
                <Button variant="light" onClick={() => setMode('new')}>
                  Osoby nie ma w rejestrze — wpisz nową
                </Button>
              </Group>
            </>
          )}
          {relationSelect}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Anuluj
            </Button>
            <Button disabled={!person} onClick={addFromRegister}>
              Dodaj do składu
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          // The dialog sits inside the interview's form in React's tree: its submit and keys must not reach that form
          // (which would save the interview, or swallow Enter).
          onSubmit={(event) => {
            event.stopPropagation();
            form.onSubmit(saveNew)(event);
          }}
          onKeyDown={(event) => event.stopPropagation()}
          noValidate
          aria-label="Nowa osoba w składzie gospodarstwa"
        >
          <Stack>
            <Text size="sm" c="dimmed">
              Osoba zostanie zapisana w rejestrze osób i dodana do składu w tym wywiadzie. Telefon i inne dane można
              uzupełnić później na jej karcie.
            </Text>
            <NewMemberFields form={form} applicantAddress={applicant.addressLine} />
            {relationSelect}
            {saveError && (
              <Alert color="red" role="alert" title="Nie zapisano">
                {saveError.message}
                {existingPersonId !== undefined && (
                  <Button variant="light" size="xs" ml="sm" onClick={() => void takeExisting()}>
                    Weź tę osobę z rejestru
                  </Button>
                )}
              </Alert>
            )}
            {duplicateAsked && (
              <Checkbox
                label="Sprawdziłem(-am): to inna osoba niż ta w rejestrze"
                checked={notDuplicate}
                onChange={(event) => setNotDuplicate(event.currentTarget.checked)}
              />
            )}
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setMode('register')}>
                Wróć do szukania w rejestrze
              </Button>
              <Group>
                <Button variant="default" onClick={close}>
                  Anuluj
                </Button>
                <Button type="submit" loading={saving}>
                  Zapisz i dodaj do składu
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
