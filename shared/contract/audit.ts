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
  'backup.create': 'Kopia zapasowa',
  'backup.failed': 'Nieudana kopia zapasowa',
  'backup.drill': 'Sprawdzenie kopii zapasowej',
  'backup.restore': 'Przywrócenie danych z kopii',
  'backup.undoRestore': 'Cofnięcie przywrócenia',
  'backup.configure': 'Zmiana ustawień kopii',
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
  summary: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.output<typeof auditEntry>;

export const auditContract = {
  'audit.list': {
    summary: 'Dziennik zdarzeń z filtrami: osoba, użytkownik, rodzaj, daty',
    input: z.object({
      personId: id.optional(),
      userId: id.optional(),
      kind: auditKind.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      beforeId: id.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      entries: z.array(auditEntry),
      more: z.boolean(),
      /** Everyone who appears in the log, for the user filter (the director may not list users). */
      users: z.array(z.object({ id, fullName: z.string() })),
    }),
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
