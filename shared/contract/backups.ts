import { z } from 'zod';

/**
 * Backups are referred to by place and file name: the two places of the backup settings, or a folder the
 * administrator names (a USB stick brought from another computer, a folder the backups were copied to). Only
 * that folder is a path from the screen, and only a folder: the file name cannot leave it.
 */
const location = z.enum(['primary', 'secondary', 'folder'], { error: 'Wybierz miejsce kopii.' });
const folder = z.string().trim().min(1, 'Podaj folder z kopiami.').max(1000, 'Ścieżka folderu jest za długa.');
const fileName = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,120}$/, 'Nieprawidłowa nazwa pliku kopii.')
  .refine((name) => !name.includes('..'), 'Nieprawidłowa nazwa pliku kopii.');
/** `folder` with location 'folder' only. */
const backupRef = { location, folder: folder.optional(), fileName };
const counts = z.record(z.string(), z.number().int());
/** Backups found in a place, and the files there that are not whole backups (with the reason). */
const backupListing = z.object({
  backups: z.array(
    z.object({ ...backupRef, at: z.string(), bytes: z.number().int(), programVersion: z.string(), schemaVersion: z.number().int(), counts }),
  ),
  skipped: z.array(z.object({ ...backupRef, message: z.string() })),
});
/** An optional passphrase: when empty, the one in the backup settings of this computer is used. */
const optionalPassphrase = z.string().max(500).optional();

/** What the backups screen needs about this computer's settings. */
const backupSettings = z.object({
  primaryDir: z.string(),
  secondaryDir: z.string().nullable(),
  passphraseSet: z.boolean(),
  /** The last restore can be undone: the data returns to this moment (just before that restore). */
  undo: z.object({ returnsTo: z.string() }).nullable(),
});

/** The passphrase is typed twice, so that a typo does not lock the office out of its own backups. */
export const backupsConfigureInput = z
  .object({
    passphrase: z.string().min(12, 'Hasło kopii musi mieć co najmniej 12 znaków.').max(500).optional(),
    passphraseRepeat: z.string().max(500).optional(),
    secondaryDir: z
      .string()
      .trim()
      .max(500)
      .nullable()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((input, ctx) => {
    if (input.passphrase !== undefined && input.passphraseRepeat !== input.passphrase) {
      ctx.addIssue({ code: 'custom', path: ['passphraseRepeat'], message: 'Hasła się różnią. Wpisz to samo hasło dwa razy.' });
    }
  });

/** After a restore or its undo: from which moment the data now comes (see electron/core/restore-notice.ts). */
const restoreNotice = z.object({ kind: z.enum(['restore', 'undo']), at: z.string(), dataFrom: z.string() });

export const backupsContract = {
  'backups.status': {
    summary: 'Stan kopii zapasowych: ostatnia udana kopia, jej wiek, drugie miejsce, ostrzeżenia, trwająca praca',
    input: z.object({}),
    output: z.object({
      configured: z.boolean(),
      lastBackup: z.object({ at: z.string(), fileName: z.string() }).nullable(),
      secondary: z.object({ configured: z.boolean(), ok: z.boolean().nullable(), message: z.string().nullable() }),
      running: z.object({ operation: z.string(), step: z.string(), percent: z.number().nullable() }).nullable(),
      warnings: z.array(z.string()),
    }),
  },
  'backups.settings': {
    summary: 'Ustawienia kopii na tym komputerze: foldery, czy hasło kopii jest ustawione i czy jest przywrócenie do cofnięcia',
    input: z.object({}),
    output: backupSettings,
  },
  'backups.configure': {
    summary: 'Hasło szyfrowania kopii (wpisane dwa razy) i drugie miejsce kopii (pendrive, folder sieciowy)',
    input: backupsConfigureInput,
    output: backupSettings,
  },
  'backups.createNow': {
    summary: 'Zrób kopię zapasową teraz (zaszyfrowaną, w obu miejscach)',
    input: z.object({}),
    output: z.object({
      fileName: z.string(),
      at: z.string(),
      bytes: z.number().int(),
      counts,
      secondary: z.object({ ok: z.boolean(), message: z.string().nullable() }),
    }),
  },
  'backups.list': {
    summary: 'Kopie zapasowe w obu miejscach, najnowsze pierwsze, oraz pliki, które nie są pełnymi kopiami',
    input: z.object({}),
    output: backupListing,
  },
  'backups.listFolder': {
    summary: 'Kopie zapasowe w innym folderze (np. na pendrivie z innego komputera), najnowsze pierwsze',
    input: z.object({ folder }),
    output: backupListing,
  },
  'backups.drill': {
    summary: 'Sprawdź kopię: odtwórz ją w miejscu tymczasowym i pokaż, co zawiera (dane bieżące bez zmian)',
    input: z.object({ ...backupRef, passphrase: optionalPassphrase }),
    output: z.object({
      createdAt: z.string(),
      programVersion: z.string(),
      schemaVersion: z.number().int(),
      schemaVersionAfterOpening: z.number().int(),
      counts,
      durationMs: z.number(),
    }),
  },
  'backups.restore': {
    summary: 'Przywróć dane z kopii: najpierw kopia bezpieczeństwa bieżących danych, potem podmiana; wszyscy logują się ponownie',
    input: z.object({
      ...backupRef,
      passphrase: optionalPassphrase,
      confirmation: z.literal('PRZYWRÓĆ', { error: 'Aby przywrócić dane, wpisz słowo PRZYWRÓĆ.' }),
    }),
    output: z.object({ restoredFrom: z.string(), backupCreatedAt: z.string(), counts, safetyCopy: z.string().nullable(), migratedFrom: z.number().int() }),
  },
  'backups.restoreNotice': {
    summary: 'Czy dane przywrócono z kopii (albo cofnięto przywrócenie), odkąd ten użytkownik to potwierdził',
    input: z.object({}),
    output: restoreNotice.nullable(),
  },
  'backups.acknowledgeRestoreNotice': {
    summary: 'Użytkownik przeczytał wiadomość o przywróceniu danych ("Rozumiem")',
    input: z.object({}),
    output: z.object({}),
  },
  'backups.undoRestore': {
    summary: 'Cofnij ostatnie przywrócenie: wraca kopia bezpieczeństwa sprzed niego',
    input: z.object({ confirmation: z.literal('COFNIJ', { error: 'Aby cofnąć przywrócenie, wpisz słowo COFNIJ.' }) }),
    output: z.object({ restoredFrom: z.string(), counts }),
  },
} as const;
