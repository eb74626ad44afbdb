import { Anchor, Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MethodOutput } from '../../shared/contract';
import { formatDatePl } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { DateField } from '../common/DateField';
import { isRealDate } from '../common/dateText';
import { BenefitLines, type ReviewRow } from './BenefitLines';

type Scope = 'mine' | 'office';
type Review = MethodOutput<'cases.eligibilityReview'>;

const PAGE_SIZE = 50;

const notEligible = (row: ReviewRow) => row.benefits.some((benefit) => benefit.eligible === false);

/**
 * What every open case would get today, from its latest interview and the figures in force today: run after
 * new thresholds are entered, to see whose eligibility or amount changes. Nothing is saved; the interviews keep
 * what was computed when they were made.
 */
export function EligibilityReviewPage() {
  const { user } = useCurrentUser();
  const [scope, setScope] = useState<Scope>(user.roles.includes('socialWorker') ? 'mine' : 'office');
  const [review, setReview] = useState<Review & { scope: Scope }>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();
  const [onlyNotEligible, setOnlyNotEligible] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(1);
  /** Empty: the figures in force today; a later day previews thresholds entered ahead of time. */
  const [asOf, setAsOf] = useState<string | null>(null);

  const run = (forScope: Scope) => {
    // A day typed wrong is said at its field; nothing is counted for it.
    if (asOf !== null && !isRealDate(asOf)) return;
    setRunning(true);
    setError(undefined);
    api.call('cases.eligibilityReview', { scope: forScope, ...(asOf ? { asOf } : {}) }).then(
      (result) => {
        setReview({ ...result, scope: forScope });
        setPage(1);
        setRunning(false);
      },
      (failure: Error) => {
        setError(failure);
        setRunning(false);
      },
    );
  };

  const rows = (review?.rows ?? []).filter((row) => (!onlyNotEligible || notEligible(row)) && (!onlyProblems || row.problem !== null));
  const withoutInterview = review ? review.rows.filter((row) => row.parameterValidFrom === null && row.problem === null).length : 0;
  const withProblems = review ? review.rows.filter((row) => row.problem !== null).length : 0;
  const filter = (set: (value: boolean) => void) => (event: React.ChangeEvent<HTMLInputElement>) => {
    set(event.currentTarget.checked);
    setPage(1);
  };

  return (
    <Stack gap="md" maw={1400}>
      <Title order={1} size="h2">
        Przegląd uprawnień
      </Title>
      <Text maw={900}>
        Dla każdej otwartej sprawy program liczy, co przysługiwałoby dziś (albo w wybranym dniu): z ostatniego wywiadu i
        z kryteriów dochodowych obowiązujących w tym dniu. Przydaje się po wpisaniu nowych kwot — także zanim zaczną
        obowiązywać. Zapisane wywiady i decyzje się nie zmieniają.
      </Text>
      <Group align="flex-end" gap="md">
        <div>
          <Text size="md" fw={500} mb={4} id="review-scope">
            Sprawy
          </Text>
          <SegmentedControl
            aria-labelledby="review-scope"
            size="md"
            value={scope}
            onChange={(value) => {
              setScope(value as Scope);
              // Results of the other scope would mislead: count again at once if there were any.
              if (review) run(value as Scope);
            }}
            data={[
              { value: 'mine', label: 'Moje' },
              { value: 'office', label: 'Cały ośrodek' },
            ]}
          />
        </div>
        <DateField
          size="md"
          label="Kwoty na dzień"
          description="Puste — dziś"
          value={asOf}
          onChange={setAsOf}
          w={200}
        />
        <Button size="md" onClick={() => run(scope)} loading={running} autoFocus>
          Przelicz wszystkie otwarte sprawy
        </Button>
      </Group>
      <ErrorAlert error={error} title="Nie udało się przeliczyć spraw" />
      {review && (
        <>
          <Text size="lg" aria-live="polite">
            Kwoty na dzień {formatDatePl(review.asOf)}. {review.scope === 'mine' ? 'Moje otwarte sprawy' : 'Otwarte sprawy ośrodka'}:{' '}
            <b>{review.openCases}</b>, wyliczono:{' '}
            <b>{review.computed}</b>
            {withoutInterview > 0 && <>, bez wywiadu: {withoutInterview}</>}
            {withProblems > 0 && (
              <>
                ,{' '}
                <Text span c="red.8" fw={700}>
                  z uwagami: {withProblems}
                </Text>
              </>
            )}
            . Pokazano: {rows.length}.
          </Text>
          <Group gap="xl">
            <Switch size="md" label="Tylko nieuprawnieni (choć jedno świadczenie nie przysługuje)" checked={onlyNotEligible} onChange={filter(setOnlyNotEligible)} />
            <Switch size="md" label="Tylko sprawy z uwagami" checked={onlyProblems} onChange={filter(setOnlyProblems)} />
          </Group>
          <DataTable
            withTableBorder
            borderRadius="sm"
            fz="md"
            verticalSpacing="sm"
            minHeight={rows.length ? undefined : 160}
            noRecordsText="Brak spraw spełniających te warunki"
            records={rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
            totalRecords={rows.length}
            recordsPerPage={PAGE_SIZE}
            page={page}
            onPageChange={setPage}
            paginationText={({ from, to, totalRecords }) => `${from}–${to} z ${totalRecords}`}
            idAccessor="caseId"
            rowBackgroundColor={(row) => (row.problem ? 'red.0' : undefined)}
            columns={[
              {
                accessor: 'caseRef',
                title: 'Sprawa i wnioskodawca',
                render: (row) => (
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/sprawy/${row.caseId}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {row.caseRef}
                    </Anchor>
                    <Text>{row.applicantName}</Text>
                  </Stack>
                ),
              },
              {
                accessor: 'perPersonIncome',
                title: 'Dochód na osobę',
                textAlign: 'right',
                render: (row) => (
                  <Stack gap={2} align="flex-end">
                    {row.perPersonIncome !== null && <Text style={{ whiteSpace: 'nowrap' }}>{formatMoney(row.perPersonIncome)}</Text>}
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {row.parameterValidFrom ? `kwoty z dnia ${formatDatePl(row.parameterValidFrom)}` : row.problem ? 'nie wyliczono' : 'brak wywiadu'}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'benefits',
                title: 'Świadczenia: uprawniony, kwota / przedział',
                render: (row) => (
                  <Stack gap={6}>
                    <BenefitLines row={row} />
                    {row.problem && (
                      <Text c="red.9" fw={600}>
                        {row.problem}
                      </Text>
                    )}
                  </Stack>
                ),
              },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
