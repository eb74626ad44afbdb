import { Anchor, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { formatDate, sexLabel } from '../common/format';

type PeselCheck = MethodOutput<'persons.checkPesel'>;

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** The error the form set (on submit), shown when the live check has nothing to say. */
  formError: string | undefined;
  acceptInvalidChecksum: boolean;
  onAcceptInvalidChecksumChange: (accept: boolean) => void;
  excludePersonId?: number;
}

/**
 * PESEL with a live check while typing: a wrong check digit or a date that does not exist is said next to
 * the field, the birth date and sex are shown as read from it, and a PESEL already in the register links
 * to that person.
 */
export function PeselField(props: Props) {
  const [debounced] = useDebouncedValue(props.value.trim(), 200);
  const [answer, setAnswer] = useState<{ pesel: string; check: PeselCheck } | null>(null);

  useEffect(() => {
    if (debounced.length !== 11) return;
    let current = true;
    api.call('persons.checkPesel', { pesel: debounced, excludePersonId: props.excludePersonId }).then(
      (check) => current && setAnswer({ pesel: debounced, check }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [debounced, props.excludePersonId]);

  // Only an answer about what is in the field now counts.
  const check = answer && answer.pesel === props.value.trim() ? answer.check : null;
  const live = check && check.existing === null && check.valid ? null : check;
  let error: React.ReactNode = props.formError;
  if (live?.existing) {
    error = (
      <span>
        Osoba z tym numerem PESEL jest już w rejestrze:{' '}
        <Anchor component={Link} to={`/osoby/${live.existing.id}`} size="sm" fw={600}>
          {live.existing.fullName} — otwórz kartę
        </Anchor>
      </span>
    );
  } else if (live && !live.valid && !(live.reason === 'checksum' && props.acceptInvalidChecksum)) {
    error = live.message;
  }

  const derived =
    check?.birthDate && check.sex && !check.existing
      ? `Data urodzenia ${formatDate(check.birthDate)}, ${sexLabel[check.sex]}`
      : 'Data urodzenia i płeć zostaną odczytane z numeru PESEL.';

  return (
    <Stack gap={6}>
      <TextInput
        label="PESEL"
        description={derived}
        placeholder="11 cyfr"
        inputMode="numeric"
        maxLength={11}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value.replace(/\s/g, ''))}
        error={error}
        styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.05em' } }}
      />
      {check?.reason === 'checksum' && !check.existing && (
        <Checkbox
          label={<Text size="sm">PESEL przepisano z dokumentu i jest na nim taki sam — zapisz mimo błędnej cyfry kontrolnej</Text>}
          checked={props.acceptInvalidChecksum}
          onChange={(event) => props.onAcceptInvalidChecksumChange(event.currentTarget.checked)}
        />
      )}
    </Stack>
  );
}
