import type { LegalParameterRow } from '../../../shared/domain/legal-parameters';

/**
 * The table of DOMAIN.md §3 transcribed into grosze. In the program these rows live in the database; here they
 * are test data only. permanentAllowanceThresholdPercent is 100 before 2024-01-01 and 130 from then on ("130 %
 * rule starts" in the 2024 row); periodicAllowanceMinimum is the 20 zł of DOMAIN.md §5.
 */
export const row2018: LegalParameterRow = {
  validFrom: '2018-10-01',
  singleThreshold: 70_100,
  perPersonThreshold: 52_800,
  permanentAllowanceMax: 64_500,
  permanentAllowanceMin: 3_000,
  permanentAllowanceThresholdPercent: 100,
  hectareAmount: 30_800,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2018 poz. 1358',
};

export const row2022: LegalParameterRow = {
  validFrom: '2022-01-01',
  singleThreshold: 77_600,
  perPersonThreshold: 60_000,
  permanentAllowanceMax: 71_900,
  permanentAllowanceMin: 3_000,
  permanentAllowanceThresholdPercent: 100,
  hectareAmount: 34_500,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2021 poz. 1296',
};

export const row2024: LegalParameterRow = {
  validFrom: '2024-01-01',
  singleThreshold: 77_600,
  perPersonThreshold: 60_000,
  permanentAllowanceMax: 100_000,
  permanentAllowanceMin: 10_000,
  permanentAllowanceThresholdPercent: 130,
  hectareAmount: 34_500,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2023 poz. 1693',
};

export const row2025: LegalParameterRow = {
  validFrom: '2025-01-01',
  singleThreshold: 101_000,
  perPersonThreshold: 82_300,
  permanentAllowanceMax: 122_900,
  permanentAllowanceMin: 10_000,
  permanentAllowanceThresholdPercent: 130,
  hectareAmount: 45_900,
  periodicAllowanceMinimum: 2_000,
  source: 'Dz.U. 2024 poz. 1044',
};

/** Deliberately not in date order: the lookup must not depend on it. */
export const allRows: LegalParameterRow[] = [row2024, row2018, row2025, row2022];

/** Printed amounts use no-break spaces; tests compare with ordinary ones. */
export const plain = (text: string | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');
