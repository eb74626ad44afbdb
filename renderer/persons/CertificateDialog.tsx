import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { certificateInput, type Certificate, type CertificateInput } from '../../shared/contract/certificates';
import { certificateIssuers, certificateKinds } from '../../shared/domain/certificates';
import { api } from '../api';
import { DateField } from '../common/DateField';
import { dateProblem } from '../common/dateText';
import { DialogFooter } from '../common/DialogFooter';
import { useDialogLeaveGuard } from '../common/LeaveGuard';
import { issuesToFormErrors, validateWith } from '../common/formErrors';
import { todayIso } from '../cases/caseText';

const kindOptions = [
  {
    group: 'Uprawniają do zasiłku stałego',
    items: Object.entries(certificateKinds)
      .filter(([, kind]) => kind.qualifiesForPermanentAllowance)
      .map(([value, kind]) => ({ value, label: kind.label })),
  },
  {
    group: 'Nie uprawniają do zasiłku stałego',
    items: Object.entries(certificateKinds)
      .filter(([, kind]) => !kind.qualifiesForPermanentAllowance)
      .map(([value, kind]) => ({ value, label: kind.label })),
  },
];
const issuerOptions = Object.entries(certificateIssuers).map(([value, label]) => ({ value, label }));

interface Values {
  kind: string | null;
  issuer: string | null;
  issuedOn: string | null;
  permanent: boolean;
  validUntil: string | null;
  number: string;
  notes: string;
}

function initialValues(certificate: Certificate | null): Values {
  if (!certificate) return { kind: null, issuer: null, issuedOn: null, permanent: false, validUntil: null, number: '', notes: '' };
  return {
    kind: certificate.kind,
    issuer: certificate.issuer,
    issuedOn: certificate.issuedOn,
    permanent: certificate.validUntil === null,
    validUntil: certificate.validUntil,
    number: certificate.number ?? '',
    notes: certificate.notes ?? '',
  };
}

/** The same checks as the core's, with the date field's own words for a day that cannot be read or does not exist. */
function validate(values: Values): Record<string, string> {
  const errors = validateWith(certificateInput, values);
  const issued = values.issuedOn
    ? dateProblem(values.issuedOn, { label: 'Data wydania orzeczenia', today: todayIso() })
    : 'Podaj datę wydania orzeczenia.';
  if (issued) errors.issuedOn = issued;
  const until = values.permanent ? null : dateProblem(values.validUntil);
  if (until) errors.validUntil = until;
  return errors;
}

interface Props {
  personId: number;
  /** The certificate to correct; null to add a new one. */
  certificate: Certificate | null;
  onClose: () => void;
  onSaved: (certificate: Certificate) => void;
}

/** Adding or correcting a certificate on the person's file: kind, who issued it, when, and until when. */
export function CertificateDialog({ personId, certificate, onClose, onSaved }: Props) {
  const [error, setError] = useState<Error>();
  const form = useForm<Values>({ initialValues: initialValues(certificate), validate });
  const { close, question } = useDialogLeaveGuard(form.isDirty(), onClose);

  const save = async (values: Values) => {
    setError(undefined);
    const input = values as CertificateInput;
    try {
      onSaved(
        certificate
          ? await api.call('persons.updateCertificate', { id: certificate.id, version: certificate.version, certificate: input })
          : await api.call('persons.addCertificate', { personId, certificate: input }),
      );
    } catch (failure) {
      if (failure instanceof ApiError) {
        // The core names fields inside "certificate"; the form's are the same names without it.
        form.setErrors(issuesToFormErrors(failure.issues.map((issue) => ({ ...issue, path: issue.path.filter((part) => part !== 'certificate') }))));
      }
      setError(failure as Error);
    }
  };

  return (
    <Modal opened onClose={close} title={certificate ? 'Zmień orzeczenie' : 'Dodaj orzeczenie'} size="lg" centered>
      {question}
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Select
            label="Rodzaj orzeczenia"
            placeholder="Wybierz z listy albo zacznij pisać"
            withAsterisk
            data={kindOptions}
            allowDeselect={false}
            searchable
            nothingFoundMessage="Nie ma takiego rodzaju orzeczenia"
            data-autofocus
            {...form.getInputProps('kind')}
          />
          <Select
            label="Kto wydał"
            placeholder="Wybierz z listy albo zacznij pisać"
            withAsterisk
            data={issuerOptions}
            allowDeselect={false}
            searchable
            nothingFoundMessage="Wybierz „inny organ orzekający”"
            {...form.getInputProps('issuer')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Data wydania" withAsterisk notFuture {...form.getInputProps('issuedOn')} />
            <DateField
              label="Ważne do (ostatni dzień)"
              withAsterisk={!form.values.permanent}
              disabled={form.values.permanent}
              {...form.getInputProps('validUntil')}
            />
          </SimpleGrid>
          <Checkbox label="Wydane na stałe (bez terminu ważności)" {...form.getInputProps('permanent', { type: 'checkbox' })} />
          <TextInput label="Numer orzeczenia" maxLength={40} {...form.getInputProps('number')} />
          <Textarea label="Uwagi" autosize minRows={2} maxLength={500} {...form.getInputProps('notes')} />
          <DialogFooter error={error} submitLabel={certificate ? 'Zapisz zmiany' : 'Dodaj orzeczenie'} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
