import { Button, Loader, Modal, Paper, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../shared/contract/cases';
import { api } from '../api';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate, formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { ComputationView } from './ComputationView';
import { InterviewView } from './InterviewView';

/** Interviews replaced by an update: kept unchanged, and opened read-only with what was computed then. */
export function EarlierInterviews({ detail }: { detail: CaseDetail }) {
  const [openId, setOpenId] = useState<number | null>(null);
  const earlier = detail.interviews.filter((entry) => !entry.current);
  const opened = earlier.find((entry) => entry.id === openId);
  if (earlier.length === 0) return null;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h3" mb="sm">
        Wcześniejsze wywiady
      </Title>
      <Table withTableBorder striped fz="md" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Data wywiadu</Table.Th>
            <Table.Th>Pracownik</Table.Th>
            <Table.Th>Zapisano</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {earlier.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatDate(entry.interviewDate)}</Table.Td>
              <Table.Td>{entry.workerName}</Table.Td>
              <Table.Td>{formatDateTime(entry.createdAt)}</Table.Td>
              <Table.Td ta="right">
                <Button variant="light" size="sm" onClick={() => setOpenId(entry.id)}>
                  Pokaż wywiad z {formatDate(entry.interviewDate)}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={openId !== null} onClose={() => setOpenId(null)} title={opened ? `Wywiad z ${formatDate(opened.interviewDate)} — wcześniejszy, tylko do odczytu` : ''} size="80rem">
        {openId !== null && <EarlierInterview id={openId} />}
      </Modal>
    </Paper>
  );
}

function EarlierInterview({ id }: { id: number }) {
  const interview = useLoad(() => api.call('interviews.get', { id }), [id]);
  if (interview.error) return <ErrorAlert error={interview.error} title="Nie można otworzyć wywiadu" />;
  if (!interview.data) return <Loader aria-label="Wczytywanie" />;
  return (
    <Stack gap="lg">
      <InterviewView interview={interview.data} />
      <Title order={3} size="h4">
        Wyliczenie zapisane z tym wywiadem
      </Title>
      <ComputationView computation={interview.data.computation} />
    </Stack>
  );
}
