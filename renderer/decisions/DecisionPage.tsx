import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Decision } from '../../shared/contract/decisions';
import { benefitWording, decisionKinds } from '../../shared/domain/decisions';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLoad } from '../common/useLoad';
import { ArticleCheckList } from './ArticleCheckList';
import { DecisionActions } from './DecisionActions';
import { DecisionDraftForm } from './DecisionDraftForm';
import { DecisionFacts } from './DecisionFacts';
import { DecisionReasonsView } from './DecisionReasonsView';
import { DecisionStateBadge } from './DecisionStateBadge';
import { decisionTitle } from './decisionText';

/** One decision: its facts and state, the art. 107 check, the draft's fields, and the next step. */
export function DecisionPage() {
  const decisionId = Number(useParams().id);
  const { can } = useCurrentUser();
  const loaded = useLoad(() => api.call('decisions.get', { id: decisionId }), [decisionId]);
  const [changed, setChanged] = useState<Decision>();
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  if (loaded.error) return <ErrorAlert error={loaded.error} title="Nie można otworzyć decyzji" />;
  const decision = changed?.id === decisionId ? changed : loaded.data;
  if (!decision) return <Loader aria-label="Wczytywanie" />;

  const signed = decision.decisionNumber !== null;
  const editable = decision.state === 'draft' && can('decisions.updateDraft');
  const about = `${decisionKinds[decision.kind].title} ${benefitWording[decision.benefit].genitive}`;

  return (
    <Stack maw={1200} gap="md">
      <div>
        <Text size="sm" c="dimmed">
          <Link to="/sprawy">Sprawy</Link> › <Link to={`/sprawy/${decision.caseId}`}>{decision.caseRef}</Link> › decyzja
        </Text>
        <Group gap="md" align="center">
          <Title order={1} size="h2">
            {decisionTitle(decision.decisionNumber)}
          </Title>
          <DecisionStateBadge state={decision.state} />
        </Group>
        <Text size="lg" c="dimmed">
          {about}
        </Text>
      </div>

      <DecisionActions decision={decision} dirty={editable && dirty} onChanged={setChanged} />

      {signed && (
        <Alert color="blue" title="Podpisana — nie można jej zmienić; korekta to nowa decyzja">
          Decyzja jest zamrożona wraz z danymi, na których się opiera. Skrót treści SHA-256: <strong>{decision.contentHash?.slice(0, 16)}</strong>{' '}
          (drukowany w stopce), skrót pliku PDF: {decision.pdfSha256?.slice(0, 16)}…
        </Alert>
      )}
      {decision.state === 'submitted' && (
        <Alert color="orange" title="Czeka na podpis">
          Projekt czeka na podpis kierownika. Aby go zmienić, zwróć go do poprawy.
        </Alert>
      )}

      <DecisionFacts decision={decision} />
      {decision.check.length > 0 && <ArticleCheckList check={decision.check} />}
      {editable ? (
        <DecisionDraftForm key={decision.id} decision={decision} onSaved={setChanged} onDirtyChange={onDirtyChange} />
      ) : (
        <DecisionReasonsView decision={decision} />
      )}
    </Stack>
  );
}
