import { pluralForm } from './amount-in-words';
import { formatDatePl } from './calendar';
import type { LegalParameterRow } from './legal-parameters';
import { formatMoney } from './money';

/**
 * The record of one computation (DOMAIN.md §5): what went in, which dated parameter row was used and its legal
 * source, each step in order with a Polish label, the formula with the actual figures, and the result. It is
 * plain JSON, so a signed decision can keep it as a snapshot and print it in its reasons unchanged.
 */

/** What a number means: grosze are integers; hectares are hectares przeliczeniowe; yesNo is a boolean. */
export type TraceUnit = 'grosze' | 'percent' | 'days' | 'persons' | 'hectares' | 'yesNo' | 'date' | 'text';

export interface TraceValue {
  value: number | string | boolean;
  unit: TraceUnit;
}

export interface TraceInput extends TraceValue {
  label: string;
}

export interface TraceStep extends TraceValue {
  label: string;
  /** The formula with figures, e.g. "1 313,00 zł − 600,00 zł"; a comparison reads "600,00 zł < 1 010,00 zł". */
  formula: string;
  /** Why the step went this way, when it is not obvious (an excluded income, a cap that applied). */
  note?: string;
}

export interface ComputationTrace {
  /** What was computed, e.g. "Wysokość zasiłku stałego". */
  title: string;
  /** The provisions the computation follows, e.g. "art. 37 u.p.s.". */
  legalBasis: string;
  inputs: TraceInput[];
  /** The whole row used (with its source), or null when the computation needs no statutory figures. */
  parameters: LegalParameterRow | null;
  steps: TraceStep[];
  result: TraceInput;
}

/** "3,5000 ha" — hectares przeliczeniowe are given to four decimal places on tax notices. */
export function formatHectares(hectares: number): string {
  return `${hectares.toFixed(4).replace('.', ',')}\u00a0ha`;
}

/** "130%", "12,5%". */
export function formatPercent(percent: number): string {
  return `${String(percent).replace('.', ',')}%`;
}

/** A traced value as it is printed in a decision. */
export function formatTraceValue({ value, unit }: TraceValue): string {
  switch (unit) {
    case 'grosze':
      return formatMoney(Number(value));
    case 'percent':
      return formatPercent(Number(value));
    case 'days':
      return `${value} ${pluralForm(Number(value), { one: 'dzień', few: 'dni', many: 'dni' })}`;
    case 'persons':
      return `${value} ${pluralForm(Number(value), { one: 'osoba', few: 'osoby', many: 'osób' })}`;
    case 'hectares':
      return formatHectares(Number(value));
    case 'yesNo':
      return value ? 'tak' : 'nie';
    case 'date':
      return formatDatePl(String(value));
    case 'text':
      return String(value);
  }
}

/** "kryteria obowiązujące od 01.01.2025 (Dz.U. 2024 poz. 1044)" — the parameter row as a reason cites it. */
export function parameterRowCitation(row: LegalParameterRow): string {
  return `kryteria obowiązujące od ${formatDatePl(row.validFrom)} (${row.source})`;
}

export interface TraceBuilder {
  input(label: string, value: TraceValue['value'], unit: TraceUnit): void;
  step(label: string, formula: string, value: TraceValue['value'], unit: TraceUnit, note?: string): void;
  finish(label: string, value: TraceValue['value'], unit: TraceUnit): ComputationTrace;
}

/** Collects inputs and steps in the order they happen; `finish` gives the trace with its result. */
export function startTrace(title: string, legalBasis: string, parameters: LegalParameterRow | null): TraceBuilder {
  const inputs: TraceInput[] = [];
  const steps: TraceStep[] = [];
  return {
    input(label, value, unit) {
      inputs.push({ label, value, unit });
    },
    step(label, formula, value, unit, note) {
      steps.push(note === undefined ? { label, formula, value, unit } : { label, formula, value, unit, note });
    },
    finish(label, value, unit) {
      return { title, legalBasis, inputs, parameters: parameters ? { ...parameters } : null, steps, result: { label, value, unit } };
    },
  };
}
