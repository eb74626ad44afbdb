import { Button, Collapse, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ComputationTraceOut } from '../../shared/contract/computation';
import { TraceView } from './TraceView';

/** "Jak to policzono": the traces behind a figure, folded away until someone asks. */
export function HowComputed({ traces, label = 'Jak to policzono' }: { traces: ComputationTraceOut[]; label?: string }) {
  const [opened, { toggle }] = useDisclosure(false);
  if (traces.length === 0) return null;
  return (
    <div>
      <Button variant="subtle" size="sm" px={4} onClick={toggle} aria-expanded={opened} leftSection={<span aria-hidden>{opened ? '▾' : '▸'}</span>}>
        {label}
      </Button>
      <Collapse in={opened}>
        <Stack gap="sm" mt="xs">
          {traces.map((trace, index) => (
            <Paper key={index} withBorder p="md" bg="gray.0">
              <TraceView trace={trace} />
            </Paper>
          ))}
        </Stack>
      </Collapse>
    </div>
  );
}
