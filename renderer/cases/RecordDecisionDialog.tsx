import { Modal, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { CaseDetail } from '../../shared/contract/cases';
import { api } from '../api';
import { issuesToFormErrors } from '../common/formErrors';
import { parsePolishDate } from '../common/parsePolishDate';
import { todayIso } from './caseText';
import { DialogFooter } from '../common/DialogFooter';

interface Props {
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/** Until the program writes decisions itself, the worker records the day of the decision and until when the benefit runs. */
export function RecordDecisionDialog({ detail, onClose, onSaved }: Props) {
  const [error, setError] = useState<Error>();
  const form = useForm<{ decidedOn: string | null; benefitUntil: string | null }>({
    initialValues: { decidedOn: todayIso(), benefitUntil: null },
    validate: { decidedOn: (value) => (value ? null : 'Podaj datę decyzji.') },
  });

  const save = async (values: typeof form.values) => {
    setError(undefined);
    try {
      onSaved(
        await api.call('cases.recordDecision', {
          id: detail.id,
          version: detail.version,
          decidedOn: values.decidedOn!,
          benefitUntil: values.benefitUntil,
        }),
      );
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Odnotuj decyzję" size="lg" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Text c="dimmed">Sprawa {detail.caseRef} przejdzie w stan „Rozstrzygnięta”. Wniosku nie będzie można już zmienić.</Text>
          <DateInput
            label="Data decyzji"
            withAsterisk
            valueFormat="DD.MM.YYYY"
            dateParser={parsePolishDate}
            placeholder="dd.mm.rrrr"
            maxDate={todayIso()}
            data-autofocus
            {...form.getInputProps('decidedOn')}
          />
          <DateInput
            label="Świadczenie do (ostatni dzień)"
            description="Puste, gdy decyzja odmawia albo świadczenie jest jednorazowe"
            valueFormat="DD.MM.YYYY"
            dateParser={parsePolishDate}
            placeholder="dd.mm.rrrr"
            clearable
            {...form.getInputProps('benefitUntil')}
          />
          <DialogFooter error={error} submitLabel="Zapisz decyzję" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
