import { z } from 'zod';
import { benefitKindKeys } from '../domain/cases';

/** The shape of a computation trace and of a case computation (shared/domain/trace.ts, case-computation.ts). */

const traceValue = { value: z.union([z.number(), z.string(), z.boolean()]), unit: z.enum(['grosze', 'percent', 'days', 'persons', 'hectares', 'yesNo', 'date', 'text']) };

/** One dated row of statutory figures (shared/domain/legal-parameters.ts), as a trace or a list carries it. */
export const parameterRowShape = z.object({
  validFrom: z.string(),
  singleThreshold: z.number().int(),
  perPersonThreshold: z.number().int(),
  permanentAllowanceMax: z.number().int(),
  permanentAllowanceMin: z.number().int(),
  permanentAllowanceThresholdPercent: z.number().int(),
  hectareAmount: z.number().int(),
  periodicAllowanceMinimum: z.number().int(),
  source: z.string(),
});

export const computationTrace = z.object({
  title: z.string(),
  legalBasis: z.string(),
  inputs: z.array(z.object({ label: z.string(), ...traceValue })),
  parameters: parameterRowShape.nullable(),
  steps: z.array(z.object({ label: z.string(), formula: z.string(), note: z.string().optional(), ...traceValue })),
  result: z.object({ label: z.string(), ...traceValue }),
});
export type ComputationTraceOut = z.output<typeof computationTrace>;

export const benefitComputation = z.object({
  benefit: z.enum(benefitKindKeys),
  label: z.string(),
  eligible: z.boolean().nullable(),
  reason: z.string(),
  amount: z.number().int().nullable(),
  minimum: z.number().int().nullable(),
  maximum: z.number().int().nullable(),
  firstMonth: z.object({ from: z.string(), to: z.string(), amount: z.number().int(), trace: computationTrace }).nullable(),
  healthContribution: z.number().int().nullable(),
  /** Zasiłek stały on a certificate that ends: its last day. Absent in computations saved before certificates. */
  validUntil: z.string().nullable().optional(),
  problem: z.string().nullable(),
  traces: z.array(computationTrace),
});

export const caseComputation = z.object({
  parameterDate: z.string(),
  parameters: parameterRowShape,
  thresholdCitation: z.string(),
  income: z.object({
    incomeMonth: z.string(),
    livesAlone: z.boolean(),
    members: z.number().int(),
    householdIncome: z.number().int(),
    perPersonIncome: z.number().int(),
    applicantIncome: z.number().int(),
    items: z.array(
      z.object({
        personId: z.number().int(),
        label: z.string(),
        net: z.number().int(),
        counted: z.number().int(),
        treatment: z.enum(['counted', 'excluded', 'spreadOver12Months', 'oneOffOtherMonth', 'farm', 'farmBelowOneHectare', 'alimonyPaid']),
      }),
    ),
    trace: computationTrace,
  }),
  benefits: z.array(benefitComputation),
});
export type CaseComputationOut = z.output<typeof caseComputation>;
