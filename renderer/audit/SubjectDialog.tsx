import { Modal } from '@mantine/core';
import { PersonSearch } from '../cases/PersonSearch';
import { CaseSearch } from './CaseSearch';

export type Subject = { kind: 'person'; id: number } | { kind: 'case'; id: number };

interface Props {
  kind: Subject['kind'];
  onPick: (subject: Subject) => void;
  onClose: () => void;
}

/** Choosing whose history to read: a person or a case found as everywhere else in the program. */
export function SubjectDialog({ kind, onPick, onClose }: Props) {
  return (
    <Modal opened onClose={onClose} title={kind === 'person' ? 'Historia osoby w dzienniku' : 'Historia sprawy w dzienniku'} size="lg">
      {kind === 'person' ? (
        <PersonSearch label="Osoba" autoFocus onPick={(person) => onPick({ kind: 'person', id: person.id })} />
      ) : (
        <CaseSearch onPick={(found) => onPick({ kind: 'case', id: found.id })} />
      )}
    </Modal>
  );
}
