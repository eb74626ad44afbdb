import type { BenefitKind } from './cases';

/**
 * Budget classification of the money paid (DOMAIN.md §8): the rozdział of dział 852 each benefit is booked in.
 * Offices may book differently (e.g. a returnable aid), so the code per benefit is a setting with these defaults.
 */
export const budgetClassifications = {
  '85202': 'Domy pomocy społecznej',
  '85213': 'Składki na ubezpieczenie zdrowotne',
  '85214': 'Zasiłki okresowe, celowe i pomoc w naturze',
  '85216': 'Zasiłki stałe',
  '85228': 'Usługi opiekuńcze',
  '85230': 'Pomoc w zakresie dożywiania',
} as const;
export type BudgetClassification = keyof typeof budgetClassifications;
export const budgetClassificationKeys = Object.keys(budgetClassifications) as [BudgetClassification, ...BudgetClassification[]];

export const defaultClassifications: Record<BenefitKind, BudgetClassification> = {
  permanentAllowance: '85216',
  periodicAllowance: '85214',
  purposeAllowance: '85214',
  eventPurposeAllowance: '85214',
  specialPurposeAllowance: '85214',
  returnableAid: '85214',
  economicIndependence: '85214',
  funeral: '85214',
  shelter: '85214',
  meals: '85230',
  clothing: '85214',
  careServices: '85228',
  careHome: '85202',
};

/** The health contribution paid for a zasiłek stały recipient without other insurance: 9 % (DOMAIN.md §5). */
export const HEALTH_CONTRIBUTION_PERCENT = 9;

/** What a bank accepts in an Elixir-O file (DOMAIN.md §8): banks differ, so the variant is a setting. */
export const bankFileVariants = {
  'windows-1250': 'Windows-1250, z polskimi znakami',
  'utf-8': 'UTF-8, z polskimi znakami',
  ascii: 'bez polskich znaków (ASCII)',
} as const;
export type BankFileVariant = keyof typeof bankFileVariants;
export const bankFileVariantKeys = Object.keys(bankFileVariants) as [BankFileVariant, ...BankFileVariant[]];
