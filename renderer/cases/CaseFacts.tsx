import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseDetail } from '../../shared/contract/cases';
import { citeReasons, helpReasons } from '../../shared/domain/cases';
import { formatDate } from '../common/format';
import { benefitWithArticle } from './caseText';
import { Deadline } from '../common/Deadline';
import { LabelledValue } from '../common/LabelledValue';

/** The application and its deadlines: who asked, when, for what and why, who handles it and by when. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { deadlines } = detail;
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
        <LabelledValue label="Wnioskodawca">
          <Anchor component={Link} to={`/osoby/${detail.applicant.id}`} size="lg" fw={700}>
            {detail.applicant.fullName}
          </Anchor>
          <Text>
            {detail.applicant.pesel ? `PESEL ${detail.applicant.pesel}` : `ur. ${formatDate(detail.applicant.birthDate)}`}
          </Text>
          <Text c="dimmed">{detail.applicant.addressLine}</Text>
        </LabelledValue>
        <LabelledValue label="Data wpływu wniosku">{formatDate(detail.applicationDate)}</LabelledValue>
        <LabelledValue label="Pracownik prowadzący">{detail.worker.fullName}</LabelledValue>
        <LabelledValue label="Świadczenia, o które wnosi strona">
          <Stack gap={0}>
            {detail.benefits.map((benefit) => (
              <Text key={benefit} size="lg">
                {benefitWithArticle(benefit)}
              </Text>
            ))}
          </Stack>
        </LabelledValue>
        <LabelledValue label="Powody udzielenia pomocy">
          <Text size="lg" fw={600}>
            {citeReasons(detail.reasons)}
          </Text>
          <Text c="dimmed">{detail.reasons.map((reason) => helpReasons[reason].label).join('; ')}</Text>
        </LabelledValue>
        <LabelledValue label="Rodzaj sprawy">
          <Text size="lg">{detail.complex ? 'szczególnie skomplikowana (2 miesiące na decyzję)' : 'zwykła (miesiąc na decyzję)'}</Text>
          {detail.incomeLostInApplicationMonth && <Text c="dimmed">dochód utracony w miesiącu złożenia wniosku</Text>}
        </LabelledValue>
        {deadlines.interviewDue && (
          <LabelledValue label="Termin wywiadu (14 dni roboczych)">
            <Deadline due={deadlines.interviewDue} />
          </LabelledValue>
        )}
        {deadlines.decisionDue && (
          <LabelledValue label="Termin decyzji">
            <Deadline due={deadlines.decisionDue} />
          </LabelledValue>
        )}
        {deadlines.interviewUpdateDue && (
          <LabelledValue label="Aktualizacja wywiadu (co 6 miesięcy)">
            <Deadline due={deadlines.interviewUpdateDue} />
          </LabelledValue>
        )}
        {detail.decidedOn && (
          <LabelledValue label="Rozstrzygnięto">
            {`${formatDate(detail.decidedOn)}${detail.benefitUntil ? `, świadczenie do ${formatDate(detail.benefitUntil)}` : ''}`}
          </LabelledValue>
        )}
        {detail.closedOn && (
          <LabelledValue label="Zakończono">
            <Text size="lg">{formatDate(detail.closedOn)}</Text>
            <Text c="dimmed">{detail.closeReason}</Text>
          </LabelledValue>
        )}
        {detail.notes && <LabelledValue label="Uwagi">{detail.notes}</LabelledValue>}
      </SimpleGrid>
    </Paper>
  );
}
