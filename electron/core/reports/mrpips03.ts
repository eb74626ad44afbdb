import { and, asc, eq, gte, inArray, isNull, lte, notInArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Mrpips03Check, Mrpips03Item, Mrpips03Report } from '../../../shared/contract/reports';
import { addDays, addMonthsToMonth, monthOf } from '../../../shared/domain/calendar';
import { benefitKindKeys, benefitKinds, type BenefitKind, type HelpReason } from '../../../shared/domain/cases';
import { benefitWording, decisionState } from '../../../shared/domain/decisions';
import { benefitStretches, type ScheduleDecision } from '../../../shared/domain/payment-schedule';
import {
  MRPIPS03_FORM_YEAR,
  mrpips03Period,
  mrpips03ReasonRows,
  mrpips03Rows,
  type Mrpips03Column,
  type Mrpips03Half,
  type Mrpips03ReasonColumn,
} from '../../../shared/domain/reports/mrpips03-form';
import type { Db } from '../../../db/open';
import { readPaymentSettings } from '../../../db/repositories/payments';
import { cases, decisions, interviewMembers, interviews, paymentLines, persons } from '../../../db/schema';

/**
 * MRPiPS-03 counted from the signed decisions and the approved payment lines (the rules are written out in
 * shared/domain/reports/mrpips03-form.ts). Everything is counted from one list of "facts" (grants with their family,
 * paid months, months of help in kind), and every cell keeps the facts it counted: the drill-down is the cell's own
 * list, so a figure and what stands behind it can never disagree.
 */

export interface Mrpips03Options {
  year: number;
  half: Mrpips03Half;
  /** Localities that are towns; every other locality is countryside ("na wsi"). */
  townLocalities: readonly string[];
}

interface GrantFact {
  decision: ReportDecision;
  benefit: BenefitKind;
  caseRef: string;
  personId: number;
  personName: string;
  reasons: HelpReason[];
  familyPersonIds: number[];
  familyKey: string;
  hasFamily: boolean;
  rural: boolean;
  /** The months of the period on which the grant runs. */
  months: string[];
}

interface LineFact {
  lineId: number;
  grant: GrantFact;
  decisionId: number;
  decisionNumber: string;
  month: string;
  amount: number;
  classification: string;
}

interface Cell {
  value: number;
  items: () => Mrpips03Item[];
}

export interface Mrpips03Computation {
  report: Mrpips03Report;
  /** Each cell's figure and, built only when asked (the drill-down), the items it counted. */
  cells: Map<string, Cell>;
  grants: GrantFact[];
  lines: LineFact[];
}

const isMoney = (benefit: BenefitKind) => benefitWording[benefit].money !== null;
/**
 * Help given once, counted in the month of its day: money paid once, a funeral, clothing. Everything else runs over
 * its period (monthly money, meals, shelter, care services, and a DPS placement, whose fee the gmina pays monthly).
 */
const ONCE_BENEFITS: BenefitKind[] = benefitKindKeys.filter((benefit) => benefitWording[benefit].money === 'once' || benefit === 'funeral' || benefit === 'clothing');
const paidOnce = (benefit: BenefitKind) => ONCE_BENEFITS.includes(benefit);

function asSchedule(row: ReportDecision): ScheduleDecision {
  return { id: row.id, kind: row.kind, effectiveFrom: row.effectiveFrom ?? row.issuedOn!, effectiveUntil: row.effectiveUntil, monthlyAmount: row.monthlyAmount, executableFrom: null };
}

function monthsOfPeriod(from: string, to: string): string[] {
  const result: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = addMonthsToMonth(month, 1)) result.push(month);
  return result;
}

