import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CaseComputationOut } from '../../shared/contract/computation';
import { formatMonthPl } from '../../shared/domain/calendar';
import { formatMoney } from '../../shared/domain/money';
import { formatTraceValue } from '../../shared/domain/trace';
import { BenefitResult } from './BenefitResult';
import { HowComputed } from './HowComputed';

function Fact({ label, children, compact }: { label: string; children: React.ReactNode; compact: boolean }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size={compact ? 'md' : 'lg'} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * What the law gives from one interview, in plain Polish: the threshold row and its source first (what the
 * director checks), then the household's income, then each benefit asked for with its traces.
 */
export function ComputationView({ computation, compact = false }: { computation: CaseComputationOut; compact?: boolean }) {
  const { income } = computation;
  return (
    <Stack gap="md">
      <Paper p="sm" bg="teal.0" withBorder>
        <Text size="sm" c="dimmed">
          Kryterium dochodowe zastosowane w wyliczeniu
        </Text>
        <Text fw={600}>{computation.thresholdCitation}</Text>
      </Paper>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        <Fact compact={compact} label="Dochód z miesiąca">{formatMonthPl(income.incomeMonth)}</Fact>
        <Fact compact={compact} label="Gospodarstwo domowe">
          {income.livesAlone ? 'osoba samotnie gospodarująca' : formatTraceValue({ value: income.members, unit: 'persons' })}
        </Fact>
        <Fact compact={compact} label={income.livesAlone ? 'Dochód osoby samotnie gospodarującej' : 'Dochód gospodarstwa domowego'}>
          {formatMoney(income.householdIncome)}
        </Fact>
        {!income.livesAlone && <Fact compact={compact} label="Dochód na osobę">{formatMoney(income.perPersonIncome)}</Fact>}
      </SimpleGrid>
      <HowComputed traces={[income.trace]} label="Jak policzono dochód" />
      {computation.benefits.map((benefit) => (
        <BenefitResult key={benefit.benefit} benefit={benefit} />
      ))}
    </Stack>
  );
}
