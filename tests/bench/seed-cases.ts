import { computeCase } from '../../shared/domain/case-computation';
import { ageOn, retirementAge, type CertificateFact, type CertificateKind } from '../../shared/domain/certificates';
import { addDays, addMonthsToMonth, monthOf } from '../../shared/domain/calendar';
import type { BenefitKind, HelpReason } from '../../shared/domain/cases';
import type { HouseholdRelation } from '../../shared/domain/household';
import type { IncomeKind } from '../../shared/domain/income';
import type { Db } from '../../db/open';
import { listLegalParameters } from '../../db/repositories/legal-parameters';
import {
  caseRefCounters,
  cases,
  householdMembers,
  households,
  interviewAlimonyPaid,
  interviewFarms,
  interviewIncomes,
  interviewMembers,
  interviews,
  personCertificates,
} from '../../db/schema';
import { rng, type SeededPerson } from './seed';

/**
 * Households and cases of a rural GOPS on top of a seeded register, written straight into the tables in one
 * transaction (the API would take minutes for thousands of interviews). Every interview carries the snapshot
 * computed the way interviews.save computes it, so the database looks like one the program wrote.
 */

export interface CaseSeedOptions {
  openCases: number;
  closedCases: number;
  /** Social workers the cases are spread over (user ids). */
  workerIds: number[];
  /** "Today" of the bench: open applications are from the year before it. */
  today: string;
  seed?: number;
}

export interface SeededCases {
  households: number;
  openCases: number;
  openWithoutInterview: number;
  closedCases: number;
  interviews: number;
  members: number;
  incomes: number;
  farms: number;
  alimonyPaid: number;
  certificates: number;
}

type CaseInsert = typeof cases.$inferInsert;
type InterviewInsert = typeof interviews.$inferInsert;

/** Many rows per INSERT, under SQLite's limit of bound variables. */
function insertAll<T extends Record<string, unknown>>(write: (chunk: T[]) => void, rows: T[]): void {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(30_000 / perRow));
  for (let start = 0; start < rows.length; start += size) write(rows.slice(start, start + size));
}

const HOUSEHOLD_SIZES = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6]; // many people alone and elderly couples; some large families
const RELATIONS: HouseholdRelation[] = ['spouse', 'child', 'child', 'child', 'parent', 'grandchild'];

/** Kinds of income with how often they show up and a plausible gross amount and deductions, in grosze. */
const INCOME_KINDS: { kind: IncomeKind; weight: number; gross: [number, number]; deductions: 'pension' | 'wage' | 'none' }[] = [
  { kind: 'retirementPension', weight: 22, gross: [120_000, 380_000], deductions: 'pension' },
  { kind: 'disabilityPension', weight: 10, gross: [100_000, 250_000], deductions: 'pension' },
  { kind: 'employment', weight: 14, gross: [200_000, 600_000], deductions: 'wage' },
  { kind: 'civilContract', weight: 4, gross: [50_000, 300_000], deductions: 'wage' },
  { kind: 'unemploymentBenefit', weight: 7, gross: [130_000, 170_000], deductions: 'pension' },
  { kind: 'familyBenefits', weight: 9, gross: [9_500, 60_000], deductions: 'none' },
  { kind: 'careBenefits', weight: 6, gross: [21_584, 298_800], deductions: 'none' },
  { kind: 'alimonyReceived', weight: 4, gross: [30_000, 120_000], deductions: 'none' },
  { kind: 'maintenanceFund', weight: 3, gross: [50_000, 100_000], deductions: 'none' },
  { kind: 'permanentAllowance', weight: 2, gross: [10_000, 122_900], deductions: 'none' },
  // Not counted by art. 8 u.p.s.: the review must leave them out.
  { kind: 'childRearingBenefit', weight: 9, gross: [80_000, 240_000], deductions: 'none' },
  { kind: 'purposeAllowance', weight: 3, gross: [20_000, 80_000], deductions: 'none' },
  { kind: 'oneOffSocialPayment', weight: 2, gross: [50_000, 200_000], deductions: 'none' },
  { kind: 'pupilMaterialAid', weight: 1, gross: [10_000, 50_000], deductions: 'none' },
  // One-off income (e.g. a compensation, a sold cow): some above 5 × the threshold, spread over 12 months.
  { kind: 'other', weight: 4, gross: [100_000, 1_500_000], deductions: 'none' },
];
const INCOME_WEIGHT = INCOME_KINDS.reduce((sum, entry) => sum + entry.weight, 0);

