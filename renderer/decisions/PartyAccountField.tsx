import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatNrb, normaliseNrb } from '../../shared/domain/nrb';
import { api } from '../api';
import { useLoad } from '../common/useLoad';

const OTHER = 'other';

interface Props {
  personId: number;
  value: string;
  onChange: (nrb: string) => void;
  /** Mantine's input props of the form field (its error). */
  inputProps: { error?: unknown };
}

/**
 * The account a transfer goes to: one of the party's accounts from the person's file, or another typed here (it
 * joins the person's accounts when the decision is signed). Printed in groups of four.
 */
export function PartyAccountField({ personId, value, onChange, inputProps }: Props) {
  const accounts = useLoad(() => api.call('persons.bankAccounts', { personId }), [personId]);
  const current = (accounts.data ?? []).filter((account) => !account.removedAt);
  const digits = normaliseNrb(value);
  const known = current.some((account) => account.nrb === digits);
  const [typing, setTyping] = useState(false);
  const error = inputProps.error as React.ReactNode;
  const typed = (
    <TextInput
      label={current.length > 0 ? 'Inny numer rachunku (NRB)' : 'Numer rachunku strony (NRB)'}
      placeholder="00 0000 0000 0000 0000 0000 0000"
      withAsterisk
      autoComplete="off"
      maxLength={40}
      styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.03em' } }}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        if (/^\d{26}$/.test(digits)) onChange(formatNrb(digits));
      }}
    />
  );
  if (current.length === 0) return typed;
  return (
    <>
      <Select
        label="Rachunek strony"
        withAsterisk
        allowDeselect={false}
        value={typing || (!known && digits !== '') ? OTHER : known ? digits : null}
        placeholder="Wybierz rachunek"
        error={typing || !known ? undefined : error}
        data={[...current.map((account) => ({ value: account.nrb, label: `${formatNrb(account.nrb)}${account.holder ? ` (${account.holder})` : ''}` })), { value: OTHER, label: 'Inny rachunek — wpiszę numer' }]}
        onChange={(choice) => {
          if (choice === OTHER) {
            setTyping(true);
            onChange('');
          } else if (choice) {
            setTyping(false);
            onChange(formatNrb(choice));
          }
        }}
      />
      {(typing || (!known && digits !== '')) && typed}
    </>
  );
}
