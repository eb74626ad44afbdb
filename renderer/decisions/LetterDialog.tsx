import { Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import type { CaseDetail } from '../../shared/contract/cases';
import { api } from '../api';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { DialogFooter } from '../common/DialogFooter';
import { issuesToFormErrors } from '../common/formErrors';
import { useLeaveGuard } from '../common/LeaveGuard';

export type LetterKind = 'delayNotice' | 'completionCall';

export const letterTitles: Record<LetterKind, string> = {
  delayNotice: 'Zawiadomienie o nowym terminie (art. 36 k.p.a.)',
  completionCall: 'Wezwanie do uzupełnienia wniosku (art. 64 § 2)',
};

interface Values {
  newDate: string | null;
  delayReason: string;
  missing: string;
  days: number | string;
}

interface Props {
  detail: CaseDetail;
  kind: LetterKind;
  onClose: () => void;
  onCreated: () => void;
}

/** A letter printed from the case and kept on it: the notice of a late case, or the call to complete the application. */
export function LetterDialog({ detail, kind, onClose, onCreated }: Props) {
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: { newDate: null, delayReason: '', missing: '', days: 7 },
    validate: (values) =>
      kind === 'delayNotice'
        ? {
            newDate: values.newDate ? dateProblem(values.newDate) : 'Podaj nowy termin załatwienia sprawy.',
            delayReason: values.delayReason.trim() ? null : 'Podaj przyczynę zwłoki.',
          }
        : {
            missing: values.missing.trim() ? null : 'Napisz, czego brakuje we wniosku.',
            days: typeof values.days === 'number' && values.days >= 7 ? null : 'Co najmniej 7 dni (art. 64 § 2 k.p.a.).',
          },
  });

  useLeaveGuard(form.isDirty());

  const save = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.call(
        'letters.create',
        kind === 'delayNotice'
          ? { caseId: detail.id, kind, newDate: values.newDate!, delayReason: values.delayReason }
          : { caseId: detail.id, kind, missing: values.missing, days: Number(values.days) },
      );
      onCreated();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(issuesToFormErrors(failure.issues));
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={letterTitles[kind]} size="lg" centered>
      <form onSubmit={form.onSubmit(save)} noValidate aria-busy={busy}>
        <Stack>
          <Text c="dimmed">Pismo w sprawie {detail.caseRef} zostanie zapisane w sprawie; PDF pobierzesz z listy pism.</Text>
          {kind === 'delayNotice' ? (
            <>
              <DateField label="Nowy termin załatwienia sprawy" withAsterisk data-autofocus minDate={detail.applicationDate} {...form.getInputProps('newDate')} />
              <Textarea
                label="Przyczyna zwłoki"
                placeholder="np. oczekiwanie na zaświadczenie o dochodach z urzędu pracy"
                withAsterisk
                autosize
                minRows={3}
                maxLength={2000}
                {...form.getInputProps('delayReason')}
              />
            </>
          ) : (
            <>
              <Textarea
                label="Czego brakuje we wniosku"
                placeholder="np. zaświadczenia o wysokości emerytury za ostatni miesiąc"
                withAsterisk
                autosize
                minRows={3}
                maxLength={2000}
                data-autofocus
                {...form.getInputProps('missing')}
              />
              <NumberInput label="Termin na uzupełnienie (dni od doręczenia)" min={7} max={30} allowDecimal={false} w={280} {...form.getInputProps('days')} />
            </>
          )}
          <DialogFooter error={error} submitLabel="Przygotuj pismo" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
