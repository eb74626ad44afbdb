import { Alert, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../shared/contract/cases';
import type { DecisionSummary } from '../../shared/contract/decisions';
import { api } from '../api';
import { todayIso } from '../cases/caseText';
import { DialogFooter } from '../common/DialogFooter';
import { decisionOptions, suggestedOption } from './decisionOptions';

interface Props {
  detail: CaseDetail;
  decisions: DecisionSummary[];
  onClose: () => void;
}

/** "Przygotuj decyzję": the kind and the benefit; the draft fills itself from the case and opens. */
export function NewDecisionDialog({ detail, decisions, onClose }: Props) {
  const navigate = useNavigate();
  const options = decisionOptions(detail, decisions, todayIso());
  const [value, setValue] = useState<string | null>(() => suggestedOption(options, detail));
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = options.find((option) => option.value === value);
    if (!chosen) {
      setError(new Error('Wybierz rodzaj decyzji.'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const draft = await api.call('decisions.createDraft', {
        caseId: detail.id,
        kind: chosen.kind,
        benefit: chosen.benefit,
        refersToDecisionId: chosen.refersToDecisionId,
      });
      navigate(`/decyzje/${draft.id}`);
    } catch (failure) {
      setError(failure as Error);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Przygotuj decyzję" size="xl" centered>
      <form onSubmit={(event) => void create(event)} noValidate aria-busy={busy}>
        <Stack>
          {options.length === 0 ? (
            <Alert color="gray">
              W tej sprawie nie ma świadczenia, o którym trzeba jeszcze orzec, ani trwającego świadczenia do zmiany.
            </Alert>
          ) : (
            <Radio.Group label="Rodzaj decyzji" value={value} onChange={setValue} withAsterisk>
              <Stack gap="sm" mt="xs">
                {options.map((option, index) => (
                  <Radio key={option.value} value={option.value} label={option.label} size="md" data-autofocus={index === 0 || undefined} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Text c="dimmed" size="sm">
            Projekt wypełni się danymi ze sprawy i wyliczeniem z wywiadu. Numer decyzja otrzyma przy podpisaniu.
          </Text>
          <DialogFooter error={error} submitLabel="Przygotuj projekt" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