/** The months of the period on which a grant runs after every later act (help given once: its month). */
function monthsInPeriod(grant: ReportDecision, acts: ReportDecision[], from: string, to: string): string[] {
  const benefit = grant.benefit as BenefitKind;
  const first = grant.effectiveFrom ?? grant.issuedOn!;
  if (paidOnce(benefit)) {
    if (acts.some((act) => act.kind === 'revocation' || act.kind === 'suspension')) return [];
    return first >= from && first <= to ? [monthOf(first)] : [];
  }
  const months = new Set<string>();
  for (const stretch of benefitStretches(asSchedule(grant), acts.map(asSchedule))) {
    const start = stretch.from > from ? stretch.from : from;
    const end = stretch.to === null || stretch.to > to ? to : stretch.to;
    if (start > end) continue;
    for (const month of monthsOfPeriod(start, end)) months.add(month);
  }
  return [...months].sort();
}

/** The columns of a decision the report reads (never the PDF, the snapshot or the fields). */
const decisionColumns = {
  id: decisions.id,
  caseId: decisions.caseId,
  kind: decisions.kind,
  benefit: decisions.benefit,
  refersToDecisionId: decisions.refersToDecisionId,
  status: decisions.status,
  decisionNumber: decisions.decisionNumber,
  issuedOn: decisions.issuedOn,
  signedAt: decisions.signedAt,
  effectiveFrom: decisions.effectiveFrom,
  effectiveUntil: decisions.effectiveUntil,
  monthlyAmount: decisions.monthlyAmount,
  deliveredOn: decisions.deliveredOn,
  appealWaivedOn: decisions.appealWaivedOn,
};
type ReportDecision = { [K in keyof typeof decisionColumns]: (typeof decisions.$inferSelect)[K] };

