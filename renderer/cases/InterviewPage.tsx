import { Alert, Button, Checkbox, Grid, Group, Kbd, List, Loader, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useElementSize, useViewportSize } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import type { CaseDetail } from '../../shared/contract/cases';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { DateField } from '../common/DateField';
import { useCancelKey } from '../common/useCancelKey';
import { useLeaveGuard } from '../common/LeaveGuard';
import { useLoad } from '../common/useLoad';
import { benefitWithArticle } from './caseText';
import { HouseholdEditor } from './HouseholdEditor';
import { describeProblems, incomeMonthOptions, initialInterviewValues, interviewIssuesToErrors, toInterviewInput, type InterviewValues } from './interviewForm';
import { MemberIncomes } from './MemberIncomes';
import { MoneyInput } from './MoneyInput';
import { PreviewPanel } from './PreviewPanel';
import { useInterviewPreview } from './useInterviewPreview';

/** Below the program's header (64 px) with a little air. */
const HEADER_GAP = 80;

/** The household interview of a case (/sprawy/:id/wywiad): a first one, or an update saved as a new interview. */
export function InterviewPage() {
  const caseId = Number(useParams().id);
  const loaded = useLoad(() => api.call('cases.get', { id: caseId }), [caseId]);
  const workers = useLoad(() => api.call('cases.workers', {}), []);
  if (loaded.error) return <ErrorAlert error={loaded.error} title="Nie można otworzyć sprawy" />;
  if (workers.error) return <ErrorAlert error={workers.error} title="Nie udało się wczytać listy pracowników" />;
  if (!loaded.data || !workers.data) return <Loader aria-label="Wczytywanie" />;
  if (loaded.data.status === 'closed') {
    return <ErrorAlert error={new Error('Sprawa jest zakończona: nie dopisuje się do niej wywiadów.')} title="Nie można przeprowadzić wywiadu" />;
  }
  return <InterviewEditor detail={loaded.data} workers={workers.data} />;
}

