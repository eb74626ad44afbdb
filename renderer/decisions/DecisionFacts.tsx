import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Decision } from '../../shared/contract/decisions';
import { benefitKinds } from '../../shared/domain/cases';
import { benefitWording, decisionKinds, paymentMethods } from '../../shared/domain/decisions';
import { formatMoney } from '../../shared/domain/money';
import { formatNrb } from '../../shared/domain/nrb';
import { formatDate, formatDateTime } from '../common/format';
import { LabelledValue } from '../common/LabelledValue';
import { periodText } from './decisionText';

/** Who, what, how much and where the decision stands: read-only, the figures straight from the computation. */
export function DecisionFacts({ decision }: { decision: Decision }) {
  const { fields } = decision;
  const draft = decision.state === 'draft' || decision.state === 'submitted';
  const period = draft
    ? periodText(fields.periodFrom, fields.periodUntil, decision.kind === 'grant' && decision.benefit === 'permanentAllowance')
    : periodText(decision.effectiveFrom, decision.effectiveUntil, decision.kind === 'grant' && decision.benefit === 'permanentAllowance');
  const monthly = benefitWording[decision.benefit].money === 'monthly';
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
        <LabelledValue label="Strona">
          <Text size="lg" fw={700}>
            {decision.partyName}
          </Text>
        </LabelledValue>
        <LabelledValue label="Sprawa">
          <Anchor component={Link} to={`/sprawy/${decision.caseId}`} size="lg" fw={700}>
            {decision.caseRef}
          </Anchor>
        </LabelledValue>
        <LabelledValue label="Rodzaj decyzji">
          <Text size="lg">
            {decisionKinds[decision.kind].label} — {benefitKinds[decision.benefit].label}
          </Text>
          {decision.refersTo && (
            <Anchor component={Link} to={`/decyzje/${decision.refersTo.id}`}>
              dotyczy decyzji nr {decision.refersTo.decisionNumber} z {formatDate(decision.refersTo.issuedOn)}
            </Anchor>
          )}
        </LabelledValue>
        <LabelledValue label={monthly ? 'Kwota miesięczna (z wyliczenia)' : 'Kwota'}>
          <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {decision.amount === null ? '—' : formatMoney(decision.amount)}
          </Text>
          {decision.firstMonth && (
            <Text c="dimmed">
              za pierwszy, niepełny miesiąc ({formatDate(decision.firstMonth.from)}–{formatDate(decision.firstMonth.to)}): {formatMoney(decision.firstMonth.amount)}
            </Text>
          )}
        </LabelledValue>
        <LabelledValue label="Okres">{period}</LabelledValue>
        {fields.paymentMethod && (
          <LabelledValue label="Wypłata">
            <Text size="lg">
              {paymentMethods[fields.paymentMethod]}
              {fields.payDay ? `, do ${fields.payDay}. dnia miesiąca` : ''}
            </Text>
            {fields.bankAccount && (
              <Text size="md" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatNrb(fields.bankAccount)}
              </Text>
            )}
          </LabelledValue>
        )}
        <LabelledValue label="Przygotował(a)">{`${decision.preparedByName}, ${formatDateTime(decision.createdAt)}`}</LabelledValue>
        {decision.submittedAt && <LabelledValue label="Przekazano do podpisu">{formatDateTime(decision.submittedAt)}</LabelledValue>}
        {decision.signedAt && (
          <LabelledValue label="Podpisał(a)">{`${decision.signedByName ?? '—'}, ${formatDateTime(decision.signedAt)}`}</LabelledValue>
        )}
        {decision.deliveredOn && <LabelledValue label="Doręczono">{formatDate(decision.deliveredOn)}</LabelledValue>}
        {decision.appealDeadline && <LabelledValue label="Termin na odwołanie (14 dni)">{`do ${formatDate(decision.appealDeadline)}`}</LabelledValue>}
        {decision.appealWaivedOn && <LabelledValue label="Zrzeczenie się odwołania">{formatDate(decision.appealWaivedOn)}</LabelledValue>}
        {decision.finalFrom && <LabelledValue label="Ostateczna od">{formatDate(decision.finalFrom)}</LabelledValue>}
        {decision.actedOnBy.length > 0 && (
          <LabelledValue label="Późniejsze decyzje">
            <div>
              {decision.actedOnBy.map((later) => (
                <Anchor key={later.id} component={Link} to={`/decyzje/${later.id}`} size="lg" display="block">
                  {decisionKinds[later.kind].label} nr {later.decisionNumber} z {formatDate(later.issuedOn)}
                </Anchor>
              ))}
            </div>
          </LabelledValue>
        )}
      </SimpleGrid>
    </Paper>
  );
}