/** `column IN (ids)` as one bound JSON array: tens of thousands of ids in one statement, with no limit on parameters. */
const idsIn = (column: SQLWrapper, ids: number[]) => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** Reads the period's grants, their acts, families and paid lines, and counts every cell. */
export function computeMrpips03(db: Db, options: Mrpips03Options): Mrpips03Computation {
  const { from, to } = mrpips03Period(options.year, options.half);
  const towns = new Set(options.townLocalities.map((name) => name.trim().toLocaleLowerCase('pl')));

  // 1. Signed grants issued by the period's end whose benefit may touch the period (the acts decide the rest). Help
  // given once is read only when its day lies in the period: ten years of zasiłki celowe are not read every time.
  const firstDay = sql`coalesce(${decisions.effectiveFrom}, ${decisions.issuedOn})`;
  const inRange = db
    .select({
      decision: decisionColumns,
      caseRef: cases.caseRef,
      reasons: cases.reasons,
      personId: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      locality: persons.locality,
    })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .innerJoin(persons, eq(persons.id, cases.applicantPersonId))
    .where(
      and(
        eq(decisions.kind, 'grant'),
        eq(decisions.status, 'signed'),
        lte(decisions.issuedOn, to),
        sql`${firstDay} <= ${to}`,
        or(isNull(decisions.effectiveUntil), gte(decisions.effectiveUntil, from)),
        or(notInArray(decisions.benefit, ONCE_BENEFITS), sql`${firstDay} >= ${from}`),
      ),
    )
    .orderBy(asc(decisions.id))
    .all();

  // 2. Every later act, attached to the grant it acts on (a change of a change still acts on the grant).
  const caseIds = [...new Set(inRange.map((row) => row.decision.caseId))];
  const acts = db
    .select(decisionColumns)
    .from(decisions)
    .where(and(idsIn(decisions.caseId, caseIds), eq(decisions.status, 'signed'), inArray(decisions.kind, ['change', 'suspension', 'revocation'])))
    .all()
    .sort((a, b) => (a.signedAt! < b.signedAt! ? -1 : a.signedAt! > b.signedAt! ? 1 : a.id - b.id));
  const actById = new Map(acts.map((act) => [act.id, act]));
  const actsOfGrant = new Map<number, ReportDecision[]>();
  for (const act of acts) {
    let target = act.refersToDecisionId;
    for (let depth = 0; target !== null && actById.has(target) && depth < 100; depth += 1) target = actById.get(target)!.refersToDecisionId;
    if (target === null) continue;
    if (!actsOfGrant.has(target)) actsOfGrant.set(target, []);
    actsOfGrant.get(target)!.push(act);
  }

  // 3. The household each decision rests on: the latest interview of the case saved before the grant was signed.
  const interviewRows = db
    .select({ id: interviews.id, caseId: interviews.caseId, createdAt: interviews.createdAt })
    .from(interviews)
    // Only what was saved by the period's end (a day later in UTC, to be safe): years of later updates stay unread.
    .where(and(idsIn(interviews.caseId, caseIds), lte(interviews.createdAt, `${addDays(to, 1)}T23:59:59.999Z`)))
    .orderBy(asc(interviews.id))
    .all();
  const memberRows = db
    .select({ interviewId: interviewMembers.interviewId, personId: interviewMembers.personId })
    .from(interviewMembers)
    .where(
      idsIn(
        interviewMembers.interviewId,
        interviewRows.map((row) => row.id),
      ),
    )
    .all();
  const membersOf = new Map<number, number[]>();
  for (const member of memberRows) {
    if (!membersOf.has(member.interviewId)) membersOf.set(member.interviewId, []);
    membersOf.get(member.interviewId)!.push(member.personId);
  }
  const interviewsOfCase = new Map<number, typeof interviewRows>();
  for (const row of interviewRows) {
    if (!interviewsOfCase.has(row.caseId)) interviewsOfCase.set(row.caseId, []);
    interviewsOfCase.get(row.caseId)!.push(row);
  }

  const grants: GrantFact[] = [];
  for (const row of inRange) {
    const { decision } = row;
    const benefit = decision.benefit as BenefitKind;
    const months = monthsInPeriod(decision, actsOfGrant.get(decision.id) ?? [], from, to);
    if (months.length === 0) continue;
    const caseInterviews = interviewsOfCase.get(decision.caseId) ?? [];
    const before = caseInterviews.filter((entry) => decision.signedAt === null || entry.createdAt <= decision.signedAt);
    const interview = before.at(-1) ?? caseInterviews.at(-1) ?? null;
    const members = interview ? (membersOf.get(interview.id) ?? []) : [];
    const familyPersonIds = [...new Set(members.length > 0 ? members : [row.personId])].sort((a, b) => a - b);
    grants.push({
      decision,
      benefit,
      caseRef: row.caseRef,
      personId: row.personId,
      personName: `${row.firstName} ${row.lastName}`,
      reasons: row.reasons as HelpReason[],
      familyPersonIds,
      familyKey: familyPersonIds.join(','),
      hasFamily: members.length > 0,
      rural: !towns.has(row.locality.trim().toLocaleLowerCase('pl')),
      months,
    });
  }

  // 4. The benefit months of the period held by approved lines (paid, or not marked yet; not returned, not left).
  const grantById = new Map(grants.map((grant) => [grant.decision.id, grant]));
  const lines: LineFact[] = db
      .select({
        id: paymentLines.id,
        grantDecisionId: paymentLines.grantDecisionId,
        decisionId: paymentLines.decisionId,
        decisionNumber: paymentLines.decisionNumber,
        month: paymentLines.month,
        amount: paymentLines.amount,
        classification: paymentLines.classification,
      })
      .from(paymentLines)
      .where(and(idsIn(paymentLines.grantDecisionId, [...grantById.keys()]), eq(paymentLines.holdsMonth, 1), gte(paymentLines.month, monthOf(from)), lte(paymentLines.month, monthOf(to))))
      .orderBy(asc(paymentLines.id))
      .all()
      .map((line) => ({
        lineId: line.id,
        grant: grantById.get(line.grantDecisionId)!,
        decisionId: line.decisionId,
        decisionNumber: line.decisionNumber,
        month: line.month,
        amount: line.amount,
        classification: line.classification,
      }));

  const cells = new Map<string, Cell>();
  const grantItem = (grant: GrantFact): Mrpips03Item => ({
    what: 'grant',
    caseId: grant.decision.caseId,
    caseRef: grant.caseRef,
    personId: grant.personId,
    personName: grant.personName,
    decisionId: grant.decision.id,
    decisionNumber: grant.decision.decisionNumber ?? '',
    benefit: grant.benefit,
    month: null,
    amount: grant.decision.monthlyAmount,
    familyPersonIds: grant.familyPersonIds,
    rural: grant.rural,
  });
  const lineItem = (line: LineFact): Mrpips03Item => ({
    ...grantItem(line.grant),
    what: 'payment',
    decisionId: line.decisionId,
    decisionNumber: line.decisionNumber,
    month: line.month,
    amount: line.amount,
  });
  const families = (list: GrantFact[]) => {
    const sizes = new Map(list.map((grant) => [grant.familyKey, grant.familyPersonIds.length]));
    return { count: sizes.size, persons: [...sizes.values()].reduce((sum, size) => sum + size, 0) };
  };

  const report: Mrpips03Report = { year: options.year, half: options.half, formYear: MRPIPS03_FORM_YEAR, from, to, rows: [], reasons: [] };
  for (const row of mrpips03Rows) {
    const rowGrants = grants.filter((grant) => row.benefits.includes(grant.benefit));
    const rowLines = lines.filter((line) => row.benefits.includes(line.grant.benefit));
    const inKind = rowGrants.filter((grant) => !isMoney(grant.benefit));
    const benefitKeys = new Set([
      ...rowLines.map((line) => `${line.grant.personId}|${line.month}|${line.grant.benefit}`),
      ...inKind.flatMap((grant) => grant.months.map((month) => `${grant.personId}|${month}|${grant.benefit}`)),
    ]);
    const benefitItems = () => [
      ...rowLines.map(lineItem),
      ...inKind.flatMap((grant) => grant.months.map((month): Mrpips03Item => ({ ...grantItem(grant), what: 'helpInKind', month, amount: null }))),
    ];
    const family = families(rowGrants);
    const values: Record<Mrpips03Column, Cell> = {
      persons: { value: new Set(rowGrants.map((grant) => grant.personId)).size, items: () => rowGrants.map(grantItem) },
      amount: { value: rowLines.reduce((sum, line) => sum + line.amount, 0), items: () => rowLines.map(lineItem) },
      benefits: { value: benefitKeys.size, items: benefitItems },
      families: { value: family.count, items: () => rowGrants.map(grantItem) },
      personsInFamilies: { value: family.persons, items: () => rowGrants.map(grantItem) },
    };
    for (const [column, cell] of Object.entries(values)) cells.set(cellKey('benefits', row.key, column), cell);
    report.rows.push({
      key: row.key,
      number: row.number,
      label: row.label,
      sub: row.sub,
      cells: { persons: values.persons.value, amount: values.amount.value, benefits: values.benefits.value, families: values.families.value, personsInFamilies: values.personsInFamilies.value },
    });
  }
  for (const reason of mrpips03ReasonRows) {
    const reasonGrants = grants.filter((grant) => grant.reasons.includes(reason.key));
    const rural = reasonGrants.filter((grant) => grant.rural);
    const all = families(reasonGrants);
    const inCountryside = families(rural);
    const values: Record<Mrpips03ReasonColumn, Cell> = {
      families: { value: all.count, items: () => reasonGrants.map(grantItem) },
      familiesRural: { value: inCountryside.count, items: () => rural.map(grantItem) },
      personsInFamilies: { value: all.persons, items: () => reasonGrants.map(grantItem) },
      personsInFamiliesRural: { value: inCountryside.persons, items: () => rural.map(grantItem) },
    };
    for (const [column, cell] of Object.entries(values)) cells.set(cellKey('reasons', reason.key, column), cell);
    report.reasons.push({
      key: reason.key,
      number: reason.number,
      label: reason.label,
      cells: { families: all.count, familiesRural: inCountryside.count, personsInFamilies: all.persons, personsInFamiliesRural: inCountryside.persons },
    });
  }
  return { report, cells, grants, lines };
}