const BENEFIT_CHANCES: [BenefitKind, number][] = [
  ['permanentAllowance', 0.22],
  ['periodicAllowance', 0.35],
  ['purposeAllowance', 0.5],
  ['meals', 0.15],
  ['specialPurposeAllowance', 0.04],
  ['eventPurposeAllowance', 0.03],
  ['careServices', 0.05],
];
/** Certificates of applicants under the retirement age who ask for zasiłek stały: most of them have one. */
const CERTIFICATE_KINDS: CertificateKind[] = ['totalIncapacityForWork', 'moderateDisability', 'severeDisability', 'inabilityToLiveIndependently', 'mildDisability'];

const REASONS: HelpReason[] = ['poverty', 'unemployment', 'disability', 'longIllness', 'helplessness', 'addiction', 'maternity'];

export function seedHouseholdsAndCases(db: Db, register: SeededPerson[], options: CaseSeedOptions): SeededCases {
  const random = rng(options.seed ?? 4242);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stamp = `${options.today}T08:00:00.000Z`;
  const personById = new Map(register.map((person) => [person.id, person]));
  const certificatesOf = new Map<number, CertificateFact[]>();
  const certificateRows: (typeof personCertificates.$inferInsert)[] = [];

  /** A working-age applicant asking for zasiłek stały mostly holds a certificate (some of them expired or of a kind that does not count). */
  function certificatesFor(personId: number, applicationDate: string): CertificateFact[] {
    const known = certificatesOf.get(personId);
    if (known) return known;
    const person = personById.get(personId)!;
    const list: CertificateFact[] = [];
    if (ageOn(person.birthDate, applicationDate) < retirementAge[person.sex] && random() < 0.8) {
      const issuedOn = addDays(applicationDate, -between(30, 900));
      const validUntil = random() < 0.3 ? null : addDays(issuedOn, between(365, 1460));
      list.push({ kind: pick(CERTIFICATE_KINDS), issuer: random() < 0.6 ? 'countyBoard' : 'zus', issuedOn, validUntil });
      for (const fact of list) {
        certificateRows.push({ personId, ...fact, number: null, notes: null, createdByUserId: options.workerIds[0]!, createdAt: stamp, updatedAt: stamp });
      }
    }
    certificatesOf.set(personId, list);
    return list;
  }

  // The register in households: each person in exactly one, the first member its head.
  const groups: number[][] = [];
  for (let next = 0; next < register.length; ) {
    const size = Math.min(pick(HOUSEHOLD_SIZES), register.length - next);
    groups.push(register.slice(next, next + size).map((person) => person.id));
    next += size;
  }
  const relationOf = new Map(groups.flatMap((group) => group.map((personId, position) => [personId, position === 0 ? 'head' : pick(RELATIONS)] as const)));

  // Households that asked for help: a random distinct sample, open cases first.
  const wanted = Math.min(groups.length, options.openCases + options.closedCases);
  const order = groups.map((_, index) => index);
  for (let index = 0; index < wanted; index += 1) {
    const swap = index + Math.floor(random() * (order.length - index));
    [order[index], order[swap]] = [order[swap]!, order[index]!];
  }

  const rows = listLegalParameters(db);
  const caseRows: CaseInsert[] = [];
  const interviewRows: InterviewInsert[] = [];
  const memberRows: (typeof interviewMembers.$inferInsert)[] = [];
  const incomeRows: (typeof interviewIncomes.$inferInsert)[] = [];
  const alimonyRows: (typeof interviewAlimonyPaid.$inferInsert)[] = [];
  const farmRows: (typeof interviewFarms.$inferInsert)[] = [];
  const counters = new Map<number, number>();
  let openWithoutInterview = 0;

  function addInterview(caseId: number, caseRow: CaseInsert, members: number[], supersedesId: number | null, interviewDate: string): number {
    const interviewId = interviewRows.length + 1;
    const livesAlone = members.length === 1 && random() < 0.9;
    const applicationMonth = monthOf(caseRow.applicationDate);
    const incomeMonth = caseRow.incomeLostInApplicationMonth ? applicationMonth : addMonthsToMonth(applicationMonth, -1);
    const incomes = Array.from({ length: between(0, Math.min(4, members.length + 1)) }, () => {
      let roll = random() * INCOME_WEIGHT;
      const type = INCOME_KINDS.find((entry) => (roll -= entry.weight) < 0) ?? INCOME_KINDS[0]!;
      const gross = between(type.gross[0], type.gross[1]);
      const social = type.deductions === 'wage' ? Math.round(gross * 0.1371) : 0;
      const health = type.deductions === 'none' ? 0 : Math.round((gross - social) * 0.09);
      const tax = type.deductions === 'none' ? 0 : Math.round((gross - social - health) * 0.05);
      const oneOffReceivedOn = type.kind === 'other' ? addDays(`${incomeMonth}-15`, -between(0, 300)) : null;
      return { personId: pick(members), kind: type.kind, gross, tax, healthContribution: health, socialContribution: social, oneOffReceivedOn };
    });
    const farms = random() < 0.15 ? [{ personId: members[0]!, hectares: between(3_000, 120_000) / 10_000 }] : [];
    const alimonyPaid = members.length > 1 && random() < 0.05 ? [{ personId: pick(members), amount: between(30_000, 120_000) }] : [];
    const benefits = caseRow.benefits as BenefitKind[];
    const applicant = personById.get(caseRow.applicantPersonId)!;
    const facts = {
      applicationDate: caseRow.applicationDate,
      benefits,
      applicantPersonId: caseRow.applicantPersonId,
      applicant: {
        sex: applicant.sex,
        birthDate: applicant.birthDate,
        certificates: benefits.includes('permanentAllowance') ? certificatesFor(applicant.id, caseRow.applicationDate) : [],
      },
      livesAlone,
      memberPersonIds: members,
      incomeMonth,
      incomes,
      alimonyPaid,
      farms,
      rows,
      periodicMinPercent: 50,
    };
    let computation = computeCase(facts);
    // The worker proposes a zasiłek okresowy within the band of the day (most often its lowest amount, as
    // offices do when money is short), so the saved interview has no problem until the figures change.
    const band = computation.benefits.find((benefit) => benefit.benefit === 'periodicAllowance');
    let proposedPeriodicAmount: number | null = null;
    if (band?.eligible && band.minimum !== null && band.maximum !== null && random() < 0.7) {
      proposedPeriodicAmount = random() < 0.6 ? band.minimum : between(band.minimum, band.maximum);
      computation = computeCase({ ...facts, proposedPeriodicAmount });
    }
    interviewRows.push({
      id: interviewId,
      caseId,
      supersedesId,
      interviewDate,
      workerUserId: caseRow.workerUserId,
      livesAlone,
      incomeMonth,
      findings: 'Warunki mieszkaniowe i sytuacja rodziny opisane w wywiadzie.',
      proposedPeriodicAmount,
      computation,
      createdByUserId: caseRow.workerUserId,
      createdAt: `${interviewDate}T10:00:00.000Z`,
    });
    members.forEach((personId, position) => memberRows.push({ interviewId, personId, relation: relationOf.get(personId)!, position }));
    incomes.forEach((income, position) => incomeRows.push({ interviewId, ...income, description: null, position }));
    alimonyPaid.forEach((entry, position) => alimonyRows.push({ interviewId, ...entry, description: null, position }));
    farms.forEach((farm, position) =>
      farmRows.push({ interviewId, personId: farm.personId, hectaresTenThousandths: Math.round(farm.hectares * 10_000), description: null, position }),
    );
    return interviewId;
  }

  for (let index = 0; index < wanted; index += 1) {
    const members = groups[order[index]!]!;
    const open = index < options.openCases;
    const caseId = index + 1;
    // Open cases came in during the last year; closed ones the year before that.
    const applicationDate = addDays(options.today, -between(open ? 1 : 366, open ? 365 : 730));
    const year = Number(applicationDate.slice(0, 4));
    const refNumber = (counters.get(year) ?? 0) + 1;
    counters.set(year, refNumber);
    let benefits = BENEFIT_CHANCES.filter(([, chance]) => random() < chance).map(([benefit]) => benefit);
    if (benefits.length === 0) benefits = ['purposeAllowance'];
    // Applications of the last three weeks may still wait for the interview.
    const waiting = open && applicationDate > addDays(options.today, -21) && random() < 0.6;
    const decided = !waiting && (open ? random() < 0.7 : true);
    const caseRow: CaseInsert = {
      id: caseId,
      caseRef: `GOPS.8311.${refNumber}.${year}`,
      refSymbol: '8311',
      refYear: year,
      refNumber,
      applicantPersonId: members[0]!,
      applicationDate,
      benefits,
      reasons: [pick(REASONS)],
      workerUserId: pick(options.workerIds),
      complex: false,
      incomeLostInApplicationMonth: random() < 0.05,
      status: !open ? 'closed' : waiting ? 'registered' : decided ? 'decided' : 'interviewDone',
      decidedOn: decided ? addDays(applicationDate, 20) : null,
      benefitUntil: decided ? addDays(applicationDate, 180) : null,
      closedOn: open ? null : addDays(applicationDate, 200),
      closeReason: open ? null : 'Koniec okresu świadczenia',
      notes: null,
      version: 1,
      createdByUserId: options.workerIds[0]!,
      createdAt: stamp,
      updatedAt: stamp,
    };
    caseRows.push(caseRow);
    if (waiting) {
      openWithoutInterview += 1;
      continue;
    }
    const first = addInterview(caseId, caseRow, members, null, addDays(applicationDate, 7));
    // Some households were visited again (a changed situation): the later interview is the one that counts.
    if (random() < 0.15) addInterview(caseId, caseRow, members, first, addDays(applicationDate, 14));
  }

  db.transaction((tx) => {
    insertAll((chunk) => tx.insert(households).values(chunk).run(), groups.map((_, index) => ({ id: index + 1, createdAt: stamp })));
    insertAll(
      (chunk) => tx.insert(householdMembers).values(chunk).run(),
      groups.flatMap((group, index) =>
        group.map((personId) => ({ householdId: index + 1, personId, relation: relationOf.get(personId)!, joinedAt: stamp })),
      ),
    );
    insertAll((chunk) => tx.insert(cases).values(chunk).run(), caseRows);
    insertAll((chunk) => tx.insert(interviews).values(chunk).run(), interviewRows);
    insertAll((chunk) => tx.insert(interviewMembers).values(chunk).run(), memberRows);
    insertAll((chunk) => tx.insert(interviewIncomes).values(chunk).run(), incomeRows);
    insertAll((chunk) => tx.insert(interviewAlimonyPaid).values(chunk).run(), alimonyRows);
    insertAll((chunk) => tx.insert(interviewFarms).values(chunk).run(), farmRows);
    insertAll((chunk) => tx.insert(personCertificates).values(chunk).run(), certificateRows);
    insertAll(
      (chunk) => tx.insert(caseRefCounters).values(chunk).run(),
      [...counters].map(([year, lastNumber]) => ({ symbol: '8311', year, lastNumber })),
    );
  });

  return {
    households: groups.length,
    openCases: Math.min(options.openCases, wanted),
    openWithoutInterview,
    closedCases: Math.max(0, wanted - options.openCases),
    interviews: interviewRows.length,
    members: memberRows.length,
    incomes: incomeRows.length,
    farms: farmRows.length,
    alimonyPaid: alimonyRows.length,
    certificates: certificateRows.length,
  };
}
