import { Box, Divider, Group, Stack, Text } from '@mantine/core';
import type { ComputationTraceOut } from '../../shared/contract/computation';
import { formatTraceValue, parameterRowCitation } from '../../shared/domain/trace';

const numbers = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * One line of the trace: what it is on the left, its value on the right, as a decision's reasons print it.
 * Amounts never break; a long text value (a citation) goes under its label instead of squeezing beside it.
 */
function Line({ label, value, strong, text }: { label: React.ReactNode; value: string; strong?: boolean; text?: boolean }) {
  if (text && value.length > 24) {
    return (
      <div>
        {label}
        <Text fw={600} pl="md">
          {value}
        </Text>
      </div>
    );
  }
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Box style={{ flex: 1, minWidth: 0 }}>{label}</Box>
      <Text fw={strong ? 700 : 600} ta="right" style={{ ...numbers, whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  );
}

/**
 * One computation as the director checks it: its legal basis and figures, the inputs, each step with the
 * formula filled in with the actual amounts, and the result.
 */
export function TraceView({ trace }: { trace: ComputationTraceOut }) {
  return (
    <Stack gap="xs" aria-label={trace.title} role="group">
      <div>
        <Text fw={700} size="lg">
          {trace.title}
        </Text>
        <Text size="sm" c="dimmed">
          Podstawa prawna: {trace.legalBasis}
          {trace.parameters && !trace.inputs.some((input) => input.label === 'Parametry') && (
            <>; kwoty: {parameterRowCitation(trace.parameters)}</>
          )}
        </Text>
      </div>
      {trace.inputs.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={700} c="dimmed" tt="uppercase">
            Dane
          </Text>
          {trace.inputs.map((input, index) => (
            <Line key={index} label={<Text>{input.label}</Text>} value={formatTraceValue(input)} text={input.unit === 'text'} />
          ))}
        </Stack>
      )}
      {trace.steps.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={700} c="dimmed" tt="uppercase">
            Obliczenie
          </Text>
          {trace.steps.map((step, index) => (
            <Line
              key={index}
              label={
                <>
                  <Text>
                    {index + 1}. {step.label}
                  </Text>
                  <Text c="dimmed" style={numbers} pl="md">
                    {step.formula}
                  </Text>
                  {step.note && (
                    <Text size="sm" fs="italic" c="orange.9" pl="md">
                      {step.note}
                    </Text>
                  )}
                </>
              }
              value={formatTraceValue(step)}
              text={step.unit === 'text'}
            />
          ))}
        </Stack>
      )}
      <Divider />
      <Line label={<Text fw={700}>{trace.result.label}</Text>} value={formatTraceValue(trace.result)} strong />
    </Stack>
  );
}