export function cellKey(section: 'benefits' | 'reasons', row: string, column: string): string {
  return `${section}|${row}|${column}`;
}

/**
 * "Sprawdź przed wysłaniem": what would make the report wrong.
 * - a money grant running in the period with no benefit month of the period paid;
 * - a paid month whose paying decision (the grant or the change whose amount is paid) is not final today;
 * - a recipient whose case has no interview household (counted as a family of one);
 * - a benefit kind in the report whose budget classification the office has not set in the payment settings (the
 *   default of DOMAIN.md §8 is used), and any paid line with an empty classification.
 */
export function mrpips03Checks(db: Db, computation: Mrpips03Computation, today: string): Mrpips03Check[] {
  const { grants, lines } = computation;
  const checks: Mrpips03Check[] = [];
  const of = (grant: GrantFact) => ({
    caseId: grant.decision.caseId,
    caseRef: grant.caseRef,
    personId: grant.personId,
    personName: grant.personName,
    decisionId: grant.decision.id,
    decisionNumber: grant.decision.decisionNumber,
  });
  const paidGrants = new Set(lines.map((line) => line.grant.decision.id));
  for (const grant of grants) {
    if (!isMoney(grant.benefit) || paidGrants.has(grant.decision.id)) continue;
    checks.push({
      kind: 'decisionWithoutPayments',
      message: `Decyzja nr ${grant.decision.decisionNumber} (${benefitKinds[grant.benefit].label.toLowerCase()}) działa w okresie sprawozdania, a żaden jej miesiąc z tego okresu nie jest na zatwierdzonej liście wypłat.`,
      ...of(grant),
    });
  }
  const paying = new Map(
    db
      .select(decisionColumns)
      .from(decisions)
      .where(idsIn(decisions.id, [...new Set(lines.map((line) => line.decisionId))]))
      .all()
      .map((row) => [row.id, row]),
  );
  // One state per decision, not per paid month: the appeal deadline walks the calendar.
  const finalToday = new Map<number, boolean>();
  const flagged = new Set<number>();
  for (const line of lines) {
    const decision = paying.get(line.decisionId);
    if (!decision || flagged.has(decision.id)) continue;
    if (!finalToday.has(decision.id)) finalToday.set(decision.id, decisionState({ status: decision.status, deliveredOn: decision.deliveredOn, appealWaivedOn: decision.appealWaivedOn }, today) === 'final');
    if (finalToday.get(decision.id)) continue;
    flagged.add(decision.id);
    checks.push({
      kind: 'paymentWithoutFinalDecision',
      message: `Wypłacono na podstawie decyzji nr ${line.decisionNumber}, która nie jest ostateczna${decision.deliveredOn || decision.appealWaivedOn ? '' : ' (nie odnotowano doręczenia)'}.`,
      ...of(line.grant),
      decisionId: decision.id,
      decisionNumber: line.decisionNumber,
    });
  }
  const withoutFamily = new Set<number>();
  for (const grant of grants) {
    if (grant.hasFamily || withoutFamily.has(grant.personId)) continue;
    withoutFamily.add(grant.personId);
    checks.push({
      kind: 'personWithoutFamily',
      message: `${grant.personName}: w sprawie ${grant.caseRef} nie ma wywiadu ze składem gospodarstwa; policzono jako rodzinę jednoosobową.`,
      ...of(grant),
    });
  }
  const stored = (readPaymentSettings(db)?.classifications ?? {}) as Record<string, string | undefined>;
  for (const benefit of [...new Set(grants.map((grant) => grant.benefit))]) {
    if (stored[benefit]) continue;
    checks.push({
      kind: 'classificationUnset',
      message: `${benefitKinds[benefit].label}: klasyfikacja budżetowa nie jest ustawiona w ustawieniach wypłat (przyjmowana jest domyślna).`,
      caseId: null,
      caseRef: null,
      personId: null,
      personName: null,
      decisionId: null,
      decisionNumber: null,
    });
  }
  for (const line of lines) {
    if (line.classification.trim() !== '') continue;
    checks.push({
      kind: 'classificationUnset',
      message: `Wypłata za ${line.month} z decyzji nr ${line.decisionNumber} nie ma klasyfikacji budżetowej.`,
      ...of(line.grant),
      decisionId: line.decisionId,
      decisionNumber: line.decisionNumber,
    });
  }
  return checks;
}
