import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Decision } from '../../shared/contract/decisions';
import { LabelledValue } from '../common/LabelledValue';

/** The worker's texts of a decision that is no longer a draft: read, not edited. */
export function DecisionReasonsView({ decision }: { decision: Decision }) {
  const { fields } = decision;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h3" mb="md">
        Uzasadnienie i treść
      </Title>
      <Stack gap="md">
        {fields.purpose && <LabelledValue label="Przeznaczenie / zakres">{fields.purpose}</LabelledValue>}
        {fields.careServices && (
          <LabelledValue label="Usługi opiekuńcze">
            {`${fields.careServices.scope}; ${String(fields.careServices.hoursPerWeek).replace('.', ',')} godz. tygodniowo; odpłatność ${fields.careServices.feePercent}%`}
          </LabelledValue>
        )}
        {fields.careHome && <LabelledValue label="Dom pomocy społecznej">{`${fields.careHome.homeName}, ${fields.careHome.homeAddress}`}</LabelledValue>}
        {fields.immediateEnforceabilityReason && (
          <LabelledValue label="Rygor natychmiastowej wykonalności (art. 108 § 1 k.p.a.)">{fields.immediateEnforceabilityReason}</LabelledValue>
        )}
        <LabelledValue label="Uzasadnienie faktyczne">
          <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
            {fields.omitReasons ? 'Pominięte (art. 107 § 4 k.p.a.: decyzja uwzględnia żądanie strony w całości).' : fields.factualReasons || '—'}
          </Text>
        </LabelledValue>
      </Stack>
    </Paper>
  );
}
