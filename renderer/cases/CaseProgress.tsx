import { Stepper } from '@mantine/core';
import type { CaseDetail } from '../../shared/contract/cases';
import { caseStatuses, caseStatusKeys } from '../../shared/domain/cases';
import { formatDate } from '../common/format';

/** Where the case is on its way: registered → after the interview → decided → closed. */
export function CaseProgress({ detail }: { detail: CaseDetail }) {
  const index = caseStatusKeys.indexOf(detail.status);
  // The last step reached is shown as done, so a closed case shows all four ticked.
  const active = detail.status === 'closed' ? caseStatusKeys.length : index + 1;
  const dates: Record<(typeof caseStatusKeys)[number], string | null> = {
    registered: detail.applicationDate,
    interviewDone: detail.interviews.at(-1)?.interviewDate ?? null,
    decided: detail.decidedOn,
    closed: detail.closedOn,
  };
  return (
    <Stepper active={active} size="sm" aria-label={`Stan sprawy: ${caseStatuses[detail.status]}`} allowNextStepsSelect={false}>
      {caseStatusKeys.map((status) => (
        <Stepper.Step
          key={status}
          label={caseStatuses[status]}
          description={dates[status] ? formatDate(dates[status]) : status === 'decided' && detail.closedOn ? 'bez decyzji' : ' '}
        />
      ))}
    </Stepper>
  );
}
