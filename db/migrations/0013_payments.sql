CREATE TABLE `payment_line_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_id` integer NOT NULL,
	`outcome` text,
	`outcome_on` text,
	`note` text,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `payment_lines`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `payment_line_events_line` ON `payment_line_events` (`line_id`,`id`);--> statement-breakpoint
CREATE TABLE `payment_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list_id` integer NOT NULL,
	`grant_decision_id` integer NOT NULL,
	`decision_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`benefit` text NOT NULL,
	`month` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`amount` integer NOT NULL,
	`classification` text NOT NULL,
	`recipient_name` text NOT NULL,
	`recipient_address` text NOT NULL,
	`recipient_id` text NOT NULL,
	`decision_number` text NOT NULL,
	`bank_account` text,
	`title` text NOT NULL,
	`outcome` text,
	`outcome_on` text,
	`holds_month` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`list_id`) REFERENCES `payment_lists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`grant_decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `payment_lines_list` ON `payment_lines` (`list_id`,`id`);--> statement-breakpoint
CREATE INDEX `payment_lines_grant_month` ON `payment_lines` (`grant_decision_id`,`month`);--> statement-breakpoint
CREATE INDEX `payment_lines_person` ON `payment_lines` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_lines_month_held_once` ON `payment_lines` (`grant_decision_id`,`month`) WHERE `holds_month` = 1;--> statement-breakpoint
CREATE TABLE `payment_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`method` text NOT NULL,
	`pay_on` text NOT NULL,
	`status` text NOT NULL,
	`year` integer,
	`number` integer,
	`line_count` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`prepared_by_user_id` integer NOT NULL,
	`approved_by_user_id` integer,
	`approved_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_lists_number_unique` ON `payment_lists` (`year`,`number`);--> statement-breakpoint
CREATE INDEX `payment_lists_month` ON `payment_lists` (`month`,`method`);--> statement-breakpoint
ALTER TABLE `office_settings` ADD `payment_settings` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE TRIGGER `payment_lists_approved_frozen` BEFORE UPDATE ON `payment_lists` WHEN OLD.`status` = 'approved' BEGIN
  SELECT RAISE(ABORT, 'Zatwierdzonej listy wypłat nie można zmienić.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_lists_approved_no_delete` BEFORE DELETE ON `payment_lists` WHEN OLD.`status` = 'approved' BEGIN
  SELECT RAISE(ABORT, 'Zatwierdzonej listy wypłat nie można usunąć.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_lines_approved_no_insert` BEFORE INSERT ON `payment_lines`
WHEN (SELECT `status` FROM `payment_lists` WHERE `id` = NEW.`list_id`) = 'approved' BEGIN
  SELECT RAISE(ABORT, 'Do zatwierdzonej listy wypłat nie można dopisać pozycji.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_lines_approved_no_delete` BEFORE DELETE ON `payment_lines`
WHEN (SELECT `status` FROM `payment_lists` WHERE `id` = OLD.`list_id`) = 'approved' BEGIN
  SELECT RAISE(ABORT, 'Z zatwierdzonej listy wypłat nie można usunąć pozycji.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_lines_approved_frozen` BEFORE UPDATE ON `payment_lines`
WHEN (SELECT `status` FROM `payment_lists` WHERE `id` = OLD.`list_id`) = 'approved' AND (
  NEW.`list_id` IS NOT OLD.`list_id` OR NEW.`grant_decision_id` IS NOT OLD.`grant_decision_id`
  OR NEW.`decision_id` IS NOT OLD.`decision_id` OR NEW.`case_id` IS NOT OLD.`case_id` OR NEW.`person_id` IS NOT OLD.`person_id`
  OR NEW.`benefit` IS NOT OLD.`benefit` OR NEW.`month` IS NOT OLD.`month` OR NEW.`period_from` IS NOT OLD.`period_from`
  OR NEW.`period_to` IS NOT OLD.`period_to` OR NEW.`amount` IS NOT OLD.`amount` OR NEW.`classification` IS NOT OLD.`classification`
  OR NEW.`recipient_name` IS NOT OLD.`recipient_name` OR NEW.`recipient_address` IS NOT OLD.`recipient_address`
  OR NEW.`recipient_id` IS NOT OLD.`recipient_id` OR NEW.`decision_number` IS NOT OLD.`decision_number`
  OR NEW.`bank_account` IS NOT OLD.`bank_account` OR NEW.`title` IS NOT OLD.`title`
) BEGIN
  SELECT RAISE(ABORT, 'Pozycji zatwierdzonej listy wypłat nie można zmienić; zapisuje się tylko wynik wypłaty.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_line_events_no_update` BEFORE UPDATE ON `payment_line_events` BEGIN
  SELECT RAISE(ABORT, 'Historii wypłaty nie można zmienić.');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_line_events_no_delete` BEFORE DELETE ON `payment_line_events` BEGIN
  SELECT RAISE(ABORT, 'Historii wypłaty nie można usunąć.');
END;
