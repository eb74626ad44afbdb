import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Decision } from '../../shared/contract/decisions';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLeaveGuard } from '../common/LeaveGuard';
import { PdfPreview } from '../common/PdfPreview';
import { decisionTitle } from './decisionText';
import { DeliveryDialog } from './DeliveryDialog';

type Dialog = 'preview' | 'sign' | 'discard' | 'delivery' | null;

interface Props {
  decision: Decision;
  /** The draft form holds changes not yet saved: the decision leaves the worker's hands only once they are. */
  dirty: boolean;
  onChanged: (decision: Decision) => void;
}

/** What can be done with the decision now, by its state and the user's role. */
export function DecisionActions({ decision, dirty, onChanged }: Props) {
  const navigate = useNavigate();
  const { can } = useCurrentUser();
  // A discarded draft takes its unsaved changes with it: leaving it asks nothing more.
  const { allowLeaving } = useLeaveGuard(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A refusal is about the decision as it was: once it changes (saved, returned, signed), the message goes.
  const [failure, setFailure] = useState<{ version: number; error: Error }>();
  const error = failure?.version === decision.version ? failure.error : undefined;
  const signed = decision.decisionNumber !== null;
  const title = decisionTitle(decision.decisionNumber);

  const run = async (name: string, action: () => Promise<void>) => {
    setBusy(name);
    setFailure(undefined);
    try {
      await action();
    } catch (refused) {
      setFailure({ version: decision.version, error: refused as Error });
      setDialog(null);
    } finally {
      setBusy(null);
    }
  };

  const step = (name: string, method: 'decisions.submit' | 'decisions.returnToDraft' | 'decisions.sign', message: string) =>
    run(name, async () => {
      const next = await api.call(method, { id: decision.id, version: decision.version });
      setDialog(null);
      onChanged(next);
      notifications.show({ color: 'teal', title: decisionTitle(next.decisionNumber), message });
    });

  return (
    <>
      <Group gap="sm">
        {decision.state === 'draft' && can('decisions.submit') && (
          <Button disabled={dirty} loading={busy === 'submit'} onClick={() => void step('submit', 'decisions.submit', 'Przekazano do podpisu')}>
            Przekaż do podpisu
          </Button>
        )}
        {decision.state === 'submitted' && can('decisions.sign') && (
          <Button color="teal" onClick={() => setDialog('sign')}>
            Podpisz decyzję
          </Button>
        )}
        {decision.state === 'submitted' && can('decisions.returnToDraft') && (
          <Button variant="default" loading={busy === 'return'} onClick={() => void step('return', 'decisions.returnToDraft', 'Zwrócono do poprawy')}>
            Zwróć do poprawy
          </Button>
        )}
        {signed && (decision.deliveredOn === null || decision.appealWaivedOn === null) && decision.state !== 'final' && can('decisions.recordDelivery') && (
          <Button onClick={() => setDialog('delivery')}>{decision.deliveredOn ? 'Zapisz zrzeczenie się odwołania' : 'Zapisz doręczenie'}</Button>
        )}
        <Button variant="light" disabled={dirty} onClick={() => setDialog('preview')}>
          Podgląd
        </Button>
        <Button
          variant="light"
          disabled={dirty}
          loading={busy === 'pdf'}
          onClick={() => void run('pdf', async () => downloadFile(await api.call('decisions.pdf', { id: decision.id })))}
        >
          Pobierz PDF
        </Button>
        {!signed && can('decisions.discard') && (
          <Button variant="subtle" color="red" onClick={() => setDialog('discard')}>
            Odrzuć projekt
          </Button>
        )}
      </Group>
      {dirty && !signed && (
        <Text c="orange.8" size="sm">
          Zapisz zmiany projektu, zanim przekażesz go do podpisu albo wydrukujesz.
        </Text>
      )}
      <ErrorAlert error={error} title="Nie udało się" />

      {dialog === 'preview' && <PdfPreview title={title} load={() => api.call('decisions.pdf', { id: decision.id })} onClose={() => setDialog(null)} />}
      {dialog === 'sign' && (
        <ConfirmDialog
          title="Podpisać decyzję?"
          message="Decyzja otrzyma numer z rejestru i zostanie zamrożona: po podpisaniu nie można jej zmienić, korekta to nowa decyzja."
          confirmLabel="Podpisz"
          confirmColor="teal"
          onConfirm={() => step('sign', 'decisions.sign', 'Decyzja podpisana')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'discard' && (
        <ConfirmDialog
          title="Odrzucić projekt?"
          message="Projekt decyzji zostanie usunięty (nie zajmuje numeru). Tego nie można cofnąć."
          confirmLabel="Odrzuć projekt"
          confirmColor="red"
          onConfirm={() =>
            run('discard', async () => {
              await api.call('decisions.discard', { id: decision.id, version: decision.version });
              notifications.show({ color: 'teal', title: decision.caseRef, message: 'Odrzucono projekt decyzji' });
              allowLeaving();
              navigate(`/sprawy/${decision.caseId}`);
            })
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delivery' && (
        <DeliveryDialog
          decision={decision}
          onClose={() => setDialog(null)}
          onSaved={(next) => {
            setDialog(null);
            onChanged(next);
            notifications.show({ color: 'teal', title: title, message: 'Zapisano doręczenie' });
          }}
        />
      )}
    </>
  );
}
