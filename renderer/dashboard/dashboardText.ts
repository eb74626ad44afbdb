import type { DashboardFigure } from '../../shared/contract/dashboard';
import { dashboardFigure } from '../../shared/contract/dashboard';
import { caseStatuses } from '../../shared/domain/cases';
import { budgetClassifications, type BudgetClassification } from '../../shared/domain/payment-settings';

/** Words and colours of the Pulpit, and the chosen figure kept in the address (so "back" from a case returns to it). */

const SHORT_MONTHS = ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'];
export const shortMonth = (month: string) => SHORT_MONTHS[Number(month.slice(5, 7)) - 1]!;

/** "czerwiec 2025" → "w czerwcu 2025": the month as the locative a heading needs. */
const IN_MONTHS = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'];
export const inMonth = (month: string) => `w ${IN_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const CLASSIFICATION_COLORS: Record<BudgetClassification, string> = {
  '85202': 'grape.6',
  '85213': 'pink.6',
  '85214': 'teal.6',
  '85216': 'blue.6',
  '85228': 'orange.6',
  '85230': 'yellow.7',
};
export const classificationColor = (code: string) => CLASSIFICATION_COLORS[code as BudgetClassification] ?? 'gray.6';
export const classificationLabel = (code: string) => {
  const name = budgetClassifications[code as BudgetClassification];
  return name ? `${code} ${name}` : code;
};

export const statusColors = { registered: 'orange.6', interviewDone: 'yellow.6', decided: 'teal.6', closed: 'gray.5' } as const;

type Figure = Exclude<DashboardFigure, undefined>;

/** What the list is, as its heading says. */
export function figureTitle(figure: Figure, workerName?: string): string {
  switch (figure.figure) {
    case 'paid': {
      const when = figure.month ? inMonth(figure.month) : `w ${figure.year} r.`;
      return `Wypłacono ${when}${figure.classification ? ` — ${classificationLabel(figure.classification)}` : ''}`;
    }
    case 'casesByState':
      return `Sprawy z wnioskiem w ${figure.year} r. — ${caseStatuses[figure.status].toLowerCase()}`;
    case 'late':
      return `${figure.what === 'decision' ? 'Decyzje' : 'Wywiady'} po terminie${workerName ? ` — ${workerName}` : ''}`;
    case 'benefitsEnding':
      return `Świadczenia kończące się ${inMonth(figure.month)}`;
  }
}

/** The figure as address parameters: l (which list) and its own values. */
export function figureToParams(figure: Figure): Record<string, string> {
  switch (figure.figure) {
    case 'paid':
      return { l: 'paid', y: String(figure.year), ...(figure.month ? { lm: figure.month } : {}), ...(figure.classification ? { k: figure.classification } : {}) };
    case 'casesByState':
      return { l: 'casesByState', y: String(figure.year), s: figure.status };
    case 'late':
      return { l: 'late', w: figure.what, ...(figure.workerId ? { p: String(figure.workerId) } : {}) };
    case 'benefitsEnding':
      return { l: 'benefitsEnding', lm: figure.month };
  }
}

/** The figure back from the address; anything the contract would refuse is no figure. */
export function figureFromParams(params: URLSearchParams): Figure | null {
  const list = params.get('l');
  if (!list) return null;
  const number = (name: string) => (params.get(name) ? Number(params.get(name)) : null);
  const candidate = {
    figure: list,
    year: number('y') ?? undefined,
    month: params.get('lm') ?? (list === 'paid' ? null : undefined),
    classification: params.get('k'),
    status: params.get('s') ?? undefined,
    what: params.get('w') ?? undefined,
    workerId: number('p'),
  };
  const parsed = dashboardFigure.safeParse(candidate);
  return parsed.success ? (parsed.data as Figure) : null;
}
