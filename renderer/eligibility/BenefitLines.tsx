import { Badge, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { benefitKinds } from '../../shared/domain/cases';
import { formatAmount, formatMoney } from '../../shared/domain/money';

export type ReviewRow = MethodOutput<'cases.eligibilityReview'>['rows'][number];
type Benefit = ReviewRow['benefits'][number];

/** The monthly amount when there is one; otherwise the band a worker chooses in, or the highest amount. */
function amountText(benefit: Benefit): string | null {
  const band = benefit.minimum !== null && benefit.maximum !== null ? `${formatAmount(benefit.minimum)} – ${formatMoney(benefit.maximum)}` : null;
  if (benefit.amount !== null) return band ? `${formatMoney(benefit.amount)} (z przedziału ${band})` : formatMoney(benefit.amount);
  if (band) return `przedział ${band}`;
  if (benefit.maximum !== null) return `najwyżej ${formatMoney(benefit.maximum)}`;
  return null;
}

function Verdict({ benefit, computed }: { benefit: Benefit; computed: boolean }) {
  if (!computed) return <Text c="dimmed">—</Text>;
  if (benefit.eligible === null) {
    return (
      <Text c="dimmed" size="sm">
        ocenia pracownik
      </Text>
    );
  }
  return (
    <Badge size="lg" color={benefit.eligible ? 'green' : 'red'} variant={benefit.eligible ? 'light' : 'filled'} aria-label={benefit.eligible ? 'uprawniony: tak' : 'uprawniony: nie'}>
      {benefit.eligible ? 'tak' : 'nie'}
    </Badge>
  );
}

/**
 * The benefits asked for, one line each: name, eligible yes/no, amount or band. A grid with fixed columns, so
 * that the three parts line up within a case and from one case to the next.
 */
export function BenefitLines({ row }: { row: ReviewRow }) {
  const computed = row.parameterValidFrom !== null;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '190px 70px auto', columnGap: 16, rowGap: 6, alignItems: 'center' }}>
      {row.benefits.map((benefit) => {
        const amount = benefit.eligible ? amountText(benefit) : null;
        return (
          <Fragment key={benefit.benefit}>
            <Text>{benefitKinds[benefit.benefit].label}</Text>
            <Verdict benefit={benefit} computed={computed} />
            {amount ? (
              <Text fw={benefit.amount !== null ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {amount}
              </Text>
            ) : (
              <Text c="dimmed">—</Text>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
