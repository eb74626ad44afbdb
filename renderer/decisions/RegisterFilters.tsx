import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { decisionKindKeys, decisionKinds, decisionStateKeys, decisionStatuses, type DecisionKind, type DecisionState } from '../../shared/domain/decisions';
import { api } from '../api';
import { useLoad } from '../common/useLoad';

export interface RegisterFilterValues {
  year: number | '';
  kind: DecisionKind | null;
  state: DecisionState | null;
  workerUserId: number | null;
  query: string;
}

const kindOptions = decisionKindKeys.map((kind) => ({ value: kind, label: decisionKinds[kind].label }));
const stateOptions = decisionStateKeys.map((state) => ({ value: state, label: decisionStatuses[state] }));

/** Year, kind, state, worker and a name, PESEL or case reference: what the register is narrowed by. */
export function RegisterFilters({ value, onChange }: { value: RegisterFilterValues; onChange: (next: RegisterFilterValues) => void }) {
  const workers = useLoad(() => api.call('cases.workers', {}), []);
  const set = <K extends keyof RegisterFilterValues>(key: K, next: RegisterFilterValues[K]) => onChange({ ...value, [key]: next });
  return (
    <Group align="flex-end" gap="md">
      <NumberInput
        label="Rok"
        value={value.year}
        onChange={(next) => set('year', typeof next === 'number' ? next : '')}
        min={2000}
        max={2100}
        allowDecimal={false}
        thousandSeparator=""
        w={110}
      />
      <Select label="Rodzaj" placeholder="wszystkie" data={kindOptions} value={value.kind} onChange={(next) => set('kind', next as DecisionKind | null)} clearable w={180} />
      <Select label="Stan" placeholder="wszystkie" data={stateOptions} value={value.state} onChange={(next) => set('state', next as DecisionState | null)} clearable w={170} />
      <Select
        label="Pracownik"
        placeholder="wszyscy"
        data={(workers.data ?? []).map((worker) => ({ value: String(worker.id), label: worker.fullName }))}
        value={value.workerUserId === null ? null : String(value.workerUserId)}
        onChange={(next) => set('workerUserId', next ? Number(next) : null)}
        clearable
        w={220}
      />
      <TextInput
        label="Szukaj"
        placeholder="nazwisko, PESEL albo znak sprawy"
        value={value.query}
        onChange={(event) => set('query', event.currentTarget.value)}
        maxLength={100}
        style={{ flex: 1, minWidth: 220 }}
        autoFocus
      />
    </Group>
  );
}
