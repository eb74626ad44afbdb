import { Alert, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ComputationView } from './ComputationView';
import { describeProblems } from './interviewForm';
import type { InterviewPreview } from './useInterviewPreview';

/** The live computation beside the interview form: the result, or in plain Polish what stops it. */
export function PreviewPanel({ preview }: { preview: InterviewPreview }) {
  const { converted } = preview;
  const missing = describeProblems(converted.missing, converted.where);
  const invalid = describeProblems(converted.invalid, converted.where);
  return (
    <Paper withBorder p="md" shadow="xs" role="region" aria-label="Wyliczenie na bieżąco">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h3">
            Wyliczenie na bieżąco
          </Title>
          {preview.pending && (
            <Group gap={6} wrap="nowrap">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                liczę…
              </Text>
            </Group>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Z wpisanych danych, według kwot z dnia wpływu wniosku; zapisze się razem z wywiadem.
        </Text>
        {invalid.length > 0 && (
          <Alert color="red" title="Popraw kwoty" role="alert">
            <List size="sm">
              {invalid.map((message, index) => (
                <List.Item key={index}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {invalid.length === 0 && missing.length > 0 && (
          <Alert color="yellow" title="Uzupełnij, aby policzyć">
            <List size="sm">
              {missing.map((message, index) => (
                <List.Item key={index}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview.error && (
          <Alert color="red" title="Z tych danych nie da się policzyć" role="alert">
            <Text size="sm">{preview.error.message}</Text>
            {Object.keys(preview.issues).length > 1 && (
              <List size="sm" mt="xs">
                {describeProblems(preview.issues, converted.where).map((message, index) => (
                  <List.Item key={index}>{message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {preview.computation && (
          <div style={{ opacity: preview.pending ? 0.55 : 1, transition: 'opacity 150ms' }} aria-busy={preview.pending}>
            <ComputationView computation={preview.computation} compact />
          </div>
        )}
      </Stack>
    </Paper>
  );
}
