import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';

type Step = MethodOutput<'decisions.batchProgress'>;

/**
 * A batch print under way: what it is doing and how far it is ("Przygotowanie decyzji 120 z 500"), read from the
 * core a few times a second while the batch runs (`watch`); a plain line with a spinner for short exports.
 */
export function BatchProgress({ label, watch }: { label: string; watch: boolean }) {
  const [step, setStep] = useState<Step>(null);

  useEffect(() => {
    if (!watch) return;
    let current = true;
    const read = () =>
      api.call('decisions.batchProgress', {}).then(
        (next) => current && setStep(next),
        () => undefined,
      );
    const timer = setInterval(() => void read(), 400);
    void read();
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [watch]);

  const percent = step && step.total > 0 ? Math.round((step.done / step.total) * 100) : 0;
  return (
    <Stack gap={6} role="status" aria-live="polite" maw={640}>
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="lg">{label}</Text>
      </Group>
      {watch && step && (
        <>
          <Progress value={percent} size="lg" animated aria-label={`${step.step}: ${step.done} z ${step.total}`} />
          <Text size="sm" c="dimmed">
            {step.step}: {step.done} z {step.total}
          </Text>
        </>
      )}
    </Stack>
  );
}
