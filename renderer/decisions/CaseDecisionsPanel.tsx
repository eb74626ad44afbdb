import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../shared/contract/cases';
import { benefitKinds } from '../../shared/domain/cases';
import { decisionKinds } from '../../shared/domain/decisions';
import { formatMoney } from '../../shared/domain/money';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { CaseLetters } from './CaseLetters';
import { DecisionStateBadge } from './DecisionStateBadge';
import { summaryPeriod } from './decisionText';
import { LetterDialog, letterTitles, type LetterKind } from './LetterDialog';
import { NewDecisionDialog } from './NewDecisionDialog';

type Dialog = 'decision' | LetterKind | null;

/** The case's decisions and letters: each decision opens on its own page; new ones start here. */
export function CaseDecisionsPanel({ detail }: { detail: CaseDetail }) {
  const { can } = useCurrentUser();
  const loaded = useLoad(() => api.call('decisions.listForCase', { caseId: detail.id }), [detail.id, detail.version]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = detail.status !== 'closed';
  const decisions = loaded.data?.decisions ?? [];
  const letters = loaded.data?.letters ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="case-decisions">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={2} size="h3" id="case-decisions">
          Decyzje i pisma
        </Title>
        {open && can('decisions.createDraft') && (
          <Button
            onClick={() => setDialog('decision')}
            disabled={!detail.currentInterview || !loaded.data}
            title={detail.currentInterview ? undefined : 'Decyzję przygotujesz po zapisaniu wywiadu'}
          >
            Przygotuj decyzję
          </Button>
        )}
      </Group>
      <ErrorAlert error={loaded.error} title="Nie udało się wczytać decyzji" />
      <Stack gap="lg">
        {decisions.length === 0 ? (
          <Text size="lg" c="dimmed">
            {detail.currentInterview ? 'W sprawie nie ma jeszcze decyzji.' : 'W sprawie nie ma jeszcze decyzji. Decyzję przygotujesz po zapisaniu wywiadu.'}
          </Text>
        ) : (
          <Table fz="md" verticalSpacing="sm" striped withTableBorder aria-label="Decyzje w sprawie">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Decyzja</Table.Th>
                <Table.Th>Rodzaj</Table.Th>
                <Table.Th>Świadczenie</Table.Th>
                <Table.Th>Stan</Table.Th>
                <Table.Th ta="right">Kwota</Table.Th>
                <Table.Th>Okres</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.map((decision) => (
                <Table.Tr key={decision.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/decyzje/${decision.id}`} fw={700}>
                      {decision.decisionNumber ? `nr ${decision.decisionNumber}` : 'projekt'}
                    </Anchor>
                    {decision.issuedOn && (
                      <Text size="sm" c="dimmed">
                        z {formatDate(decision.issuedOn)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{decisionKinds[decision.kind].label}</Table.Td>
                  <Table.Td>{benefitKinds[decision.benefit].label}</Table.Td>
                  <Table.Td>
                    <DecisionStateBadge state={decision.state} size="md" />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {decision.amount === null ? '—' : formatMoney(decision.amount)}
                  </Table.Td>
                  <Table.Td>{summaryPeriod(decision) || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <div>
          <Group justify="space-between" align="center" mb="xs">
            <Title order={3} size="h4">
              Pisma
            </Title>
            {open && can('letters.create') && (
              <Group gap="sm">
                <Button variant="default" onClick={() => setDialog('delayNotice')}>
                  {letterTitles.delayNotice}
                </Button>
                <Button variant="default" onClick={() => setDialog('completionCall')}>
                  {letterTitles.completionCall}
                </Button>
              </Group>
            )}
          </Group>
          <CaseLetters letters={letters} />
        </div>
      </Stack>

      {dialog === 'decision' && <NewDecisionDialog detail={detail} decisions={decisions} onClose={() => setDialog(null)} />}
      {(dialog === 'delayNotice' || dialog === 'completionCall') && (
        <LetterDialog
          detail={detail}
          kind={dialog}
          onClose={() => setDialog(null)}
          onCreated={() => {
            notifications.show({ color: 'teal', title: detail.caseRef, message: `Przygotowano: ${letterTitles[dialog]}` });
            setDialog(null);
            loaded.reload();
          }}
        />
      )}
    </Paper>
  );
}
