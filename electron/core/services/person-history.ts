import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { formatDatePl } from '../../../shared/domain/calendar';
import type { CaseComputation } from '../../../shared/domain/case-computation';
import { benefitKinds, caseStatuses, type BenefitKind, type CaseStatus } from '../../../shared/domain/cases';
import { formatMoney } from '../../../shared/domain/money';
import { validatePesel } from '../../../shared/domain/pesel';
import { plural } from '../../../shared/domain/plural';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { casesOfApplicant, interviewsOfMember, personsWithSameNameAndBirthDate } from '../../../db/repositories/person-history';
import { findPersonByPesel, getPersonById, type PersonRow } from '../../../db/repositories/persons';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { fullName, toPersonSummary } from './persons';

type PossibleDuplicate = MethodOutput<'persons.findDuplicates'>['items'][number];
type HistoryEntry = MethodOutput<'persons.history'>['items'][number];

/** Enough to recognise the person; more would only be the same name again. */
const MAX_DUPLICATES = 10;

function toDuplicate(row: PersonRow, match: PossibleDuplicate['match']): PossibleDuplicate {
  return { ...toPersonSummary(row), match };
}

/** "zasiłek stały, zasiłek okresowy" */
function benefitList(benefits: readonly string[]): string {
  return benefits.map((benefit) => benefitKinds[benefit as BenefitKind]?.label.toLowerCase() ?? benefit).join(', ');
}

/** What one benefit came to, in a few words: "przysługuje 713,00 zł", "646,00–1 292,00 zł", "nie przysługuje". */
function benefitOutcome(benefit: CaseComputation['benefits'][number]): string {
  const label = benefit.label.toLowerCase();
  if (benefit.eligible === false) return `${label}: nie przysługuje`;
  if (benefit.eligible === null) return `${label}: bez wyliczenia (ustalenia pracownika)`;
  if (benefit.minimum !== null && benefit.maximum !== null) {
    const band = `${formatMoney(benefit.minimum).replace(/\u00a0zł$/, '')}–${formatMoney(benefit.maximum)}`;
    return benefit.amount !== null ? `${label}: ${formatMoney(benefit.amount)} (przedział ${band})` : `${label}: ${band}`;
  }
  if (benefit.amount !== null) return `${label}: przysługuje ${formatMoney(benefit.amount)}`;
  if (benefit.maximum !== null) return `${label}: do ${formatMoney(benefit.maximum)}`;
  return `${label}: spełnia kryterium dochodowe`;
}

/**
 * "Dochód na osobę 500,00 zł; zasiłek stały: przysługuje 713,00 zł; zasiłek okresowy: 646,00–1 292,00 zł".
 * The snapshot is JSON written by an earlier run of the program, so a part it lacks is left out rather than
 * failing the whole history.
 */
export function computationSummary(computation: CaseComputation | null | undefined): string {
  const income = computation?.income;
  const parts: string[] = [];
  if (income) {
    parts.push(
      income.livesAlone
        ? `Dochód osoby samotnie gospodarującej ${formatMoney(income.householdIncome)}`
        : `Dochód na osobę ${formatMoney(income.perPersonIncome)}`,
    );
  }
  for (const benefit of computation?.benefits ?? []) parts.push(benefitOutcome(benefit));
  return parts.length ? parts.join('; ') : 'Wyliczenie zapisane z wywiadem';
}

/** The calendar day in Poland of an instant: a computation saved at 00:30 on 11 March belongs to 11 March. */
function polishDay(isoDateTime: string): string {
  return new Date(isoDateTime).toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
}

/** On one day, the later step of a case comes first in a newest-first list. */
const KIND_ORDER: Record<HistoryEntry['kind'], number> = { closed: 5, decision: 4, computation: 3, interview: 2, case: 1 };

