import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseComputationOut } from '../../shared/contract/computation';
import { formatMonthPl, monthOf } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { formatDate } from '../common/format';
import { HowComputed } from './HowComputed';

type Benefit = CaseComputationOut['benefits'][number];

const verdicts = {
  yes: { color: 'green', label: 'przysługuje' },
  no: { color: 'red', label: 'nie przysługuje' },
  worker: { color: 'gray', label: 'ocenia pracownik' },
} as const;

function Amount({ label, children, big }: { label: string; children: React.ReactNode; big?: boolean }) {
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Text>{label}:</Text>
      <Text fw={700} size={big ? 'xl' : 'lg'} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </Group>
  );
}

/** One benefit asked for: may it be granted, why, how much, and how that was computed. */
export function BenefitResult({ benefit }: { benefit: Benefit }) {
  const verdict = benefit.eligible === null ? verdicts.worker : benefit.eligible ? verdicts.yes : verdicts.no;
  const first = benefit.firstMonth;
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderLeft: `6px solid var(--mantine-color-${verdict.color}-6)` }}
      aria-label={`${benefit.label}: ${verdict.label}`}
      role="region"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {benefit.label}
          </Title>
          <Badge color={verdict.color} size="lg" variant="filled" style={{ flexShrink: 0 }}>
            {verdict.label}
          </Badge>
        </Group>
        <Text>{benefit.reason}</Text>
        {benefit.amount !== null && (
          <Amount label={benefit.benefit === 'periodicAllowance' ? 'Proponowana kwota miesięczna' : 'Kwota miesięczna'} big>
            {formatMoney(benefit.amount)}
          </Amount>
        )}
        {benefit.minimum !== null && benefit.maximum !== null && (
          <Amount label="Kwota w granicach">
            od {formatMoney(benefit.minimum)} do {formatMoney(benefit.maximum)}
          </Amount>
        )}
        {benefit.minimum === null && benefit.maximum !== null && <Amount label="Najwyżej">{formatMoney(benefit.maximum)}</Amount>}
        {first && (
          <Amount label={`Za ${formatMonthPl(monthOf(first.from))} od ${formatDate(first.from)}`}>
            {formatMoney(first.amount)}
          </Amount>
        )}
        {benefit.healthContribution !== null && (
          <Amount label="Składka na ubezpieczenie zdrowotne (9%, gdy osoba nie ma innego ubezpieczenia)">
            {formatMoney(benefit.healthContribution)}
          </Amount>
        )}
        {benefit.validUntil && (
          <Amount label="Najdłużej do (koniec ważności orzeczenia)">{formatDate(benefit.validUntil)}</Amount>
        )}
        {benefit.problem && (
          <Alert color="orange" title="Proponowanej kwoty nie można przyznać" role="alert">
            {benefit.problem}
          </Alert>
        )}
        <HowComputed traces={benefit.traces} />
      </Stack>
    </Paper>
  );
}