function InterviewEditor({ detail, workers }: { detail: CaseDetail; workers: { id: number; fullName: string }[] }) {
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const [saveError, setSaveError] = useState<Error>();
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const defaultWorker = workers.some((worker) => worker.id === user.id) ? user.id : detail.worker.id;
  const [initialValues] = useState(() => initialInterviewValues(detail, defaultWorker));
  const form = useForm<InterviewValues>({ initialValues });
  const preview = useInterviewPreview(detail.id, form.values);
  const { ref: previewRef, height: previewHeight } = useElementSize();
  const { height: windowHeight } = useViewportSize();
  const update = detail.currentInterview !== null;
  const backToCase = () => navigate(`/sprawy/${detail.id}`);

  const { allowLeaving } = useLeaveGuard(form.isDirty());
  useCancelKey(backToCase);

  // A field shows, in order: what the save or the core said about it, that it cannot be read, what the live computation found.
  const errorFor = (path: string): string | undefined =>
    (form.errors[path] as string | undefined) ?? preview.converted.invalid[path] ?? preview.issues[path];

  const save = async () => {
    setSaveError(undefined);
    setSaveProblems([]);
    const converted = toInterviewInput(form.values);
    if (!converted.input) {
      const problems = { ...converted.missing, ...converted.invalid };
      form.setErrors(problems);
      setSaveProblems(describeProblems(problems, converted.where));
      setSaveError(new Error('Uzupełnij albo popraw zaznaczone pola:'));
      return;
    }
    setSaving(true);
    try {
      await api.call('interviews.save', { caseId: detail.id, supersedesId: detail.currentInterview?.id ?? null, interview: converted.input });
      notifications.show({ color: 'teal', title: 'Zapisano wywiad', message: `${detail.caseRef}: wyliczenie zapisano razem z wywiadem.` });
      allowLeaving();
      backToCase();
    } catch (error) {
      if (error instanceof ApiError) form.setErrors(interviewIssuesToErrors(error.issues));
      setSaveError(error as Error);
    } finally {
      setSaving(false);
    }
  };

  const periodic = detail.benefits.includes('periodicAllowance');
  const band = preview.computation?.benefits.find((benefit) => benefit.benefit === 'periodicAllowance');
  const members = form.values.members;

  return (
    <Stack gap="md" maw={1500}>
      <div>
        <Text size="sm" c="dimmed">
          <Link to="/sprawy">Sprawy</Link> › <Link to={`/sprawy/${detail.id}`}>{detail.caseRef}</Link> › wywiad
        </Text>
        <Title order={1} size="h2">
          {update ? 'Aktualizacja wywiadu środowiskowego' : 'Wywiad środowiskowy'}
        </Title>
        <Text size="lg">
          {detail.applicant.fullName} — wniosek z {formatDate(detail.applicationDate)}: {detail.benefits.map(benefitWithArticle).join(', ')}
        </Text>
        {update && (
          <Text c="dimmed">
            Zmiany zapiszą się jako nowy wywiad; wywiad z {formatDate(detail.currentInterview!.interviewDate)} zostaje bez zmian.
          </Text>
        )}
      </div>

      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            onKeyDown={(event) => {
              // On a long form a stray Enter must not save half an interview: Ctrl+Enter saves, from any field.
              if (event.key !== 'Enter') return;
              if (event.ctrlKey) {
                event.preventDefault();
                void save();
              } else if (event.target instanceof HTMLInputElement) {
                event.preventDefault();
              }
            }}
            noValidate
            aria-label="Wywiad środowiskowy"
          >
            <Stack gap="md">
              <Paper withBorder p="lg">
                <Grid gutter="md">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <DateField
                      label="Data wywiadu"
                      withAsterisk
                      minDate={detail.applicationDate}
                      notFuture
                      {...form.getInputProps('interviewDate')}
                      error={errorFor('interviewDate')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <Select
                      label="Wywiad przeprowadził(a)"
                      withAsterisk
                      data={workers.map((worker) => ({ value: String(worker.id), label: worker.fullName }))}
                      allowDeselect={false}
                      {...form.getInputProps('workerUserId')}
                      error={errorFor('workerUserId')}
                    />
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <Select
                      label="Miesiąc, z którego liczy się dochód"
                      withAsterisk
                      data={incomeMonthOptions(detail.applicationDate)}
                      allowDeselect={false}
                      {...form.getInputProps('incomeMonth')}
                      error={errorFor('incomeMonth')}
                    />
                  </Grid.Col>
                </Grid>
              </Paper>

              <Paper withBorder p="lg">
                <Title order={2} size="h3" mb="sm">
                  Skład gospodarstwa domowego
                </Title>
                <HouseholdEditor form={form} applicant={detail.applicant} errorFor={errorFor} />
                <Checkbox
                  mt="md"
                  label="Osoba samotnie gospodarująca"
                  description={
                    members.length === 1
                      ? 'Prowadzi jednoosobowe gospodarstwo domowe: stosuje się kryterium dla osoby samotnie gospodarującej.'
                      : 'Możliwe tylko, gdy w składzie jest jedna osoba.'
                  }
                  disabled={members.length !== 1}
                  {...form.getInputProps('livesAlone', { type: 'checkbox' })}
                  error={errorFor('livesAlone')}
                />
              </Paper>

              <Stack gap="sm">
                <Title order={2} size="h3">
                  Dochody w miesiącu, z którego liczy się dochód
                </Title>
                <Text c="dimmed">
                  Kwoty wpisuj tak jak na dokumentach, np. 1 234,56. Podatek i składki odejmuje się od przychodu; puste pole to 0 zł.
                </Text>
                {members.map((member) => (
                  <MemberIncomes key={member.personId} form={form} member={member} errorFor={errorFor} />
                ))}
              </Stack>

              {periodic && (
                <Paper withBorder p="lg">
                  <MoneyInput
                    label="Proponowana kwota zasiłku okresowego (miesięcznie)"
                    description={
                      band?.minimum != null && band.maximum != null
                        ? `Z wyliczenia: od ${formatMoney(band.minimum)} do ${formatMoney(band.maximum)}`
                        : 'Kwotę wybiera pracownik w granicach z wyliczenia'
                    }
                    maw={560}
                    value={form.values.proposedPeriodicAmount}
                    onChange={(value) => form.setFieldValue('proposedPeriodicAmount', value)}
                    error={errorFor('proposedPeriodicAmount')}
                  />
                </Paper>
              )}

              <Paper withBorder p="lg">
                <Textarea
                  label="Ustalenia z wywiadu"
                  description="Sytuacja rodziny, stan zdrowia, warunki mieszkaniowe, potrzeby, plan pomocy"
                  autosize
                  minRows={5}
                  maxRows={20}
                  maxLength={20000}
                  {...form.getInputProps('findings')}
                  error={errorFor('findings')}
                />
              </Paper>

              {saveError && (
                <Alert color="red" title="Nie zapisano wywiadu" role="alert">
                  {saveError.message}
                  {saveProblems.length > 0 && (
                    <List size="sm" mt="xs">
                      {saveProblems.map((problem, index) => (
                        <List.Item key={index}>{problem}</List.Item>
                      ))}
                    </List>
                  )}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={saving} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
                  {update ? 'Zapisz aktualizację wywiadu' : 'Zapisz wywiad'}
                </Button>
                <Button variant="default" onClick={backToCase} rightSection={<Kbd size="xs">Esc</Kbd>}>
                  Anuluj
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        {/*
          The live computation scrolls with the page, no scroll of its own: while it fits the window it stays at the
          top; taller, it stops with its end (the result) at the bottom of the window (a negative sticky top).
        */}
        <Grid.Col span={{ base: 12, md: 5 }} style={{ position: 'sticky', top: Math.min(HEADER_GAP, windowHeight - previewHeight - 16) }}>
          <div ref={previewRef}>
            <PreviewPanel preview={preview} />
          </div>
        </Grid.Col>
      </Grid>

    </Stack>
  );
}