export function createPersonHistoryService(db: Db, clock: Clock) {
  return {
    /**
     * People already in the register who may be the one being entered: the same PESEL, or the same first and
     * last name (without regard to case and Polish letters) and the same birth date. With a PESEL typed, the
     * birth date is the one it encodes.
     */
    findDuplicates(input: ParsedInput<'persons.findDuplicates'>): MethodOutput<'persons.findDuplicates'> {
      const items: PossibleDuplicate[] = [];
      let birthDate = input.birthDate ?? null;
      const pesel = input.pesel?.trim() ?? '';
      if (pesel) {
        const check = validatePesel(pesel);
        if (check.valid || check.reason === 'checksum') {
          birthDate = check.birthDate;
          const samePesel = findPersonByPesel(db, pesel);
          if (samePesel && samePesel.id !== input.excludePersonId) items.push(toDuplicate(samePesel, 'pesel'));
        }
      }
      if (birthDate) {
        const sameName = personsWithSameNameAndBirthDate(db, { firstName: input.firstName, lastName: input.lastName, birthDate }, input.excludePersonId, MAX_DUPLICATES);
        for (const row of sameName) {
          if (items.length >= MAX_DUPLICATES) break;
          if (!items.some((item) => item.id === row.id)) items.push(toDuplicate(row, 'nameAndBirthDate'));
        }
      }
      return { items };
    },

    /**
     * Every case the person applied in (with its decision and closing), every interview in which they were a
     * member of the household, and the computation saved with each interview; newest first.
     *
     * Recorded in the audit log like opening the person's file: the history adds what the file does not show —
     * the household's incomes in other people's cases — and the method may be called from other screens.
     */
    history(input: ParsedInput<'persons.history'>, ctx: RequestContext): MethodOutput<'persons.history'> {
      return db.transaction((tx) => {
        const person = getPersonById(tx, input.id);
        if (!person) throw new AppError('NOT_FOUND', 'Nie ma takiej osoby w rejestrze.');
        const entries: (HistoryEntry & { day: string; order: number })[] = [];
        const add = (entry: HistoryEntry, day: string, order: number) => entries.push({ ...entry, day, order });

        for (const row of casesOfApplicant(tx, person.id)) {
          const base = { caseId: row.id, caseRef: row.caseRef, interviewId: null, role: 'applicant' as const };
          add(
            {
              ...base,
              date: row.applicationDate,
              kind: 'case',
              summary: `Wniosek: ${benefitList(row.benefits)} — ${caseStatuses[row.status as CaseStatus] ?? row.status}`,
            },
            row.applicationDate,
            row.id,
          );
          if (row.decidedOn) {
            const until = row.benefitUntil ? `; świadczenie do ${formatDatePl(row.benefitUntil)}` : '';
            add({ ...base, date: row.decidedOn, kind: 'decision', summary: `Sprawa rozstrzygnięta${until}` }, row.decidedOn, row.id);
          }
          if (row.closedOn) {
            const reason = row.closeReason ? `: ${row.closeReason}` : '';
            add({ ...base, date: row.closedOn, kind: 'closed', summary: `Sprawa zakończona${reason}` }, row.closedOn, row.id);
          }
        }

        for (const { interview, caseRef, applicantPersonId } of interviewsOfMember(tx, person.id)) {
          const computation = interview.computation as CaseComputation | null;
          const base = {
            caseId: interview.caseId,
            caseRef,
            interviewId: interview.id,
            role: applicantPersonId === person.id ? ('applicant' as const) : ('member' as const),
          };
          const members = computation?.income?.members;
          const size = typeof members === 'number' ? ` (${plural(members, 'osoba', 'osoby', 'osób')})` : '';
          add(
            {
              ...base,
              date: interview.interviewDate,
              kind: 'interview',
              summary: `${interview.supersedesId ? 'Aktualizacja wywiadu środowiskowego' : 'Wywiad środowiskowy'}${size}`,
            },
            interview.interviewDate,
            interview.id,
          );
          add(
            { ...base, date: interview.createdAt, kind: 'computation', summary: computationSummary(computation) },
            polishDay(interview.createdAt),
            interview.id,
          );
        }

        entries.sort((a, b) =>
          a.day !== b.day ? (a.day < b.day ? 1 : -1) : KIND_ORDER[b.kind] - KIND_ORDER[a.kind] || b.order - a.order,
        );
        recordAudit(tx, ctx, clock, {
          kind: 'person.view',
          summary: `Wyświetlono historię osoby (sprawy, wywiady, wyliczenia): ${fullName(person)}`,
          personId: person.id,
        });
        return { items: entries.map(({ day: _day, order: _order, ...entry }) => entry) };
      });
    },
  };
}
