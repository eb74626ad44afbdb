import { Alert } from '@mantine/core';

export function ErrorAlert({ error, title = 'Nie udało się' }: { error: Error | undefined; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert" mb="md">
      {error.message}
    </Alert>
  );
}
