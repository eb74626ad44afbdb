import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { CaseDetail } from '../../shared/contract/cases';
import { api } from '../api';
import { issuesToFormErrors } from '../common/formErrors';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
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
    validate: {
      decidedOn: (value) => (value ? dateProblem(value, { label: 'Data decyzji', today: todayIso() }) : 'Podaj datę decyzji.'),
      benefitUntil: (value) => dateProblem(value),
    },
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
          <DateField
            label="Data decyzji"
            withAsterisk
            notFuture
            data-autofocus
            {...form.getInputProps('decidedOn')}
          />
          <DateField
            label="Świadczenie do (ostatni dzień)"
            description="Puste, gdy decyzja odmawia albo świadczenie jest jednorazowe"
            {...form.getInputProps('benefitUntil')}
          />
          <DialogFooter error={error} submitLabel="Zapisz decyzję" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
