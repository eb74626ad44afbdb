import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseDetail } from '../../shared/contract/cases';
import { citeReasons, helpReasons } from '../../shared/domain/cases';
import { formatDate } from '../common/format';
import { benefitWithArticle } from './caseText';
import { DeadlineText } from './DeadlineText';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="lg">{children || '—'}</Text> : children}
    </div>
  );
}

/** The application and its deadlines: who asked, when, for what and why, who handles it and by when. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { deadlines } = detail;
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
        <Field label="Wnioskodawca">
          <Anchor component={Link} to={`/osoby/${detail.applicant.id}`} size="lg" fw={700}>
            {detail.applicant.fullName}
          </Anchor>
          <Text>
            {detail.applicant.pesel ? `PESEL ${detail.applicant.pesel}` : `ur. ${formatDate(detail.applicant.birthDate)}`}
          </Text>
          <Text c="dimmed">{detail.applicant.addressLine}</Text>
        </Field>
        <Field label="Data wpływu wniosku">{formatDate(detail.applicationDate)}</Field>
        <Field label="Pracownik prowadzący">{detail.worker.fullName}</Field>
        <Field label="Świadczenia, o które wnosi strona">
          <Stack gap={0}>
            {detail.benefits.map((benefit) => (
              <Text key={benefit} size="lg">
                {benefitWithArticle(benefit)}
              </Text>
            ))}
          </Stack>
        </Field>
        <Field label="Powody udzielenia pomocy">
          <Text size="lg" fw={600}>
            {citeReasons(detail.reasons)}
          </Text>
          <Text c="dimmed">{detail.reasons.map((reason) => helpReasons[reason].label).join('; ')}</Text>
        </Field>
        <Field label="Rodzaj sprawy">
          <Text size="lg">{detail.complex ? 'szczególnie skomplikowana (2 miesiące na decyzję)' : 'zwykła (miesiąc na decyzję)'}</Text>
          {detail.incomeLostInApplicationMonth && <Text c="dimmed">dochód utracony w miesiącu złożenia wniosku</Text>}
        </Field>
        {deadlines.interviewDue && (
          <Field label="Termin wywiadu (14 dni roboczych)">
            <DeadlineText due={deadlines.interviewDue} />
          </Field>
        )}
        {deadlines.decisionDue && (
          <Field label="Termin decyzji">
            <DeadlineText due={deadlines.decisionDue} />
          </Field>
        )}
        {deadlines.interviewUpdateDue && (
          <Field label="Aktualizacja wywiadu (co 6 miesięcy)">
            <DeadlineText due={deadlines.interviewUpdateDue} />
          </Field>
        )}
        {detail.decidedOn && (
          <Field label="Rozstrzygnięto">
            {`${formatDate(detail.decidedOn)}${detail.benefitUntil ? `, świadczenie do ${formatDate(detail.benefitUntil)}` : ''}`}
          </Field>
        )}
        {detail.closedOn && (
          <Field label="Zakończono">
            <Text size="lg">{formatDate(detail.closedOn)}</Text>
            <Text c="dimmed">{detail.closeReason}</Text>
          </Field>
        )}
        {detail.notes && <Field label="Uwagi">{detail.notes}</Field>}
      </SimpleGrid>
    </Paper>
  );
}
