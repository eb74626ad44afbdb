import { TextInput, type TextInputProps } from '@mantine/core';
import { normalizePostalCode } from '../../shared/domain/address';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & { value?: string; onChange: (value: string) => void };

/**
 * "Kod pocztowy": typed as the worker likes ("22424"), shown as written (22-424) when the field is left. A code
 * that cannot be one stays as typed, for the form to refuse with its message.
 */
export function PostalCodeField({ value = '', onChange, onBlur, ...props }: Props) {
  return (
    <TextInput
      label="Kod pocztowy"
      placeholder="00-000"
      maxLength={6}
      inputMode="numeric"
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const written = normalizePostalCode(value);
        if (written !== value) onChange(written);
        onBlur?.(event);
      }}
    />
  );
}
