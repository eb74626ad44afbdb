import { TextInput, type TextInputProps } from '@mantine/core';
import { formatAmount, parseMoney } from '../../shared/domain/money';

interface Props extends Omit<TextInputProps, 'onChange' | 'value'> {
  value: string;
  onChange: (value: string) => void;
}

/**
 * An amount typed the Polish way ("1234,5", "1 234,50 zł"). On leaving the field a readable amount is written
 * back as "1 234,50", so the worker sees what the program understood; an unreadable one stays as typed, with
 * its error beside it.
 */
export function MoneyInput({ value, onChange, onBlur, ...props }: Props) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection="zł"
      maxLength={20}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const parsed = parseMoney(value);
        if (parsed.ok && formatAmount(parsed.grosze) !== value) onChange(formatAmount(parsed.grosze));
        onBlur?.(event);
      }}
    />
  );
}
