import { Badge, Button, CloseButton, Group, Select, Stack, Switch } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { auditKindLabels } from '../../shared/contract/audit';
import { DateField } from '../common/DateField';
import { SubjectDialog, type Subject } from './SubjectDialog';

/** The filters the page keeps itself; the person and the case live in the address, so other pages can link to them. */
export interface LocalFilter {
  userId: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  collapseReads: boolean;
}

interface Props {
  subject: { personId?: number; caseId?: number; personName?: string | null; caseRef?: string | null };
  onSubject: (subject: { osoba?: number; sprawa?: number }) => void;
  canPickPerson: boolean;
  canPickCase: boolean;
  users: { id: number; fullName: string }[];
  value: LocalFilter;
  onChange: (value: LocalFilter) => void;
  /** Put at the end of the fields' row (the jump to an entry number). */
  children?: ReactNode;
}

const kindOptions = Object.entries(auditKindLabels).map(([value, label]) => ({ value, label }));

/** Whose history (a person or a case, chosen by search), who, what kind, which days, and whether repeated openings are one line. */
export function AuditFilters({ subject, onSubject, canPickPerson, canPickCase, users, value, onChange, children }: Props) {
  const [picking, setPicking] = useState<Subject['kind'] | null>(null);
  const set = <K extends keyof LocalFilter>(field: K) => (fieldValue: LocalFilter[K]) => onChange({ ...value, [field]: fieldValue });
  const pick = (picked: Subject) => {
    setPicking(null);
    onSubject(picked.kind === 'person' ? { osoba: picked.id } : { sprawa: picked.id });
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        {subject.personId !== undefined && (
          <Badge size="xl" variant="light" tt="none" rightSection={<CloseButton size="sm" aria-label="Usuń filtr osoby" onClick={() => onSubject({})} />}>
            Osoba: {subject.personName ?? `nr ${subject.personId}`}
          </Badge>
        )}
        {subject.caseId !== undefined && (
          <Badge size="xl" variant="light" tt="none" rightSection={<CloseButton size="sm" aria-label="Usuń filtr sprawy" onClick={() => onSubject({})} />}>
            Sprawa: {subject.caseRef ?? `nr ${subject.caseId}`}
          </Badge>
        )}
        {canPickPerson && (
          <Button variant="default" onClick={() => setPicking('person')}>
            Wybierz osobę…
          </Button>
        )}
        {canPickCase && (
          <Button variant="default" onClick={() => setPicking('case')}>
            Wybierz sprawę…
          </Button>
        )}
        <Switch
          ml="auto"
          label="Łącz powtórzone otwarcia"
          description="w jeden wiersz"
          checked={value.collapseReads}
          onChange={(event) => set('collapseReads')(event.currentTarget.checked)}
        />
      </Group>
      <Group gap="md" align="flex-end">
        <Select
          label="Użytkownik"
          placeholder="wszyscy"
          clearable
          searchable
          data={users.map((user) => ({ value: String(user.id), label: user.fullName }))}
          value={value.userId}
          onChange={set('userId')}
          w={200}
        />
        <Select label="Rodzaj" placeholder="wszystkie" clearable searchable data={kindOptions} value={value.kind} onChange={set('kind')} w={250} />
        <DateField label="Od dnia" value={value.from} onChange={set('from')} w={140} />
        <DateField label="Do dnia" value={value.to} onChange={set('to')} w={140} />
        <Group ml="auto">{children}</Group>
      </Group>
      {picking && <SubjectDialog kind={picking} onPick={pick} onClose={() => setPicking(null)} />}
    </Stack>
  );
}
