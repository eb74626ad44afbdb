import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { letterTitles } from './LetterDialog';

type Letter = MethodOutput<'decisions.listForCase'>['letters'][number];

/** The letters printed in the case, newest first as the core lists them, each to download again as it was printed. */
export function CaseLetters({ letters }: { letters: Letter[] }) {
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<Error>();

  const download = async (id: number) => {
    setBusy(id);
    setError(undefined);
    try {
      downloadFile(await api.call('letters.pdf', { id }));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(null);
    }
  };

  if (letters.length === 0) return <Text c="dimmed">Nie wysłano pism w tej sprawie.</Text>;
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title="Nie udało się pobrać pisma" />
      {letters.map((letter) => (
        <Group key={letter.id} justify="space-between" wrap="nowrap" aria-label={`${letterTitles[letter.kind]} z ${formatDate(letter.issuedOn)}`} role="group">
          <div>
            <Text size="lg">{letterTitles[letter.kind]}</Text>
            <Text size="sm" c="dimmed">
              z {formatDate(letter.issuedOn)}, przygotował(a) {letter.createdByName}
            </Text>
          </div>
          <Button variant="light" loading={busy === letter.id} onClick={() => void download(letter.id)}>
            Pobierz PDF
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
