import { z } from 'zod';
import { legalParameterLabels, parameterRowProblems, type LegalParameterRow } from '../domain/legal-parameters';
import { id, isoDate } from './common';
import { parameterRowShape } from './computation';

const grosze = (label: string) =>
  z
    .number({ error: `${label}: podaj kwotę.` })
    .int(`${label}: kwota w pełnych groszach.`)
    .min(0, `${label}: kwota nie może być ujemna.`)
    .max(100_000_000, `${label}: kwota jest nierealnie wysoka.`);

/** A new dated row of statutory figures, as an administrator types it (amounts in grosze). */
export const legalParameterRowInput = z
  .object({
    validFrom: isoDate,
    singleThreshold: grosze(legalParameterLabels.singleThreshold),
    perPersonThreshold: grosze(legalParameterLabels.perPersonThreshold),
    permanentAllowanceMax: grosze(legalParameterLabels.permanentAllowanceMax),
    permanentAllowanceMin: grosze(legalParameterLabels.permanentAllowanceMin),
    permanentAllowanceThresholdPercent: z.number({ error: 'Podaj procent.' }),
    hectareAmount: grosze(legalParameterLabels.hectareAmount),
    periodicAllowanceMinimum: grosze(legalParameterLabels.periodicAllowanceMinimum),
    source: z.string().trim().max(200),
  })
  .superRefine((row, ctx) => {
    // The rules of a whole row live with its type (shared/domain/legal-parameters.ts); shapes are checked above.
    for (const problem of parameterRowProblems(row as LegalParameterRow)) {
      if (problem.field !== 'validFrom') ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });

export const legalParameterRow = parameterRowShape.extend({
  id,
  createdAt: z.string(),
  /** False for the rows the program shipped with. */
  addedByOffice: z.boolean(),
});
export type LegalParameterRowOut = z.output<typeof legalParameterRow>;

export const legalParametersContract = {
  'legalParameters.list': {
    summary: 'Kryteria dochodowe i kwoty świadczeń z datami obowiązywania, z zaznaczeniem wiersza obowiązującego dziś',
    input: z.object({}),
    output: z.object({ rows: z.array(legalParameterRow), inForceTodayId: z.number().int().nullable() }),
  },
  'legalParameters.add': {
    summary: 'Dodanie nowych kwot obowiązujących od podanego dnia (np. po weryfikacji kryteriów)',
    input: legalParameterRowInput,
    output: legalParameterRow,
  },
  'legalParameters.removeFuture': {
    summary: 'Usunięcie wiersza, który jeszcze nie zaczął obowiązywać (poprawka pomyłki)',
    input: z.object({ id }),
    output: z.object({ removed: z.boolean() }),
  },
} as const;
