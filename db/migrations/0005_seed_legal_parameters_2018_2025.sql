-- The statutory figures of DOMAIN.md §3, in grosze. Rows added later by an administrator are data, not
-- migrations. permanent_allowance_threshold_percent: zasiłek stały is computed from 100 % of the threshold
-- until 2023 and from 130 % since 2024-01-01 (Dz.U. 2023 poz. 1693).
INSERT INTO `legal_parameters` (`valid_from`, `single_threshold`, `per_person_threshold`, `permanent_allowance_max`, `permanent_allowance_min`, `permanent_allowance_threshold_percent`, `hectare_amount`, `periodic_allowance_minimum`, `source`, `created_at`) VALUES
  ('2018-10-01', 70100, 52800, 64500, 3000, 100, 30800, 2000, 'Dz.U. 2018 poz. 1358', '2018-10-01T00:00:00.000Z'),
  ('2022-01-01', 77600, 60000, 71900, 3000, 100, 34500, 2000, 'Dz.U. 2021 poz. 1296', '2022-01-01T00:00:00.000Z'),
  ('2024-01-01', 77600, 60000, 100000, 10000, 130, 34500, 2000, 'Dz.U. 2023 poz. 1693', '2024-01-01T00:00:00.000Z'),
  ('2025-01-01', 101000, 82300, 122900, 10000, 130, 45900, 2000, 'Dz.U. 2024 poz. 1044', '2025-01-01T00:00:00.000Z');
