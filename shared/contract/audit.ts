import { z } from 'zod';
import { id, isoDate } from './common';

/** Kinds of audit entries with their Polish names, for the filter and the list. */
export const auditKindLabels = {
  'auth.login': 'Logowanie',
  'auth.loginFailed': 'Nieudane logowanie',
  'auth.logout': 'Wylogowanie',
  'auth.unlockFailed': 'Nieudane odblokowanie ekranu',
  'auth.passwordChanged': 'Zmiana własnego hasła',
  'person.view': 'Otwarcie karty osoby',
  'person.create': 'Dodanie osoby',
  'person.update': 'Zmiana danych osoby',
  'person.certificateAdd': 'Dopisanie orzeczenia',
  'person.certificateUpdate': 'Poprawienie orzeczenia',
  'person.certificateRemove': 'Usunięcie orzeczenia',
  'person.bankAccountAdd': 'Dopisanie rachunku bankowego',
  'person.bankAccountRemove': 'Rachunek bankowy nieużywany',
  'case.create': 'Rejestracja wniosku (nowa sprawa)',
  'case.view': 'Otwarcie sprawy',
  'case.review': 'Przegląd uprawnień',
  'case.update': 'Zmiana danych wniosku',
  'case.decision': 'Odnotowanie rozstrzygnięcia sprawy',
  'case.close': 'Zakończenie sprawy',
  'decision.draft': 'Projekt decyzji',
  'decision.update': 'Zmiana projektu decyzji',
  'decision.submit': 'Przekazanie decyzji do podpisu',
  'decision.return': 'Zwrot decyzji do poprawy',
  'decision.discard': 'Odrzucenie projektu decyzji',
  'decision.sign': 'Podpisanie decyzji',
  'decision.refused': 'Odmowa zmiany podpisanej decyzji',
  'decision.delivery': 'Doręczenie decyzji',
  'decision.print': 'Wydruk decyzji',
  'decision.export': 'Eksport rejestru decyzji',
  'letter.create': 'Pismo w sprawie',
  'letter.print': 'Wydruk pisma',
  'interview.save': 'Zapis wywiadu środowiskowego',
  'household.create': 'Utworzenie gospodarstwa',
  'household.addMember': 'Dodanie członka gospodarstwa',
  'household.updateMember': 'Zmiana pokrewieństwa',
  'household.removeMember': 'Usunięcie członka gospodarstwa',
  'settings.update': 'Zmiana danych urzędu',
  'legalParameters.add': 'Dodanie kryteriów i kwot',
  'legalParameters.remove': 'Usunięcie przyszłych kryteriów i kwot',
  'setup.initialize': 'Pierwsze uruchomienie',
  'user.create': 'Dodanie użytkownika',
  'user.update': 'Zmiana użytkownika',
  'user.resetPassword': 'Nadanie nowego hasła',
  'user.deputy': 'Upoważnienie zastępcy kierownika',
  'audit.verify': 'Sprawdzenie dziennika',
  'audit.export': 'Wydruk lub eksport dziennika',
  'backup.create': 'Kopia zapasowa',
  'backup.failed': 'Nieudana kopia zapasowa',
  'backup.drill': 'Sprawdzenie kopii zapasowej',
  'backup.restore': 'Przywrócenie danych z kopii',
  'backup.undoRestore': 'Cofnięcie przywrócenia',
  'backup.configure': 'Zmiana ustawień kopii',
  'payment.settings': 'Zmiana ustawień wypłat',
  'payment.prepare': 'Przygotowanie listy wypłat',
  'payment.approve': 'Zatwierdzenie listy wypłat',
  'payment.discard': 'Odrzucenie projektu listy wypłat',
  'payment.print': 'Wydruk listy lub zestawienia wypłat',
  'payment.bankFile': 'Plik przelewów dla banku',
  'payment.mark': 'Wynik wypłaty',
  'report.print': 'Wydruk sprawozdania',
  'report.export': 'Eksport sprawozdania',
  'register.print': 'Wydruk rejestru',
  'register.export': 'Eksport rejestru',
  'office.serving': 'Sieć biura: włączenie lub wyłączenie',
  'office.pairingCode': 'Sieć biura: nowy kod parowania',
  'office.paired': 'Sieć biura: sparowanie komputera',
  'office.pcRemoved': 'Sieć biura: usunięcie komputera',
  'office.refused': 'Sieć biura: odrzucone połączenie',
} as const;
export type AuditKind = keyof typeof auditKindLabels;
const auditKind = z.enum(Object.keys(auditKindLabels) as [AuditKind, ...AuditKind[]]);

export const auditEntry = z.object({
  id,
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  kind: z.string(),
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  /** The PC of the office network the entry was made from; null: the main PC itself ("stanowisko główne"). */
  pcName: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
  /**
   * Set when the line stands for several openings of the same record by the same user within a few minutes
   * (see electron/core/services/audit-lines.ts); the entry's own fields are then those of the latest opening.
   */
  repeated: z.object({ count: z.number().int(), firstAt: z.string(), ids: z.array(z.number().int()) }).optional(),
  /**
   * Set when the reader may not read the record the entry is about (the administrator and a person's file):
   * the summary names the kind and the records by number, details keep record numbers and the names of the
   * changed fields (details.fields), never their values. See electron/core/services/audit-disclosure.ts.
   */
  withheld: z.literal(true).optional(),
});
export type AuditEntry = z.output<typeof auditEntry>;

/** What the list, the print and the export show: the same filter everywhere. */
export const auditFilter = z.object({
  personId: id.optional(),
  /** Entries about a case: its own, its interviews', decisions' and letters'. */
  caseId: id.optional(),
  userId: id.optional(),
  kind: auditKind.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Repeated openings of the same record by the same user within a few minutes as one line. */
  collapseReads: z.boolean().default(false),
});
export type AuditFilter = z.input<typeof auditFilter>;

export const auditContract = {
  'audit.list': {
    summary: 'Dziennik zdarzeń z filtrami: osoba, sprawa, użytkownik, rodzaj, daty; powtórzone otwarcia jako jeden wiersz',
    input: auditFilter.extend({
      /** Entries numbered below this one (the next page, or a jump to "wpis nr N" with N + 1). */
      beforeId: id.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      entries: z.array(auditEntry),
      more: z.boolean(),
      /** The beforeId of the next page: a collapsed line may reach below its own number. */
      nextBeforeId: z.number().int().nullable(),
      /** Everyone who appears in the log, for the user filter (the director may not list users). */
      users: z.array(z.object({ id, fullName: z.string() })),
      /** The names of the filtered person and case, also when no entry of this page names them. */
      subject: z.object({ personName: z.string().nullable(), caseRef: z.string().nullable() }),
    }),
  },
  'audit.export': {
    summary: 'Dziennik zdarzeń z tymi samymi filtrami jako PDF do druku albo CSV (Excel)',
    input: z.object({ filter: auditFilter, format: z.enum(['pdf', 'csv']) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), count: z.number().int() }),
  },
  'audit.verify': {
    summary: 'Sprawdzenie, czy łańcuch wpisów dziennika jest nienaruszony, i wskazanie miejsca naruszenia',
    input: z.object({}),
    output: z.object({
      intact: z.boolean(),
      checked: z.number().int(),
      problems: z.array(z.object({ entryId: z.number().int(), message: z.string() })),
    }),
  },
} as const;
