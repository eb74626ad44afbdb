import { Alert, Button, Group, type MantineColor } from '@mantine/core';

/**
 * The end of a dialog's form: why the last save was refused (when it was), then "Anuluj" and the submit button.
 */
export function DialogFooter({
  error,
  submitLabel,
  submitColor,
  onCancel,
}: {
  error: Error | undefined;
  submitLabel: string;
  submitColor?: MantineColor;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert" title="Nie zapisano">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Anuluj
        </Button>
        <Button type="submit" color={submitColor}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
