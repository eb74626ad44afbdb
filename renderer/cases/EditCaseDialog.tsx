import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { CaseDetail } from '../../shared/contract/cases';
import { api } from '../api';
import { issuesToFormErrors } from '../common/formErrors';
import { useLoad } from '../common/useLoad';
import { ApplicationFields } from './ApplicationFields';
import { toCaseInput, validateCaseForm, type CaseFormValues } from './caseForm';
import { submitOnEnter } from './submitKeys';
import { DialogFooter } from '../common/DialogFooter';
import { useLeaveGuard } from '../common/LeaveGuard';

interface Props {
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/** Changing the application before the decision: the benefits, the reasons, the worker; the applicant and the date stay. */
export function EditCaseDialog({ detail, onClose, onSaved }: Props) {
  const workers = useLoad(() => api.call('cases.workers', {}), []);
  const [error, setError] = useState<Error>();
  const form = useForm<CaseFormValues>({
    initialValues: {
      applicationDate: detail.applicationDate,
      benefits: detail.benefits,
      reasons: detail.reasons,
      workerUserId: String(detail.worker.id),
      complex: detail.complex,
      incomeLostInApplicationMonth: detail.incomeLostInApplicationMonth,
      notes: detail.notes ?? '',
    },
    validate: (values) => validateCaseForm(values, detail.applicant.id),
  });

  useLeaveGuard(form.isDirty());

  const save = async (values: CaseFormValues) => {
    setError(undefined);
    const { benefits, reasons, workerUserId, complex, incomeLostInApplicationMonth, notes } = toCaseInput(values, detail.applicant.id);
    try {
      onSaved(
        await api.call('cases.update', {
          id: detail.id,
          version: detail.version,
          case: { benefits, reasons, workerUserId, complex, incomeLostInApplicationMonth, notes },
        }),
      );
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'case' ? issue.path.slice(1) : issue.path }))));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Zmiana wniosku ${detail.caseRef}`} size="xl">
      <form onSubmit={form.onSubmit(save)} onKeyDown={submitOnEnter} noValidate>
        <Stack>
          <ApplicationFields form={form} workers={workers.data} />
          <DialogFooter error={error} submitLabel="Zapisz zmiany" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
