import type { BenefitKind, HelpReason } from '../cases';
import { helpReasonKeys, helpReasons } from '../cases';

/**
 * MRPiPS-03 (sprawozdanie resortowe o udzielonych świadczeniach pomocy społecznej), as data: the rows, the columns
 * and which of the program's benefit kinds each row counts. A new year's form is a change of this file only.
 *
 * FORM YEAR: the rows follow the MRPiPS-03 form used for the reports of 2025 (half-year and year), in the part a
 * GOPS fills from its own decisions and payments: the forms of help and benefits granted by decision (own tasks of
 * the gmina; columns: osoby, świadczenia, kwota, rodziny, osoby w rodzinach — the order of GUS's published data
 * format for the form, 2022 edition) and the reasons for help (art. 7 u.p.s.; rodziny and osoby w rodzinach, each
 * with "w tym na wsi"). The section numbers ("Dział …") changed between editions, so the printout names the sections
 * without them. It was written from DOMAIN.md §10 and issue 15, not copied from the ministry's template: the row labels and their order must be
 * compared with the form in CAS before the first report is sent (rows the office does not fill — zadania zlecone,
 * pomoc dla cudzoziemców, rządowy program "Posiłek w szkole i w domu" split by age — are not here).
 *
 * HOW EACH FIGURE IS COUNTED (the period is 1 January – 30 June for "I półrocze", 1 January – 31 December for the
 * year; electron/core/reports/mrpips03.ts does the counting, and the drill-down lists the same items):
 *
 * - A grant COUNTS in a row when it is a signed decision of kind "grant" for one of the row's benefit kinds, issued
 *   on or before the last day of the period, whose benefit still runs on at least one day of the period after every
 *   later signed change, suspension and revocation (the same stretches the payments use, ex nunc). Help given once
 *   (every zasiłek celowy, pomoc pod warunkiem zwrotu, usamodzielnienie, sprawienie pogrzebu, ubranie) counts when its
 *   day (effective_from, else the day of issue) lies in the period and it was not revoked or suspended; posiłek,
 *   schronienie, usługi opiekuńcze and DPS run over their period like the monthly money benefits. A grant revoked
 *   from its first day never counts; one revoked later counts with the days before the revocation. A change does
 *   not make a second grant: the person is counted once, the money as paid.
 * - "Liczba osób, którym decyzją przyznano świadczenie" = distinct recipients (the party of the case: the person the
 *   money is paid to) of the grants counted in the row. The "Ogółem" row counts each person once, however many
 *   rows they appear in (so it is not the sum of the rows).
 * - "Liczba świadczeń" = one per person per month per benefit kind (distinct person × month × benefit):
 *   money benefits: the months held by payment lines of approved lists whose benefit month lies in the period and
 *   which were not returned or left uncollected (payment_lines.holds_month = 1: paid, or not marked yet — a transfer
 *   is seldom marked); a partial first month is one benefit. Help in kind (posiłek, schronienie, usługi opiekuńcze,
 *   ubranie, pogrzeb, DPS), which the program does not pay: the calendar months of the period on which the grant
 *   runs (help given once: its month; a DPS placement: its months, though the gmina's fee is not yet in the program).
 * - "Kwota świadczeń w zł" = the sum of the amounts of those same payment lines (the benefit month in the period),
 *   in grosze inside the program, printed in złote with grosze. Help in kind has no amount in the program: 0,00.
 * - "Liczba rodzin" = distinct families of the recipients counted in the row. A recipient's family is the household
 *   of the latest interview of the grant's case saved before the grant was signed (the household the decision rests
 *   on; the latest saved by the period's end if none was saved before): two cases whose interviews found the same set of persons
 *   are one family. A recipient without an interview household is a family of one (and is listed by "Sprawdź przed
 *   wysłaniem").
 * - "Liczba osób w rodzinach" = the sum of the numbers of persons in those distinct families.
 * - Reasons, per point of art. 7: the families (and persons in them) of recipients of any grant counted above
 *   whose case records that reason; a family whose cases record several reasons is counted under each of them (so
 *   the section does not add up to the total). "W tym na wsi": families whose recipient lives in a locality that is
 *   not a town — in a rural gmina every locality, unless the report is told which localities are towns.
 */

export type Mrpips03Half = 'H1' | 'year';

export const MRPIPS03_FORM_YEAR = 2025;

export interface Mrpips03Row {
  key: string;
  /** The row number as printed on the form ("1", "4.1"). */
  number: string;
  label: string;
  /** A "w tym" row is printed indented under the row above. */
  sub: boolean;
  benefits: readonly BenefitKind[];
}

