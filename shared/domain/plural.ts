import { pluralForm } from './amount-in-words';

/**
 * A count with its words in the form Polish gives them: plural(1, 'otwarta sprawa', 'otwarte sprawy', 'otwartych
 * spraw') is "1 otwarta sprawa", 3 → "3 otwarte sprawy", 5, 12 and 22… → "… otwartych spraw", 22 → "22 otwarte sprawy".
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralForm(n, { one, few, many })}`;
}
