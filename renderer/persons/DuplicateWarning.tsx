import { Alert, Anchor, Checkbox, List, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type Ref } from 'react';
import { Link } from 'react-router';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { formatDate } from '../common/format';
import { isRealDate } from '../common/dateText';

export type PossibleDuplicate = MethodOutput<'persons.findDuplicates'>['items'][number];
type DuplicateQuery = MethodInput<'persons.findDuplicates'>;

/**
 * What the form can be compared by: both names and a birth date, or both names and a whole PESEL (the birth date
 * is then read from it). Null until the form has that much.
 */
export function duplicateQuery(
  values: { firstName: string; lastName: string; pesel: string; birthDate: string | null },
  excludePersonId: number | undefined,
): DuplicateQuery | null {
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  const pesel = values.pesel.trim();
  if (!firstName || !lastName) return null;
  if (pesel) return pesel.length === 11 ? { firstName, lastName, pesel, excludePersonId } : null;
  return isRealDate(values.birthDate) ? { firstName, lastName, birthDate: values.birthDate, excludePersonId } : null;
}

/** The people a confirmation "this is someone else" was given for: a new match needs a new confirmation. */
export function confirmationKey(items: PossibleDuplicate[]): string {
  return items
    .filter((item) => item.match === 'nameAndBirthDate')
    .map((item) => item.id)
    .sort((a, b) => a - b)
    .join(',');
}

/**
 * Possible duplicates of what is in the form, asked a moment after typing stops; `check` asks at once (on save,
 * when the worker pressed Enter before the answer came).
 */
export function useDuplicates(query: DuplicateQuery | null) {
  const key = query ? JSON.stringify(query) : '';
  const [debounced] = useDebouncedValue(key, 350);
  const [answer, setAnswer] = useState<{ key: string; items: PossibleDuplicate[] } | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    api.call('persons.findDuplicates', JSON.parse(debounced) as DuplicateQuery).then(
      (result) => current && setAnswer({ key: debounced, items: result.items }),
      // A failed check must not stop the work: saving still refuses a PESEL already in the register.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  return {
    // Only an answer about what is in the form now counts.
    items: answer && answer.key === key ? answer.items : [],
    async check(): Promise<PossibleDuplicate[]> {
      if (!query) return [];
      const result = await api.call('persons.findDuplicates', query);
      setAnswer({ key, items: result.items });
      return result.items;
    },
  };
}

interface Props {
  items: PossibleDuplicate[];
  /** A new person: saving with a name-and-birth-date match needs the worker's word that it is someone else. */
  requireConfirmation: boolean;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** The worker tried to save without confirming: say what is missing. */
  showRequired: boolean;
  checkboxRef?: Ref<HTMLInputElement>;
}

/** "Możliwy duplikat: w rejestrze jest już Jan Kowalski, ur. 14.05.1944, Sitno 12 — Otwórz kartę", before saving. */
export function DuplicateWarning({ items, requireConfirmation, confirmed, onConfirmedChange, showRequired, checkboxRef }: Props) {
  if (items.length === 0) return null;
  const samePesel = items.some((item) => item.match === 'pesel');
  return (
    <Alert color="orange" variant="light" title="Możliwy duplikat" aria-live="polite" styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}>
      <Stack gap="xs">
        <Text size="md">{items.length === 1 ? 'W rejestrze jest już:' : `W rejestrze są już osoby (${items.length}):`}</Text>
        <List spacing={6} size="md">
          {items.map((item) => (
            <List.Item key={item.id}>
              <Text span fw={700}>
                {item.firstName} {item.lastName}
              </Text>
              , ur. {formatDate(item.birthDate)}
              {item.pesel ? `, PESEL ${item.pesel}` : item.idDocument ? `, dokument ${item.idDocument}` : ''}, {item.addressLine}{' '}
              <Text span c="dimmed" size="sm">
                ({item.match === 'pesel' ? 'ten sam numer PESEL' : 'to samo imię, nazwisko i data urodzenia'})
              </Text>{' '}
              —{' '}
              <Anchor component={Link} to={`/osoby/${item.id}`} fw={600}>
                Otwórz kartę
              </Anchor>
            </List.Item>
          ))}
        </List>
        {samePesel ? (
          <Text size="md">Osoby z tym samym numerem PESEL nie dodaje się drugi raz: otwórz jej kartę i tam zmień dane.</Text>
        ) : requireConfirmation ? (
          <Checkbox
            ref={checkboxRef}
            size="md"
            label="To inna osoba — zapisz mimo to"
            checked={confirmed}
            onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
            error={showRequired && !confirmed ? 'Zaznacz, że to inna osoba, albo otwórz kartę osoby z rejestru.' : undefined}
          />
        ) : (
          <Text size="md">Sprawdź, czy to nie ta sama osoba, zanim zapiszesz zmiany.</Text>
        )}
      </Stack>
    </Alert>
  );
}