export const mrpips03Rows: readonly Mrpips03Row[] = [
  {
    key: 'total',
    number: '1',
    label: 'Ogółem (świadczenia przyznane decyzją)',
    sub: false,
    benefits: [
      'permanentAllowance',
      'periodicAllowance',
      'purposeAllowance',
      'eventPurposeAllowance',
      'specialPurposeAllowance',
      'returnableAid',
      'economicIndependence',
      'meals',
      'shelter',
      'clothing',
      'careServices',
      'funeral',
      'careHome',
    ],
  },
  { key: 'permanentAllowance', number: '2', label: 'Zasiłki stałe', sub: false, benefits: ['permanentAllowance'] },
  { key: 'periodicAllowance', number: '3', label: 'Zasiłki okresowe', sub: false, benefits: ['periodicAllowance'] },
  {
    key: 'purposeAllowances',
    number: '4',
    label: 'Zasiłki celowe i w naturze ogółem',
    sub: false,
    benefits: ['purposeAllowance', 'eventPurposeAllowance', 'specialPurposeAllowance', 'returnableAid'],
  },
  { key: 'specialPurposeAllowance', number: '4.1', label: 'w tym specjalne zasiłki celowe', sub: true, benefits: ['specialPurposeAllowance'] },
  {
    key: 'eventPurposeAllowance',
    number: '4.2',
    label: 'w tym zasiłki celowe w związku ze zdarzeniem losowym, klęską żywiołową lub ekologiczną',
    sub: true,
    benefits: ['eventPurposeAllowance'],
  },
  { key: 'returnableAid', number: '4.3', label: 'w tym pomoc pod warunkiem zwrotu', sub: true, benefits: ['returnableAid'] },
  { key: 'economicIndependence', number: '5', label: 'Pomoc na ekonomiczne usamodzielnienie', sub: false, benefits: ['economicIndependence'] },
  { key: 'meals', number: '6', label: 'Posiłek', sub: false, benefits: ['meals'] },
  { key: 'shelter', number: '7', label: 'Schronienie', sub: false, benefits: ['shelter'] },
  { key: 'clothing', number: '8', label: 'Ubranie', sub: false, benefits: ['clothing'] },
  { key: 'careServices', number: '9', label: 'Usługi opiekuńcze', sub: false, benefits: ['careServices'] },
  { key: 'funeral', number: '10', label: 'Sprawienie pogrzebu', sub: false, benefits: ['funeral'] },
  { key: 'careHome', number: '11', label: 'Domy pomocy społecznej (skierowanie, odpłatność gminy)', sub: false, benefits: ['careHome'] },
];

/** The columns in the form's order (kol. 1–5, as in GUS's data format for the form: persons, benefits, amount…). */
export const mrpips03Columns = {
  persons: { number: '1', label: 'Liczba osób, którym decyzją przyznano świadczenie' },
  benefits: { number: '2', label: 'Liczba świadczeń' },
  amount: { number: '3', label: 'Kwota świadczeń w zł' },
  families: { number: '4', label: 'Liczba rodzin' },
  personsInFamilies: { number: '5', label: 'Liczba osób w rodzinach' },
} as const;
export type Mrpips03Column = keyof typeof mrpips03Columns;
export const mrpips03ColumnKeys = Object.keys(mrpips03Columns) as [Mrpips03Column, ...Mrpips03Column[]];

/** The reasons for help: one row per point of art. 7 (statutory numbering, point 10 repealed). */
export const mrpips03ReasonRows: readonly { key: HelpReason; number: string; label: string }[] = helpReasonKeys.map((key) => ({
  key,
  number: helpReasons[key].point,
  label: helpReasons[key].label,
}));

export const mrpips03ReasonColumns = {
  families: { number: '1', label: 'Liczba rodzin' },
  familiesRural: { number: '2', label: 'w tym na wsi' },
  personsInFamilies: { number: '3', label: 'Liczba osób w rodzinach' },
  personsInFamiliesRural: { number: '4', label: 'w tym na wsi' },
} as const;
export type Mrpips03ReasonColumn = keyof typeof mrpips03ReasonColumns;
export const mrpips03ReasonColumnKeys = Object.keys(mrpips03ReasonColumns) as [Mrpips03ReasonColumn, ...Mrpips03ReasonColumn[]];

export const mrpips03Halves: Record<Mrpips03Half, string> = { H1: 'I półrocze', year: 'rok' };

/** The first and last day of the reported period. */
export function mrpips03Period(year: number, half: Mrpips03Half): { from: string; to: string } {
  return { from: `${year}-01-01`, to: half === 'H1' ? `${year}-06-30` : `${year}-12-31` };
}
