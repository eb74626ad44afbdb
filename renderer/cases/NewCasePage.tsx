import { Alert, Anchor, Button, Group, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { formatAddress } from '../../shared/domain/address';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { issuesToFormErrors } from '../common/formErrors';
import { DateField } from '../common/DateField';
import { useCancelKey } from '../common/useCancelKey';
import { useLeaveGuard } from '../common/LeaveGuard';
import { useLoad } from '../common/useLoad';
import { ApplicationFields } from './ApplicationFields';
import { toCaseInput, validateCaseForm, type CaseFormValues } from './caseForm';
import { todayIso } from './caseText';
import { PersonSearch } from './PersonSearch';
import { submitOnEnter } from './submitKeys';

/**
 * Registering an application (/sprawy/nowa?osoba=ID). A case always starts from a person in the register:
 * without ?osoba the screen first asks who the applicant is.
 */
export function NewCasePage() {
  const [params, setParams] = useSearchParams();
  const personId = Number(params.get('osoba')) || null;
  const navigate = useNavigate();
  useCancelKey(() => navigate(personId ? `/osoby/${personId}` : '/sprawy'));

  return (
    <Stack maw={1000} gap="md">
      <div>
        <Text size="sm" c="dimmed">
          <Link to="/sprawy">Sprawy</Link> › nowy wniosek
        </Text>
        <Title order={1} size="h2">
          Nowy wniosek
        </Title>
      </div>
      {personId === null ? (
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            Kto składa wniosek?
          </Title>
          <PersonSearch
            label="Wnioskodawca — szukaj w rejestrze osób"
            autoFocus
            onPick={(person) => setParams({ osoba: String(person.id) })}
          />
          <Text mt="md">
            Osoby nie ma w rejestrze?{' '}
            <Anchor component={Link} to="/osoby/nowa">
              Dodaj ją najpierw w rejestrze osób
            </Anchor>
            , a potem wybierz „Nowy wniosek” na jej karcie.
          </Text>
        </Paper>
      ) : (
        <ApplicationForm personId={personId} onPickOther={() => setParams({})} />
      )}
    </Stack>
  );
}

/** After a failed save the first message may be far down a long form: bring it into view. */
function showFirstError() {
  requestAnimationFrame(() =>
    document.querySelector('[aria-invalid="true"], .mantine-InputWrapper-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
  );
}

function ApplicationForm({ personId, onPickOther }: { personId: number; onPickOther: () => void }) {
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const person = useLoad(() => api.call('persons.get', { id: personId }), [personId]);
  const workers = useLoad(() => api.call('cases.workers', {}), []);
  const [saveError, setSaveError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const form = useForm<CaseFormValues>({
    initialValues: {
      applicationDate: todayIso(),
      benefits: [],
      reasons: [],
      // The logged-in worker usually takes the application they register.
      workerUserId: user.roles.includes('socialWorker') ? String(user.id) : null,
      complex: false,
      incomeLostInApplicationMonth: false,
      notes: '',
    },
    validate: (values) => validateCaseForm(values, personId),
  });
  const { allowLeaving } = useLeaveGuard(form.isDirty());

  const save = async (values: CaseFormValues) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const created = await api.call('cases.create', toCaseInput(values, personId));
      notifications.show({ color: 'teal', title: 'Zarejestrowano wniosek', message: `Znak sprawy: ${created.caseRef}` });
      allowLeaving();
      navigate(`/sprawy/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError) form.setErrors(issuesToFormErrors(error.issues));
      setSaveError(error as Error);
    } finally {
      setSaving(false);
    }
  };

  if (person.error) return <ErrorAlert error={person.error} title="Nie można wczytać wnioskodawcy" />;
  if (!person.data) return <Loader aria-label="Wczytywanie" />;
  const applicant = person.data;

  return (
    <form onSubmit={form.onSubmit(save, showFirstError)} onKeyDown={submitOnEnter} noValidate aria-label="Wniosek">
      <Stack gap="md">
        <Paper withBorder p="lg">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text size="sm" c="dimmed">
                Wnioskodawca
              </Text>
              <Anchor component={Link} to={`/osoby/${applicant.id}`} size="xl" fw={700}>
                {applicant.firstName} {applicant.lastName}
              </Anchor>
              <Text>
                {applicant.pesel ? `PESEL ${applicant.pesel}` : applicant.idDocument}, ur. {formatDate(applicant.birthDate)}
              </Text>
              <Text c="dimmed">{formatAddress(applicant.address)}</Text>
            </div>
            <Button variant="subtle" onClick={onPickOther}>
              Wybierz inną osobę
            </Button>
          </Group>
          <DateField
            mt="md"
            label="Data wpływu wniosku"
            description="Dzień, w którym wniosek wpłynął do ośrodka (k.p.a. art. 61 § 3)"
            withAsterisk
            notFuture
            maw={420}
            data-autofocus
            autoFocus
            {...form.getInputProps('applicationDate')}
          />
        </Paper>

        <ApplicationFields form={form} workers={workers.data} />
        <ErrorAlert error={workers.error} title="Nie udało się wczytać listy pracowników" />

        {saveError && (
          <Alert color="red" title="Nie zarejestrowano wniosku" role="alert">
            {saveError.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Enter</Kbd>}>
            Zarejestruj wniosek
          </Button>
          <Button variant="default" onClick={() => navigate(`/osoby/${personId}`)} rightSection={<Kbd size="xs">Esc</Kbd>}>
            Anuluj
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
