import { Modal, Stack, Textarea } from '@mantine/core';
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
import { useLeaveGuard } from '../common/LeaveGuard';

interface Props {
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/** Ending a case: the application withdrawn, the benefit ended, the person moved away. */
export function CloseCaseDialog({ detail, onClose, onSaved }: Props) {
  const [error, setError] = useState<Error>();
  const form = useForm<{ closedOn: string | null; reason: string }>({
    initialValues: { closedOn: todayIso(), reason: '' },
    validate: {
      closedOn: (value) => (value ? dateProblem(value, { label: 'Data zakończenia', today: todayIso() }) : 'Podaj datę zakończenia.'),
      reason: (value) => (value.trim().length >= 3 ? null : 'Podaj powód zakończenia sprawy.'),
    },
  });

  useLeaveGuard(form.isDirty());

  const save = async (values: typeof form.values) => {
    setError(undefined);
    try {
      onSaved(await api.call('cases.close', { id: detail.id, version: detail.version, closedOn: values.closedOn!, reason: values.reason }));
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Zakończ sprawę ${detail.caseRef}`} size="lg" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <DateField
            label="Data zakończenia"
            withAsterisk
            notFuture
            {...form.getInputProps('closedOn')}
          />
          <Textarea
            label="Powód zakończenia"
            placeholder="np. wycofanie wniosku przez stronę, upływ okresu świadczenia"
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <DialogFooter error={error} submitLabel="Zakończ sprawę" submitColor="red" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
