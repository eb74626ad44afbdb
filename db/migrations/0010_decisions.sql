CREATE TABLE `case_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`issued_on` text NOT NULL,
	`fields` text NOT NULL,
	`snapshot` text NOT NULL,
	`pdf` blob NOT NULL,
	`pdf_sha256` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_letters_case` ON `case_letters` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `decision_number_counters` (
	`symbol` text NOT NULL,
	`year` integer NOT NULL,
	`last_number` integer NOT NULL,
	PRIMARY KEY(`symbol`, `year`)
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`benefit` text NOT NULL,
	`refers_to_decision_id` integer,
	`status` text NOT NULL,
	`fields` text NOT NULL,
	`prepared_by_user_id` integer NOT NULL,
	`submitted_at` text,
	`register_symbol` text,
	`register_year` integer,
	`register_number` integer,
	`decision_number` text,
	`issued_on` text,
	`signed_at` text,
	`signed_by_user_id` integer,
	`effective_from` text,
	`effective_until` text,
	`monthly_amount` integer,
	`snapshot` text,
	`content_hash` text,
	`pdf` blob,
	`pdf_sha256` text,
	`delivered_on` text,
	`appeal_waived_on` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `decisions_case` ON `decisions` (`case_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_register_number_unique` ON `decisions` (`register_symbol`,`register_year`,`register_number`);--> statement-breakpoint
CREATE INDEX `decisions_register` ON `decisions` (`register_year`,`register_number`);--> statement-breakpoint
ALTER TABLE `office_settings` ADD `decision_texts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE TRIGGER `decisions_signed_frozen` BEFORE UPDATE ON `decisions`
WHEN OLD.`signed_at` IS NOT NULL AND (
  NEW.`case_id` IS NOT OLD.`case_id` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`benefit` IS NOT OLD.`benefit`
  OR NEW.`refers_to_decision_id` IS NOT OLD.`refers_to_decision_id` OR NEW.`status` IS NOT OLD.`status`
  OR NEW.`fields` IS NOT OLD.`fields` OR NEW.`prepared_by_user_id` IS NOT OLD.`prepared_by_user_id`
  OR NEW.`submitted_at` IS NOT OLD.`submitted_at` OR NEW.`register_symbol` IS NOT OLD.`register_symbol`
  OR NEW.`register_year` IS NOT OLD.`register_year` OR NEW.`register_number` IS NOT OLD.`register_number`
  OR NEW.`decision_number` IS NOT OLD.`decision_number` OR NEW.`issued_on` IS NOT OLD.`issued_on`
  OR NEW.`signed_at` IS NOT OLD.`signed_at` OR NEW.`signed_by_user_id` IS NOT OLD.`signed_by_user_id`
  OR NEW.`effective_from` IS NOT OLD.`effective_from` OR NEW.`effective_until` IS NOT OLD.`effective_until`
  OR NEW.`monthly_amount` IS NOT OLD.`monthly_amount` OR NEW.`snapshot` IS NOT OLD.`snapshot`
  OR NEW.`content_hash` IS NOT OLD.`content_hash` OR NEW.`pdf` IS NOT OLD.`pdf` OR NEW.`pdf_sha256` IS NOT OLD.`pdf_sha256`
  OR NEW.`created_at` IS NOT OLD.`created_at`
  OR (OLD.`delivered_on` IS NOT NULL AND NEW.`delivered_on` IS NOT OLD.`delivered_on`)
  OR (OLD.`appeal_waived_on` IS NOT NULL AND NEW.`appeal_waived_on` IS NOT OLD.`appeal_waived_on`)
) BEGIN
  SELECT RAISE(ABORT, 'Podpisanej decyzji nie można zmienić; korekta to nowa decyzja, która się do niej odnosi.');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_signed_no_delete` BEFORE DELETE ON `decisions` WHEN OLD.`signed_at` IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'Podpisanej decyzji nie można usunąć.');
END;
--> statement-breakpoint
CREATE TRIGGER `case_letters_no_update` BEFORE UPDATE ON `case_letters` BEGIN
  SELECT RAISE(ABORT, 'Wydrukowanego pisma nie można zmienić.');
END;
--> statement-breakpoint
CREATE TRIGGER `case_letters_no_delete` BEFORE DELETE ON `case_letters` BEGIN
  SELECT RAISE(ABORT, 'Wydrukowanego pisma nie można usunąć.');
END;
