CREATE TABLE `legal_parameters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from` text NOT NULL,
	`single_threshold` integer NOT NULL,
	`per_person_threshold` integer NOT NULL,
	`permanent_allowance_max` integer NOT NULL,
	`permanent_allowance_min` integer NOT NULL,
	`permanent_allowance_threshold_percent` integer NOT NULL,
	`hectare_amount` integer NOT NULL,
	`periodic_allowance_minimum` integer NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_user_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_parameters_valid_from_unique` ON `legal_parameters` (`valid_from`);--> statement-breakpoint
ALTER TABLE `office_settings` ADD `periodic_allowance_min_percent` integer DEFAULT 50 NOT NULL;