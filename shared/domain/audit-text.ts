import { auditKindLabels, type AuditKind } from '../contract/audit';
import { formatDatePl } from './calendar';
import { benefitKinds, helpReasons } from './cases';
import { certificateIssuers, certificateKinds } from './certificates';
import { householdRelations } from './household';
import { roleLabels } from './roles';

/**
 * The audit log in words a director reads: Polish names of actions and fields, values as the forms show them,
 * times in Polish time. Used by the screen and by the print and the export alike, so all three say the same.
 */

export function auditKindLabel(kind: string): string {
  return auditKindLabels[kind as AuditKind] ?? kind;
}

/** The fields an entry's `changes` (or `after`, `before`) names, across persons, cases, certificates, users and settings. */
const fieldLabels: Record<string, string> = {
  firstName: 'imię',
  lastName: 'nazwisko',
  pesel: 'PESEL',
  idDocument: 'dokument tożsamości',
  birthDate: 'data urodzenia',
  sex: 'płeć',
  locality: 'miejscowość',
  street: 'ulica',
  houseNumber: 'nr domu',
  flatNumber: 'nr lokalu',
  postalCode: 'kod pocztowy',
  postTown: 'poczta',
  phone: 'telefon',
  email: 'e-mail',
  peselChecksumAccepted: 'PESEL przyjęty mimo sumy kontrolnej',
  benefits: 'świadczenia',
  reasons: 'powody przyznania pomocy',
  workerUserId: 'pracownik socjalny (nr konta)',
  complex: 'sprawa szczególnie skomplikowana',
  incomeLostInApplicationMonth: 'utrata dochodu w miesiącu wniosku',
  notes: 'uwagi',
  kind: 'rodzaj',
  issuer: 'wydany przez',
  issuedOn: 'data wydania',
  validUntil: 'ważne do',
  number: 'numer',
  fullName: 'imię i nazwisko',
  roles: 'role',
  active: 'konto aktywne',
  deputyUntil: 'zastępstwo do',
  relation: 'pokrewieństwo',
  gminaName: 'gmina',
  officeName: 'nazwa ośrodka',
  town: 'miejscowość',
  directorName: 'kierownik',
  directorTitle: 'stanowisko kierownika',
  lockAfterMinutes: 'blokada ekranu po (min)',
  periodicAllowanceMinPercent: 'zasiłek okresowy — najniższy procent',
  caseRefUnit: 'oznaczenie komórki w znaku sprawy',
  caseRefSymbols: 'symbole w znaku sprawy',
  decisionTexts: 'teksty w decyzjach',
};

export function auditFieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}

/** Codes stored in entries, by the field that holds them. */
const codeLabels: Record<string, Record<string, string>> = {
  sex: { F: 'kobieta', M: 'mężczyzna' },
  relation: householdRelations,
  kind: Object.fromEntries(Object.entries(certificateKinds).map(([key, value]) => [key, value.label])),
  issuer: certificateIssuers,
  benefits: Object.fromEntries(Object.entries(benefitKinds).map(([key, value]) => [key, value.label])),
  reasons: Object.fromEntries(Object.entries(helpReasons).map(([key, value]) => [key, value.label])),
  roles: roleLabels,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One stored value as a person reads it: dates dd.mm.rrrr, yes/no, codes by their names, nothing as "—". */
export function auditValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'tak' : 'nie';
  if (Array.isArray(value)) return value.length ? value.map((item) => auditValueText(field, item)).join(', ') : '—';
  if (typeof value === 'string') {
    const label = codeLabels[field]?.[value];
    if (label) return label;
    if (ISO_DATE.test(value)) return formatDatePl(value);
    if (ISO_INSTANT.test(value)) return formatInstantPl(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** "nazwisko: Kowalski → Kowalski-Nowak; telefon: — → 600 100 200" for an entry that records a change. */
export function auditChangesText(details: Record<string, unknown> | null): string {
  // An entry withheld from this reader keeps only the names of the fields (audit-disclosure.ts).
  if (Array.isArray(details?.fields) && details.fields.length) {
    return `zmienione lub zapisane pola: ${details.fields.map((field) => auditFieldLabel(String(field))).join(', ')}`;
  }
  const changes = details?.changes;
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, change]) => {
      if (change && typeof change === 'object' && 'before' in change && 'after' in change) {
        const { before, after } = change as { before: unknown; after: unknown };
        return `${auditFieldLabel(field)}: ${auditValueText(field, before)} → ${auditValueText(field, after)}`;
      }
      // The first save of the office's details keeps the values as typed (changes: { after: {...} }).
      return `${auditFieldLabel(field)}: ${auditValueText(field, change)}`;
    })
    .join('; ');
}

const warsaw = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', ...options });
const dayFormat = warsaw({ day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = warsaw({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "10.03.2025" of an instant, in Polish time (entries are stored in UTC). */
export function dayOfInstantPl(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "10:02" of an instant, in Polish time. */
export function timeOfInstantPl(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "10.03.2025, 10:02" of an instant, in Polish time. */
export function formatInstantPl(iso: string): string {
  return `${dayOfInstantPl(iso)}, ${timeOfInstantPl(iso)}`;
}

/** "otwarto 5 razy, 10:02–10:09", "otwarto 2 razy o 10:02" (a day is named again only when the openings cross midnight). */
export function repeatedText(count: number, firstAt: string, lastAt: string): string {
  // Only counts of two and more are collapsed, and "razy" is the form for all of them.
  const times = `otwarto ${count} razy`;
  if (dayOfInstantPl(firstAt) !== dayOfInstantPl(lastAt)) return `${times}, ${formatInstantPl(firstAt)} – ${formatInstantPl(lastAt)}`;
  const [from, to] = [timeOfInstantPl(firstAt), timeOfInstantPl(lastAt)];
  return from === to ? `${times} o ${from}` : `${times}, ${from}–${to}`;
}
