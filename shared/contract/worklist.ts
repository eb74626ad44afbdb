import { z } from 'zod';
import { benefitKindKeys } from '../domain/cases';
import { id } from './common';

/** What the office must do next, from the statutory deadlines of open cases (DOMAIN.md §6). */
export const worklistKinds = {
  interviewDue: 'Wywiad do przeprowadzenia',
  decisionDue: 'Decyzja do wydania',
  interviewUpdate: 'Wywiad do aktualizacji',
  benefitEnding: 'Kończy się świadczenie',
  certificateExpiring: 'Kończy się orzeczenie',
} as const;
export type WorklistKind = keyof typeof worklistKinds;

export const worklistItem = z.object({
  kind: z.enum(Object.keys(worklistKinds) as [WorklistKind, ...WorklistKind[]]),
  caseId: id,
  caseRef: z.string(),
  personId: id,
  personName: z.string(),
  workerId: id,
  workerName: z.string(),
  benefits: z.array(z.enum(benefitKindKeys)),
  /** certificateExpiring: the certificate (of the case's applicant) that ends. */
  certificateId: id.optional(),
  /** The last day allowed (or the day the benefit or the certificate ends). */
  dueDate: z.string(),
  /** Past the due date. */
  late: z.boolean(),
  /** Working days left (negative when late) for interviews; calendar days otherwise. */
  daysLeft: z.number().int(),
  /** A plain Polish line: what the deadline is and where it comes from. */
  description: z.string(),
});
export type WorklistItem = z.output<typeof worklistItem>;

export const worklistContract = {
  'worklist.get': {
    summary:
      'Do zrobienia: wywiady, decyzje i aktualizacje wywiadów z terminami, świadczenia kończące się w 30 dni, ' +
      'orzeczenia osób z trwającym świadczeniem kończące się w 60 dni',
    input: z.object({ scope: z.enum(['mine', 'office']).default('mine') }),
    output: z.object({ today: z.string(), items: z.array(worklistItem) }),
  },
} as const;
