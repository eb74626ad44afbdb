CREATE TABLE `case_ref_counters` (
	`symbol` text NOT NULL,
	`year` integer NOT NULL,
	`last_number` integer NOT NULL,
	PRIMARY KEY(`symbol`, `year`)
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_ref` text NOT NULL,
	`ref_symbol` text NOT NULL,
	`ref_year` integer NOT NULL,
	`ref_number` integer NOT NULL,
	`applicant_person_id` integer NOT NULL,
	`application_date` text NOT NULL,
	`benefits` text NOT NULL,
	`reasons` text NOT NULL,
	`worker_user_id` integer NOT NULL,
	`complex` integer DEFAULT false NOT NULL,
	`income_lost_in_application_month` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`decided_on` text,
	`benefit_until` text,
	`closed_on` text,
	`close_reason` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`applicant_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`worker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_ref_unique` ON `cases` (`case_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_ref_number_unique` ON `cases` (`ref_symbol`,`ref_year`,`ref_number`);--> statement-breakpoint
CREATE INDEX `cases_applicant` ON `cases` (`applicant_person_id`);--> statement-breakpoint
CREATE INDEX `cases_status` ON `cases` (`status`);--> statement-breakpoint
CREATE INDEX `cases_worker` ON `cases` (`worker_user_id`,`status`);--> statement-breakpoint
CREATE TABLE `interview_alimony_paid` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`description` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interview_alimony_paid_interview` ON `interview_alimony_paid` (`interview_id`);--> statement-breakpoint
CREATE TABLE `interview_farms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`hectares_ten_thousandths` integer NOT NULL,
	`description` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interview_farms_interview` ON `interview_farms` (`interview_id`);--> statement-breakpoint
CREATE TABLE `interview_incomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`gross` integer NOT NULL,
	`tax` integer DEFAULT 0 NOT NULL,
	`health_contribution` integer DEFAULT 0 NOT NULL,
	`social_contribution` integer DEFAULT 0 NOT NULL,
	`one_off_received_on` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interview_incomes_interview` ON `interview_incomes` (`interview_id`);--> statement-breakpoint
CREATE TABLE `interview_members` (
	`interview_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`relation` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`interview_id`, `person_id`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interview_members_person` ON `interview_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`supersedes_id` integer,
	`interview_date` text NOT NULL,
	`worker_user_id` integer NOT NULL,
	`lives_alone` integer NOT NULL,
	`income_month` text NOT NULL,
	`findings` text NOT NULL,
	`proposed_periodic_amount` integer,
	`computation` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`worker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interviews_case` ON `interviews` (`case_id`,`id`);--> statement-breakpoint
ALTER TABLE `office_settings` ADD `case_ref_unit` text DEFAULT 'GOPS' NOT NULL;--> statement-breakpoint
ALTER TABLE `office_settings` ADD `case_ref_symbols` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- A saved interview is a record of a visit: an update is a new interview, the earlier one is never changed.
CREATE TRIGGER `interviews_no_update` BEFORE UPDATE ON `interviews`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie zmienia się: aktualizacja to nowy wywiad.'); END;--> statement-breakpoint
CREATE TRIGGER `interviews_no_delete` BEFORE DELETE ON `interviews`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie usuwa się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_members_no_update` BEFORE UPDATE ON `interview_members`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie zmienia się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_members_no_delete` BEFORE DELETE ON `interview_members`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie usuwa się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_incomes_no_update` BEFORE UPDATE ON `interview_incomes`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie zmienia się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_incomes_no_delete` BEFORE DELETE ON `interview_incomes`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie usuwa się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_alimony_paid_no_update` BEFORE UPDATE ON `interview_alimony_paid`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie zmienia się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_alimony_paid_no_delete` BEFORE DELETE ON `interview_alimony_paid`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie usuwa się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_farms_no_update` BEFORE UPDATE ON `interview_farms`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie zmienia się.'); END;--> statement-breakpoint
CREATE TRIGGER `interview_farms_no_delete` BEFORE DELETE ON `interview_farms`
BEGIN SELECT RAISE(ABORT, 'Zapisanego wywiadu nie usuwa się.'); END;
