import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../../shared/contract/cases';
import { formatDatePl } from '../../shared/domain/calendar';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { CaseFacts } from './CaseFacts';
import { CaseProgress } from './CaseProgress';
import { CaseStatusBadge } from './CaseStatusBadge';
import { CloseCaseDialog } from './CloseCaseDialog';
import { ComputationView } from './ComputationView';
import { EarlierInterviews } from './EarlierInterviews';
import { EditCaseDialog } from './EditCaseDialog';
import { InterviewView } from './InterviewView';
import { CaseDecisionsPanel } from '../decisions/CaseDecisionsPanel';
import { CaseSchedulePanel } from '../payments/CaseSchedulePanel';

type Dialog = 'edit' | 'close' | null;

/** A case: the application, its deadlines, the current interview with what the law gives from it, and what comes next. */
export function CasePage() {
  const caseId = Number(useParams().id);
  const { can } = useCurrentUser();
  const loaded = useLoad(() => api.call('cases.get', { id: caseId }), [caseId]);
  // What a change returned: newer than what was loaded, and no second read of the case (each is audited).
  const [changed, setChanged] = useState<CaseDetail>();
  const [dialog, setDialog] = useState<Dialog>(null);

  if (loaded.error) return <ErrorAlert error={loaded.error} title="Nie można otworzyć sprawy" />;
  const detail = changed?.id === caseId ? changed : loaded.data;
  if (!detail) return <Loader aria-label="Wczytywanie" />;

  const open = detail.status !== 'closed';
  const beforeDecision = detail.status === 'registered' || detail.status === 'interviewDone';
  const interview = detail.currentInterview;
  const saved = (message: string) => (next: CaseDetail) => {
    setChanged(next);
    setDialog(null);
    notifications.show({ color: 'teal', title: detail.caseRef, message });
  };

  return (
    <Stack maw={1200} gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <Link to="/sprawy">Sprawy</Link> › sprawa
          </Text>
          <Group gap="md" align="center">
            <Title order={1} size="h2">
              {detail.caseRef}
            </Title>
            <CaseStatusBadge status={detail.status} />
          </Group>
        </div>
        <Group gap="sm">
          {can('audit.list') && <Button component={Link} to={`/dziennik?sprawa=${detail.id}`} variant="default">Historia w dzienniku</Button>}
          {open && can('interviews.save') && (
            <Button component={Link} to={`/sprawy/${detail.id}/wywiad`}>
              {interview ? 'Aktualizuj wywiad' : 'Przeprowadź wywiad'}
            </Button>
          )}
          {beforeDecision && can('cases.update') && (
            <Button variant="default" onClick={() => setDialog('edit')}>
              Zmień wniosek
            </Button>
          )}
          {open && can('cases.close') && (
            <Button variant="default" color="red" onClick={() => setDialog('close')}>
              Zakończ sprawę
            </Button>
          )}
        </Group>
      </Group>

      <CaseProgress detail={detail} />
      <CaseFacts detail={detail} />
      {can('decisions.listForCase') && <CaseDecisionsPanel detail={detail} />}
      {can('payments.schedule') && <CaseSchedulePanel caseId={detail.id} />}

      {interview ? (
        <>
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="xs">
              Wyliczenie
            </Title>
            <Text c="dimmed" mb="md">
              Zapisane z wywiadem z {formatDate(interview.interviewDate)} — kwoty obowiązujące w dniu wpływu wniosku (
              {formatDatePl(interview.computation.parameterDate)}).
            </Text>
            <ComputationView computation={interview.computation} />
          </Paper>
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="md">
              Wywiad środowiskowy z {formatDate(interview.interviewDate)}
            </Title>
            <InterviewView interview={interview} />
          </Paper>
        </>
      ) : (
        <Paper withBorder p="lg">
          <Title order={2} size="h3" mb="xs">
            Wywiad środowiskowy
          </Title>
          <Text size="lg">
            Nie przeprowadzono jeszcze wywiadu. Decyzję wydaje się po wywiadzie (art. 106 ust. 4 u.p.s.); wyliczenie dochodu i świadczeń
            pojawi się po jego zapisaniu.
          </Text>
        </Paper>
      )}

      <EarlierInterviews detail={detail} />

      {dialog === 'edit' && <EditCaseDialog detail={detail} onClose={() => setDialog(null)} onSaved={saved('Zapisano zmiany wniosku')} />}
      {dialog === 'close' && <CloseCaseDialog detail={detail} onClose={() => setDialog(null)} onSaved={saved('Sprawa zakończona')} />}
    </Stack>
  );
}
