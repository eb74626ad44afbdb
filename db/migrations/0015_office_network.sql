CREATE TABLE `office_changes` (
	`pc_id` integer NOT NULL,
	`change_id` text NOT NULL,
	`at` text NOT NULL,
	`answer` text,
	PRIMARY KEY(`pc_id`, `change_id`),
	FOREIGN KEY (`pc_id`) REFERENCES `office_pcs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `office_changes_at` ON `office_changes` (`at`);--> statement-breakpoint
CREATE TABLE `office_pcs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`paired_at` text NOT NULL,
	`last_seen_at` text,
	`removed_at` text,
	`removed_by_user_id` integer
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `pc_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `pc_name` text;