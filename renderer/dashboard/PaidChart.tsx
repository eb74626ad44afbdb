import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type { DashboardFigure, DashboardOverview } from '../../shared/contract/dashboard';
import { formatMonthPl } from '../../shared/domain/calendar';
import { formatAmount, formatMoney } from '../../shared/domain/money';
import { classificationColor, classificationLabel, shortMonth } from './dashboardText';

interface PaidChartProps {
  overview: DashboardOverview;
  onOpen: (figure: Exclude<DashboardFigure, undefined>) => void;
}

/** A figure that opens its list: a real button, so the keyboard reaches every number the mouse can click. */
export function FigureButton({ label, text, onClick }: { label: string; text: string; onClick: () => void }) {
  return (
    <UnstyledButton onClick={onClick} aria-label={`${label}: ${text}`} style={{ fontWeight: 700, textDecoration: 'underline', whiteSpace: 'nowrap' }}>
      {text}
    </UnstyledButton>
  );
}

/**
 * The year's money by month and budget classification: a stacked bar per month (a click on a part opens its lines),
 * and the same figures as a table below it, for reading exact amounts and for the keyboard.
 */
export function PaidChart({ overview, onOpen }: PaidChartProps) {
  const { paid, year } = overview;
  // The chart takes złote (its axis reads 1 200, not 120 000); the table and the lists keep exact grosze.
  const data = paid.months.map((entry) => ({
    month: entry.month,
    label: shortMonth(entry.month),
    ...Object.fromEntries(Object.entries(entry.byClassification).map(([code, amount]) => [code, amount / 100])),
  }));
  const withMoney = paid.months.filter((entry) => entry.total > 0);
  const open = (month: string | null, classification: string | null) => onOpen({ figure: 'paid', year, month, classification });

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4">
        Wypłaty w {year} r. według klasyfikacji budżetowej (dział 852)
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        Listy zatwierdzone do wypłaty, według miesiąca listy; bez zwrotów z banku i kwot niepodjętych. Kliknij słupek, aby zobaczyć wypłaty.
      </Text>
      {paid.yearLines === 0 ? (
        <Text>W {year} r. nie zatwierdzono jeszcze żadnej wypłaty.</Text>
      ) : (
        <>
          <BarChart
            h={230}
            data={data}
            dataKey="label"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={paid.classifications.map((code) => ({ name: code, label: classificationLabel(code), color: classificationColor(code) }))}
            valueFormatter={(value) => formatMoney(Math.round(value * 100))}
            yAxisProps={{ width: 110 }}
            barProps={(series) => ({
              cursor: 'pointer',
              onClick: (bar: { payload?: { month?: string } }) => bar.payload?.month && open(bar.payload.month, series.name),
            })}
          />
          <Table mt="md" withTableBorder striped aria-label={`Wypłaty w ${year} r. według klasyfikacji`} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Miesiąc listy</Table.Th>
                {paid.classifications.map((code) => (
                  <Table.Th key={code} style={{ textAlign: 'right' }} title={classificationLabel(code)}>
                    {code}
                  </Table.Th>
                ))}
                <Table.Th style={{ textAlign: 'right' }}>Razem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {withMoney.map((entry) => (
                <Table.Tr key={entry.month}>
                  <Table.Td>{formatMonthPl(entry.month)}</Table.Td>
                  {paid.classifications.map((code) => {
                    const amount = entry.byClassification[code] ?? 0;
                    return (
                      <Table.Td key={code} style={{ textAlign: 'right' }}>
                        {amount === 0 ? (
                          <Text c="dimmed" span>
                            —
                          </Text>
                        ) : (
                          <FigureButton label={`${formatMonthPl(entry.month)}, ${code}`} text={formatAmount(amount)} onClick={() => open(entry.month, code)} />
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td style={{ textAlign: 'right' }}>
                    <FigureButton label={`${formatMonthPl(entry.month)}, razem`} text={formatMoney(entry.total)} onClick={() => open(entry.month, null)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Razem {year}</Table.Th>
                {paid.classifications.map((code) => {
                  const amount = paid.months.reduce((total, entry) => total + (entry.byClassification[code] ?? 0), 0);
                  return (
                    <Table.Th key={code} style={{ textAlign: 'right' }}>
                      <FigureButton label={`Rok ${year}, ${code}`} text={formatAmount(amount)} onClick={() => open(null, code)} />
                    </Table.Th>
                  );
                })}
                <Table.Th style={{ textAlign: 'right' }}>
                  <FigureButton label={`Rok ${year}, razem`} text={formatMoney(paid.yearTotal)} onClick={() => open(null, null)} />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </>
      )}
    </Paper>
  );
}
