import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { Decision } from '../../shared/contract/decisions';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { DialogFooter } from '../common/DialogFooter';
import { formatDate } from '../common/format';
import { issuesToFormErrors } from '../common/formErrors';
import { useLeaveGuard } from '../common/LeaveGuard';

interface Props {
  decision: Decision;
  onClose: () => void;
  onSaved: (decision: Decision) => void;
}

/** The day the party received the decision, and the day a waiver of the appeal arrived (art. 127a k.p.a.). */
export function DeliveryDialog({ decision, onClose, onSaved }: Props) {
  const [error, setError] = useState<Error>();
  const delivered = decision.deliveredOn !== null;
  const form = useForm<{ deliveredOn: string | null; appealWaivedOn: string | null }>({
    initialValues: { deliveredOn: delivered ? decision.deliveredOn : todayIso(), appealWaivedOn: null },
    validate: {
      deliveredOn: (value) =>
        delivered ? null : value ? dateProblem(value, { label: 'Data doręczenia', today: todayIso() }) : 'Podaj datę doręczenia.',
      appealWaivedOn: (value) => (delivered && !value ? 'Podaj datę wpływu zrzeczenia się odwołania.' : dateProblem(value, { label: 'Data zrzeczenia się', today: todayIso() })),
    },
  });

  useLeaveGuard(form.isDirty());

  const save = async (values: typeof form.values) => {
    setError(undefined);
    try {
      onSaved(
        await api.call('decisions.recordDelivery', {
          id: decision.id,
          version: decision.version,
          deliveredOn: delivered ? null : values.deliveredOn,
          appealWaivedOn: values.appealWaivedOn,
        }),
      );
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={delivered ? 'Zrzeczenie się odwołania' : 'Zapisz doręczenie'} size="lg" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Text c="dimmed">
            Decyzja nr {decision.decisionNumber} z {formatDate(decision.issuedOn)}. Od doręczenia biegnie 14 dni na odwołanie; decyzja staje się
            ostateczna po ich upływie albo w dniu, w którym wpłynęło zrzeczenie się odwołania.
          </Text>
          {delivered ? (
            <Text size="lg">Doręczono {formatDate(decision.deliveredOn)}.</Text>
          ) : (
            <DateField label="Data doręczenia" withAsterisk notFuture data-autofocus minDate={decision.issuedOn ?? undefined} {...form.getInputProps('deliveredOn')} />
          )}
          <DateField
            label="Zrzeczenie się odwołania wpłynęło"
            description={delivered ? undefined : 'tylko gdy strona zrzekła się prawa do odwołania (art. 127a k.p.a.)'}
            withAsterisk={delivered}
            notFuture
            data-autofocus={delivered || undefined}
            {...form.getInputProps('appealWaivedOn')}
          />
          <DialogFooter error={error} submitLabel="Zapisz" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
