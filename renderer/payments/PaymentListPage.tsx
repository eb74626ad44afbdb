import { Alert, Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { LineOutcome, PaymentLineOut, PaymentListOut } from '../../shared/contract/payments';
import { amountInWords } from '../../shared/domain/amount-in-words';
import { formatMonthPl } from '../../shared/domain/calendar';
import { benefitKinds } from '../../shared/domain/cases';
import { formatMoney } from '../../shared/domain/money';
import { formatNrb } from '../../shared/domain/nrb';
import { plural } from '../../shared/domain/plural';
import { api } from '../api';
import { useCurrentUser } from '../auth/CurrentUser';
import { todayIso } from '../cases/caseText';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DateField } from '../common/DateField';
import { downloadFile } from '../common/downloadFile';
import { ErrorAlert } from '../common/ErrorAlert';
import { LabelledValue } from '../common/LabelledValue';
import { formatDate, formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { methodLabels, monthDots, outcomeLabels } from './paymentText';

/** One payment list: its lines, approval by a second person, the PDF, the bank file, and the marks after payment. */
export function PaymentListPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const { can } = useCurrentUser();
  const loaded = useLoad(() => api.call('payments.getList', { id }), [id]);
  const [list, setList] = useState<PaymentListOut>();
  const current = list?.id === id ? list : loaded.data;
  const problems = (location.state as { problems?: PaymentListOut['problems'] } | null)?.problems ?? [];
  const [error, setError] = useState<Error>();
  const [bankFile, setBankFile] = useState<{ count: number; total: number; variant: string }>();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [selected, setSelected] = useState<PaymentLineOut[]>([]);
  const [outcome, setOutcome] = useState<LineOutcome>('paid');
  const [outcomeOn, setOutcomeOn] = useState<string | null>(todayIso());
  const [note, setNote] = useState('');

  const act = async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure as Error);
    }
  };
  if (!current) return <ErrorAlert error={loaded.error} />;
  const approved = current.status === 'approved';
  const outcomes: LineOutcome[] = current.method === 'transfer' ? ['paid', 'returned'] : ['paid', 'notCollected'];

  return (
    <Stack gap="md" maw={1400}>
      <Anchor component={Link} to="/wyplaty">
        ← Wypłaty
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1} size="h2">
          {current.label}
        </Title>
        <Badge size="xl" color={approved ? 'teal' : 'grape'} variant="light" style={{ textTransform: 'none' }}>
          {approved ? 'Zatwierdzono do wypłaty' : 'Projekt — czeka na zatwierdzenie'}
        </Badge>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, lg: 4 }}>
          <LabelledValue label="Miesiąc">{formatMonthPl(current.month)}</LabelledValue>
          <LabelledValue label="Sposób wypłaty">{methodLabels[current.method]}</LabelledValue>
          <LabelledValue label="Dzień wypłaty">{formatDate(current.payOn)}</LabelledValue>
          <LabelledValue label="Pozycji">{current.lineCount}</LabelledValue>
          <LabelledValue label="Razem">
            <Text fw={700} size="lg">
              {formatMoney(current.total)}
            </Text>
            <Text size="sm" c="dimmed">
              {amountInWords(current.total)}
            </Text>
          </LabelledValue>
          <LabelledValue label="Sporządził">{current.preparedByName}</LabelledValue>
          <LabelledValue label="Zatwierdził">{current.approvedByName ? `${current.approvedByName}, ${formatDateTime(current.approvedAt!)}` : '—'}</LabelledValue>
        </SimpleGrid>
      </Paper>
      {problems.length > 0 && !approved && (
        <Alert color="orange" title="Nie trafiło na listę">
          <Stack gap={2}>
            {problems.map((problem, index) => (
              <Text key={index}>
                {can('cases.get') ? (
                  <Anchor component={Link} to={`/sprawy/${problem.caseId}`}>
                    {problem.recipientName}
                  </Anchor>
                ) : (
                  problem.recipientName
                )}
                : {problem.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Group gap="sm">
        <Button variant="default" onClick={() => void act(async () => downloadFile(await api.call('payments.listPdf', { id })))}>
          {approved ? 'Drukuj listę (PDF)' : 'Podgląd projektu (PDF)'}
        </Button>
        {!approved && can('payments.approve') && (
          <Button color="teal" onClick={() => void act(async () => setList(await api.call('payments.approve', { id, version: current.version })))}>
            Zatwierdź do wypłaty
          </Button>
        )}
        {!approved && can('payments.prepare') && (
          <Button variant="default" onClick={() => void act(async () => setList(await api.call('payments.prepare', { month: current.month, method: current.method, payOn: current.payOn })))}>
            Przygotuj ponownie
          </Button>
        )}
        {!approved && can('payments.discard') && (
          <Button variant="subtle" color="red" onClick={() => setConfirmDiscard(true)}>
            Odrzuć projekt
          </Button>
        )}
        {approved && current.method === 'transfer' && (
          <Button
            onClick={() =>
              void act(async () => {
                const file = await api.call('payments.bankFile', { id });
                downloadFile(file);
                setBankFile({ count: file.count, total: file.total, variant: file.variant });
              })
            }
          >
            Plik dla banku (Elixir-O)
          </Button>
        )}
        {bankFile && (
          <Text fw={600} aria-live="polite">
            Zapisano plik: {plural(bankFile.count, 'przelew', 'przelewy', 'przelewów')} na {formatMoney(bankFile.total)} · {bankFile.variant}. Porównaj z ekranem banku.
          </Text>
        )}
      </Group>
      {approved && can('payments.mark') && (
        <Paper withBorder p="md" radius="md" component="section" aria-label="Wynik wypłaty">
          <Group align="flex-end" gap="md">
            <Select label="Wynik zaznaczonych" data={outcomes.map((key) => ({ value: key, label: outcomeLabels[key] }))} value={outcome} onChange={(value) => value && setOutcome(value as LineOutcome)} allowDeselect={false} w={220} />
            <DateField label="Dnia" value={outcomeOn} onChange={setOutcomeOn} notFuture w={160} />
            <TextInput label="Uwagi (np. powód zwrotu)" value={note} onChange={(event) => setNote(event.currentTarget.value)} w={280} />
            <Button
              disabled={selected.length === 0 || !outcomeOn}
              onClick={() =>
                void act(async () => {
                  setList(await api.call('payments.mark', { listId: id, lineIds: selected.map((line) => line.id), outcome, outcomeOn: outcomeOn!, note }));
                  setSelected([]);
                  setNote('');
                })
              }
            >
              Zapisz wynik ({selected.length})
            </Button>
          </Group>
        </Paper>
      )}
      <DataTable
        withTableBorder
        borderRadius="sm"
        striped
        records={current.lines}
        idAccessor="id"
        fz="md"
        verticalSpacing="xs"
        noRecordsText="Lista jest pusta"
        minHeight={current.lines.length ? undefined : 120}
        aria-label="Pozycje listy"
        {...(approved && can('payments.mark')
          ? {
              selectedRecords: selected,
              onSelectedRecordsChange: setSelected,
              allRecordsSelectionCheckboxProps: { 'aria-label': 'Zaznacz wszystkie pozycje' },
              getRecordSelectionCheckboxProps: (line: PaymentLineOut) => ({ 'aria-label': `Zaznacz: ${line.recipientName}, ${monthDots(line.month)}` }),
            }
          : {})}
        columns={[
          { accessor: 'lp', title: 'Lp.', textAlign: 'right', width: 50 },
          {
            accessor: 'recipientName',
            title: 'Osoba',
            render: (line) => (
              <div>
                {/* The accountant opens the person's file (payments, accounts); case work opens the case. */}
                <Anchor component={Link} to={can('cases.get') ? `/sprawy/${line.caseId}` : `/osoby/${line.personId}`} fw={600}>
                  {line.recipientName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {line.recipientAddress}
                </Text>
              </div>
            ),
          },
          { accessor: 'benefit', title: 'Świadczenie', render: (line) => `${benefitKinds[line.benefit].label}, ${monthDots(line.month)}` },
          { accessor: 'decisionNumber', title: 'Decyzja' },
          ...(current.method === 'transfer' ? [{ accessor: 'bankAccount', title: 'Rachunek', noWrap: true, render: (line: PaymentLineOut) => (line.bankAccount ? formatNrb(line.bankAccount) : '') }] : []),
          { accessor: 'amount', title: 'Kwota', textAlign: 'right', noWrap: true, render: (line) => formatMoney(line.amount) },
          {
            accessor: 'outcome',
            title: 'Wynik',
            render: (line) =>
              line.outcome ? (
                <div>
                  <Text>
                    {outcomeLabels[line.outcome]} {formatDate(line.outcomeOn)}
                  </Text>
                  {line.history.length > 1 && (
                    <Text size="sm" c="dimmed">
                      poprawiane: {line.history.map((entry) => `${entry.outcome ? outcomeLabels[entry.outcome].toLowerCase() : '—'} (${entry.userName}, ${formatDateTime(entry.at)})`).join('; ')}
                    </Text>
                  )}
                </div>
              ) : approved ? (
                <Text c="dimmed">czeka</Text>
              ) : (
                ''
              ),
          },
        ]}
      />
      {confirmDiscard && (
        <ConfirmDialog
          title="Odrzucić projekt listy?"
          message="Projekt zniknie; świadczenia wrócą do wypłaty i trafią na następną listę."
          confirmLabel="Odrzuć projekt"
          confirmColor="red"
          onClose={() => setConfirmDiscard(false)}
          onConfirm={() =>
            act(async () => {
              await api.call('payments.discard', { id, version: current.version });
              void navigate('/wyplaty');
            })
          }
        />
      )}
    </Stack>
  );
}
